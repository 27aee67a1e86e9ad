#include "models/nursery/applicationsmodel.h"

#include "models/common/format.h"
#include "models/nursery/codelegend.h"

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

QString conditionsSummary(const QList<Condition> &conditions)
{
    QStringList parts;
    for (const Condition &c : conditions) {
        QString text = c.code;
        if (c.count != 1)
            text += u'\u00d7' + QString::number(c.count);
        if (!c.nursery.isEmpty())
            text += u'@' + c.nursery;
        if (c.status != ConditionStatus::Declared)
            text += u" ("_s + conditionStatusLabel(c.status).toLower() + u')';
        parts << text;
    }
    return parts.join(u", "_s);
}

ApplicationsModel::ApplicationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ApplicationsModel::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    beginResetModel();
    m_round = std::move(round);
    rebuild();
    endResetModel();
}

void ApplicationsModel::setFilter(const QString &text)
{
    beginResetModel();
    m_filter = text.trimmed();
    rebuild();
    endResetModel();
}

void ApplicationsModel::rebuild()
{
    m_rows.clear();
    if (!m_round)
        return;
    for (qsizetype i = 0; i < m_round->data.applications.size(); ++i) {
        const Application &a = m_round->data.applications.at(i);
        if (m_filter.isEmpty() || a.protocol.contains(m_filter, Qt::CaseInsensitive)
            || a.childName().contains(m_filter, Qt::CaseInsensitive)
            || a.childFiscalCode.contains(m_filter, Qt::CaseInsensitive)
            || a.applicantFiscalCode.contains(m_filter, Qt::CaseInsensitive))
            m_rows.append(int(i));
    }
}

int ApplicationsModel::application(int row) const
{
    return m_rows.value(row, -1);
}

int ApplicationsModel::rowOf(const QString &applicationId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_round->data.applications.at(m_rows.at(row)).id == applicationId)
            return int(row);
    }
    return -1;
}

int ApplicationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    const int at = index.isValid() ? application(index.row()) : -1;
    if (at < 0)
        return QVariant();
    if (role == ApplicationRole)
        return at;
    const Application &a = m_round->data.applications.at(at);
    const RuleSet &rules = m_round->data.round.rules;
    if (role == Qt::ToolTipRole) { // what the codes stand for
        if (index.column() == PreferencesColumn)
            return preferencesTip(rules, a.preferences);
        if (index.column() == ConditionsColumn)
            return conditionsTip(rules, a.conditions);
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (index.column()) {
    case ProtocolColumn:
        return a.protocol;
    case ChildColumn:
        return a.childName();
    case BirthDateColumn:
        return Format::date(a.childBirthDate);
    case AgeGroupColumn: {
        const int group = m_round->result.ranking.ageGroupOf.at(at);
        return group < 0 ? QString() : rules.ageGroups.at(group).label;
    }
    case SubmittedColumn:
        return QString(a.submittedAt.toString(u"dd/MM/yyyy HH:mm"_s)
                       + (rules.isLate(a.submittedAt) ? u" ("_s + tr("late") + u')' : QString()));
    case IseeColumn:
        return a.hasIsee() ? Format::euros(a.iseeCents) : QString();
    case PreferencesColumn:
        return a.preferences.join(u", "_s);
    case ConditionsColumn:
        return conditionsSummary(a.conditions);
    case StandingColumn:
        return m_round->applicationStatus(at);
    default:
        return QVariant();
    }
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProtocolColumn:
        return tr("Protocol");
    case ChildColumn:
        return tr("Child");
    case BirthDateColumn:
        return tr("Born");
    case AgeGroupColumn:
        return tr("Age group");
    case SubmittedColumn:
        return tr("Submitted");
    case IseeColumn:
        return tr("ISEE");
    case PreferencesColumn:
        return tr("Preferences");
    case ConditionsColumn:
        return tr("Conditions");
    case StandingColumn:
        return tr("Standing");
    default:
        return QVariant();
    }
}

} // namespace Sportello::Nursery
