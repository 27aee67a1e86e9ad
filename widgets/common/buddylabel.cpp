#include "widgets/common/buddylabel.h"

#include <QLabel>

namespace Sportello {

QLabel *buddyLabel(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    label->setMinimumWidth(label->sizeHint().width() + label->fontMetrics().averageCharWidth());
    QString name = text;
    field->setAccessibleName(name.remove(QLatin1Char('&')));
    return label;
}

} // namespace Sportello
