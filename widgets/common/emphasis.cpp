#include "widgets/common/emphasis.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace Sportello::Emphasis {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

QColor problemColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void markAsProblem(QLabel *label)
{
    setTextColor(label, problemColor(label->palette()));
}

void markAsGood(QLabel *label)
{
    setTextColor(label,
                 isDark(label->palette()) ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7e, 0x34));
}

void markAsNormal(QLabel *label)
{
    setTextColor(label, QApplication::palette(label).color(QPalette::WindowText));
}

void markAsSecondary(QLabel *label)
{
    setTextColor(label, label->palette().color(QPalette::PlaceholderText));
}

void markAsHint(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->setMargin(6);
}

void clearWhenEdited(QLabel *problem, QWidget *form)
{
    const auto clear = [problem] {
        problem->clear();
    };
    for (auto *w : form->findChildren<QLineEdit *>())
        QObject::connect(w, &QLineEdit::textEdited, problem, clear);
    for (auto *w : form->findChildren<QPlainTextEdit *>())
        QObject::connect(w, &QPlainTextEdit::textChanged, problem, clear);
    for (auto *w : form->findChildren<QTextEdit *>())
        QObject::connect(w, &QTextEdit::textChanged, problem, clear);
    for (auto *w : form->findChildren<QComboBox *>())
        QObject::connect(w, &QComboBox::activated, problem, clear);
    for (auto *w : form->findChildren<QAbstractSpinBox *>())
        QObject::connect(w, &QAbstractSpinBox::editingFinished, problem, clear);
    for (auto *w : form->findChildren<QAbstractButton *>()) {
        if (w->isCheckable())
            QObject::connect(w, &QAbstractButton::toggled, problem, clear);
    }
}

} // namespace Sportello::Emphasis
