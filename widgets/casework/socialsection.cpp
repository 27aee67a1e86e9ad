#include "widgets/casework/socialsection.h"

#include "models/casework/caserepository.h"
#include "models/casework/requestlistmodel.h"
#include "widgets/casework/intakedialog.h"
#include "widgets/common/tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using Casework::RequestListModel;

SocialSection::SocialSection(const QString &dbPath, const Session &session, QWidget *parent)
    : QGroupBox(tr("Social services"), parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_model(new RequestListModel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New social re&quest…"), this))
    , m_open(new QPushButton(tr("Open &case file"), this))
{
    setObjectName(u"socialSection"_s);
    m_table->setObjectName(u"socialRequests"_s);
    m_new->setObjectName(u"socialNewRequest"_s);
    m_open->setObjectName(u"socialOpenCase"_s);
    m_table->setModel(m_model);
    setUpTable(m_table);
    for (int column :
         {RequestListModel::Channel, RequestListModel::Citizen, RequestListModel::Summary})
        m_table->hideColumn(column);
    m_table->setMaximumHeight(140);
    m_table->setColumnWidth(RequestListModel::Number, 125);
    m_table->setColumnWidth(RequestListModel::Received, 110);
    m_table->setColumnWidth(RequestListModel::Area, 110);
    m_new->setVisible(session.can(Permission::RecordRequests));
    m_open->setVisible(session.can(Permission::ManageCases));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &SocialSection::newRequest);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openCase(selectedCase()); });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_open->isVisible() && !selectedCase().isEmpty())
            emit openCase(selectedCase());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SocialSection::updateButtons);
    setCitizen(QString());
}

SocialSection::~SocialSection() = default;

void SocialSection::setCitizen(const QString &citizenId)
{
    m_citizenId = citizenId;
    reload();
}

void SocialSection::reload()
{
    m_model->setRows(m_citizenId.isEmpty()
                         ? QList<RequestListModel::Row>()
                         : RequestListModel::rowsFor(
                             m_dbPath, Casework::CaseRepository(m_dbPath).requestsOf(m_citizenId)));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setVisible(m_model->rowCount() > 0);
    setTitle(m_model->rowCount() > 0
                 ? tr("Social services (%n request(s))", nullptr, int(m_model->rowCount()))
                 : tr("Social services: no request"));
    updateButtons();
}

void SocialSection::newRequest()
{
    if (m_citizenId.isEmpty() || !m_session.can(Permission::RecordRequests))
        return;
    auto *dialog = new IntakeDialog(m_dbPath, m_session, m_citizenId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntakeDialog::recorded, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

QString SocialSection::selectedCase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RequestListModel::CaseIdRole).toString() : QString();
}

void SocialSection::updateButtons()
{
    m_new->setEnabled(!m_citizenId.isEmpty());
    m_open->setEnabled(!selectedCase().isEmpty());
}

} // namespace Sportello
