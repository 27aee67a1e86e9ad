#pragma once

#include "models/competences/concept.h"
#include "models/competences/courses.h"

namespace Sportello::Competences {

// One competence a target asks for, and where the citizen stands on it.
struct GapItem
{
    Concept required;
    bool essential = true; // false for an occupation's optional skill
    QString heldAs; // the libretto entry that covers it; empty when missing
    bool certified = false;
    QList<Course> courses; // courses of the catalogue that develop it (when missing)
};

struct Gap
{
    Concept target;
    QList<GapItem> items; // the missing first, then the held
    int missing() const;
};

// What a citizen lacks for a target qualification (its competence units) or occupation
// (its essential and optional ESCO skills, and the units of the repertory figures that
// correspond to it), from their libretto. A unit and an ESCO skill linked by the
// repertory (maps_to) stand for each other. Each missing competence comes with the
// catalogue's courses that develop it or its counterpart.
Gap competenceGap(const QString &dbPath, const QString &citizenId, const QString &targetId);

// The gap as a printable orientation sheet (HTML).
QString orientationSheetHtml(const QString &dbPath, const QString &citizenId, const Gap &gap);

} // namespace Sportello::Competences
