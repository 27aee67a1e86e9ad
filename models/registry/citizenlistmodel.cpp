#include "models/registry/citizenlistmodel.h"

#include "models/common/format.h"
#include "models/db/database.h"
#include "models/registry/birthplaces.h"
#include "models/registry/citizenlistworker.h"

#include <QSqlDatabase>

#include <limits>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

QVariant cell(const CitizenBrief &c, int column)
{
    switch (column) {
    case CitizenListModel::FiscalCodeColumn:
        return c.fiscalCode;
    case CitizenListModel::SurnameColumn:
        return c.surname;
    case CitizenListModel::GivenNamesColumn:
        return c.givenNames;
    case CitizenListModel::BirthDateColumn:
        return c.birthDate;
    case CitizenListModel::BirthPlaceColumn: {
        const BirthPlace *place = BirthPlaces::instance().find(c.birthPlaceCode);
        return place ? place->displayName() : c.birthPlaceCode;
    }
    case CitizenListModel::AddressColumn:
        return c.address;
    default:
        return {};
    }
}

} // namespace

CitizenListModel::CitizenListModel(const QString &dbPath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dbPath(dbPath)
    , m_query(CitizenQuery::parse(QString()))
{
    qRegisterMetaType<QList<Sportello::CitizenBrief>>();
    m_worker = new CitizenListWorker(dbPath, m_generation);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CitizenListWorker::counted, this, &CitizenListModel::onCounted);
    connect(m_worker, &CitizenListWorker::loaded, this, &CitizenListModel::onLoaded);
    m_thread.setObjectName(u"citizen-list"_s);
    m_thread.start();
    refresh();
}

CitizenListModel::~CitizenListModel()
{
    m_generation.store(-1); // skip whatever is still queued
    QMetaObject::invokeMethod(m_worker, &CitizenListWorker::closeConnection,
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CitizenListModel::setQueryText(const QString &text)
{
    if (text == m_text && !m_countPending)
        return;
    m_text = text;
    m_query = CitizenQuery::parse(text);
    refresh();
}

void CitizenListModel::refresh()
{
    const int generation = m_generation.load() + 1;
    m_generation.store(generation);
    m_countPending = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, query = m_query] { worker->count(generation, query); },
        Qt::QueuedConnection);
}

void CitizenListModel::onCounted(int generation, const QList<qint64> &tierCounts)
{
    if (generation != m_generation.load())
        return;
    beginResetModel();
    m_tierCounts = tierCounts;
    qint64 total = 0;
    for (qint64 n : tierCounts)
        total += n;
    m_rows = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    m_pages.clear();
    m_pageOrder.clear();
    m_pending.clear();
    m_countPending = false;
    endResetModel();
    if (m_rows > 0)
        requestPage(0);
    emit searchFinished(total);
}

void CitizenListModel::requestPage(int page) const
{
    if (m_pending.contains(page) || m_countPending)
        return;
    m_pending.insert(page);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation.load(), query = m_query,
         counts = m_tierCounts, page] { worker->load(generation, query, counts, page, kPageSize); },
        Qt::QueuedConnection);
}

void CitizenListModel::onLoaded(int generation, int page, const QList<CitizenBrief> &rows)
{
    if (generation != m_generation.load())
        return;
    m_pending.remove(page);
    m_pages.insert(page, rows);
    m_pageOrder.push_back(page);
    while (m_pageOrder.size() > size_t(kMaxPages)) {
        m_pages.remove(m_pageOrder.front());
        m_pageOrder.pop_front();
    }
    const int first = page * kPageSize;
    const int last = qMin(m_rows, first + kPageSize) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(page);
}

const CitizenBrief *CitizenListModel::rowAt(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.cend()) {
        requestPage(row / kPageSize);
        return nullptr;
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString CitizenListModel::citizenId(int row) const
{
    const CitizenBrief *brief = rowAt(row);
    return brief ? brief->id : QString();
}

std::function<bool(const std::function<bool(const QVariantList &)> &)>
CitizenListModel::rowStream(const QList<int> &columns) const
{
    return [query = m_query, path = m_dbPath, columns](const auto &sink) {
        return query.forEach(Db::connection(path), [&](const CitizenBrief &c) {
            QVariantList row;
            row.reserve(columns.size());
            for (int column : columns)
                row << cell(c, column);
            return sink(row);
        });
    };
}

bool CitizenListModel::lists(const QString &citizenId) const
{
    return m_query.matches(Db::connection(m_dbPath), citizenId);
}

int CitizenListModel::rowOf(const QString &citizenId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == citizenId)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

int CitizenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CitizenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CitizenListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    if (role != Qt::DisplayRole && role != IdRole)
        return {};
    const CitizenBrief *c = rowAt(index.row());
    if (!c)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(u"…"_s) : QVariant();
    if (role == IdRole)
        return c->id;
    if (index.column() == BirthDateColumn)
        return Format::date(c->birthDate);
    return cell(*c, index.column());
}

QList<QVariantList> CitizenListModel::allRows(const QList<int> &columns, int limit) const
{
    QList<QVariantList> rows;
    const QList<CitizenBrief> found = m_query.first(Db::connection(m_dbPath), limit);
    rows.reserve(found.size());
    for (const CitizenBrief &c : found) {
        QVariantList values;
        values.reserve(columns.size());
        for (int column : columns)
            values << cell(c, column);
        rows << values;
    }
    return rows;
}

QVariant CitizenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FiscalCodeColumn:
        return tr("Fiscal code");
    case SurnameColumn:
        return tr("Surname");
    case GivenNamesColumn:
        return tr("Given names");
    case BirthDateColumn:
        return tr("Date of birth");
    case BirthPlaceColumn:
        return tr("Place of birth");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace Sportello
