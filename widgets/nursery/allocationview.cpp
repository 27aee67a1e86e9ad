#include "widgets/nursery/allocationview.h"

#include "models/nursery/nurseryrepository.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tables.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    setUpTable(table);
    return table;
}

void fill(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

AllocationView::AllocationView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_admitted(makeTable(u"admittedTable"_s,
                           {tr("Protocol"), tr("Child"), tr("Age group"), tr("Nursery"),
                            tr("Pref."), tr("Standing"), tr("Offered on")},
                           this))
    , m_waiting(makeTable(u"waitingTable"_s,
                          {tr("Protocol"), tr("Child"), tr("Age group"), tr("Position"),
                           tr("Best nursery still possible")},
                          this))
    , m_allocate(new QPushButton(tr("Re-a&llocate (scorrimento)"), this))
    , m_accept(new QPushButton(tr("Family accep&ts"), this))
    , m_refuse(new QPushButton(tr("Fa&mily refuses"), this))
{
    setObjectName(u"allocationView"_s);
    m_admitted->setAccessibleName(tr("Seats offered and accepted"));
    m_waiting->setAccessibleName(tr("Waiting list"));
    m_summary->setObjectName(u"allocationSummary"_s);
    m_summary->setWordWrap(true);
    m_allocate->setObjectName(u"reallocate"_s);
    m_accept->setObjectName(u"acceptOffer"_s);
    m_refuse->setObjectName(u"refuseOffer"_s);
    const bool manage = session.can(Permission::ManageNursery);
    for (QPushButton *b : {m_allocate, m_accept, m_refuse})
        b->setVisible(manage);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_allocate);
    auto *admittedBox = new QGroupBox(tr("Seats offered and accepted"), this);
    (new QVBoxLayout(admittedBox))->addWidget(m_admitted);
    auto *waitingBox = new QGroupBox(tr("Waiting list, in ranking order"), this);
    (new QVBoxLayout(waitingBox))->addWidget(m_waiting);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(admittedBox);
    splitter->addWidget(waitingBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_allocate, &QPushButton::clicked, this, &AllocationView::reallocate);
    connect(m_accept, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_admitted, &QTableWidget::itemSelectionChanged, this, &AllocationView::updateButtons);
}

AllocationView::~AllocationView() = default;

void AllocationView::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    m_round = std::move(round);
    m_admitted->setRowCount(0);
    m_waiting->setRowCount(0);
    if (!m_round) {
        updateButtons();
        return;
    }
    const RoundData &roundData = m_round->data;
    const RuleSet &rules = roundData.round.rules;
    const Allocation &allocation = m_round->result.allocation;
    QHash<QString, const Offer *> open;
    for (const Offer &o : roundData.offers) {
        if (o.status == OfferStatus::Offered || o.status == OfferStatus::Accepted)
            open.insert(o.applicationId, &o);
    }
    m_admitted->setRowCount(int(allocation.admitted.size()));
    int offered = 0;
    int accepted = 0;
    for (int row = 0; row < allocation.admitted.size(); ++row) {
        const Admission &a = allocation.admitted.at(row);
        const Application &app = roundData.applications.at(a.application);
        const Offer *offer = open.value(app.id);
        const RankRow *rankRow = m_round->result.ranking.find(a.application, a.preference);
        offered += offer && offer->status == OfferStatus::Offered;
        accepted += a.hold == Hold::Accepted;
        fill(m_admitted, row,
             {app.protocol, app.childName(), rules.ageGroups.at(a.ageGroup).label,
              rules.nurseries.at(a.nursery).name, QString::number(a.preference + 1),
              rankRow ? m_round->rowStatus(*rankRow) : QString(),
              offer ? QDateTime::fromString(offer->offeredAt, Qt::ISODateWithMs)
                          .toLocalTime()
                          .toString(u"dd/MM/yyyy"_s)
                    : QString()});
    }
    m_waiting->setRowCount(int(allocation.waiting.size()));
    for (int row = 0; row < allocation.waiting.size(); ++row) {
        const WaitingEntry &w = allocation.waiting.at(row);
        const Application &app = roundData.applications.at(w.application);
        const RankRow *best = m_round->bestRow(w.application);
        fill(m_waiting, row,
             {app.protocol, app.childName(), rules.ageGroups.at(w.ageGroup).label,
              QString::number(w.position),
              best ? rules.nurseries.at(best->nursery).name : QString()});
    }
    int seats = 0;
    for (const NurseryPlace &n : rules.nurseries) {
        for (const AgeGroup &g : rules.ageGroups)
            seats += n.seatsFor(g.code);
    }
    const QString stage = roundData.round.state == RoundState::Allocation
        ? QString()
        : tr("Seats are offered when the round reaches the allocation stage; until then this "
             "shows who is within the seats. ");
    m_summary->setText(stage + tr("%n seat(s): ", nullptr, seats)
                       + tr("%n offer(s) awaiting an answer", nullptr, offered) + u", "_s
                       + tr("%n accepted", nullptr, accepted) + u", "_s
                       + tr("%n within the seats", nullptr, int(allocation.admitted.size()))
                       + u"; "_s
                       + tr("%n application(s) waiting.", nullptr, int(allocation.waiting.size())));
    m_admitted->resizeColumnsToContents();
    m_waiting->resizeColumnsToContents();
    updateButtons();
}

QString AllocationView::summary() const
{
    return m_summary->text();
}

QString AllocationView::currentProtocol() const
{
    const QTableWidgetItem *item = m_admitted->item(m_admitted->currentRow(), 0);
    return item && m_admitted->selectionModel()->hasSelection() ? item->text() : QString();
}

void AllocationView::updateButtons()
{
    const bool allocating = m_round && m_round->data.round.state == RoundState::Allocation;
    m_allocate->setEnabled(allocating);
    bool open = false;
    if (allocating) {
        const int a = m_round->data.applicationIndex(currentProtocol());
        if (a >= 0) {
            const QString id = m_round->data.applications.at(a).id;
            open = std::any_of(m_round->data.offers.cbegin(), m_round->data.offers.cend(),
                               [&](const Offer &o) {
                                   return o.applicationId == id && o.status == OfferStatus::Offered;
                               });
        }
    }
    m_accept->setEnabled(open);
    m_refuse->setEnabled(open);
}

void AllocationView::reallocate()
{
    if (!m_round)
        return;
    int offered = 0;
    int revoked = 0;
    QString error;
    if (!NurseryRepository(m_dbPath).recordAllocation(m_session, m_round->data, m_round->result,
                                                      &error, &offered, &revoked)) {
        Dialogs::warn(this, tr("Allocation"), error);
        return;
    }
    Dialogs::inform(this, tr("Allocation"),
                    tr("%n new offer(s)", nullptr, offered) + u"; "_s
                        + tr("%n unanswered offer(s) superseded.", nullptr, revoked));
    emit changed();
}

void AllocationView::answer(bool accept)
{
    const QString protocol = currentProtocol();
    if (!m_round || protocol.isEmpty())
        return;
    const QString question = accept ? tr("Record that the family of %1 accepts the seat?")
                                    : tr("Record that the family of %1 refuses the seat?");
    if (Dialogs::ask(this, tr("Answer"), question.arg(protocol),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!NurseryRepository(m_dbPath).recordAnswer(m_session, m_round->data, protocol, accept,
                                                  &error)) {
        Dialogs::warn(this, tr("Answer"), error);
        return;
    }
    emit changed();
}

} // namespace Sportello
