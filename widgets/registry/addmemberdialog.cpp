#include "widgets/registry/addmemberdialog.h"

#include "models/common/textlimits.h"
#include "models/registry/citizenlistmodel.h"
#include "widgets/common/buddylabel.h"
#include "widgets/registry/citizentable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

AddMemberDialog::AddMemberDialog(const QString &dbPath, const QString &excludedId, QWidget *parent)
    : QDialog(parent)
    , m_excludedId(excludedId)
    , m_model(new CitizenListModel(dbPath, this))
    , m_search(new QLineEdit(this))
    , m_table(new CitizenTable(this))
    , m_relation(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a household member"));
    resize(720, 480);
    m_search->setObjectName(u"memberSearchEdit"_s);
    m_search->setMaxLength(TextLimits::kLine);
    m_search->setPlaceholderText(tr("Surname, name or fiscal code"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    for (Relation r : Relations::all()) {
        if (r != Relation::Head)
            m_relation->addItem(Relations::label(r), QVariant::fromValue(int(r)));
    }
    m_relation->setObjectName(u"relationCombo"_s);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Search"), m_search, this), m_search);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    auto *relationForm = new QFormLayout;
    relationForm->addRow(buddyLabel(tr("&Relation to the head"), m_relation, this), m_relation);
    layout->addLayout(relationForm);
    layout->addWidget(m_buttons);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_model->setQueryText(m_search->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AddMemberDialog::updateOk);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AddMemberDialog::updateOk);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QString AddMemberDialog::citizenId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->citizenId(current.row()) : QString();
}

Relation AddMemberDialog::relation() const
{
    return Relation(m_relation->currentData().toInt());
}

void AddMemberDialog::updateOk()
{
    const QString id = citizenId();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!id.isEmpty() && id != m_excludedId);
}

} // namespace Sportello
