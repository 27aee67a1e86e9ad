#include "models/competences/concept.h"

#include "models/common/enumids.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

constexpr EnumIds<ConceptType, 7> kTypes({{
    {ConceptType::Occupation, u"occupation"},
    {ConceptType::Skill, u"skill"},
    {ConceptType::Knowledge, u"knowledge"},
    {ConceptType::Qualification, u"qualification"},
    {ConceptType::Unit, u"unit"},
    {ConceptType::IscoGroup, u"isco_group"},
    {ConceptType::SkillGroup, u"skill_group"},
}});

constexpr EnumIds<LinkKind, 5> kLinks({{
    {LinkKind::Broader, u"broader"},
    {LinkKind::Essential, u"essential"},
    {LinkKind::Optional, u"optional"},
    {LinkKind::Unit, u"unit"},
    {LinkKind::MapsTo, u"maps_to"},
}});

} // namespace

QList<ConceptType> conceptTypes()
{
    return {ConceptType::Occupation,    ConceptType::Skill, ConceptType::Knowledge,
            ConceptType::Qualification, ConceptType::Unit,  ConceptType::IscoGroup,
            ConceptType::SkillGroup};
}

QString typeId(ConceptType type)
{
    return kTypes.id(type);
}

bool typeFromId(const QString &id, ConceptType *type)
{
    return kTypes.fromId(id, type);
}

QString typeLabel(ConceptType type)
{
    switch (type) {
    case ConceptType::Occupation:
        return QCoreApplication::translate("Sportello::Competences", "Occupation");
    case ConceptType::Skill:
        return QCoreApplication::translate("Sportello::Competences", "Skill");
    case ConceptType::Knowledge:
        return QCoreApplication::translate("Sportello::Competences", "Knowledge");
    case ConceptType::Qualification:
        return QCoreApplication::translate("Sportello::Competences", "Professional figure");
    case ConceptType::Unit:
        return QCoreApplication::translate("Sportello::Competences", "Competence unit");
    case ConceptType::IscoGroup:
        return QCoreApplication::translate("Sportello::Competences", "ISCO group");
    case ConceptType::SkillGroup:
        return QCoreApplication::translate("Sportello::Competences", "Skill group");
    }
    return QString();
}

QString linkKindId(LinkKind kind)
{
    return kLinks.id(kind);
}

bool linkKindFromId(const QString &id, LinkKind *kind)
{
    return kLinks.fromId(id, kind);
}

QString escoAttribution()
{
    // The wording the ESCO licence prescribes, in English as published.
    return u"This service uses the ESCO classification of the European Commission."_s;
}

QString escoAttributionIntroduced()
{
    return QCoreApplication::translate("Sportello::Competences",
                                       "Notice required by the ESCO licence: %1")
        .arg(escoAttribution());
}

} // namespace Sportello::Competences
