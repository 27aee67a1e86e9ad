#pragma once

#include "models/access/session.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace Sportello {

// The citizen record's Libretto formativo: how much it holds, and the way into it.
class LibrettoSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibrettoSection)

public:
    LibrettoSection(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~LibrettoSection() override;

    void setCitizen(const QString &citizenId);
    void open();

signals:
    void changed();

private:
    void reload();

    QString m_dbPath;
    Session m_session;
    QString m_citizenId;
    QLabel *m_summary;
    QPushButton *m_open;
};

} // namespace Sportello
