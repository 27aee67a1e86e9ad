#pragma once

#include "models/access/session.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sportello {

class DateEdit;

// The citizen's latest ISEE (household means indicator): value, expiry, and a new
// declaration to record.
class IseeSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IseeSection)

public:
    IseeSection(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    void setCitizen(const QString &citizenId);

signals:
    void changed(); // a declaration was recorded

private:
    void reload();
    void record();

    QString m_dbPath;
    Session m_session;
    QString m_citizenId;
    QLabel *m_current;
    QLineEdit *m_value;
    DateEdit *m_validUntil;
    QPushButton *m_record;
};

} // namespace Sportello
