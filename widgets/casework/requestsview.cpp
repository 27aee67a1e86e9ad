#include "widgets/casework/requestsview.h"

#include "models/casework/caserepository.h"
#include "models/casework/requestlistmodel.h"
#include "widgets/casework/workerchoice.h"
#include "widgets/common/background.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using Casework::RequestListModel;

RequestsView::RequestsView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_model(new RequestListModel(this))
    , m_period(new QComboBox(this))
    , m_pendingOnly(new QCheckBox(tr("Only those to be &taken in charge"), this))
    , m_table(new QTableView(this))
    , m_worker(new QComboBox(this))
    , m_takeCharge(new QPushButton(tr("Ta&ke charge"), this))
    , m_open(new QPushButton(tr("Open &case file"), this))
    , m_problem(new QLabel(this))
{
    m_period->setObjectName(u"requestsPeriod"_s);
    m_pendingOnly->setObjectName(u"requestsPending"_s);
    m_table->setObjectName(u"requestsTable"_s);
    m_table->setAccessibleName(tr("Requests"));
    m_worker->setObjectName(u"requestsWorker"_s);
    m_takeCharge->setObjectName(u"requestsTakeCharge"_s);
    m_open->setObjectName(u"requestsOpenCase"_s);
    for (int days : {30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->setCurrentIndex(1);
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setColumnWidth(RequestListModel::Number, 140);
    m_table->setColumnWidth(RequestListModel::Received, 130);
    m_table->setColumnWidth(RequestListModel::Citizen, 180);
    m_table->setColumnWidth(RequestListModel::Channel, 110);
    m_table->setColumnWidth(RequestListModel::Area, 150);
    m_table->setColumnWidth(RequestListModel::Summary, 260);
    fillWorkerChoice(m_worker, dbPath, session.username);
    Emphasis::markAsProblem(m_problem);

    const bool worker = session.can(Permission::ManageCases);
    m_worker->setVisible(worker);
    m_takeCharge->setVisible(worker);
    m_open->setVisible(worker);
    const auto shown = [this] {
        return m_pendingOnly->isChecked()
            ? tr("%1, only those to be taken in charge").arg(m_period->currentText())
            : m_period->currentText();
    };
    auto *exportButton = TableExport::button(
        m_table, tr("Social requests"),
        TableExport::audited(dbPath, session, u"case_request"_s,
                             [this] {
                                 return QVariantMap {{u"list"_s, u"requests"_s},
                                                     {u"days"_s, m_period->currentData().toInt()},
                                                     {u"pending"_s, m_pendingOnly->isChecked()}};
                             }),
        {shown, {}, {}});
    exportButton->setObjectName(u"requestsExport"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("Peri&od"), m_period, this));
    filters->addWidget(m_period);
    filters->addWidget(m_pendingOnly);
    filters->addStretch();
    filters->addWidget(exportButton);
    if (session.can(Permission::RecordRequests)) {
        auto *newRequest = new QPushButton(tr("&New request from the registry…"), this);
        newRequest->setObjectName(u"requestsNew"_s);
        newRequest->setToolTip(
            tr("Find the citizen, then use \"New social request\" in the record"));
        connect(newRequest, &QPushButton::clicked, this, &RequestsView::newRequestAsked);
        filters->addWidget(newRequest);
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_problem, 1);
    auto *assignLabel = buddyLabel(tr("&Assign to"), m_worker, this);
    assignLabel->setVisible(worker);
    actions->addWidget(assignLabel);
    actions->addWidget(m_worker);
    actions->addWidget(m_takeCharge);
    actions->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_period, &QComboBox::currentIndexChanged, this, &RequestsView::refresh);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &RequestsView::refresh);
    connect(m_takeCharge, &QPushButton::clicked, this, &RequestsView::takeCharge);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openCase(m_table->currentIndex().data(RequestListModel::CaseIdRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString caseId = index.data(RequestListModel::CaseIdRole).toString();
        if (m_open->isVisible() && !caseId.isEmpty())
            emit openCase(caseId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsView::updateButtons);
    refresh();
}

RequestsView::~RequestsView() = default;

void RequestsView::refresh()
{
    const QDateTime since
        = QDateTime::currentDateTimeUtc().addDays(-m_period->currentData().toInt());
    const bool pendingOnly = m_pendingOnly->isChecked();
    const QString path = m_dbPath;
    const int generation = ++m_generation;
    readInBackground<QList<RequestListModel::Row>>(
        this, path,
        [path, since, pendingOnly] {
            QList<Casework::CaseRequest> requests
                = Casework::CaseRepository(path).requestsSince(since);
            if (pendingOnly)
                requests.removeIf(
                    [](const Casework::CaseRequest &r) { return !r.caseId.isEmpty(); });
            return RequestListModel::rowsFor(path, requests);
        },
        [this, generation](QList<RequestListModel::Row> rows) {
            if (generation != m_generation)
                return; // a newer read is on its way
            const QString current
                = m_table->currentIndex().data(RequestListModel::RequestIdRole).toString();
            m_model->setRows(std::move(rows));
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->row(row).request.id == current)
                    m_table->selectRow(row);
            }
            updateButtons();
            emit loaded();
        });
}

void RequestsView::takeCharge()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    Casework::SocialCase opened;
    QString error;
    if (!Casework::CaseRepository(m_dbPath).openCase(
            m_session, current.data(RequestListModel::RequestIdRole).toString(),
            m_worker->currentData().toString(), &opened, &error)) {
        m_problem->setText(error);
        return;
    }
    m_problem->clear();
    refresh();
    emit changed();
    emit openCase(opened.id);
}

void RequestsView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool pending = current.isValid() && current.data(RequestListModel::PendingRole).toBool();
    m_takeCharge->setEnabled(pending && m_worker->count() > 0);
    m_open->setEnabled(current.isValid() && !pending);
}

} // namespace Sportello
