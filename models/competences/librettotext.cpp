#include "models/competences/librettotext.h"

#include "models/common/format.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sportello::Competences::LibrettoText {

namespace {

QString stored(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString courseDetails(const QString &courseCode)
{
    return stored({{u"what"_s, u"e_learning_course"_s}, {u"course"_s, courseCode}});
}

QString courseEvidence(const QString &courseCode, const QDate &completedOn)
{
    return stored({{u"what"_s, u"course_completed"_s},
                   {u"course"_s, courseCode},
                   {u"on"_s, completedOn.toString(Qt::ISODate)}});
}

QString rendered(const QString &text)
{
    if (!text.startsWith(u"{\"what\""_s) && !text.startsWith(u"{\"course\""_s))
        return text;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString what = o.value(u"what"_s).toString();
    const QString course = o.value(u"course"_s).toString();
    if (what == u"e_learning_course"_s)
        return QCoreApplication::translate("Sportello::Courses", "E-learning course %1")
            .arg(course);
    if (what == u"course_completed"_s)
        return QCoreApplication::translate("Sportello::Courses",
                                           "Course %1 completed on %2 (from the e-learning "
                                           "platform)")
            .arg(course, Format::date(QDate::fromString(o.value(u"on"_s).toString(), Qt::ISODate)));
    return text;
}

} // namespace Sportello::Competences::LibrettoText
