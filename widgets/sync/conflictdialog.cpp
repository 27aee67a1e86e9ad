#include "widgets/sync/conflictdialog.h"

#include "models/common/fieldlabels.h"
#include "models/sync/waitingchanges.h"
#include "widgets/common/dialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

constexpr int kMine = 1;
constexpr int kTheirs = 2;

QString text(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

QString describe(const SyncConflict &c)
{
    const QJsonObject &row = c.theirs.isEmpty() ? c.mine : c.theirs;
    const QString name = QString(row.value(u"surname"_s).toString() + u' '
                                 + row.value(u"given_names"_s).toString())
                             .trimmed();
    return name.isEmpty() ? c.table + u' ' + c.rowId.left(8) : name;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &dbPath, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_resolve(new QPushButton(tr("&Resolve"), this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changes to check"));
    resize(900, 520);
    m_list->setObjectName(u"conflictList"_s);
    m_list->setAccessibleName(tr("Changes to check"));
    m_list->setMaximumWidth(260);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"conflictFields"_s);
    m_table->setAccessibleName(tr("Fields, this desk's value and the region's value"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("This desk"), tr("Region")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resolve->setObjectName(u"resolveButton"_s);
    auto *allMine = new QPushButton(tr("Keep all of this &desk's"), this);
    auto *allTheirs = new QPushButton(tr("Keep all of the re&gion's"), this);

    auto *choices = new QHBoxLayout;
    choices->addWidget(allMine);
    choices->addWidget(allTheirs);
    choices->addStretch();
    choices->addWidget(m_resolve);
    auto *right = new QVBoxLayout;
    // What else this desk holds back: the colleagues' changes, theirs to send (and to check).
    if (const QStringList others = WaitingChanges(dbPath).described(session.username);
        !others.isEmpty()) {
        auto *waiting = new QLabel(others.join(u'\n'), this);
        waiting->setObjectName(u"othersWaiting"_s);
        waiting->setWordWrap(true);
        right->addWidget(waiting);
    }
    right->addWidget(m_summary);
    right->addWidget(m_table, 1);
    right->addLayout(choices);
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list);
    panes->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showConflict);
    connect(m_table, &QTableWidget::cellChanged, this, &ConflictDialog::onItemChanged);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(kMine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(kTheirs); });
    connect(m_resolve, &QPushButton::clicked, this, &ConflictDialog::resolveCurrent);
    reload();
}

void ConflictDialog::reload()
{
    m_conflicts = ConflictStore(m_dbPath).open(m_session.username);
    m_list->clear();
    for (const SyncConflict &c : std::as_const(m_conflicts))
        m_list->addItem(describe(c));
    if (m_conflicts.isEmpty()) {
        m_table->setRowCount(0);
        m_summary->setText(tr("There are no changes to check."));
        m_resolve->setEnabled(false);
        return;
    }
    m_list->setCurrentRow(0);
}

void ConflictDialog::showConflict(int index)
{
    if (index < 0 || index >= m_conflicts.size())
        return;
    const SyncConflict &c = m_conflicts.at(index);
    m_summary->setText(
        c.reason == u"version"_s
            ? tr("This record was changed here and in the region at the same time. Tick, field "
                 "by field, the value to keep.")
            : tr("The region did not accept this change (%1). Tick the values to keep.")
                  .arg(c.reason));
    m_fields = ConflictStore(m_dbPath).comparedFields(c);
    m_updating = true;
    m_table->setRowCount(int(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &field = m_fields.at(row);
        const QString mine = text(c.mine.value(field));
        const QString theirs = text(c.theirs.value(field));
        auto *name = new QTableWidgetItem(FieldLabels::label(field));
        if (mine != theirs) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, 0, name);
        for (const auto &[column, value] : {std::pair {kMine, mine}, std::pair {kTheirs, theirs}}) {
            auto *item = new QTableWidgetItem(value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            // By default the region's value stays, except where only this desk has one.
            const bool keep = column == kTheirs ? !c.theirs.isEmpty() : c.theirs.isEmpty();
            item->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, column, item);
        }
    }
    m_updating = false;
    m_resolve->setEnabled(!c.theirs.isEmpty() || !c.mine.isEmpty());
}

void ConflictDialog::onItemChanged(int row, int column)
{
    if (m_updating || column == 0)
        return;
    // One value per field: ticking one side unticks the other.
    m_updating = true;
    const bool checked = m_table->item(row, column)->checkState() == Qt::Checked;
    m_table->item(row, column == kMine ? kTheirs : kMine)
        ->setCheckState(checked ? Qt::Unchecked : Qt::Checked);
    m_updating = false;
}

void ConflictDialog::chooseAll(int column)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, column)->setCheckState(Qt::Checked);
}

void ConflictDialog::resolveCurrent()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_conflicts.size())
        return;
    const SyncConflict &c = m_conflicts.at(index);
    QJsonObject chosen = c.theirs.isEmpty() ? c.mine : c.theirs;
    for (int row = 0; row < m_fields.size(); ++row) {
        const bool mine = m_table->item(row, kMine)->checkState() == Qt::Checked;
        chosen[m_fields.at(row)] = (mine ? c.mine : c.theirs).value(m_fields.at(row));
    }
    QString error;
    if (!ConflictStore(m_dbPath).resolve(m_session, c, chosen, &error)) {
        Dialogs::warn(this, windowTitle(), error);
        return;
    }
    emit resolved();
    reload();
}

} // namespace Sportello
