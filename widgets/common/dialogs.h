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
// A confirmation that something was done ("Scheda salvata."): in the status bar of the
// parent's main window for a few seconds, so work goes on without a click.
void notify(QWidget *parent, const QString &text);

// Test seam: the next dialog returns this answer at once; the texts shown are kept.
void setNextAnswer(QMessageBox::StandardButton answer);
QString lastText();
QString lastNotice(); // the last notify() text

} // namespace Sportello::Dialogs
