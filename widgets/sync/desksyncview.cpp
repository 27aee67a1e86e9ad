#include "widgets/sync/desksyncview.h"

#include "models/access/auditlog.h"
#include "models/common/format.h"
#include "models/sync/duplicatecitizens.h"
#include "models/sync/setasiderows.h"
#include "models/sync/waitingchanges.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tables.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

DeskSyncView::DeskSyncView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_waiting(new QTableWidget(0, 3, this))
    , m_handOver(new QPushButton(tr("Hand &over to a colleague…"), this))
    , m_setAside(new QTableWidget(0, 4, this))
    , m_duplicatesBox(new QWidget(this))
    , m_duplicates(new QTableWidget(0, 4, m_duplicatesBox))
    , m_openLocal(new QPushButton(tr("Open this desk's record"), m_duplicatesBox))
    , m_openOther(new QPushButton(tr("Open the other record"), m_duplicatesBox))
    , m_reviewed(new QPushButton(tr("Merged: take off the list"), m_duplicatesBox))
{
    setObjectName(u"deskSyncView"_s);
    m_waiting->setObjectName(u"waitingChanges"_s);
    setUpTable(m_waiting);
    m_waiting->setAccessibleName(tr("Changes waiting for their author"));
    m_waiting->setHorizontalHeaderLabels({tr("Author"), tr("Username"), tr("Changes")});
    m_handOver->setObjectName(u"handOverButton"_s);
    m_handOver->setToolTip(tr("For a colleague who will not sign in at this desk again: their "
                              "changes are sent by the colleague you choose, with the same "
                              "role."));
    m_setAside->setObjectName(u"setAsideRows"_s);
    setUpTable(m_setAside);
    m_setAside->setAccessibleName(tr("Rows of the region set aside"));
    m_setAside->setHorizontalHeaderLabels(
        {tr("Since"), tr("Record"), tr("Received by"), tr("Why")});

    auto *waitingTitle = new QLabel(
        u"<b>%1</b><br>%2"_s.arg(tr("Changes waiting for their author").toHtmlEscaped(),
                                 tr("Each person's changes are sent to the region under their "
                                    "own login, at their next sign-in here.")
                                     .toHtmlEscaped()),
        this);
    waitingTitle->setWordWrap(true);
    auto *setAsideTitle = new QLabel(
        u"<b>%1</b><br>%2"_s.arg(
            tr("Rows of the region set aside").toHtmlEscaped(),
            tr("The region's other changes reached this desk; these are tried again at every "
               "sync.")
                .toHtmlEscaped()),
        this);
    setAsideTitle->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_handOver);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(waitingTitle);
    layout->addWidget(m_waiting, 1);
    layout->addLayout(buttons);
    layout->addWidget(setAsideTitle);
    layout->addWidget(m_setAside, 1);

    // Citizens registered twice: both records side by side, for a person to merge.
    m_duplicates->setObjectName(u"duplicateCitizens"_s);
    setUpTable(m_duplicates);
    m_duplicates->setAccessibleName(tr("Citizens registered twice"));
    m_duplicates->setHorizontalHeaderLabels(
        {tr("Fiscal code"), tr("This desk's record"), tr("The other record"), tr("Found")});
    m_openLocal->setObjectName(u"openLocalDuplicate"_s);
    m_openOther->setObjectName(u"openOtherDuplicate"_s);
    m_reviewed->setObjectName(u"duplicateReviewed"_s);
    m_reviewed->setToolTip(tr("Once what the retired record held is on the record kept"));
    auto *duplicatesTitle = new QLabel(
        u"<b>%1</b><br>%2"_s.arg(
            tr("Citizens registered twice").toHtmlEscaped(),
            tr("A fiscal code identifies one person: only one of the two records stays. "
               "Compare them, bring what the other one holds (household, ISEE, requests) onto "
               "the one kept, then take the pair off the list. A record of the region is "
               "applied once this desk's own no longer has its fiscal code.")
                .toHtmlEscaped()),
        m_duplicatesBox);
    duplicatesTitle->setWordWrap(true);
    auto *duplicateButtons = new QHBoxLayout;
    duplicateButtons->addStretch();
    duplicateButtons->addWidget(m_openLocal);
    duplicateButtons->addWidget(m_openOther);
    duplicateButtons->addWidget(m_reviewed);
    auto *duplicatesLayout = new QVBoxLayout(m_duplicatesBox);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addWidget(duplicatesTitle);
    duplicatesLayout->addWidget(m_duplicates, 1);
    duplicatesLayout->addLayout(duplicateButtons);
    layout->addWidget(m_duplicatesBox, 1);
    connect(m_openLocal, &QPushButton::clicked, this, [this] { openDuplicate(true); });
    connect(m_openOther, &QPushButton::clicked, this, [this] { openDuplicate(false); });
    connect(m_reviewed, &QPushButton::clicked, this, &DeskSyncView::markDuplicateReviewed);
    connect(m_duplicates, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_duplicates->currentRow();
        const bool upgrade
            = row >= 0 && m_duplicates->item(row, 0)->data(Qt::UserRole + 2).toBool();
        m_openLocal->setEnabled(row >= 0
                                && !m_duplicates->item(row, 0)->data(Qt::UserRole).isNull());
        m_openOther->setEnabled(row >= 0);
        m_reviewed->setEnabled(upgrade);
    });
    connect(m_handOver, &QPushButton::clicked, this, &DeskSyncView::handOverCurrent);
    connect(m_waiting, &QTableWidget::itemSelectionChanged, this,
            [this] { m_handOver->setEnabled(m_waiting->currentRow() >= 0); });
    reload();
}

void DeskSyncView::reload()
{
    const QList<WaitingChanges::Author> authors = WaitingChanges(m_dbPath).authors();
    m_waiting->setRowCount(int(authors.size()));
    for (int row = 0; row < authors.size(); ++row) {
        const WaitingChanges::Author &a = authors.at(row);
        const QStringList cells {a.username.isEmpty() ? tr("(nobody)") : a.displayName, a.username,
                                 QString::number(a.changes)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.username);
            m_waiting->setItem(row, column, item);
        }
    }
    m_handOver->setEnabled(m_waiting->currentRow() >= 0);

    const QList<SetAsideRow> rows = SetAsideRows::all(m_dbPath);
    m_setAside->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const SetAsideRow &r = rows.at(row);
        const QStringList cells {
            Format::dateTime(QDateTime::fromString(r.recordedAt, Qt::ISODateWithMs).toLocalTime()),
            u"%1 %2"_s.arg(AuditLog::entityLabel(r.table), r.rowId.left(8)), r.login,
            r.explanation()};
        for (int column = 0; column < cells.size(); ++column)
            m_setAside->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_setAside->item(row, 1)->setToolTip(r.rowId);
        m_setAside->item(row, 3)->setToolTip(r.reason);
    }
    const QList<DuplicateCitizen> duplicates = DuplicateCitizens::open(m_dbPath);
    m_duplicates->setRowCount(int(duplicates.size()));
    for (int row = 0; row < duplicates.size(); ++row) {
        const DuplicateCitizen &d = duplicates.at(row);
        const QStringList cells {
            d.fiscalCode, d.localName.isEmpty() ? tr("(none live)") : d.localName,
            d.otherOnThisDesk() ? tr("%1 (retired by the upgrade)").arg(d.otherName)
                                : tr("%1 (the region's, set aside)").arg(d.otherName),
            Format::dateTime(QDateTime::fromString(d.since, Qt::ISODateWithMs).toLocalTime())};
        for (int column = 0; column < cells.size(); ++column)
            m_duplicates->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        QTableWidgetItem *first = m_duplicates->item(row, 0);
        first->setData(Qt::UserRole, d.localId.isEmpty() ? QVariant() : QVariant(d.localId));
        first->setData(Qt::UserRole + 1, d.otherId);
        first->setData(Qt::UserRole + 2, d.otherOnThisDesk());
        first->setData(Qt::UserRole + 3, d.otherDetails);
        m_duplicates->item(row, 2)->setToolTip(d.otherDetails);
    }
    m_duplicatesBox->setVisible(!duplicates.isEmpty());
    for (QPushButton *button : {m_openLocal, m_openOther, m_reviewed})
        button->setEnabled(false);
    for (QTableWidget *table : {m_waiting, m_setAside, m_duplicates}) {
        for (int column = 0; column + 1 < table->columnCount(); ++column)
            table->resizeColumnToContents(column);
    }
}

void DeskSyncView::openDuplicate(bool local)
{
    const int row = m_duplicates->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *item = m_duplicates->item(row, 0);
    if (local) {
        emit openCitizen(item->data(Qt::UserRole).toString());
    } else if (item->data(Qt::UserRole + 2).toBool()) {
        emit openCitizen(item->data(Qt::UserRole + 1).toString());
    } else { // the region's: not on this desk, shown as the sync read it
        Dialogs::inform(this, tr("The region's record"), item->data(Qt::UserRole + 3).toString());
    }
}

void DeskSyncView::markDuplicateReviewed()
{
    const int row = m_duplicates->currentRow();
    if (row < 0 || !m_duplicates->item(row, 0)->data(Qt::UserRole + 2).toBool())
        return;
    QString error;
    if (!DuplicateCitizens::markReviewed(
            m_dbPath, m_session, m_duplicates->item(row, 0)->data(Qt::UserRole + 1).toString(),
            &error))
        Dialogs::warn(this, tr("Citizens registered twice"), error);
    reload();
}

void DeskSyncView::handOverCurrent()
{
    const int row = m_waiting->currentRow();
    if (row < 0)
        return;
    const QString from = m_waiting->item(row, 0)->data(Qt::UserRole).toString();
    WaitingChanges waiting(m_dbPath);
    const QList<StaffAccount> heirs = waiting.heirs(from);
    if (heirs.isEmpty()) {
        Dialogs::warn(this, tr("Hand over"),
                      tr("No active colleague with the same role can take these changes over."));
        return;
    }
    QStringList choices;
    for (const StaffAccount &a : heirs)
        choices << u"%1 (%2)"_s.arg(a.displayName, a.username);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Hand over"),
        tr("Who sends the %1 change(s) of %2 from now on?")
            .arg(m_waiting->item(row, 2)->text(), m_waiting->item(row, 0)->text()),
        choices, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!waiting.handOver(m_session, from, heirs.at(choices.indexOf(chosen)).username, &error))
        Dialogs::warn(this, tr("Hand over"), error);
    reload();
}

} // namespace Sportello
