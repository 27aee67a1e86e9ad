#include "widgets/shell/newdatabasedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

NewDatabaseDialog::NewDatabaseDialog(const QString &dbPath, QWidget *parent)
    : QDialog(parent)
    , m_empty(new QRadioButton(tr("&Empty registry: this desk starts working for real"), this))
    , m_demo(new QRadioButton(
          tr("&Demo data: %Ln invented citizens to try the program", nullptr, kDemoCitizens), this))
{
    setObjectName(u"newDatabaseDialog"_s);
    setWindowTitle(tr("Welcome to Sportello"));
    auto *intro = new QLabel(tr("There is no Sportello database on this computer yet. It will be "
                                "created here:\n%1")
                                 .arg(dbPath),
                             this);
    intro->setWordWrap(true);
    m_empty->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_demo);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool NewDatabaseDialog::wantsDemo() const
{
    return m_demo->isChecked();
}

} // namespace Sportello
