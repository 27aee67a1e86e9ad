#include "widgets/common/dialogs.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace Sportello::Dialogs {

namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
QString g_lastNotice;

QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                 const QString &text, QMessageBox::StandardButtons buttons,
                                 QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void inform(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void notify(QWidget *parent, const QString &text)
{
    g_lastNotice = text;
    QMainWindow *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr;
    if (!window) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *main = qobject_cast<QMainWindow *>(w); main && main->isVisible())
                window = main;
        }
    }
    if (window)
        window->statusBar()->showMessage(text, 8000);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString lastText()
{
    return g_lastText;
}

QString lastNotice()
{
    return g_lastNotice;
}

} // namespace Sportello::Dialogs
