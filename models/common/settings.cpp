#include "models/common/settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

const QString kLanguage = u"ui/language"_s;
const QString kWindowGeometry = u"mainWindow/geometry"_s;
const QString kWindowState = u"mainWindow/state"_s;
const QString kLastPanel = u"mainWindow/lastPanel"_s;
const QString kSplitterPrefix = u"splitters/"_s;
const QString kLastUsername = u"signIn/lastUsername"_s;
const QString kTourSeenPrefix = u"tourSeen/"_s;
const QString kCentralHost = u"central/host"_s;
const QString kCentralPort = u"central/port"_s;
const QString kCentralDatabase = u"central/database"_s;
const QString kCentralSslMode = u"central/sslmode"_s;
const QString kCentralSslRootCert = u"central/sslrootcert"_s;
const QString kSyncInterval = u"central/syncIntervalMinutes"_s;
const QString kOfflineSignInDays = u"central/offlineSignInDays"_s;
const QString kIdleLockMinutes = u"session/idleLockMinutes"_s;

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kWindowState, state);
}

QString Settings::lastPanel() const
{
    return m_settings->value(kLastPanel).toString();
}

void Settings::setLastPanel(const QString &panel)
{
    m_settings->setValue(kLastPanel, panel);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings->value(kSplitterPrefix + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kSplitterPrefix + name, state);
}

QString Settings::lastUsername() const
{
    return m_settings->value(kLastUsername).toString();
}

void Settings::setLastUsername(const QString &username)
{
    m_settings->setValue(kLastUsername, username);
}

Central::Endpoint Settings::centralEndpoint() const
{
    const Central::Endpoint defaults;
    Central::Endpoint e;
    e.host = m_settings->value(kCentralHost).toString();
    e.port = m_settings->value(kCentralPort, defaults.port).toInt();
    e.database = m_settings->value(kCentralDatabase, defaults.database).toString();
    e.sslMode = m_settings->value(kCentralSslMode, defaults.sslMode).toString();
    e.sslRootCert = m_settings->value(kCentralSslRootCert).toString();
    return e;
}

void Settings::setCentralEndpoint(const Central::Endpoint &e)
{
    m_settings->setValue(kCentralHost, e.host);
    m_settings->setValue(kCentralPort, e.port);
    m_settings->setValue(kCentralDatabase, e.database);
    m_settings->setValue(kCentralSslMode, e.sslMode);
    m_settings->setValue(kCentralSslRootCert, e.sslRootCert);
}

int Settings::syncIntervalMinutes() const
{
    return qBound(1, m_settings->value(kSyncInterval, 5).toInt(), 120);
}

int Settings::offlineSignInDays() const
{
    return qBound(1, m_settings->value(kOfflineSignInDays, 7).toInt(), 90);
}

void Settings::setOfflineSignInDays(int days)
{
    m_settings->setValue(kOfflineSignInDays, days);
}

int Settings::idleLockMinutes() const
{
    return qBound(0, m_settings->value(kIdleLockMinutes, 10).toInt(), 240);
}

void Settings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(kIdleLockMinutes, minutes);
}

bool Settings::tourSeen(const QString &username) const
{
    return m_settings->value(kTourSeenPrefix + username, false).toBool();
}

void Settings::setTourSeen(const QString &username)
{
    m_settings->setValue(kTourSeenPrefix + username, true);
}

} // namespace Sportello
