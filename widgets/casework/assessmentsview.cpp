#include "widgets/casework/assessmentsview.h"

#include "models/casework/casefile.h"
#include "models/casework/caseworkflow.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

AssessmentsView::AssessmentsView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_list(new QTableWidget(0, 4, this))
    , m_kind(new QComboBox(this))
    , m_date(dateEdit(this))
    , m_team(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_record(new QPushButton(tr("Re&cord assessment"), this))
{
    m_list->setObjectName(u"assessmentsList"_s);
    m_kind->setObjectName(u"assessmentKind"_s);
    m_summary->setObjectName(u"assessmentSummary"_s);
    m_record->setObjectName(u"assessmentRecord"_s);
    setUpTable(m_list);
    m_list->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Scores"), tr("Conclusions")});
    m_list->setColumnWidth(0, 90);
    m_list->setColumnWidth(1, 150);
    m_list->setColumnWidth(2, 260);
    m_kind->addItem(tr("Preliminary"), int(Assessment::Kind::Preliminary));
    m_kind->addItem(tr("Team (équipe multidisciplinare)"), int(Assessment::Kind::Team));
    m_date->setObjectName(u"assessmentDate"_s);
    m_date->setMaximumDate(QDate::currentDate());
    m_team->setPlaceholderText(tr("Who took part, for a team assessment"));
    m_team->setMaxLength(TextLimits::kLine);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(70);
    Emphasis::markAsProblem(m_problem);

    auto *scores = new QGroupBox(tr("Need areas (0 no need, 4 severe; — not assessed)"), this);
    auto *grid = new QGridLayout(scores);
    int cell = 0;
    for (NeedArea area : needAreas()) {
        auto *spin = new QSpinBox(scores);
        spin->setRange(-1, 4);
        spin->setValue(-1);
        spin->setSpecialValueText(u"—"_s);
        spin->setObjectName(u"score_"_s + needAreaId(area));
        m_scores.insert(area, spin);
        grid->addWidget(buddyLabel(needAreaLabel(area), spin, scores), cell / 4, (cell % 4) * 2);
        grid->addWidget(spin, cell / 4, (cell % 4) * 2 + 1);
        ++cell;
    }
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Kind"), m_kind), m_kind);
    form->addRow(buddyLabel(tr("&Date"), m_date), m_date);
    form->addRow(buddyLabel(tr("Team"), m_team), m_team);
    form->addRow(buddyLabel(tr("C&onclusions"), m_summary), m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(scores);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_record, 0, Qt::AlignRight);
    connect(m_record, &QPushButton::clicked, this, &AssessmentsView::record);
    Emphasis::clearWhenEdited(m_problem, this);
}

AssessmentsView::~AssessmentsView() = default;

void AssessmentsView::setCase(const SocialCase &socialCase)
{
    m_case = socialCase;
    const bool writable = mayEdit(m_session, m_case);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_kind, m_date, m_team, m_summary, m_record})
        w->setEnabled(writable);
    for (QSpinBox *spin : std::as_const(m_scores))
        spin->setEnabled(writable);
    const QList<Assessment> assessments
        = m_case.id.isEmpty() ? QList<Assessment>() : CaseFile(m_dbPath, m_case.id).assessments();
    // The next one to record: the preliminary first, then the team's for a complex case.
    const bool hasPreliminary
        = std::any_of(assessments.cbegin(), assessments.cend(),
                      [](const Assessment &a) { return a.kind == Assessment::Kind::Preliminary; });
    m_kind->setCurrentIndex(hasPreliminary && m_case.complex ? 1 : 0);
    m_list->setRowCount(int(assessments.size()));
    for (int row = 0; row < assessments.size(); ++row) {
        const Assessment &a = assessments.at(row);
        QStringList scored;
        for (auto it = a.scores.cbegin(); it != a.scores.cend(); ++it)
            scored << u"%1 %2"_s.arg(needAreaLabel(it.key())).arg(it.value());
        const QStringList cells
            = {Format::date(a.assessedOn),
               a.kind == Assessment::Kind::Team ? tr("Team: %1").arg(a.team) : tr("Preliminary"),
               scored.join(u", "_s), a.summary.simplified()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 3 ? a.summary : cells.at(column));
            m_list->setItem(row, column, item);
        }
    }
}

void AssessmentsView::record()
{
    Assessment a;
    a.kind = Assessment::Kind(m_kind->currentData().toInt());
    if (const QString why = m_date->problem(); !why.isEmpty()) {
        m_problem->setText(why);
        m_date->setFocus();
        return;
    }
    a.assessedOn = m_date->date();
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        if (it.value()->value() >= 0)
            a.scores.insert(it.key(), it.value()->value());
    }
    a.team = m_team->text();
    a.summary = m_summary->toPlainText();
    QString error;
    if (!CaseFile(m_dbPath, m_case.id).addAssessment(m_session, &a, &error)) {
        m_problem->setText(error);
        return;
    }
    m_problem->clear();
    m_summary->clear();
    m_team->clear();
    for (QSpinBox *spin : std::as_const(m_scores))
        spin->setValue(-1);
    emit changed();
}

} // namespace Sportello
