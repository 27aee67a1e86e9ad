#pragma once

#include <QDate>
#include <QString>

namespace Sportello::Competences::LibrettoText {

// What the desk writes into a libretto by itself (a course completed on the e-learning
// platform) is stored as what happened, not as a sentence in the language of whoever ran
// the import, and put into words when read, in the reader's language. Text a person typed
// is read as it is.
QString courseDetails(const QString &courseCode); // an experience's details
QString courseEvidence(const QString &courseCode,
                       const QDate &completedOn); // a competence's evidence
QString rendered(const QString &stored);

} // namespace Sportello::Competences::LibrettoText
