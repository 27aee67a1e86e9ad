#pragma once

class QColor;
class QLabel;
class QPalette;

namespace Sportello::Emphasis {

// Colours that stay readable with any theme, high-contrast and dark ones included: they are
// chosen against the palette's own background, never fixed.

// A problem's red: dark on a light window, light on a dark one.
QColor problemColor(const QPalette &palette);
void markAsProblem(QLabel *label);
// A check that passed: green, dark or light against the background.
void markAsGood(QLabel *label);
// Ordinary text again (after a problem was shown in the same label).
void markAsNormal(QLabel *label);
// Secondary text (a note under a field): the theme's placeholder colour.
void markAsSecondary(QLabel *label);
// A boxed hint, in the theme's tooltip colours.
void markAsHint(QLabel *label);

} // namespace Sportello::Emphasis
