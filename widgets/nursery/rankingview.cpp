#include "widgets/nursery/rankingview.h"

#include "models/common/textlimits.h"
#include "models/nursery/explanation.h"
#include "models/nursery/rankingmodel.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

RankingView::RankingView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_staff(dbPath)
    , m_model(new RankingModel(this))
    , m_ageGroup(new QComboBox(this))
    , m_nursery(new QComboBox(this))
    , m_find(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_explanation(new QTextBrowser(this))
    , m_print(new QPushButton(tr("Print exp&lanation…"), this))
{
    setObjectName(u"rankingView"_s);
    m_ageGroup->setObjectName(u"rankingAgeGroup"_s);
    m_ageGroup->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nursery->setObjectName(u"rankingNursery"_s);
    m_find->setObjectName(u"rankingFind"_s);
    m_find->setMaxLength(TextLimits::kLine);
    m_find->setAccessibleName(tr("Find in the ranking"));
    m_find->setPlaceholderText(tr("Find protocol or name"));
    m_find->setClearButtonEnabled(true);
    m_table->setObjectName(u"rankingTable"_s);
    m_table->setAccessibleName(tr("Ranking"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_explanation->setObjectName(u"rankingExplanation"_s);
    m_explanation->setAccessibleName(tr("Why this position"));
    m_print->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("A&ge group:"), m_ageGroup, this));
    filters->addWidget(m_ageGroup);
    filters->addWidget(buddyLabel(tr("&Nursery:"), m_nursery, this));
    filters->addWidget(m_nursery, 1);
    filters->addWidget(m_find, 1);
    // The list as shown: one age group, every nursery or one.
    const auto shown = [this] {
        return u"%1 — %2"_s.arg(m_ageGroup->currentText(), m_nursery->currentText());
    };
    auto *exportButton = TableExport::button(
        m_table, tr("Ranking"),
        TableExport::audited(
            dbPath, session, u"nursery_application"_s,
            [shown] {
                return QVariantMap {{u"list"_s, u"ranking"_s}, {u"shown"_s, shown()}};
            }),
        {shown, {}, {}});
    exportButton->setObjectName(u"rankingExport"_s);
    filters->addWidget(exportButton);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_explanation, 1);
    sideLayout->addWidget(m_print, 0, Qt::AlignRight);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3); // the ranking's eight columns first
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_ageGroup, &QComboBox::currentIndexChanged, this, &RankingView::applyFilter);
    connect(m_nursery, &QComboBox::currentIndexChanged, this, &RankingView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RankingView::explainCurrent);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        const int row = m_model->find(m_find->text());
        if (row >= 0)
            m_table->selectRow(row);
    });
    connect(m_print, &QPushButton::clicked, this, &RankingView::printExplanation);
}

RankingView::~RankingView() = default;

void RankingView::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    m_round = round;
    m_staff.reload(); // a reviewer's account may have come with a sync
    {
        const QSignalBlocker a(m_ageGroup);
        const QSignalBlocker n(m_nursery);
        const int group = std::max(0, m_ageGroup->currentIndex());
        const QString nursery = m_nursery->currentData().toString();
        m_ageGroup->clear();
        m_nursery->clear();
        m_nursery->addItem(tr("Every nursery"), QString());
        if (m_round) {
            for (const AgeGroup &g : m_round->data.round.rules.ageGroups)
                m_ageGroup->addItem(u"%1 (%2)"_s.arg(g.label, g.code));
            for (const NurseryPlace &p : m_round->data.round.rules.nurseries)
                m_nursery->addItem(p.name, p.code);
        }
        m_ageGroup->setCurrentIndex(std::min(group, m_ageGroup->count() - 1));
        m_nursery->setCurrentIndex(std::max(0, m_nursery->findData(nursery)));
    }
    m_model->setRound(std::move(round));
    applyFilter();
}

void RankingView::applyFilter()
{
    m_model->setFilter(m_ageGroup->currentIndex(),
                       m_nursery->currentIndex() <= 0 ? -1 : m_nursery->currentIndex() - 1);
    m_table->resizeColumnsToContents();
    explainCurrent();
}

void RankingView::showApplication(const QString &protocol)
{
    if (!m_round)
        return;
    const int a = m_round->data.applicationIndex(protocol);
    const RankRow *best = a >= 0 ? m_round->bestRow(a) : nullptr;
    if (!best && a >= 0)
        best = m_round->result.ranking.find(a, 0);
    if (!best)
        return;
    m_nursery->setCurrentIndex(0);
    m_ageGroup->setCurrentIndex(best->ageGroup);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RankRow *r = m_model->rankRow(row);
        if (r->application == best->application && r->preference == best->preference) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            break;
        }
    }
}

QString RankingView::explanation() const
{
    return m_explanation->toPlainText();
}

void RankingView::explainCurrent()
{
    const RankRow *row = m_model->rankRow(m_table->currentIndex().row());
    m_print->setEnabled(row != nullptr);
    m_explanation->setHtml(row ? explanationHtml(*m_round, *row, &m_staff)
                               : tr("<p>Select a row to see how its score and position "
                                    "come about.</p>"));
}

void RankingView::printExplanation()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print explanation"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(m_explanation->toHtml());
    document.print(&printer);
}

} // namespace Sportello
