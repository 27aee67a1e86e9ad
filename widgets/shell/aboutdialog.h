#pragma once

#include <QDialog>

namespace Sportello {

// Version, purpose, and the licences and attributions of what Sportello is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString licencesHtml();
};

} // namespace Sportello
