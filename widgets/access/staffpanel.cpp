#include "widgets/access/staffpanel.h"

#include "models/access/staffrepository.h"
#include "models/registry/municipalities.h"
#include "widgets/access/staffaccountdialog.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"
#include "widgets/sync/desksyncview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

StaffPanel::StaffPanel(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(u"staffPanel"_s);
    m_table->setObjectName(u"staffTable"_s);
    setUpTable(m_table);
    m_table->setAccessibleName(tr("Staff accounts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Username"), tr("Full name"), tr("Role"), tr("Municipality"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *create = new QPushButton(tr("&New account…"), this);
    auto *edit = new QPushButton(tr("Edit &account…"), this);
    create->setObjectName(u"newStaffButton"_s);
    edit->setObjectName(u"editStaffButton"_s);
    // The desk's own staff, seen only by administrators: the export is not audited.
    auto *exportButton = TableExport::button(m_table, tr("Staff accounts"));
    exportButton->setObjectName(u"staffExport"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    auto *title = new QLabel(u"<h3>%1</h3>"_s.arg(tr("Staff accounts of this desk")), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    // What the shared desk holds back from the region, and the hand-over of a departed
    // colleague's changes.
    auto *deskSync = new DeskSyncView(dbPath, session, this);
    layout->addWidget(deskSync, 1);
    connect(this, &StaffPanel::reloaded, deskSync, &DeskSyncView::reload);
    connect(deskSync, &DeskSyncView::openCitizen, this, &StaffPanel::openCitizen);

    connect(create, &QPushButton::clicked, this, &StaffPanel::create);
    connect(edit, &QPushButton::clicked, this, &StaffPanel::editCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, &StaffPanel::editCurrent);
    reload();
}

void StaffPanel::reload()
{
    const QList<StaffAccount> accounts = StaffRepository(m_dbPath).all();
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const StaffAccount &a = accounts.at(row);
        const QStringList cells {a.username, a.displayName, Roles::label(a.role),
                                 Municipalities::nameOf(a.municipality),
                                 a.active ? tr("active") : tr("disabled")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    emit reloaded();
}

void StaffPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // a sync may have sent, or received, something meanwhile
}

void StaffPanel::create()
{
    StaffAccount defaults;
    defaults.municipality = m_session.municipality;
    StaffAccountDialog dialog(m_dbPath, StaffAccountDialog::Mode::Create, defaults, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StaffPanel::editCurrent()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const auto account = StaffRepository(m_dbPath).find(item->text());
    if (!account)
        return;
    StaffAccountDialog dialog(m_dbPath, StaffAccountDialog::Mode::Edit, *account, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace Sportello
