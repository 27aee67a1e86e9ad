#include "widgets/sync/desksyncview.h"

#include "models/access/auditlog.h"
#include "models/common/format.h"
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
    , m_handOver(new QPushButton(tr("&Hand over to a colleague…"), this))
    , m_setAside(new QTableWidget(0, 4, this))
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
    m_setAside->setHorizontalHeaderLabels({tr("Since"), tr("Record"), tr("Received by"),
                                           tr("Why")});

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
        const QStringList cells {a.username.isEmpty() ? tr("(nobody)") : a.displayName,
                                 a.username, QString::number(a.changes)};
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
    for (QTableWidget *table : {m_waiting, m_setAside}) {
        for (int column = 0; column + 1 < table->columnCount(); ++column)
            table->resizeColumnToContents(column);
    }
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
