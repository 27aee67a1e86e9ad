#include "widgets/nursery/nurserypanel.h"

#include "models/db/database.h"
#include "models/nursery/nurseryrepository.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/nursery/allocationview.h"
#include "widgets/nursery/applicationsview.h"
#include "widgets/nursery/chartsview.h"
#include "widgets/nursery/publicationsview.h"
#include "widgets/nursery/rankingview.h"
#include "widgets/nursery/ruleseditor.h"
#include "widgets/nursery/whatifview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

namespace {

using Loaded = std::shared_ptr<const EvaluatedRound>;

// Loads and evaluates a round on a pool thread, with that thread's own connection.
Loaded loadRound(const QString &dbPath, const QString &roundId)
{
    auto data = NurseryRepository(dbPath).load(roundId);
    Loaded round = data ? EvaluatedRound::of(std::move(*data)) : Loaded();
    Db::closeConnection(dbPath);
    return round;
}

// The rules a new round starts from: the latest round's, one year on, or a skeleton.
RuleSet templateRules(const QString &dbPath, const QString &municipality)
{
    NurseryRepository repository(dbPath);
    const QList<RoundSummary> rounds = repository.rounds();
    if (!rounds.isEmpty()) {
        if (const auto latest = repository.round(rounds.first().id)) {
            RuleSet rules = latest->rules;
            rules.deadline = rules.deadline.addYears(1);
            for (AgeGroup &g : rules.ageGroups) {
                g.bornFrom = g.bornFrom.addYears(1);
                g.bornTo = g.bornTo.addYears(1);
            }
            return rules;
        }
    }
    RuleSet rules;
    const int year = QDate::currentDate().year() + (QDate::currentDate().month() > 5 ? 1 : 0);
    rules.municipality = municipality;
    rules.deadline = parseDateTime(u"%1-05-01T23:59:59"_s.arg(year));
    rules.ageGroups = {{u"P"_s, QCoreApplication::translate("Sportello::NurseryPanel", "Small"),
                        QDate(year - 1, 9, 1), QDate(year, 5, 31), BirthOrder::OlderFirst}};
    for (const QString &id :
         {u"on_time_first"_s, u"score_desc"_s, u"isee_asc"_s, u"child_age"_s, u"submitted_asc"_s})
        rules.tieBreaks << *TieBreak::fromId(id);
    return rules;
}

} // namespace

NurseryPanel::NurseryPanel(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_rounds(new QComboBox(this))
    , m_stage(new QLabel(this))
    , m_advance(new QPushButton(this))
    , m_newRound(new QPushButton(tr("New roun&d…"), this))
    , m_importRules(new QPushButton(tr("&Import rules…"), this))
    , m_tabs(new QTabWidget(this))
    , m_rules(new RulesEditor(dbPath, session, this))
    , m_applications(new ApplicationsView(dbPath, session, this))
    , m_ranking(new RankingView(dbPath, session, this))
    , m_whatIf(new WhatIfView(this))
    , m_allocation(new AllocationView(dbPath, session, this))
    , m_publications(new PublicationsView(dbPath, session, this))
    , m_charts(new ChartsView(this))
{
    setObjectName(u"nurseryPanel"_s);
    m_rounds->setObjectName(u"roundCombo"_s);
    m_rounds->setMinimumContentsLength(28);
    m_stage->setObjectName(u"roundStage"_s);
    m_advance->setObjectName(u"advanceStage"_s);
    m_newRound->setObjectName(u"newRound"_s);
    m_tabs->setObjectName(u"nurseryTabs"_s);
    m_tabs->addTab(m_applications, tr("&Applications"));
    m_tabs->addTab(m_ranking, tr("Ran&king"));
    m_tabs->addTab(m_allocation, tr("&Seats and answers"));
    m_tabs->addTab(m_whatIf, tr("&What if"));
    m_tabs->addTab(m_publications, tr("&Published lists"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(m_rules, tr("R&ules"));

    const bool manage = session.can(Permission::ManageNursery);
    m_newRound->setVisible(manage);
    m_importRules->setVisible(manage);
    m_advance->setVisible(manage);

    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("Round:"), m_rounds, this));
    top->addWidget(m_rounds);
    top->addWidget(m_stage);
    top->addStretch();
    top->addWidget(m_advance);
    top->addWidget(m_newRound);
    top->addWidget(m_importRules);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Nursery admissions")), this));
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_rounds, &QComboBox::currentIndexChanged, this, &NurseryPanel::loadCurrent);
    connect(m_advance, &QPushButton::clicked, this, &NurseryPanel::advanceStage);
    connect(m_newRound, &QPushButton::clicked, this, &NurseryPanel::newRound);
    connect(m_importRules, &QPushButton::clicked, this, &NurseryPanel::importRules);
    connect(m_rules, &RulesEditor::changed, this, &NurseryPanel::written);
    connect(m_applications, &ApplicationsView::changed, this, &NurseryPanel::written);
    connect(m_allocation, &AllocationView::changed, this, &NurseryPanel::written);
    connect(m_publications, &PublicationsView::changed, this, &NurseryPanel::written);
    connect(m_applications, &ApplicationsView::explainRequested, this,
            [this](const QString &protocol) {
                m_tabs->setCurrentWidget(m_ranking);
                m_ranking->showApplication(protocol);
            });
    reloadRounds();
}

NurseryPanel::~NurseryPanel() = default;

void NurseryPanel::refresh()
{
    reloadRounds(m_rounds->currentData().toString());
}

void NurseryPanel::showRound(const QString &code)
{
    const QString id = NurseryRepository(m_dbPath).roundIdByCode(code);
    const int index = m_rounds->findData(id);
    if (index >= 0)
        m_rounds->setCurrentIndex(index);
}

void NurseryPanel::reloadRounds(const QString &selectId)
{
    const QSignalBlocker blocker(m_rounds);
    m_rounds->clear();
    for (const RoundSummary &r : NurseryRepository(m_dbPath).rounds()) {
        m_rounds->addItem(
            tr("%1 (%2) - %n applications", nullptr, int(r.applications)).arg(r.code, r.schoolYear),
            r.id);
    }
    const int index = m_rounds->findData(selectId);
    m_rounds->setCurrentIndex(index >= 0 ? index : 0);
    loadCurrent();
}

void NurseryPanel::loadCurrent()
{
    const QString roundId = m_rounds->currentData().toString();
    const int generation = ++m_generation;
    if (roundId.isEmpty()) {
        onLoaded(generation, nullptr);
        return;
    }
    ++m_loading;
    m_stage->setText(tr("Loading…"));
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        --m_loading;
        onLoaded(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&loadRound, m_dbPath, roundId));
}

void NurseryPanel::onLoaded(int generation, Loaded round)
{
    if (generation != m_generation)
        return; // a newer load is on its way
    m_round = std::move(round);
    m_rules->setRound(m_round);
    m_applications->setRound(m_round);
    m_ranking->setRound(m_round);
    m_whatIf->setRound(m_round);
    m_allocation->setRound(m_round);
    m_publications->setRound(m_round);
    m_charts->setRound(m_round);
    m_tabs->setEnabled(m_round != nullptr);
    updateStage();
    emit roundLoaded();
}

void NurseryPanel::updateStage()
{
    if (!m_round) {
        m_stage->setText(tr("No round yet: create one or import its rules."));
        m_advance->setEnabled(false);
        m_advance->setText(tr("Next stage"));
        return;
    }
    const RoundState state = m_round->data.round.state;
    m_stage->setText(tr("Stage: <b>%1</b>").arg(roundStateLabel(state)));
    const auto next = nextState(state);
    m_advance->setEnabled(next.has_value());
    m_advance->setText(next ? tr("Move to: %1").arg(roundStateLabel(*next)) : tr("Last stage"));
}

void NurseryPanel::written()
{
    emit dataChanged();
    refresh();
}

void NurseryPanel::advanceStage()
{
    if (!m_round)
        return;
    const auto next = nextState(m_round->data.round.state);
    if (!next)
        return;
    QString consequence;
    switch (*next) {
    case RoundState::Open:
        consequence = tr("Applications can be registered from now on.");
        break;
    case RoundState::Provisional:
        consequence = tr("The provisional ranking is published as it is now, and the rules can "
                         "no longer change.");
        break;
    case RoundState::Appeals:
        consequence = tr("Families may appeal against their score; validate or reject the "
                         "conditions they contest.");
        break;
    case RoundState::Final:
        consequence = tr("The final ranking is published as it is now.");
        break;
    case RoundState::Allocation:
        consequence = tr("Seats are offered in ranking order to %n applications.", nullptr,
                         int(m_round->result.allocation.admitted.size()));
        break;
    case RoundState::Draft:
        break;
    }
    if (Dialogs::ask(this, tr("Next stage"),
                     tr("Move round %1 to \"%2\"?\n\n%3")
                         .arg(m_round->data.round.rules.round, roundStateLabel(*next), consequence),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!NurseryRepository(m_dbPath).advance(m_session, *m_round, &error)) {
        Dialogs::warn(this, tr("Next stage"), error);
        return;
    }
    written();
}

void NurseryPanel::newRound()
{
    RuleSet rules = templateRules(m_dbPath, m_session.municipality);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New round"));
    auto *code = new QLineEdit(&dialog);
    auto *year = new QLineEdit(&dialog);
    auto *deadline = new DateEdit(DateEdit::Kind::DateTime, &dialog);
    deadline->setObjectName(u"newRoundDeadline"_s);
    deadline->setTimeSpec(Qt::UTC); // wall-clock, as the rules keep it
    deadline->setDateTime(rules.deadline);
    code->setMaxLength(RuleLimits::kRound);
    year->setMaxLength(RuleLimits::kSchoolYear);
    const int start = rules.deadline.date().year();
    code->setText(u"%1-nidi"_s.arg(start));
    year->setText(u"%1/%2"_s.arg(start).arg(start + 1));
    auto *form = new QFormLayout(&dialog);
    form->addRow(buddyLabel(tr("&Code:"), code, &dialog), code);
    form->addRow(buddyLabel(tr("&School year:"), year, &dialog), year);
    form->addRow(buddyLabel(tr("Applicatio&n deadline:"), deadline, &dialog), deadline);
    form->addRow(new QLabel(tr("The rules start as a copy of the latest round's, one year on; "
                               "review them in the Rules tab before opening applications."),
                            &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!DateEdit::confirmAll(&dialog))
            return;
        rules.round = code->text().trimmed();
        rules.schoolYear = year->text().trimmed();
        rules.deadline = deadline->dateTime();
        if (NurseryRepository(m_dbPath).roundIdByCode(rules.round).isEmpty()) {
            dialog.accept();
            return;
        }
        Dialogs::warn(&dialog, tr("New round"), tr("A round %1 already exists.").arg(rules.round));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString roundId;
    QString error;
    if (rules.nurseries.isEmpty())
        rules.nurseries = {{u"N01"_s, tr("New nursery"), {}}};
    if (!NurseryRepository(m_dbPath).importRules(m_session, rules, RoundState::Draft, &roundId,
                                                 &error)) {
        Dialogs::warn(this, tr("New round"), error);
        return;
    }
    emit dataChanged();
    reloadRounds(roundId);
    m_tabs->setCurrentWidget(m_rules);
}

void NurseryPanel::importRules()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the rules of a round"),
                                                      QString(), tr("Rules (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    std::optional<RuleSet> rules;
    if (file.open(QIODevice::ReadOnly))
        rules = RuleSet::fromJson(file.readAll(), &error);
    else
        error = file.errorString();
    QString roundId;
    if (!rules
        || !NurseryRepository(m_dbPath).importRules(m_session, *rules, RoundState::Draft, &roundId,
                                                    &error)) {
        Dialogs::warn(this, tr("Import rules"), tr("%1: %2").arg(path, error));
        return;
    }
    emit dataChanged();
    reloadRounds(roundId);
}

} // namespace Sportello
