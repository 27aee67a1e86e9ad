#pragma once

#include "models/sync/centralconnection.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace Sportello {

// The one place where user preferences are read and written: every key and default lives
// in settings.cpp. No password or other secret is ever stored here.
class Settings final
{
public:
    Settings(); // the user's settings (QSettings defaults)
    explicit Settings(const QString &iniFile); // for tests
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QString language() const; // "it", "en" or empty = follow the system
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString lastPanel() const;
    void setLastPanel(const QString &panel);

    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    QString lastUsername() const;
    void setLastUsername(const QString &username);

    // Whether this person has seen (or closed) the guided tour of the demo data.
    bool tourSeen(const QString &username) const;
    void setTourSeen(const QString &username);

    // The regional database (host empty = not configured; the desk works alone).
    Central::Endpoint centralEndpoint() const;
    void setCentralEndpoint(const Central::Endpoint &endpoint);
    int syncIntervalMinutes() const;
    // How long a person may keep signing in offline after the desk last reached the region
    // with their login; then the region must be reached again.
    int offlineSignInDays() const;
    void setOfflineSignInDays(int days);

    // Minutes without keyboard or mouse before the desk locks (0 = never).
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Sportello
