#pragma once

#include <QDialog>

class QTextBrowser;

namespace Sportello {

// The desk's help (F1), in the language of the interface, opened at the current panel's
// section; it ends with the keyboard shortcuts.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(const QString &panel, QWidget *parent = nullptr);
    ~HelpDialog() override;

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace Sportello
