#pragma once

#include <QString>

namespace Sportello::Language {

// Installs the translators of the program and of Qt itself for the chosen language:
// "it", "en", or empty to follow the system locale (Italian on an Italian system,
// otherwise English, the source language). Returns the language installed.
QString install(const QString &requested);

} // namespace Sportello::Language
