#include "widgets/common/dateedits.h"

#include <QDateEdit>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

const QDate kNone(2000, 1, 1);

// Delete or Backspace on the whole field clears an optional date.
class ClearOnDelete final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Delete) {
                static_cast<QDateEdit *>(watched)->setDate(kNone);
                return true;
            }
        }
        return false;
    }
};

} // namespace

QDateEdit *dateEdit(QWidget *parent, const QDate &initial)
{
    auto *edit = new QDateEdit(initial, parent);
    edit->setCalendarPopup(true);
    return edit;
}

QDateEdit *optionalDateEdit(QWidget *parent)
{
    auto *edit = dateEdit(parent, kNone);
    edit->setMinimumDate(kNone);
    edit->setSpecialValueText(u"—"_s);
    edit->installEventFilter(new ClearOnDelete(edit));
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == kNone ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : kNone);
}

} // namespace Sportello
