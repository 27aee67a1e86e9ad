#pragma once

#include <QList>
#include <QString>

namespace Sportello {

struct Session;

// Citizens registered twice, for an administrator to compare and merge by hand: the records
// the schema-9 upgrade retired because another live record of the municipality had the same
// fiscal code (both on this desk), and the region's citizens the sync set aside because this
// desk registers the same fiscal code for one of its own (the region's is not on this desk).
struct DuplicateCitizen
{
    enum class Source { Upgrade, Region };

    Source source = Source::Upgrade;
    QString fiscalCode;
    QString localId; // the live citizen of this desk
    QString localName; // "Rossi Mario, born on 10/12/1985"
    QString otherId; // the retired record, or the region's
    QString otherName;
    QString otherDetails; // the region's record in words (Source::Region), one field a line
    QString since; // UTC ISO-8601

    bool otherOnThisDesk() const { return source == Source::Upgrade; }
};

namespace DuplicateCitizens {

// Those not yet marked as reviewed, oldest first.
QList<DuplicateCitizen> open(const QString &dbPath);
// An upgrade's duplicate the administrator has compared and merged: no longer listed.
bool markReviewed(const QString &dbPath, const Session &session, const QString &retiredId,
                  QString *error);

} // namespace DuplicateCitizens
} // namespace Sportello
