#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

class QDate;

namespace Sportello::Dashboard {

// One chart's figures: counts by category (the axis) in one or more sets (the bars). A
// count the region suppresses (1 to 4 persons) has no value.
struct Figure
{
    QStringList categories;
    QStringList sets;
    QList<QList<std::optional<qint64>>> values; // values[set][category]

    explicit Figure(const QStringList &setNames = {});
    // Appends a category with a zero in every set; returns its index.
    qsizetype addCategory(const QString &category);
    void set(qsizetype set, qsizetype category, std::optional<qint64> value);
    bool isEmpty() const; // no category, or nothing but zeros
    bool hasSuppressed() const;

    // The figures as CSV: the category header, then one column per set; a suppressed count
    // is written "<5".
    QByteArray csv(const QString &categoryHeader) const;
};

// Everything the dashboard shows, from the desk's database or the region's views.
struct Figures
{
    bool casework = false; // the viewer may see the service's case figures
    bool nursery = false; // ... and the nursery admissions'
    Figure openCasesByStatus;
    Figure openCasesByArea;
    Figure casesPerMonth; // new and closed
    // Demand against seats, in one or more views (all age groups first, then each group).
    QList<std::pair<QString, Figure>> nurseryDemand;
    Figure waitingList; // applications and those waiting, per round
    Figure learningPerMonth; // competences certified, courses completed
    Figure syncHealth;
    QString syncSummary; // translated: last sync, or the region's accounts
};

// The twelve months ending with this one, "2026-03", oldest first.
QStringList lastTwelveMonths(const QDate &today);
// "mar 26" in the user's language.
QString monthLabel(const QString &yearMonth);

} // namespace Sportello::Dashboard
