#include "widgets/casework/planview.h"

#include "models/casework/caseworkflow.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

PlanView::PlanView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_agreedOn(dateEdit(this))
    , m_measure(new QComboBox(this))
    , m_goals(new QPlainTextEdit(this))
    , m_reviewOn(dateEdit(this))
    , m_actions(new QTableWidget(0, 5, this))
    , m_description(new QLineEdit(this))
    , m_responsible(new QComboBox(this))
    , m_responsibleName(new QLineEdit(this))
    , m_dueOn(dateEdit(this))
    , m_actionReviewOn(dateEdit(this))
    , m_status(new QComboBox(this))
    , m_addAction(new QPushButton(tr("Add a&ction"), this))
    , m_updateAction(new QPushButton(tr("&Update action"), this))
    , m_removeAction(new QPushButton(tr("Remo&ve action"), this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save plan"), this))
{
    m_measure->setObjectName(u"planMeasure"_s);
    m_goals->setObjectName(u"planGoals"_s);
    m_reviewOn->setObjectName(u"planReviewOn"_s);
    m_actions->setObjectName(u"planActions"_s);
    m_description->setObjectName(u"actionDescription"_s);
    m_description->setMaxLength(TextLimits::kLine);
    m_responsibleName->setMaxLength(TextLimits::kLine);
    m_responsible->setObjectName(u"actionResponsible"_s);
    m_responsibleName->setObjectName(u"actionResponsibleName"_s);
    m_dueOn->setObjectName(u"actionDueOn"_s);
    m_addAction->setObjectName(u"actionAdd"_s);
    m_save->setObjectName(u"planSave"_s);
    m_problem->setObjectName(u"planProblem"_s);

    m_measure->setEditable(true);
    m_measure->lineEdit()->setMaxLength(TextLimits::kLine);
    m_measure->addItems({tr("Municipal personalised plan"), tr("Assegno di inclusione (AdI)"),
                         tr("Supporto per la formazione e il lavoro (SFL)")});
    m_goals->setTabChangesFocus(true);
    m_goals->setMaximumHeight(70);
    m_reviewOn->setDate(QDate::currentDate().addMonths(6));
    m_dueOn->setDate(QDate::currentDate().addMonths(1));
    m_actionReviewOn->setDate(QDate::currentDate().addMonths(3));
    for (Responsible r : {Responsible::Citizen, Responsible::Service, Responsible::External})
        m_responsible->addItem(responsibleLabel(r), int(r));
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
        m_status->addItem(actionStatusLabel(s), int(s));
    m_responsibleName->setPlaceholderText(tr("The service or body, when not the citizen"));
    setUpTable(m_actions);
    m_actions->setHorizontalHeaderLabels(
        {tr("Action"), tr("Responsible"), tr("Due"), tr("Review"), tr("State")});
    m_actions->setColumnWidth(0, 260);
    m_actions->setColumnWidth(1, 200);
    Emphasis::markAsProblem(m_problem);
    m_problem->setWordWrap(true);

    auto *planForm = new QFormLayout;
    planForm->addRow(buddyLabel(tr("Agreed on"), m_agreedOn), m_agreedOn);
    planForm->addRow(buddyLabel(tr("Measure"), m_measure), m_measure);
    planForm->addRow(buddyLabel(tr("Goals"), m_goals), m_goals);
    planForm->addRow(buddyLabel(tr("Review on"), m_reviewOn), m_reviewOn);

    auto *actionBox = new QGroupBox(tr("Action"), this);
    auto *actionForm = new QFormLayout(actionBox);
    actionForm->addRow(buddyLabel(tr("&Description"), m_description), m_description);
    auto *who = new QHBoxLayout;
    who->addWidget(m_responsible);
    who->addWidget(m_responsibleName, 1);
    actionForm->addRow(buddyLabel(tr("Resp&onsible"), m_responsible), who);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dueOn);
    dates->addWidget(buddyLabel(tr("Revie&w"), m_actionReviewOn, actionBox));
    dates->addWidget(m_actionReviewOn);
    dates->addWidget(buddyLabel(tr("State"), m_status, actionBox));
    dates->addWidget(m_status);
    dates->addStretch();
    actionForm->addRow(buddyLabel(tr("D&ue"), m_dueOn), dates);
    auto *actionButtons = new QHBoxLayout;
    actionButtons->addStretch();
    actionButtons->addWidget(m_addAction);
    actionButtons->addWidget(m_updateAction);
    actionButtons->addWidget(m_removeAction);
    actionForm->addRow(actionButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(planForm);
    layout->addWidget(m_actions, 1);
    layout->addWidget(actionBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_save, 0, Qt::AlignRight);

    connect(m_actions, &QTableWidget::itemSelectionChanged, this, &PlanView::actionSelected);
    connect(m_addAction, &QPushButton::clicked, this, &PlanView::addAction);
    connect(m_updateAction, &QPushButton::clicked, this, &PlanView::updateAction);
    connect(m_removeAction, &QPushButton::clicked, this, &PlanView::removeAction);
    connect(m_save, &QPushButton::clicked, this, &PlanView::save);
    Emphasis::clearWhenEdited(m_problem, this);
}

PlanView::~PlanView() = default;

void PlanView::setCase(const SocialCase &socialCase)
{
    m_case = socialCase;
    m_plan = m_case.id.isEmpty() ? Plan() : CaseFile(m_dbPath, m_case.id).plan().value_or(Plan());
    const bool writable = mayEdit(m_session, m_case);
    setEnabled(!m_case.id.isEmpty());
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_actions && !qobject_cast<QLabel *>(w))
            w->setEnabled(writable);
    }
    if (!m_plan.id.isEmpty()) {
        m_agreedOn->setDate(m_plan.agreedOn);
        m_measure->setCurrentText(m_plan.measure);
        m_goals->setPlainText(m_plan.goals);
        m_reviewOn->setDate(m_plan.reviewOn);
    } else {
        m_agreedOn->setDate(QDate::currentDate());
        m_measure->setCurrentIndex(0);
        m_goals->clear();
        m_reviewOn->setDate(QDate::currentDate().addMonths(6));
    }
    m_save->setText(m_plan.id.isEmpty() ? tr("Agree pla&n") : tr("&Save plan"));
    m_problem->clear();
    showActions();
}

void PlanView::showActions()
{
    m_actions->setRowCount(int(m_plan.actions.size()));
    for (int row = 0; row < m_plan.actions.size(); ++row) {
        const PlanAction &a = m_plan.actions.at(row);
        const QString who = a.responsible == Responsible::Citizen
            ? responsibleLabel(a.responsible)
            : u"%1: %2"_s.arg(responsibleLabel(a.responsible), a.responsibleName);
        const QStringList cells = {a.description, who, Format::date(a.dueOn),
                                   Format::date(a.reviewOn), actionStatusLabel(a.status)};
        for (int column = 0; column < cells.size(); ++column)
            m_actions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_actions->setCurrentCell(-1, -1);
    actionSelected();
}

void PlanView::actionSelected()
{
    const int row = m_actions->currentRow();
    const bool chosen = row >= 0 && row < m_plan.actions.size();
    m_updateAction->setVisible(chosen);
    m_removeAction->setVisible(chosen);
    if (!chosen)
        return;
    const PlanAction &a = m_plan.actions.at(row);
    m_description->setText(a.description);
    m_responsible->setCurrentIndex(m_responsible->findData(int(a.responsible)));
    m_responsibleName->setText(a.responsibleName);
    m_dueOn->setDate(a.dueOn);
    m_actionReviewOn->setDate(a.reviewOn.isValid() ? a.reviewOn : a.dueOn);
    m_status->setCurrentIndex(m_status->findData(int(a.status)));
}

PlanAction PlanView::editedAction() const
{
    PlanAction a;
    a.description = m_description->text().trimmed();
    a.responsible = Responsible(m_responsible->currentData().toInt());
    a.responsibleName
        = a.responsible == Responsible::Citizen ? QString() : m_responsibleName->text().trimmed();
    a.dueOn = m_dueOn->date();
    a.reviewOn = m_actionReviewOn->date();
    a.status = ActionStatus(m_status->currentData().toInt());
    return a;
}

void PlanView::addAction()
{
    if (const QString why = DateEdit::firstProblem({m_dueOn, m_actionReviewOn}); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    const PlanAction a = editedAction();
    if (a.description.isEmpty()) {
        m_problem->setText(tr("Describe the action first."));
        m_description->setFocus();
        return;
    }
    m_plan.actions << a;
    m_description->clear();
    m_problem->clear();
    Dialogs::notify(this, tr("The action is added: save the plan to keep it."));
    showActions();
}

void PlanView::updateAction()
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_plan.actions.size())
        return;
    if (const QString why = DateEdit::firstProblem({m_dueOn, m_actionReviewOn}); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    PlanAction a = editedAction();
    a.id = m_plan.actions.at(row).id;
    m_plan.actions[row] = a;
    m_problem->clear();
    Dialogs::notify(this, tr("The action is changed: save the plan to keep it."));
    showActions();
}

void PlanView::removeAction()
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= m_plan.actions.size())
        return;
    m_plan.actions.removeAt(row);
    showActions();
}

void PlanView::save()
{
    if (const QString why = DateEdit::firstProblem({m_agreedOn, m_reviewOn}); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    Plan p = m_plan;
    p.agreedOn = m_agreedOn->date();
    p.measure = m_measure->currentText();
    p.goals = m_goals->toPlainText();
    p.reviewOn = m_reviewOn->date();
    QString error;
    if (!CaseFile(m_dbPath, m_case.id).savePlan(m_session, &p, &error)) {
        m_problem->setText(error);
        return;
    }
    m_problem->clear();
    Dialogs::notify(this, tr("The plan is saved."));
    emit changed();
}

} // namespace Sportello
