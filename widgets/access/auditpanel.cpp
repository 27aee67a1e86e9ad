#include "widgets/access/auditpanel.h"

#include "models/access/auditdetail.h"
#include "models/access/auditlog.h"
#include "models/common/textlimits.h"
#include "models/db/database.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

constexpr int kLimit = 1000;

} // namespace

AuditPanel::AuditPanel(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(u"auditPanel"_s);
    m_filter->setObjectName(u"auditFilterEdit"_s);
    m_filter->setMaxLength(TextLimits::kLine);
    m_filter->setPlaceholderText(tr("Fiscal code of a citizen: who accessed their record"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaxLength(16);
    m_table->setObjectName(u"auditTable"_s);
    setUpTable(m_table);
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Detail")});

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    const auto shown = [this] {
        const QString code = FiscalCode::normalized(m_filter->text());
        return code.isEmpty() ? tr("The latest %1 events").arg(kLimit)
                              : tr("Events about the citizen %1").arg(code);
    };
    auto *exportButton = TableExport::button(
        m_table, tr("Audit log"),
        TableExport::audited(dbPath, session, u"audit_event"_s,
                             [this] {
                                 return QVariantMap {
                                     {u"list"_s, u"audit_log"_s},
                                     {u"filter"_s, FiscalCode::normalized(m_filter->text())}};
                             }),
        {shown, {}, {}});
    exportButton->setObjectName(u"auditExport"_s);
    filterRow->addWidget(exportButton);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Citizen"), m_filter, this), filterRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Audit log")), this));
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditPanel::reload);
}

void AuditPanel::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void AuditPanel::reload()
{
    const QSqlDatabase db = Db::connection(m_dbPath);
    const QString code = FiscalCode::normalized(m_filter->text());
    QList<AuditLog::Event> events;
    if (code.isEmpty()) {
        events = AuditLog::events(db, QString(), QString(), kLimit);
    } else if (code.size() == 16) {
        for (const QString &id : CitizenRepository(m_dbPath).idsWithFiscalCode(code))
            events << AuditLog::aboutCitizen(db, id, kLimit);
    }
    m_table->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const AuditLog::Event &e = events.at(row);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        const QString record = e.subject.isEmpty()
            ? AuditLog::entityLabel(e.entity)
            : AuditLog::entityLabel(e.entity) + u": "_s + e.subject;
        const QStringList cells {at.toString(u"dd/MM/yyyy HH:mm:ss"_s), e.username,
                                 AuditLog::actionLabel(e.action), record,
                                 AuditLog::describe(e.detail)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    // The detail, last, takes the rest of the width.
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->resizeColumnToContents(column);
}

} // namespace Sportello
