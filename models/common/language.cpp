#include "models/common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Sportello::Language {

QString install(const QString &requested)
{
    QString language = requested.toLower();
    if (language != u"it"_s && language != u"en"_s)
        language = QLocale::system().language() == QLocale::Italian ? u"it"_s : u"en"_s;
    if (language == u"en"_s)
        return language;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_it"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(u"sportello_it"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    return language;
}

} // namespace Sportello::Language
