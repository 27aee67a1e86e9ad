#include "widgets/casework/caseloadview.h"

#include "models/casework/agenda.h"
#include "models/casework/caserepository.h"
#include "models/common/textlimits.h"
#include "widgets/common/background.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

namespace {
constexpr int kAllStates = 100; // a button id (-1 would ask QButtonGroup for one)
}

CaseloadView::CaseloadView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_countsLayout(new QHBoxLayout)
    , m_counts(new QButtonGroup(this))
    , m_area(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_closed(new QCheckBox(tr("Sho&w closed cases"), this))
    , m_model(new CaseListModel(this))
    , m_table(new QTableView(this))
    , m_reminders(new QListWidget(this))
{
    m_area->setObjectName(u"caseloadArea"_s);
    m_search->setObjectName(u"caseloadSearch"_s);
    m_search->setMaxLength(TextLimits::kLine);
    m_closed->setObjectName(u"caseloadClosed"_s);
    m_table->setObjectName(u"caseloadTable"_s);
    m_table->setAccessibleName(tr("My cases"));
    m_reminders->setObjectName(u"caseloadReminders"_s);
    m_reminders->setAccessibleName(tr("To follow up"));
    m_area->addItem(tr("All need areas"), QString());
    for (NeedArea a : needAreas())
        m_area->addItem(needAreaLabel(a), needAreaId(a));
    m_search->setPlaceholderText(tr("Name or case number"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->hideColumn(CaseListModel::Worker);
    m_table->setColumnWidth(CaseListModel::Number, 140);
    m_table->setColumnWidth(CaseListModel::Citizen, 200);
    m_table->setColumnWidth(CaseListModel::Status, 150);
    m_table->setColumnWidth(CaseListModel::Area, 170);
    m_counts->setExclusive(true);
    m_countsLayout->addStretch();

    // What the table shows: the state, area and text filters, in words.
    const auto shown = [this]() -> QString {
        QStringList parts;
        if (const QAbstractButton *state = m_counts->checkedButton();
            state && m_counts->checkedId() != kAllStates)
            parts << state->text();
        if (m_area->currentIndex() > 0)
            parts << m_area->currentText();
        if (!m_search->text().trimmed().isEmpty())
            parts << u"\"%1\""_s.arg(m_search->text().trimmed());
        if (m_closed->isChecked())
            parts << tr("closed cases included");
        return m_session.displayName
            + (parts.isEmpty() ? QString() : u" — "_s + parts.join(u", "_s));
    };
    auto *exportButton = TableExport::button(
        m_table, tr("My caseload"),
        TableExport::audited(
            dbPath, session, u"social_case"_s,
            [this] {
                return QVariantMap {{u"list"_s, u"caseload"_s}, {u"worker"_s, m_session.username}};
            }),
        {shown, {}, {}});
    exportButton->setObjectName(u"caseloadExport"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("Need &area"), m_area, this));
    filters->addWidget(m_area);
    filters->addWidget(buddyLabel(tr("Fi&nd"), m_search, this));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_closed);
    filters->addWidget(exportButton);
    auto *casesSide = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(casesSide);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addLayout(m_countsLayout);
    casesLayout->addLayout(filters);
    casesLayout->addWidget(m_table, 1);
    auto *remindersBox = new QGroupBox(tr("Needs attention"), this);
    auto *remindersLayout = new QVBoxLayout(remindersBox);
    remindersLayout->addWidget(m_reminders);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(casesSide);
    splitter->addWidget(remindersBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_area, &QComboBox::currentIndexChanged, this, &CaseloadView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &CaseloadView::applyFilters);
    connect(m_closed, &QCheckBox::toggled, this, &CaseloadView::refresh);
    connect(m_counts, &QButtonGroup::idClicked, this, &CaseloadView::applyFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openCase(index.data(CaseListModel::CaseIdRole).toString());
    });
    connect(m_reminders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openCase(item->data(Qt::UserRole).toString()); });
    refresh();
}

CaseloadView::~CaseloadView() = default;

void CaseloadView::refresh()
{
    struct Loaded
    {
        QList<CaseListModel::Row> rows;
        QList<Reminder> reminders;
    };
    const QString path = m_dbPath;
    const QString worker = m_session.username;
    const bool withClosed = m_closed->isChecked();
    const int generation = ++m_generation;
    readInBackground<Loaded>(
        this, path,
        [path, worker, withClosed] {
            return Loaded {
                CaseListModel::rowsFor(path, CaseRepository(path).caseload(worker, withClosed)),
                reminders(path, worker, QDate::currentDate())};
        },
        [this, generation](Loaded loaded) {
            if (generation == m_generation)
                showLoaded(std::move(loaded.rows), loaded.reminders);
        });
}

void CaseloadView::showLoaded(QList<CaseListModel::Row> rows, const QList<Reminder> &attention)
{
    m_rows = std::move(rows);
    // One toggle per state with its count; the checked one filters.
    const int checked = m_counts->checkedId();
    for (QAbstractButton *button : m_counts->buttons()) {
        m_counts->removeButton(button);
        delete button;
    }
    QMap<CaseStatus, int> byStatus;
    for (const CaseListModel::Row &r : std::as_const(m_rows))
        ++byStatus[r.socialCase.status];
    const auto addCount = [this](int id, const QString &text) {
        auto *button = new QPushButton(text, this);
        button->setCheckable(true);
        button->setFlat(true);
        button->setObjectName(u"caseloadCount%1"_s.arg(id));
        m_counts->addButton(button, id);
        m_countsLayout->insertWidget(m_countsLayout->count() - 1, button); // before the stretch
    };
    addCount(kAllStates, tr("All: %1").arg(m_rows.size()));
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        addCount(int(it.key()), u"%1: %2"_s.arg(caseStatusLabel(it.key())).arg(it.value()));
    QAbstractButton *toCheck = m_counts->button(checked);
    (toCheck ? toCheck : m_counts->button(kAllStates))->setChecked(true);
    applyFilters();

    m_reminders->clear();
    for (const Reminder &r : attention) {
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(r.caseNumber, r.text), m_reminders);
        item->setData(Qt::UserRole, r.caseId);
    }
    if (m_reminders->count() == 0)
        new QListWidgetItem(tr("Nothing overdue."), m_reminders);
    emit loaded();
}

void CaseloadView::applyFilters()
{
    const int state = m_counts->checkedId();
    const QString area = m_area->currentData().toString();
    const QString text = m_search->text().trimmed();
    QList<CaseListModel::Row> shown;
    for (const CaseListModel::Row &r : std::as_const(m_rows)) {
        if (state != kAllStates && int(r.socialCase.status) != state)
            continue;
        if (!area.isEmpty() && needAreaId(r.socialCase.needArea) != area)
            continue;
        if (!text.isEmpty() && !r.citizenName.contains(text, Qt::CaseInsensitive)
            && !r.socialCase.number.contains(text, Qt::CaseInsensitive)
            && !r.fiscalCode.contains(text, Qt::CaseInsensitive))
            continue;
        shown << r;
    }
    m_model->setRows(shown);
}

} // namespace Sportello
