#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Sportello::Competences {

// What a concept of a competence framework is. ESCO gives occupations, skills, knowledge,
// ISCO groups and skill groups; a regional repertory gives qualifications (professional
// figures) and their competence units.
enum class ConceptType { Occupation, Skill, Knowledge, Qualification, Unit, IscoGroup, SkillGroup };

// How two concepts are linked: `from` is narrower than `to` (broader), `from` needs `to`
// (essential, optional: occupation -> skill), `from` is made of `to` (unit: figure -> unit),
// `from` corresponds to `to` in another framework (maps_to).
enum class LinkKind { Broader, Essential, Optional, Unit, MapsTo };

struct Concept
{
    QString id; // the ESCO concept URI, or "<framework>:<code>" for a repertory
    QString framework; // esco, or the repertory's id
    ConceptType type = ConceptType::Skill;
    QString code; // ISCO code, repertory code; empty for ESCO occupations and skills
    QString label;
    QStringList altLabels;
    QString description;
    QString details; // JSON object: skill_type, reuse_level, sector, eqf, istat_cp, ...
};

struct Link
{
    QString from;
    QString to;
    LinkKind kind = LinkKind::Broader;
};

QList<ConceptType> conceptTypes();
QString typeId(ConceptType type); // occupation, skill, ..., isco_group, skill_group
bool typeFromId(const QString &id, ConceptType *type);
QString typeLabel(ConceptType type); // translated
QString linkKindId(LinkKind kind);
bool linkKindFromId(const QString &id, LinkKind *kind);

// What the ESCO licence asks every product using it to show, in its prescribed English.
QString escoAttribution();
// The same, introduced by a line in the reader's language.
QString escoAttributionIntroduced();

} // namespace Sportello::Competences
