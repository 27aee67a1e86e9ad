#pragma once

#include <QByteArray>
#include <QString>

namespace Sportello::Competences {

struct RepertoryImportReport
{
    QString framework;
    bool sample = false;
    int figures = 0;
    int units = 0; // distinct; a unit shared by several figures counts once
    int links = 0;
};

// The sample repertory shipped with the program (resource), clearly marked as a sample.
QString sampleRepertoryPath();

// Imports a regional repertory of professional figures from JSON (see the README):
//   {"framework": {"id", "name", "version", "language", "sample"},
//    "figures": [{"code", "title", "sector", "eqf", "description", "istat_cp": [...],
//                 "ateco": [...], "ada": [...], "esco": [URI...],
//                 "units": [{"code", "title", "description", "capacities": [...],
//                            "knowledge": [...], "esco": [URI...]}]}]}
// Every field is checked first; the first problem comes back with its place
// ("figures[2].units[0].title: missing") and nothing is written. Then, in one
// transaction, the figures and units are written or updated in place and the
// framework's links (figure -> unit, figure/unit -> ESCO) replaced.
bool importRepertory(const QString &dbPath, const QByteArray &json, RepertoryImportReport *report,
                     QString *error);

} // namespace Sportello::Competences
