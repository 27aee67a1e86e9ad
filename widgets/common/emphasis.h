#pragma once

class QColor;
class QLabel;
class QPalette;
class QWidget;

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

// A problem said when saving is out of date as soon as the person changes anything of the
// form: the label empties at the first edit of any field of `form` (made before this call).
void clearWhenEdited(QLabel *problem, QWidget *form);

} // namespace Sportello::Emphasis
