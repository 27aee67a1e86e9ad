#pragma once

#include <QStringList>

namespace Sportello::Competences::TextFold {

// The words of a text as search compares them, in any language: case-folded, accents and
// other marks removed (compatibility decomposition), split on anything that is not a
// letter or digit ("Técnico/a de mantenimiento" -> técnico: "tecnico", "a", "de", ...).
QStringList words(const QString &text);

} // namespace Sportello::Competences::TextFold
