#include "widgets/nursery/applicationsview.h"

#include "models/common/textlimits.h"
#include "models/db/database.h"
#include "models/nursery/applicationcsv.h"
#include "models/nursery/applicationsmodel.h"
#include "models/nursery/codelegend.h"
#include "models/nursery/nurseryrepository.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"
#include "widgets/nursery/applicationdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

ApplicationsView::ApplicationsView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_model(new ApplicationsModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_legend(new QLabel(this))
    , m_new(new QPushButton(tr("&New application…"), this))
    , m_edit(new QPushButton(tr("&Open…"), this))
    , m_withdraw(new QPushButton(tr("Wi&thdraw"), this))
    , m_import(new QPushButton(tr("I&mport CSV…"), this))
    , m_explain(new QPushButton(tr("Exp&lain position"), this))
{
    setObjectName(u"applicationsView"_s);
    m_filter->setObjectName(u"applicationFilter"_s);
    m_filter->setMaxLength(TextLimits::kLine);
    m_filter->setPlaceholderText(tr("Search by protocol, child's name or fiscal code"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search applications"));
    m_table->setObjectName(u"applicationsTable"_s);
    m_legend->setObjectName(u"applicationsLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Emphasis::markAsSecondary(m_legend);
    m_table->setAccessibleName(tr("Applications"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_new->setObjectName(u"newApplication"_s);
    m_edit->setObjectName(u"openApplication"_s);
    m_import->setObjectName(u"importApplications"_s);

    const bool edit = session.can(Permission::EditNurseryApplications);
    m_new->setVisible(edit);
    m_withdraw->setVisible(edit);
    m_import->setVisible(session.can(Permission::ManageNursery));

    const auto round = [this] {
        return m_round ? m_round->data.round.rules.round : QString();
    };
    const auto shown = [this, round]() -> QString {
        const QString filter = m_filter->text().trimmed();
        return filter.isEmpty() ? tr("Round %1").arg(round())
                                : tr("Round %1, search: %2").arg(round(), filter);
    };
    auto *exportButton = TableExport::button(
        m_table, tr("Nursery applications"),
        TableExport::audited(dbPath, session, u"nursery_application"_s,
                             [this, round] {
                                 return QVariantMap {{u"list"_s, u"applications"_s},
                                                     {u"round"_s, round()},
                                                     {u"filter"_s, m_filter->text().trimmed()}};
                             }),
        {shown, {}, {}});
    exportButton->setObjectName(u"applicationsExport"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_explain);
    buttons->addWidget(m_import);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);

    connect(m_filter, &QLineEdit::textChanged, m_model, &ApplicationsModel::setFilter);
    connect(m_new, &QPushButton::clicked, this, &ApplicationsView::newApplication);
    connect(m_edit, &QPushButton::clicked, this, &ApplicationsView::editCurrent);
    connect(m_table, &QTableView::activated, this, &ApplicationsView::editCurrent);
    connect(m_withdraw, &QPushButton::clicked, this, &ApplicationsView::toggleWithdrawn);
    connect(m_import, &QPushButton::clicked, this, &ApplicationsView::importCsv);
    connect(m_explain, &QPushButton::clicked, this, [this] {
        if (const int a = currentApplication(); a >= 0)
            emit explainRequested(m_round->data.applications.at(a).protocol);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApplicationsView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApplicationsView::updateButtons);
    updateButtons();
}

ApplicationsView::~ApplicationsView() = default;

void ApplicationsView::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    const int current = currentApplication();
    const QString keep = current >= 0 ? m_round->data.applications.at(current).id : QString();
    m_round = round;
    m_model->setRound(std::move(round));
    m_table->resizeColumnsToContents();
    m_legend->setText(m_round ? nurseryLegend(m_round->data.round.rules) + u'\n'
                              + conditionLegend(m_round->data.round.rules)
                              : QString());
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

int ApplicationsView::currentApplication() const
{
    return m_model->application(m_table->currentIndex().row());
}

void ApplicationsView::updateButtons()
{
    const int a = currentApplication();
    const bool open = m_round && m_round->data.round.state != RoundState::Draft;
    m_new->setEnabled(open);
    m_import->setEnabled(open);
    m_edit->setEnabled(a >= 0);
    m_explain->setEnabled(a >= 0 && m_round->result.ranking.ageGroupOf.at(a) >= 0);
    m_withdraw->setEnabled(a >= 0);
    m_withdraw->setText(a >= 0 && m_round->data.applications.at(a).withdrawn ? tr("Reins&tate")
                                                                             : tr("Wi&thdraw"));
}

void ApplicationsView::newApplication()
{
    if (!m_round)
        return;
    Application fresh;
    fresh.submittedAt = wallClockNow();
    ApplicationDialog dialog(m_dbPath, m_session, *m_round, fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

void ApplicationsView::editCurrent()
{
    const int a = currentApplication();
    if (a < 0)
        return;
    const Application &application = m_round->data.applications.at(a);
    NurseryRepository(m_dbPath).recordOpened(m_session, application.id);
    ApplicationDialog dialog(m_dbPath, m_session, *m_round, application, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

void ApplicationsView::toggleWithdrawn()
{
    const int a = currentApplication();
    if (a < 0)
        return;
    const Application &application = m_round->data.applications.at(a);
    if (!application.withdrawn
        && Dialogs::ask(this, tr("Withdraw"),
                        tr("Withdraw application %1? It leaves the ranking; it can be reinstated.")
                            .arg(application.protocol),
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    QString error;
    if (!NurseryRepository(m_dbPath).setWithdrawn(m_session, application.id, !application.withdrawn,
                                                  &error)) {
        Dialogs::warn(this, tr("Withdraw"), error);
        return;
    }
    emit changed();
}

void ApplicationsView::importCsv()
{
    if (!m_round)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import applications"), QString(),
                                                      tr("Applications (*.csv)"));
    if (!path.isEmpty())
        importFile(path);
}

void ApplicationsView::importFile(const QString &path)
{
    // Checked and written on a pool thread with its own connection: a large file must not
    // freeze the desk.
    struct Outcome
    {
        qsizetype imported = 0;
        QString error;
    };
    const auto work = [dbPath = m_dbPath, session = m_session, path,
                       rules = m_round->data.round.rules, roundId = m_round->data.round.id] {
        Outcome outcome;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error = file.errorString();
            return outcome;
        }
        NurseryRepository repository(dbPath);
        auto applications = readApplicationsCsv(file.readAll(), rules,
                                                repository.protocols(roundId), &outcome.error);
        if (applications
            && repository.importApplications(session, roundId, &*applications, &outcome.error))
            outcome.imported = applications->size();
        Db::closeConnection(dbPath);
        return outcome;
    };
    QProgressDialog progress(tr("Importing the applications…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Outcome> watcher;
    connect(&watcher, &QFutureWatcher<Outcome>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run(work));
    progress.exec();
    watcher.waitForFinished();
    const Outcome outcome = watcher.result();
    if (outcome.imported == 0) {
        Dialogs::warn(this, tr("Import applications"),
                      tr("Nothing was imported.\n\n%1").arg(outcome.error));
        return;
    }
    Dialogs::inform(this, tr("Import applications"),
                    tr("%n applications imported.", nullptr, int(outcome.imported)));
    emit changed();
}

} // namespace Sportello
