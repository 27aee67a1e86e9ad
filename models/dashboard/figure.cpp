#include "models/dashboard/figure.h"

#include "models/common/csv.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Sportello::Dashboard {

Figure::Figure(const QStringList &setNames)
    : sets(setNames)
    , values(setNames.size())
{ }

qsizetype Figure::addCategory(const QString &category)
{
    categories << category;
    for (auto &set : values)
        set << qint64(0);
    return categories.size() - 1;
}

void Figure::set(qsizetype set, qsizetype category, std::optional<qint64> value)
{
    values[set][category] = value;
}

bool Figure::isEmpty() const
{
    for (const auto &set : values) {
        for (const auto &value : set) {
            if (!value || *value != 0)
                return false;
        }
    }
    return true;
}

bool Figure::hasSuppressed() const
{
    for (const auto &set : values) {
        if (set.contains(std::nullopt))
            return true;
    }
    return false;
}

QByteArray Figure::csv(const QString &categoryHeader) const
{
    QByteArray out = Csv::line(QStringList {categoryHeader} + sets);
    for (qsizetype c = 0; c < categories.size(); ++c) {
        QStringList fields {categories.at(c)};
        for (const auto &set : values) {
            const auto &value = set.at(c);
            fields << (value ? QString::number(*value) : u"<5"_s);
        }
        out += Csv::line(fields);
    }
    return out;
}

QStringList lastTwelveMonths(const QDate &today)
{
    QStringList months;
    for (QDate m = QDate(today.year(), today.month(), 1).addMonths(-11); m <= today;
         m = m.addMonths(1))
        months << m.toString(u"yyyy-MM"_s);
    return months;
}

QString monthLabel(const QString &yearMonth)
{
    return QLocale().toString(QDate::fromString(yearMonth + u"-01"_s, Qt::ISODate), u"MMM yy"_s);
}

} // namespace Sportello::Dashboard
