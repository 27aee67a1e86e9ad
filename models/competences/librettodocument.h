#pragma once

#include <QString>

namespace Sportello::Competences {

// The citizen's Libretto formativo as a document with the headings of the national model
// (Decreto interministeriale 10 ottobre 2005): section 1, personal and curricular data;
// section 2, the competences acquired with their context and evidence. HTML for printing.
QString librettoHtml(const QString &dbPath, const QString &citizenId);

// The same as an A4 PDF the citizen can take away. Needs a QGuiApplication.
bool writeLibrettoPdf(const QString &dbPath, const QString &citizenId, const QString &path,
                      QString *error);

} // namespace Sportello::Competences
