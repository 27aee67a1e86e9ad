#include "widgets/casework/interventionsview.h"

#include "models/casework/caseworkflow.h"
#include "models/casework/catalogue.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

InterventionsView::InterventionsView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_catalogue(Catalogue::active(dbPath))
    , m_list(new QTableWidget(0, 6, this))
    , m_type(new QComboBox(this))
    , m_startsOn(dateEdit(this))
    , m_endsOn(optionalDateEdit(this))
    , m_amount(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_new(new QPushButton(tr("&New intervention"), this))
    , m_save(new QPushButton(tr("&Save intervention"), this))
{
    m_list->setObjectName(u"interventionsList"_s);
    m_type->setObjectName(u"interventionType"_s);
    m_amount->setObjectName(u"interventionAmount"_s);
    m_amount->setMaxLength(20);
    m_provider->setMaxLength(TextLimits::kLine);
    m_save->setObjectName(u"interventionSave"_s);
    setUpTable(m_list);
    m_list->setHorizontalHeaderLabels(
        {tr("Intervention"), tr("From"), tr("To"), tr("Amount"), tr("Provider"), tr("State")});
    m_list->setColumnWidth(0, 220);
    for (const InterventionType &t : std::as_const(m_catalogue))
        m_type->addItem(u"%1 — %2"_s.arg(t.code, t.label), t.code);
    for (InterventionStatus s : {InterventionStatus::Planned, InterventionStatus::Active,
                                 InterventionStatus::Ended, InterventionStatus::Cancelled})
        m_status->addItem(interventionStatusLabel(s), int(s));
    m_amount->setPlaceholderText(tr("euro, e.g. 250,00"));
    Emphasis::markAsProblem(m_problem);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Intervention"), m_type), m_type);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_startsOn);
    dates->addWidget(buddyLabel(tr("to"), m_endsOn, this));
    dates->addWidget(m_endsOn);
    dates->addStretch();
    form->addRow(buddyLabel(tr("From"), m_startsOn), dates);
    form->addRow(buddyLabel(tr("Amo&unt"), m_amount), m_amount);
    form->addRow(buddyLabel(tr("Provider"), m_provider), m_provider);
    form->addRow(buddyLabel(tr("State"), m_status), m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &InterventionsView::typeChosen);
    connect(m_list, &QTableWidget::itemSelectionChanged, this,
            [this] { edit(m_list->selectedItems().isEmpty() ? -1 : m_list->currentRow()); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        edit(-1);
    });
    connect(m_save, &QPushButton::clicked, this, &InterventionsView::save);
    Emphasis::clearWhenEdited(m_problem, this);
}

InterventionsView::~InterventionsView() = default;

void InterventionsView::setCase(const SocialCase &socialCase)
{
    m_case = socialCase;
    m_writable = mayEdit(m_session, m_case);
    for (QWidget *w : std::initializer_list<QWidget *> {m_type, m_startsOn, m_endsOn, m_provider,
                                                        m_status, m_new, m_save})
        w->setEnabled(m_writable);
    m_interventions = m_case.id.isEmpty() ? QList<Intervention>()
                                          : CaseFile(m_dbPath, m_case.id).interventions();
    QHash<QString, QString> labels;
    for (const InterventionType &t : std::as_const(m_catalogue))
        labels.insert(t.code, t.label);
    m_list->setRowCount(int(m_interventions.size()));
    for (int row = 0; row < m_interventions.size(); ++row) {
        const Intervention &i = m_interventions.at(row);
        const QStringList cells = {labels.value(i.typeCode, i.typeCode),
                                   Format::date(i.startsOn),
                                   Format::date(i.endsOn),
                                   i.amountCents >= 0 ? Format::euros(i.amountCents) : QString(),
                                   i.provider,
                                   interventionStatusLabel(i.status)};
        for (int column = 0; column < cells.size(); ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    edit(-1);
}

void InterventionsView::edit(int row)
{
    const Intervention i
        = row >= 0 && row < m_interventions.size() ? m_interventions.at(row) : Intervention();
    m_editingId = i.id;
    const int type = m_type->findData(i.typeCode);
    m_type->setCurrentIndex(type >= 0 ? type : 0);
    m_type->setEnabled(m_writable && i.id.isEmpty()); // a different benefit is a new row
    m_startsOn->setDate(i.startsOn.isValid() ? i.startsOn : QDate::currentDate());
    setOptionalDate(m_endsOn, i.endsOn);
    m_amount->setText(i.amountCents >= 0 ? Format::euros(i.amountCents).remove(u" €"_s)
                                         : QString());
    m_provider->setText(i.provider);
    m_status->setCurrentIndex(m_status->findData(int(i.status)));
    m_save->setText(i.id.isEmpty() ? tr("A&dd intervention") : tr("&Save intervention"));
    m_problem->clear();
    typeChosen();
}

void InterventionsView::typeChosen()
{
    const int index = m_type->currentIndex();
    const bool hasAmount
        = index >= 0 && index < m_catalogue.size() && m_catalogue.at(index).hasAmount;
    m_amount->setEnabled(m_writable && hasAmount);
    if (!hasAmount)
        m_amount->clear();
}

void InterventionsView::save()
{
    Intervention i;
    i.id = m_editingId;
    i.typeCode = m_type->currentData().toString();
    if (const QString why = DateEdit::firstProblem({m_startsOn, m_endsOn}); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    i.startsOn = m_startsOn->date();
    i.endsOn = optionalDate(m_endsOn);
    const QString amount = m_amount->text().trimmed();
    i.amountCents = amount.isEmpty() ? -1 : Format::parseEuros(amount);
    if (!amount.isEmpty() && i.amountCents < 0) {
        m_problem->setText(tr("\"%1\" is not an amount in euro.").arg(amount));
        return;
    }
    i.provider = m_provider->text();
    i.status = InterventionStatus(m_status->currentData().toInt());
    QString error;
    if (!CaseFile(m_dbPath, m_case.id).saveIntervention(m_session, &i, &error)) {
        m_problem->setText(error);
        return;
    }
    emit changed();
}

} // namespace Sportello
