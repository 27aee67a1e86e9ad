#include "widgets/common/textfit.h"

#include <QLabel>

namespace Sportello {

void fitToWidth(QLabel *label)
{
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, label->sizePolicy().verticalPolicy());
}

} // namespace Sportello
