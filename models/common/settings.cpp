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

} // namespace Sportello
