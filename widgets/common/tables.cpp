#include "widgets/common/tables.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace Sportello {

namespace {

// Tables this short have their contents measured; longer ones only their headers.
constexpr int kMeasuredRows = 500;

// Refits a table's columns, once per turn of the event loop however many signals ask.
class ColumnFitter final : public QObject
{
public:
    static constexpr const char *kName = "sportelloColumnFitter";

    ColumnFitter(QTableView *table, bool fitContents)
        : QObject(table)
        , m_table(table)
        , m_fitContents(fitContents)
    {
        setObjectName(QString::fromLatin1(kName));
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
        table->installEventFilter(this);
        table->viewport()->installEventFilter(this);
        QHeaderView *header = table->horizontalHeader();
        connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::schedule);
        connect(header, &QHeaderView::geometriesChanged, this, &ColumnFitter::schedule);
        watchModel();
    }

    void schedule()
    {
        if (!m_fitting)
            m_timer.start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if ((watched == m_table && event->type() == QEvent::Show)
            || (watched == m_table->viewport() && event->type() == QEvent::Resize))
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    // A table may be given its model after it is set up, or another one later.
    void watchModel()
    {
        QAbstractItemModel *model = m_table->model();
        if (model == m_model)
            return;
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        if (!model)
            return;
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (m_model && m_model->rowCount() <= kMeasuredRows)
                schedule();
        });
    }

    bool managedByQt(const QHeaderView *header, int section) const
    {
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
        return mode == QHeaderView::Stretch || mode == QHeaderView::ResizeToContents;
    }

    void fit()
    {
        watchModel();
        QHeaderView *header = m_table->horizontalHeader();
        if (!m_model || header->count() == 0 || !m_table->isVisible())
            return;
        m_fitting = true;
        const int rows = m_model->rowCount();
        const bool measure
            = m_fitContents && rows > 0 && rows <= kMeasuredRows && !m_model->canFetchMore({});
        // The visible sections in the order shown; the last one fills what is left.
        QList<int> sections;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                sections << logical;
        }
        if (sections.isEmpty()) {
            m_fitting = false;
            return;
        }
        const int last = sections.last();
        const auto needs = [&](int section) {
            const int forHeader = header->sectionSizeHint(section);
            const auto *view = static_cast<const QAbstractItemView *>(m_table); // public there
            return measure ? std::max(forHeader, view->sizeHintForColumn(section)) : forHeader;
        };
        // 1. No header cut short.
        for (const int section : std::as_const(sections)) {
            if (section == last || managedByQt(header, section))
                continue;
            const int minimum = header->sectionSizeHint(section);
            if (header->sectionSize(section) < minimum)
                header->resizeSection(section, minimum);
        }
        // An empty table does not collapse to its headers: its columns share the width, so
        // it reads as the list it will be (its last column fills the rest as always).
        if (rows == 0) {
            const int share = m_table->viewport()->width() / int(sections.size());
            for (const int section : std::as_const(sections)) {
                if (section != last && !managedByQt(header, section)
                    && header->sectionSize(section) < share)
                    header->resizeSection(section, share);
            }
        }
        // 2. Contents cut short widen their column while the last one keeps what it needs.
        int used = 0;
        for (const int section : std::as_const(sections)) {
            if (section != last)
                used += header->sectionSize(section);
        }
        const int lastNeeds
            = managedByQt(header, last) ? header->sectionSizeHint(last) : needs(last);
        int spare = m_table->viewport()->width() - used - lastNeeds;
        if (measure) {
            for (const int section : std::as_const(sections)) {
                if (spare <= 0)
                    break;
                if (section == last || managedByQt(header, section))
                    continue;
                const int grow = std::min(spare, needs(section) - header->sectionSize(section));
                if (grow > 0) {
                    header->resizeSection(section, header->sectionSize(section) + grow);
                    spare -= grow;
                }
            }
        }
        // 3. The last column fills the rest, never narrower than its header (or contents).
        if (!managedByQt(header, last)) {
            const bool room = spare >= 0;
            header->setStretchLastSection(room);
            if (!room)
                header->resizeSection(last, lastNeeds);
        }
        m_fitting = false;
    }

    QTableView *m_table;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_timer;
    bool m_fitContents;
    bool m_fitting = false;
};

} // namespace

void keepColumnsReadable(QTableView *table, bool fitContents)
{
    if (!table->findChild<QObject *>(QString::fromLatin1(ColumnFitter::kName),
                                     Qt::FindDirectChildrenOnly))
        new ColumnFitter(table, fitContents);
}

void setUpTable(QTableView *table, bool editable)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    setTableEditable(table, editable);
    table->setAlternatingRowColors(true);
    // Tab always leaves for the next control (a table inside tabs must not trap it, and
    // Ctrl+Tab there changes tab); arrows move between cells.
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    keepColumnsReadable(table, true);
}

void setTableEditable(QTableView *table, bool editable)
{
    // Arriving on a cell with the keyboard must not open an editor, or Tab could never
    // leave the table.
    table->setEditTriggers(
        editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                 : QAbstractItemView::NoEditTriggers);
}

} // namespace Sportello
