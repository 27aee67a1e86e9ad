#include "widgets/registry/householdsection.h"

#include "models/common/format.h"
#include "models/registry/householdrepository.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tables.h"
#include "widgets/registry/addmemberdialog.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

HouseholdSection::HouseholdSection(const QString &dbPath, const Session &session, QWidget *parent)
    : QGroupBox(tr("Household"), parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add &member…"), this))
    , m_relation(new QPushButton(tr("Change re&lation…"), this))
    , m_remove(new QPushButton(tr("Remove from household"), this))
{
    setObjectName(u"householdSection"_s);
    m_table->setObjectName(u"householdTable"_s);
    setUpTable(m_table);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Date of birth"), tr("Relation")});
    m_table->setAccessibleName(tr("Household members"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    m_add->setObjectName(u"addMemberButton"_s);
    m_relation->setObjectName(u"changeRelationButton"_s);
    m_remove->setObjectName(u"removeMemberButton"_s);

    // Two rows: the section shares a narrow pane with the record.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_relation, 0, 1);
    buttons->addWidget(m_remove, 1, 0);
    buttons->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &HouseholdSection::addMember);
    connect(m_relation, &QPushButton::clicked, this, &HouseholdSection::changeRelation);
    connect(m_remove, &QPushButton::clicked, this, &HouseholdSection::removeMember);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        const QString id = m_household.members.value(row).citizenId;
        if (!id.isEmpty() && id != m_citizenId)
            emit openCitizen(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(m_table->currentRow() >= 0);
        m_relation->setEnabled(m_table->currentRow() >= 0);
    });
    setCitizen(QString());
}

void HouseholdSection::setCitizen(const QString &citizenId)
{
    m_citizenId = citizenId;
    reload();
}

int HouseholdSection::memberCount() const
{
    return int(m_household.members.size());
}

void HouseholdSection::reload()
{
    m_household = m_citizenId.isEmpty()
        ? Household()
        : HouseholdRepository(m_dbPath).ofCitizen(m_citizenId).value_or(Household());
    m_table->setRowCount(int(m_household.members.size()));
    for (int row = 0; row < m_household.members.size(); ++row) {
        const HouseholdMember &m = m_household.members.at(row);
        const QStringList cells {m.surname + u' ' + m.givenNames, Format::date(m.birthDate),
                                 Relations::label(m.relation)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(m.fiscalCode);
            if (m.citizenId == m_citizenId) { // the person whose record is open
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    setTitle(m_household.members.isEmpty()
                 ? tr("Household")
                 : tr("Household (%n people)", nullptr, int(m_household.members.size())));
    const bool saved = !m_citizenId.isEmpty();
    m_table->setEnabled(saved);
    m_add->setEnabled(saved && m_session.can(Permission::EditCitizens));
    for (QPushButton *button : {m_relation, m_remove}) {
        button->setEnabled(false);
        button->setVisible(m_session.can(Permission::EditCitizens));
    }
}

void HouseholdSection::addMember()
{
    AddMemberDialog dialog(m_dbPath, m_citizenId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!HouseholdRepository(m_dbPath).addMember(m_session, m_citizenId, dialog.citizenId(),
                                                 dialog.relation(), &error)) {
        Dialogs::warn(this, tr("Household"), error);
        return;
    }
    reload();
    emit changed();
}

void HouseholdSection::removeMember()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_household.members.size())
        return;
    const HouseholdMember member = m_household.members.at(row);
    if (Dialogs::ask(this, tr("Household"),
                     tr("Remove %1 %2 from this household?").arg(member.surname, member.givenNames),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!HouseholdRepository(m_dbPath).removeMember(m_session, member.memberId, &error)) {
        Dialogs::warn(this, tr("Household"), error);
        return;
    }
    reload();
    emit changed();
}

void HouseholdSection::changeRelation()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_household.members.size())
        return;
    const HouseholdMember member = m_household.members.at(row);
    QStringList labels;
    for (Relation r : Relations::all())
        labels << Relations::label(r);
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Household"),
                                tr("Relation of %1 %2 to the head of the household:")
                                    .arg(member.surname, member.givenNames),
                                labels, int(Relations::all().indexOf(member.relation)), false, &ok);
    if (!ok)
        return;
    QString error;
    const Relation relation = Relations::all().at(labels.indexOf(chosen));
    if (!HouseholdRepository(m_dbPath).setRelation(m_session, member.memberId, relation, &error)) {
        Dialogs::warn(this, tr("Household"), error);
        return;
    }
    reload();
    emit changed();
}

} // namespace Sportello
