#pragma once

#include "models/access/session.h"
#include "models/casework/socialcase.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Sportello {

class DateEdit;

// The documents of the case, recorded as references (file name, kind, date: the files
// stay in the municipality's document system), and the household members linked to it.
class CaseDocumentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDocumentsView)

public:
    CaseDocumentsView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~CaseDocumentsView() override;

    void setCase(const Casework::SocialCase &socialCase);

signals:
    void changed();

private:
    void chooseFile();
    void addDocument();
    void linkMember();

    QString m_dbPath;
    Session m_session;
    Casework::SocialCase m_case;

    QTableWidget *m_documents;
    QLineEdit *m_fileName;
    QPushButton *m_choose;
    QComboBox *m_kind;
    DateEdit *m_dated;
    QPushButton *m_addDocument;
    QTableWidget *m_members;
    QComboBox *m_household;
    QPushButton *m_link;
    QLabel *m_problem;
};

} // namespace Sportello
