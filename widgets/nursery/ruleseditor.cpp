#include "widgets/nursery/ruleseditor.h"

#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "models/nursery/nurseryrepository.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

namespace {

enum AgeGroupColumn { GroupCode, GroupLabel, GroupFrom, GroupTo, GroupOrder };
enum CriterionColumn {
    CriterionCode,
    CriterionLabel,
    CriterionPoints,
    CriterionGroup,
    CriterionScope
};
constexpr int kNurseryFixedColumns = 2; // code, name; then one column of seats per age group

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    setUpTable(table, true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14); // combos
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

template<typename Enum>
QComboBox *enumCombo(const QList<std::pair<Enum, QString>> &choices, Enum current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &[value, label] : choices)
        combo->addItem(label, int(value));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

QComboBox *orderCombo(BirthOrder order, QWidget *parent)
{
    return enumCombo<BirthOrder>(
        {{BirthOrder::OlderFirst,
          QCoreApplication::translate("Sportello::RulesEditor", "Older first")},
         {BirthOrder::YoungerFirst,
          QCoreApplication::translate("Sportello::RulesEditor", "Younger first")}},
        order, parent);
}

QComboBox *scopeCombo(Scope scope, QWidget *parent)
{
    return enumCombo<Scope>(
        {{Scope::Application, scopeLabel(Scope::Application)},
         {Scope::NamedNursery, scopeLabel(Scope::NamedNursery)},
         {Scope::NamedNurseryFirstChoice, scopeLabel(Scope::NamedNurseryFirstChoice)}},
        scope, parent);
}

} // namespace

RulesEditor::RulesEditor(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_code(new QLineEdit(this))
    , m_schoolYear(new QLineEdit(this))
    , m_deadline(new DateEdit(DateEdit::Kind::DateTime, this))
    , m_firstChoiceRemoves(
          new QCheckBox(tr("Refusin&g the first choice removes the application"), this))
    , m_maxRefusals(new QSpinBox(this))
    , m_ageGroups(makeTable(
          u"ageGroupsTable"_s,
          {tr("Code"), tr("Name"), tr("Born from"), tr("Born to"), tr("Child's age tie-break")},
          this))
    , m_criteria(makeTable(
          u"criteriaTable"_s,
          {tr("Code"), tr("Description"), tr("Points"), tr("Group"), tr("Counts for")}, this))
    , m_tieBreaks(new QListWidget(this))
    , m_tieBreakKey(new QComboBox(this))
    , m_tieBreakParameter(new QLineEdit(this))
    , m_nurseries(makeTable(u"nurseriesTable"_s, {tr("Code"), tr("Name")}, this))
    , m_lock(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("Save ru&les"), this))
    , m_revert(new QPushButton(tr("Rever&t"), this))
{
    setObjectName(u"rulesEditor"_s);
    m_ageGroups->setAccessibleName(tr("Age groups"));
    m_criteria->setAccessibleName(tr("Criteria and points"));
    m_nurseries->setAccessibleName(tr("Nurseries"));
    m_code->setObjectName(u"roundCode"_s);
    m_code->setMaxLength(Nursery::RuleLimits::kRound);
    m_schoolYear->setMaxLength(Nursery::RuleLimits::kSchoolYear);
    m_tieBreakParameter->setMaxLength(TextLimits::kCode);
    m_deadline->setObjectName(u"roundDeadline"_s);
    m_deadline->setTimeSpec(Qt::UTC); // wall-clock, as the rules keep it
    m_maxRefusals->setRange(0, 20);
    m_tieBreaks->setObjectName(u"tieBreakList"_s);
    m_tieBreaks->setAccessibleName(tr("Tie-breaks in order"));
    m_tieBreakParameter->setPlaceholderText(tr("threshold € or group"));
    m_problems->setObjectName(u"rulesProblems"_s);
    m_problems->setWordWrap(true);
    Emphasis::markAsProblem(m_problems);
    m_lock->setWordWrap(true);
    m_save->setObjectName(u"saveRules"_s);
    for (const QString &id : TieBreak::plainIds())
        m_tieBreakKey->addItem(tieBreakLabel(*TieBreak::fromId(id)), id);
    m_tieBreakKey->addItem(tr("ISEE up to a threshold first (give the threshold)"),
                           u"isee_at_most"_s);
    m_tieBreakKey->addItem(tr("More points in a criterion group first (give the group)"),
                           u"group_points_desc"_s);

    auto *head = new QVBoxLayout;
    auto *names = new QHBoxLayout;
    names->addWidget(buddyLabel(tr("R&ound code:"), m_code, this));
    names->addWidget(m_code, 1);
    names->addWidget(buddyLabel(tr("School &year:"), m_schoolYear, this));
    names->addWidget(m_schoolYear);
    names->addWidget(buddyLabel(tr("Applicatio&n deadline:"), m_deadline, this));
    names->addWidget(m_deadline);
    head->addLayout(names);
    auto *refusals = new QHBoxLayout;
    refusals->addWidget(m_firstChoiceRemoves);
    refusals->addSpacing(16);
    refusals->addWidget(
        buddyLabel(tr("Refusals allowed while staying on the list:"), m_maxRefusals, this));
    refusals->addWidget(m_maxRefusals);
    refusals->addStretch();
    head->addLayout(refusals);

    // A table with its add and remove buttons.
    const auto box = [this](const QString &title, QTableWidget *table, const auto &add) {
        auto *group = new QGroupBox(title, this);
        auto *plus = new QPushButton(tr("Add"), group);
        auto *minus = new QPushButton(tr("Remove"), group);
        plus->setObjectName(table->objectName() + u"Add"_s);
        connect(plus, &QPushButton::clicked, this, add);
        connect(minus, &QPushButton::clicked, this, [this, table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
            syncSeatColumns();
            validate();
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(plus);
        buttons->addWidget(minus);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(group);
        layout->addWidget(table);
        layout->addLayout(buttons);
        m_editors << plus << minus;
        return group;
    };
    QWidget *groups = box(tr("Age groups"), m_ageGroups, [this] {
        const int row = m_ageGroups->rowCount();
        m_ageGroups->insertRow(row);
        m_ageGroups->setCellWidget(row, GroupOrder, orderCombo(BirthOrder::OlderFirst, this));
        m_ageGroups->setCurrentCell(row, GroupCode);
        syncSeatColumns();
    });
    QWidget *criteria = box(tr("Criteria and points"), m_criteria, [this] {
        const int row = m_criteria->rowCount();
        m_criteria->insertRow(row);
        m_criteria->setCellWidget(row, CriterionScope, scopeCombo(Scope::Application, this));
        m_criteria->setCurrentCell(row, CriterionCode);
    });
    QWidget *nurseries = box(tr("Nurseries and seats per age group"), m_nurseries, [this] {
        const int row = m_nurseries->rowCount();
        m_nurseries->insertRow(row);
        m_nurseries->setCurrentCell(row, 0);
    });

    auto *tieBox = new QGroupBox(tr("Tie-breaks, in order"), this);
    auto *add = new QPushButton(tr("Add"), tieBox);
    auto *remove = new QPushButton(tr("Remove"), tieBox);
    auto *up = new QPushButton(tr("Up"), tieBox);
    auto *down = new QPushButton(tr("Down"), tieBox);
    m_editors << add << remove << up << down << m_tieBreakKey << m_tieBreakParameter;
    auto *tieAdd = new QHBoxLayout;
    tieAdd->addWidget(m_tieBreakKey, 1);
    tieAdd->addWidget(m_tieBreakParameter);
    tieAdd->addWidget(add);
    auto *tieMove = new QHBoxLayout;
    tieMove->addWidget(up);
    tieMove->addWidget(down);
    tieMove->addWidget(remove);
    tieMove->addStretch();
    auto *tieLayout = new QVBoxLayout(tieBox);
    tieLayout->addWidget(m_tieBreaks);
    tieLayout->addLayout(tieAdd);
    tieLayout->addLayout(tieMove);
    connect(add, &QPushButton::clicked, this, &RulesEditor::addTieBreak);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_tieBreaks->currentItem();
        validate();
    });
    connect(up, &QPushButton::clicked, this, [this] { moveTieBreak(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTieBreak(1); });

    auto *grid = new QGridLayout;
    grid->addWidget(groups, 0, 0);
    grid->addWidget(tieBox, 0, 1);
    grid->addWidget(criteria, 1, 0);
    grid->addWidget(nurseries, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_problems, 1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lock);
    layout->addLayout(head);
    layout->addLayout(grid, 1);
    layout->addLayout(actions);

    m_editors << m_code << m_schoolYear << m_deadline << m_firstChoiceRemoves << m_maxRefusals
              << m_save << m_revert;
    for (QTableWidget *table : {m_ageGroups, m_criteria, m_nurseries})
        connect(table, &QTableWidget::itemChanged, this, [this] {
            syncSeatColumns();
            validate();
        });
    connect(m_code, &QLineEdit::textChanged, this, &RulesEditor::validate);
    connect(m_schoolYear, &QLineEdit::textChanged, this, &RulesEditor::validate);
    connect(m_deadline, &QLineEdit::textChanged, this, &RulesEditor::validate);
    connect(m_save, &QPushButton::clicked, this, &RulesEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_round)
            show(m_round->data.round.rules);
    });
}

RulesEditor::~RulesEditor() = default;

void RulesEditor::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    m_round = std::move(round);
    if (!m_round)
        return;
    show(m_round->data.round.rules);
    const RoundState state = m_round->data.round.state;
    const bool offered = !m_round->data.offers.isEmpty();
    QString lock;
    if (!m_session.can(Permission::ManageNursery))
        lock = tr("Only childcare coordinators change the rules.");
    else if (!rulesEditable(state))
        lock = tr("The ranking has been published (stage \"%1\"): the rules can no longer change.")
                   .arg(roundStateLabel(state));
    else if (offered)
        lock = tr("Seats have been offered: the rules can no longer change.");
    m_lock->setText(lock);
    m_lock->setVisible(!lock.isEmpty());
    const bool editable = lock.isEmpty();
    m_editable = editable;
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(editable);
    for (QTableWidget *table : {m_ageGroups, m_criteria, m_nurseries}) {
        setTableEditable(table, editable);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QWidget *w = table->cellWidget(row, column))
                    w->setEnabled(editable);
            }
        }
    }
    validate();
}

void RulesEditor::show(const RuleSet &rules)
{
    m_filling = true;
    m_code->setText(rules.round);
    m_schoolYear->setText(rules.schoolYear);
    m_deadline->setDateTime(rules.deadline);
    m_firstChoiceRemoves->setChecked(rules.refusal.firstChoiceRefusalRemoves);
    m_maxRefusals->setValue(rules.refusal.maxRefusals);

    m_ageGroups->setRowCount(int(rules.ageGroups.size()));
    for (int row = 0; row < rules.ageGroups.size(); ++row) {
        const AgeGroup &g = rules.ageGroups.at(row);
        setCell(m_ageGroups, row, GroupCode, g.code);
        setCell(m_ageGroups, row, GroupLabel, g.label);
        setCell(m_ageGroups, row, GroupFrom, Format::date(g.bornFrom));
        setCell(m_ageGroups, row, GroupTo, Format::date(g.bornTo));
        m_ageGroups->setCellWidget(row, GroupOrder, orderCombo(g.birthOrder, this));
    }
    m_criteria->setRowCount(int(rules.criteria.size()));
    for (int row = 0; row < rules.criteria.size(); ++row) {
        const Criterion &c = rules.criteria.at(row);
        setCell(m_criteria, row, CriterionCode, c.code);
        setCell(m_criteria, row, CriterionLabel, c.label);
        setCell(m_criteria, row, CriterionPoints, pointsText(c.points));
        setCell(m_criteria, row, CriterionGroup, criterionGroupLabel(c.group));
        m_criteria->setCellWidget(row, CriterionScope, scopeCombo(c.scope, this));
    }
    m_tieBreaks->clear();
    for (const TieBreak &t : rules.tieBreaks) {
        auto *item = new QListWidgetItem(tieBreakLabel(t), m_tieBreaks);
        item->setData(Qt::UserRole, t.id());
    }
    m_nurseries->setRowCount(int(rules.nurseries.size()));
    syncSeatColumns();
    for (int row = 0; row < rules.nurseries.size(); ++row) {
        const NurseryPlace &n = rules.nurseries.at(row);
        setCell(m_nurseries, row, 0, n.code);
        setCell(m_nurseries, row, 1, n.name);
        for (int g = 0; g < rules.ageGroups.size(); ++g) {
            setCell(m_nurseries, row, kNurseryFixedColumns + g,
                    QString::number(n.seatsFor(rules.ageGroups.at(g).code)));
        }
    }
    m_filling = false;
    validate();
}

// One seats column per age group, named by its code.
void RulesEditor::syncSeatColumns()
{
    const bool filling = std::exchange(m_filling, true);
    QStringList headers = {tr("Code"), tr("Name")};
    for (int row = 0; row < m_ageGroups->rowCount(); ++row)
        headers << tr("Seats %1").arg(cell(m_ageGroups, row, GroupCode));
    m_nurseries->setColumnCount(int(headers.size()));
    m_nurseries->setHorizontalHeaderLabels(headers);
    m_filling = filling;
}

RuleSet RulesEditor::rules() const
{
    RuleSet r = m_round ? m_round->data.round.rules : RuleSet();
    r.round = m_code->text().trimmed();
    r.schoolYear = m_schoolYear->text().trimmed();
    r.deadline = m_deadline->dateTime();
    r.refusal = {m_firstChoiceRemoves->isChecked(), m_maxRefusals->value()};
    r.ageGroups.clear();
    for (int row = 0; row < m_ageGroups->rowCount(); ++row) {
        const auto *order = qobject_cast<QComboBox *>(m_ageGroups->cellWidget(row, GroupOrder));
        r.ageGroups << AgeGroup {
            cell(m_ageGroups, row, GroupCode), cell(m_ageGroups, row, GroupLabel),
            Format::parseDate(cell(m_ageGroups, row, GroupFrom)),
            Format::parseDate(cell(m_ageGroups, row, GroupTo)),
            order ? BirthOrder(order->currentData().toInt()) : BirthOrder::OlderFirst};
    }
    r.criteria.clear();
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        const auto *scope = qobject_cast<QComboBox *>(m_criteria->cellWidget(row, CriterionScope));
        bool ok = false;
        const double points
            = QLocale(QLocale::Italian).toDouble(cell(m_criteria, row, CriterionPoints), &ok);
        r.criteria << Criterion {cell(m_criteria, row, CriterionCode),
                                 cell(m_criteria, row, CriterionLabel),
                                 ok ? std::llround(points * 100.0) : 0,
                                 criterionGroupFromText(cell(m_criteria, row, CriterionGroup)),
                                 scope ? Scope(scope->currentData().toInt()) : Scope::Application};
    }
    r.tieBreaks.clear();
    for (int row = 0; row < m_tieBreaks->count(); ++row) {
        if (const auto t = TieBreak::fromId(m_tieBreaks->item(row)->data(Qt::UserRole).toString()))
            r.tieBreaks << *t;
    }
    r.nurseries.clear();
    for (int row = 0; row < m_nurseries->rowCount(); ++row) {
        NurseryPlace n {cell(m_nurseries, row, 0), cell(m_nurseries, row, 1), {}};
        for (int g = 0; g < r.ageGroups.size(); ++g) {
            const QString seats = cell(m_nurseries, row, kNurseryFixedColumns + g);
            if (!seats.isEmpty())
                n.seats.insert(r.ageGroups.at(g).code, seats.toInt());
        }
        r.nurseries << n;
    }
    return r;
}

QStringList RulesEditor::problems() const
{
    // What was typed and is no date comes first: rules() reads it as no date at all.
    QStringList out;
    if (const QString why = m_deadline->problem(); !why.isEmpty())
        out << tr("Application deadline: %1").arg(why);
    for (int row = 0; row < m_ageGroups->rowCount(); ++row) {
        for (const int column : {GroupFrom, GroupTo}) {
            QString why;
            Format::parseDate(cell(m_ageGroups, row, column), &why);
            if (!why.isEmpty())
                out << tr("Age group %1: %2").arg(cell(m_ageGroups, row, GroupCode), why);
        }
    }
    out << rules().problems();
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        bool ok = false;
        const double points
            = QLocale(QLocale::Italian).toDouble(cell(m_criteria, row, CriterionPoints), &ok);
        if (!ok || std::abs(points * 100.0 - std::round(points * 100.0)) > 1e-6)
            out << tr("Criterion %1: the points are a number with at most two decimals.")
                       .arg(cell(m_criteria, row, CriterionCode));
    }
    for (int row = 0; row < m_nurseries->rowCount(); ++row) {
        for (int column = kNurseryFixedColumns; column < m_nurseries->columnCount(); ++column) {
            bool ok = true;
            const QString seats = cell(m_nurseries, row, column);
            if (!seats.isEmpty() && (seats.toInt(&ok) < 0 || !ok))
                out << tr("Nursery %1: seats are a whole number.").arg(cell(m_nurseries, row, 0));
        }
    }
    out.removeDuplicates();
    return out;
}

void RulesEditor::validate()
{
    if (m_filling)
        return;
    const QStringList list = problems();
    m_problems->setText(list.isEmpty() ? QString() : list.join(u'\n'));
    m_save->setEnabled(m_editable && list.isEmpty());
}

void RulesEditor::addTieBreak()
{
    QString id = m_tieBreakKey->currentData().toString();
    if (id == u"isee_at_most"_s || id == u"group_points_desc"_s) {
        QString parameter = m_tieBreakParameter->text().trimmed();
        if (id == u"isee_at_most"_s)
            parameter = parameter.remove(u'.').replace(u',', u'.');
        else
            parameter = criterionGroupFromText(parameter);
        id += u':' + parameter;
    }
    const auto t = TieBreak::fromId(id);
    if (!t) {
        Dialogs::warn(this, tr("Tie-breaks"),
                      tr("Give the ISEE threshold in euros, or the criterion group, beside the "
                         "key."));
        return;
    }
    auto *item = new QListWidgetItem(tieBreakLabel(*t), m_tieBreaks);
    item->setData(Qt::UserRole, t->id());
    validate();
}

void RulesEditor::moveTieBreak(int delta)
{
    const int row = m_tieBreaks->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_tieBreaks->count())
        return;
    QListWidgetItem *item = m_tieBreaks->takeItem(row);
    m_tieBreaks->insertItem(to, item);
    m_tieBreaks->setCurrentRow(to);
    validate();
}

void RulesEditor::save()
{
    if (!m_round)
        return;
    const QStringList list = problems();
    if (!list.isEmpty()) {
        Dialogs::warn(this, tr("Rules"), list.first());
        return;
    }
    QString error;
    if (!NurseryRepository(m_dbPath).saveRules(m_session, m_round->data.round.id, rules(),
                                               &error)) {
        Dialogs::warn(this, tr("Rules"), error);
        return;
    }
    emit changed();
}

} // namespace Sportello
