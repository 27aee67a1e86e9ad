#include "models/competences/textfold.h"

namespace Sportello::Competences::TextFold {

QStringList words(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QStringList out;
    QString word;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of the letter before
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

} // namespace Sportello::Competences::TextFold
