#pragma once

#include <QMessageBox>

#include <optional>

namespace Sportello::Dialogs {

// Every question and message box of the program goes through here, so a test can answer
// it in advance (setNextAnswer) instead of blocking on a modal dialog.
QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton);
void inform(QWidget *parent, const QString &title, const QString &text);
void warn(QWidget *parent, const QString &title, const QString &text);

// Test seam: the next dialog returns this answer at once; the texts shown are kept.
void setNextAnswer(QMessageBox::StandardButton answer);
QString lastText();

} // namespace Sportello::Dialogs
