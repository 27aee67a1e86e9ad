#pragma once

#include <QString>

namespace Sportello::Competences {

struct EscoImportReport
{
    QString language; // as in the file names, e.g. en-us, it
    int occupations = 0;
    int skills = 0; // skill/competence and knowledge
    int iscoGroups = 0;
    int skillGroups = 0;
    int links = 0; // hierarchy and occupation-skill relations
    int unlabelled = 0; // concepts without a label in this language, left out
};

// Imports the official ESCO CSV files of one language from `dir`: occupations_L.csv,
// skills_L.csv, ISCOGroups_L.csv, skillGroups_L.csv, and when present
// broaderRelationsOccPillar.csv, broaderRelationsSkillPillar.csv and
// occupationSkillRelations.csv (columns found by name, RFC 4180 quoting, UTF-8 checked).
// `language` picks among several languages in the folder; empty takes the only one. Every
// file is read and checked before anything is written; then, in one transaction, concepts
// are written or updated in place (URIs are stable across versions) and the links are
// replaced. A concept with no label in the language (an incomplete translation) is left
// out and counted. A problem comes back as one line naming the file and line; nothing is
// written.
bool importEsco(const QString &dbPath, const QString &dir, const QString &language,
                EscoImportReport *report, QString *error);

} // namespace Sportello::Competences
