#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Sportello {

// The label of a form field: its mnemonic (&) focuses the field, and the field gets the
// label's words as its accessible name. The label is a little wider than its text: Qt 6.4
// draws a mnemonic label without the kerning it measured with, and clips it ("&Telefono"
// lost its last letter).
QLabel *buddyLabel(const QString &text, QWidget *field, QWidget *parent = nullptr);

} // namespace Sportello
