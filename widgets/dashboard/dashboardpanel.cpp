#include "widgets/dashboard/dashboardpanel.h"

#include "models/access/staffrepository.h"
#include "models/dashboard/localfigures.h"
#include "models/dashboard/regionalfigures.h"
#include "models/registry/municipalities.h"
#include "widgets/common/background.h"
#include "widgets/common/buddylabel.h"
#include "widgets/dashboard/charts.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlDatabase>
#include <QThread>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

// The scope combo's data: empty = this desk; "*" = the whole region; else an ISTAT code.
const QString kWholeRegion = u"*"_s;

} // namespace

DashboardPanel::DashboardPanel(const QString &dbPath, const Session &session,
                               const Central::Endpoint &endpoint, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_endpoint(endpoint)
    , m_scope(new QComboBox(this))
    , m_regional(new QPushButton(tr("&Regional view…"), this))
    , m_state(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(u"dashboardPanel"_s);
    m_scope->setObjectName(u"dashboardScope"_s);
    m_scope->addItem(tr("This desk (%1)").arg(Municipalities::nameOf(session.municipality)),
                     QString());
    m_regional->setObjectName(u"dashboardRegional"_s);
    m_regional->setToolTip(tr("The same figures across the region's municipalities, for a "
                              "login of the region (sportello_region)"));
    m_regional->setVisible(endpoint.isConfigured());
    auto *refresh = new QPushButton(tr("Refre&sh"), this);
    refresh->setObjectName(u"dashboardRefresh"_s);
    refresh->setToolTip(tr("Count the figures again"));
    m_state->setObjectName(u"dashboardState"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("Figures &of:"), m_scope, this));
    top->addWidget(m_scope);
    top->addWidget(m_regional);
    top->addStretch();
    top->addWidget(m_state);
    top->addWidget(refresh);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the charts' buttons, scrolled into view

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardPanel::refresh);
    connect(refresh, &QPushButton::clicked, this, &DashboardPanel::refresh);
    connect(m_regional, &QPushButton::clicked, this, &DashboardPanel::askRegionalLogin);
}

DashboardPanel::~DashboardPanel() = default;

void DashboardPanel::createCharts()
{
    m_charts = {new OpenCasesByStatusChart, new OpenCasesByAreaChart, new CasesPerMonthChart,
                new NurseryDemandChart,     new WaitingListChart,     new LearningChart,
                new SyncHealthChart};
    // Side by side where two charts are narrow; across the width for months and nurseries.
    auto *grid = new QGridLayout;
    grid->addWidget(m_charts.at(0), 0, 0);
    grid->addWidget(m_charts.at(1), 0, 1);
    grid->addWidget(m_charts.at(2), 1, 0, 1, 2);
    grid->addWidget(m_charts.at(3), 2, 0, 1, 2);
    grid->addWidget(m_charts.at(5), 3, 0, 1, 2);
    grid->addWidget(m_charts.at(4), 4, 0);
    grid->addWidget(m_charts.at(6), 4, 1);
    auto *content = new QWidget;
    content->setLayout(grid);
    m_scroll->setWidget(content);
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    // The charts are made when the panel is first looked at, not at sign-in.
    if (m_charts.isEmpty())
        createCharts();
    QWidget::showEvent(event);
    refresh(); // counted when looked at: always current
}

void DashboardPanel::refresh()
{
    const int generation = ++m_generation;
    m_state->setText(tr("Counting…"));
    const QString scope = m_scope->currentData().toString();
    if (scope.isEmpty()) {
        const QString path = m_dbPath;
        const Session session = m_session;
        readInBackground<Dashboard::Figures>(
            this, path,
            [path, session] {
                return Dashboard::localFigures(path, session, QDate::currentDate());
            },
            [this, generation](const Dashboard::Figures &figures) {
                if (generation == m_generation)
                    showFigures(figures);
            });
        return;
    }
    const QString conninfo = m_endpoint.conninfo(m_regionUser);
    const QString password = m_regionPassword;
    const QString municipality = scope == kWholeRegion ? QString() : scope;
    auto *watcher = new QFutureWatcher<Regional>(this);
    connect(watcher, &QFutureWatcher<Regional>::finished, this, [this, watcher, generation] {
        if (generation == m_generation)
            showRegional(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([conninfo, password, municipality] {
        Regional result;
        const QString name = u"sportello-region-%1"_s.arg(quintptr(QThread::currentThreadId()));
        Central::Failure failure = Central::Failure::None;
        if (Central::open(name, conninfo, password, &failure, &result.error)) {
            const QSqlDatabase db = QSqlDatabase::database(name);
            result.municipalities = Dashboard::regionalMunicipalities(db, &result.error);
            result.ok = result.error.isEmpty()
                && Dashboard::regionalFigures(db, municipality, QDate::currentDate(),
                                              &result.figures, &result.error);
        }
        Central::close(name);
        return result;
    }));
}

void DashboardPanel::showFigures(const Dashboard::Figures &figures)
{
    for (DashboardChart *chart : std::as_const(m_charts))
        chart->setFigures(figures);
    m_state->setText(tr("Counted at %1").arg(QTime::currentTime().toString(u"HH:mm"_s)));
    emit loaded();
}

void DashboardPanel::showRegional(const Regional &result)
{
    if (!result.ok) {
        const QString message = result.error.contains(u"permission denied"_s)
            ? tr("This login may not read the region's figures: it needs the region's role "
                 "(sportello_region).")
            : tr("The region's figures could not be read: %1").arg(result.error);
        // Back to this desk's figures, which the charts still show; the login is forgotten.
        m_regionPassword.clear();
        const QSignalBlocker blocker(m_scope);
        while (m_scope->count() > 1)
            m_scope->removeItem(1);
        m_state->setText(message);
        emit failed(message);
        return;
    }
    // The municipalities the region has figures for, once known.
    if (m_scope->count() <= 2) {
        const QSignalBlocker blocker(m_scope);
        for (const QString &code : result.municipalities)
            m_scope->addItem(tr("Region: %1").arg(Municipalities::nameOf(code)), code);
    }
    showFigures(result.figures);
}

void DashboardPanel::openRegionalView(const QString &username, const QString &password)
{
    m_regionUser = username;
    m_regionPassword = password;
    const QSignalBlocker blocker(m_scope);
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    m_scope->addItem(tr("Region: all municipalities"), kWholeRegion);
    m_scope->setCurrentIndex(1);
    refresh();
}

void DashboardPanel::askRegionalLogin()
{
    QDialog dialog(this);
    dialog.setObjectName(u"regionalLogin"_s);
    dialog.setWindowTitle(tr("Regional view"));
    auto *explanation = new QLabel(
        tr("The region's figures come from the regional database, with the login of a "
           "regional officer. They are counts only: no person's data, and counts from 1 to 4 "
           "are not shown."),
        &dialog);
    explanation->setWordWrap(true);
    auto *user = new QLineEdit(m_regionUser.isEmpty() ? m_session.username : m_regionUser, &dialog);
    user->setObjectName(u"regionalUser"_s);
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(u"regionalPassword"_s);
    user->setMaxLength(StaffRepository::kMaxUsernameLength);
    password->setMaxLength(StaffRepository::kMaxPasswordLength);
    password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Show the region"));
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Login:"), user, &dialog), user);
    form->addRow(buddyLabel(tr("&Password:"), password, &dialog), password);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    password->setFocus();
    if (dialog.exec() == QDialog::Accepted && !user->text().trimmed().isEmpty())
        openRegionalView(user->text().trimmed(), password->text());
}

} // namespace Sportello
