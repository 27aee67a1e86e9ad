#include "widgets/shell/quicksearch.h"

#include "models/common/textlimits.h"
#include "models/registry/citizenlistmodel.h"
#include "widgets/registry/citizentable.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

QuickSearch::QuickSearch(const QString &dbPath, QWidget *parent)
    : QDialog(parent)
    , m_model(new CitizenListModel(dbPath, this))
    , m_edit(new QLineEdit(this))
    , m_results(new CitizenTable(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"quickSearch"_s);
    setWindowTitle(tr("Quick search"));
    resize(760, 420);
    m_edit->setObjectName(u"quickSearchEdit"_s);
    m_edit->setMaxLength(TextLimits::kLine);
    m_edit->setPlaceholderText(tr("Surname, name or fiscal code, then Enter"));
    m_edit->setAccessibleName(tr("Quick search"));
    m_edit->installEventFilter(this);
    m_results->setObjectName(u"quickSearchResults"_s);
    m_results->setModel(m_model);
    m_results->hideColumn(CitizenListModel::AddressColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setQueryText(m_edit->text()); });
    connect(m_model, &CitizenListModel::searchFinished, this, [this](qint64 total) {
        if (total > 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        else
            m_acceptPending = false;
    });
    connect(m_model, &CitizenListModel::pageLoaded, this, [this] {
        if (m_acceptPending)
            acceptWhenReady();
    });
    connect(m_results, &QTableView::activated, this, &QDialog::accept);
}

QString QuickSearch::citizenId() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() ? m_model->citizenId(current.row()) : QString();
}

// Enter means "open the best match for what I typed": if that search has not run or
// arrived yet, wait for it rather than open a row of the previous results.
void QuickSearch::acceptWhenReady()
{
    if (m_edit->text().trimmed().isEmpty())
        return;
    if (m_debounce->isActive()) {
        m_debounce->stop();
        m_model->setQueryText(m_edit->text());
    }
    m_acceptPending
        = m_model->isBusy() || m_model->queryText() != m_edit->text() || citizenId().isEmpty();
    if (!m_acceptPending)
        accept();
}

bool QuickSearch::eventFilter(QObject *watched, QEvent *event)
{
    // The keys that move through the results work while typing.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_results->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_model->rowCount())
                m_results->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            acceptWhenReady();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Sportello
