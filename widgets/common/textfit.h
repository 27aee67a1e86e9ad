#pragma once

class QLabel;

namespace Sportello {

// A label that shows a person's text (a name from the registry, a title) of any length in the
// width the layout gives it: it wraps, and a word longer than that width is cut at its edge
// instead of widening the window and pushing its buttons off the screen.
void fitToWidth(QLabel *label);

} // namespace Sportello
