#include "widgets/casework/employmentview.h"

#include "models/casework/caseworkflow.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "models/registry/citizenrepository.h"
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

EmploymentView::EmploymentView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_list(new QTableWidget(0, 5, this))
    , m_person(new QComboBox(this))
    , m_centre(new QComboBox(this))
    , m_referredOn(dateEdit(this))
    , m_pactSignedOn(optionalDateEdit(this))
    , m_outcome(new QComboBox(this))
    , m_outcomeOn(optionalDateEdit(this))
    , m_problem(new QLabel(this))
    , m_new(new QPushButton(tr("&New referral"), this))
    , m_save(new QPushButton(tr("&Save referral"), this))
{
    m_list->setObjectName(u"referralsList"_s);
    m_centre->setObjectName(u"referralCentre"_s);
    m_outcome->setObjectName(u"referralOutcome"_s);
    m_save->setObjectName(u"referralSave"_s);
    setUpTable(m_list);
    m_list->setHorizontalHeaderLabels({tr("Person"), tr("Employment centre"), tr("Referred on"),
                                       tr("Service pact"), tr("Outcome")});
    m_list->setColumnWidth(0, 180);
    m_list->setColumnWidth(1, 240);
    m_centre->setEditable(true);
    m_centre->lineEdit()->setMaxLength(TextLimits::kLine);
    m_centre->addItems(
        {tr("Centro per l'Impiego di Vibo Valentia"), tr("Centro per l'Impiego di Firenze")});
    for (ReferralOutcome o :
         {ReferralOutcome::Pending, ReferralOutcome::PactSigned, ReferralOutcome::Placed,
          ReferralOutcome::Training, ReferralOutcome::NotPresented, ReferralOutcome::Exempt})
        m_outcome->addItem(referralOutcomeLabel(o), int(o));
    Emphasis::markAsProblem(m_problem);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Person"), m_person), m_person);
    form->addRow(buddyLabel(tr("Employment &centre"), m_centre), m_centre);
    form->addRow(buddyLabel(tr("Referre&d on"), m_referredOn), m_referredOn);
    form->addRow(buddyLabel(tr("Service pact signed on"), m_pactSignedOn), m_pactSignedOn);
    auto *outcome = new QHBoxLayout;
    outcome->addWidget(m_outcome);
    outcome->addWidget(buddyLabel(tr("&on"), m_outcomeOn, this));
    outcome->addWidget(m_outcomeOn);
    outcome->addStretch();
    form->addRow(buddyLabel(tr("O&utcome"), m_outcome), outcome);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_list, &QTableWidget::itemSelectionChanged, this,
            [this] { edit(m_list->selectedItems().isEmpty() ? -1 : m_list->currentRow()); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        edit(-1);
    });
    connect(m_save, &QPushButton::clicked, this, &EmploymentView::save);
    Emphasis::clearWhenEdited(m_problem, this);
}

EmploymentView::~EmploymentView() = default;

void EmploymentView::setCase(const SocialCase &socialCase)
{
    m_case = socialCase;
    const bool writable = mayEdit(m_session, m_case);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_person, m_centre, m_referredOn, m_pactSignedOn,
                                           m_outcome, m_outcomeOn, m_new, m_save})
        w->setEnabled(writable);
    const CaseFile file(m_dbPath, m_case.id);
    m_referrals = m_case.id.isEmpty() ? QList<Referral>() : file.referrals();

    // Who may be referred: the citizen of the case and the members linked to it.
    const CitizenRepository registry(m_dbPath);
    m_person->clear();
    QStringList people = {m_case.citizenId};
    if (!m_case.id.isEmpty()) {
        for (const CaseMember &m : file.members())
            people << m.citizenId;
    }
    QHash<QString, QString> names;
    for (const QString &id : std::as_const(people)) {
        if (const auto c = registry.find(id)) {
            names.insert(id, c->surname + u' ' + c->givenNames);
            m_person->addItem(names.value(id), id);
        }
    }
    m_list->setRowCount(int(m_referrals.size()));
    for (int row = 0; row < m_referrals.size(); ++row) {
        const Referral &r = m_referrals.at(row);
        const QStringList cells = {names.value(r.citizenId), r.centre, Format::date(r.referredOn),
                                   Format::date(r.pactSignedOn), referralOutcomeLabel(r.outcome)};
        for (int column = 0; column < cells.size(); ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    edit(-1);
}

void EmploymentView::edit(int row)
{
    const Referral r = row >= 0 && row < m_referrals.size() ? m_referrals.at(row) : Referral();
    m_editingId = r.id;
    if (!r.id.isEmpty()) {
        m_person->setCurrentIndex(m_person->findData(r.citizenId));
        m_centre->setCurrentText(r.centre);
    } else {
        m_person->setCurrentIndex(0);
        m_centre->setCurrentIndex(0);
    }
    m_referredOn->setDate(r.referredOn.isValid() ? r.referredOn : QDate::currentDate());
    setOptionalDate(m_pactSignedOn, r.pactSignedOn);
    m_outcome->setCurrentIndex(m_outcome->findData(int(r.outcome)));
    setOptionalDate(m_outcomeOn, r.outcomeOn);
    m_save->setText(r.id.isEmpty() ? tr("&Send referral") : tr("&Save referral"));
    m_problem->clear();
}

void EmploymentView::save()
{
    Referral r;
    r.id = m_editingId;
    r.citizenId = m_person->currentData().toString();
    r.centre = m_centre->currentText();
    if (const QString why = DateEdit::firstProblem({m_referredOn, m_pactSignedOn, m_outcomeOn});
        !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    r.referredOn = m_referredOn->date();
    r.pactSignedOn = optionalDate(m_pactSignedOn);
    r.outcome = ReferralOutcome(m_outcome->currentData().toInt());
    r.outcomeOn = optionalDate(m_outcomeOn);
    QString error;
    if (!CaseFile(m_dbPath, m_case.id).saveReferral(m_session, &r, &error)) {
        m_problem->setText(error);
        return;
    }
    emit changed();
}

} // namespace Sportello
