#pragma once

#include <QString>

namespace Sportello::Competences {

struct Concept;

// The detail of a concept as HTML for the competences panel: names, description, the
// repertory's references (sector, EQF, ISTAT CP, ATECO, ADA, capacities, knowledge) and
// every link, grouped by kind, each a "concept:<id>" anchor to follow.
QString conceptHtml(const QString &dbPath, const Concept &shown);

// The id an anchor of conceptHtml() points to, or empty.
QString conceptFromAnchor(const QString &href);

} // namespace Sportello::Competences
