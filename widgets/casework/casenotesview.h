#pragma once

#include "models/access/session.h"
#include "models/access/staffnames.h"
#include "models/casework/socialcase.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Sportello {

// The case's notes, newest first, and a new one. Notes are never edited: a correction is a
// new note naming the one it corrects. Confidential notes are written and shown only to
// the assigned social worker; they are loaded when the tab is looked at, since every
// reading is audited. Ordinary or confidential is chosen by the button that saves the note,
// so nothing set beforehand (and lost on the way) decides who may read it.
class CaseNotesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseNotesView)

public:
    CaseNotesView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~CaseNotesView() override;

    void setCase(const Casework::SocialCase &socialCase);

signals:
    void changed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void add(bool confidential);

    QString m_dbPath;
    Session m_session;
    Casework::SocialCase m_case;
    StaffNames m_staff;
    bool m_stale = true;

    QTextBrowser *m_list;
    QPlainTextEdit *m_body;
    QComboBox *m_corrects;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_addConfidential;
};

} // namespace Sportello
