#include "widgets/nursery/applicationdialog.h"

#include "models/access/staffnames.h"
#include "models/common/format.h"
#include "models/db/rowstamp.h"
#include "models/nursery/applicationcsv.h"
#include "models/nursery/nurseryrepository.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/fiscalcode.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/textfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

namespace {

enum ConditionColumn { CriterionColumn, CountColumn, NurseryColumn, StatusColumn, ReviewColumn };

// Which stored condition a row edits, and its review, travel with the criterion combo.
constexpr const char *kConditionId = "conditionId";
constexpr const char *kReviewedBy = "reviewedBy";
constexpr const char *kReviewedAt = "reviewedAt";

} // namespace

ApplicationDialog::ApplicationDialog(const QString &dbPath, const Session &session,
                                     const EvaluatedRound &round, const Application &application,
                                     QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_rules(round.data.round.rules)
    , m_roundId(round.data.round.id)
    , m_original(application)
    , m_protocol(new QLineEdit(application.protocol, this))
    , m_submitted(new DateEdit(DateEdit::Kind::DateTime, this))
    , m_late(new QLabel(this))
    , m_childCode(new QLineEdit(application.childFiscalCode, this))
    , m_childSurname(new QLineEdit(application.childSurname, this))
    , m_childNames(new QLineEdit(application.childGivenNames, this))
    , m_childBirth(new DateEdit(this))
    , m_childLink(new QLabel(this))
    , m_applicantCode(new QLineEdit(application.applicantFiscalCode, this))
    , m_applicantLink(new QLabel(this))
    , m_isee(new QLineEdit(
          application.hasIsee() ? Format::euros(application.iseeCents).remove(u" €"_s) : QString(),
          this))
    , m_preferences(new QListWidget(this))
    , m_nurseryChoice(new QComboBox(this))
    , m_conditions(new QTableWidget(0, 5, this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_childCitizenId(application.childCitizenId)
    , m_applicantCitizenId(application.applicantCitizenId)
{
    setObjectName(u"applicationDialog"_s);
    setWindowTitle(application.id.isEmpty() ? tr("New application - round %1").arg(m_rules.round)
                                            : tr("Application %1").arg(application.protocol));
    m_protocol->setObjectName(u"protocol"_s);
    m_childCode->setObjectName(u"childFiscalCode"_s);
    m_childSurname->setObjectName(u"childSurname"_s);
    m_childNames->setObjectName(u"childGivenNames"_s);
    m_applicantCode->setObjectName(u"applicantFiscalCode"_s);
    m_isee->setObjectName(u"isee"_s);
    m_isee->setPlaceholderText(tr("not presented"));
    m_preferences->setObjectName(u"preferences"_s);
    m_conditions->setObjectName(u"conditions"_s);
    m_save->setObjectName(u"saveApplication"_s);
    for (const Application &other : round.data.applications) {
        if (other.id != application.id)
            m_usedProtocols << other.protocol;
    }
    if (application.id.isEmpty() && application.protocol.isEmpty())
        m_protocol->setText(nextProtocol(m_usedProtocols, m_rules.deadline.date().year()));
    m_protocol->setMaxLength(ApplicationLimits::kProtocol);
    m_childSurname->setMaxLength(ApplicationLimits::kName);
    m_childNames->setMaxLength(ApplicationLimits::kName);
    m_childCode->setMaxLength(16);
    m_applicantCode->setMaxLength(16);
    m_isee->setMaxLength(16);
    m_submitted->setObjectName(u"submittedAt"_s);
    m_submitted->setTimeSpec(Qt::UTC); // wall-clock, as the rules keep it
    m_submitted->setDateTime(application.submittedAt);
    m_late->setObjectName(u"lateMark"_s);
    Emphasis::markAsProblem(m_late);
    m_late->setWordWrap(true);
    m_childBirth->setObjectName(u"childBirthDate"_s);
    m_childBirth->setDate(application.childBirthDate.isValid()
                              ? application.childBirthDate
                              : m_rules.ageGroups.first().bornFrom);
    m_problem->setObjectName(u"applicationProblem"_s);
    m_problem->setWordWrap(true);
    Emphasis::markAsProblem(m_problem);
    for (QLabel *link : {m_childLink, m_applicantLink}) {
        Emphasis::markAsSecondary(link);
        fitToWidth(link); // a registry name as long as the registry allows
    }

    auto *findChild = new QPushButton(tr("From the &registry"), this);
    auto *findApplicant = new QPushButton(tr("From the re&gistry"), this);
    findChild->setObjectName(u"childFromRegistry"_s);
    findApplicant->setObjectName(u"applicantFromRegistry"_s);
    const auto withButton = [this](QWidget *field, QWidget *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(button);
        return row;
    };

    auto *child = new QGroupBox(tr("Child"), this);
    auto *childForm = new QFormLayout(child);
    childForm->addRow(buddyLabel(tr("&Fiscal code:"), m_childCode, this),
                      withButton(m_childCode, findChild));
    childForm->addRow(buddyLabel(tr("S&urname:"), m_childSurname, this), m_childSurname);
    childForm->addRow(buddyLabel(tr("Given &names:"), m_childNames, this), m_childNames);
    childForm->addRow(buddyLabel(tr("&Born on:"), m_childBirth, this), m_childBirth);
    childForm->addRow(QString(), m_childLink);

    auto *applicant = new QGroupBox(tr("Applicant and application"), this);
    auto *applicantForm = new QFormLayout(applicant);
    applicantForm->addRow(buddyLabel(tr("&Protocol:"), m_protocol, this), m_protocol);
    applicantForm->addRow(buddyLabel(tr("Submi&tted on:"), m_submitted, this), m_submitted);
    applicantForm->addRow(QString(), m_late);
    applicantForm->addRow(buddyLabel(tr("Applicant's fis&cal code:"), m_applicantCode, this),
                          withButton(m_applicantCode, findApplicant));
    applicantForm->addRow(QString(), m_applicantLink);
    applicantForm->addRow(buddyLabel(tr("&ISEE (€):"), m_isee, this), m_isee);

    // Preferences, first choice first.
    auto *prefBox = new QGroupBox(tr("Nurseries in order of preference"), this);
    auto *addPref = new QPushButton(tr("Add"), prefBox);
    auto *removePref = new QPushButton(tr("Remove"), prefBox);
    auto *upPref = new QPushButton(tr("Up"), prefBox);
    auto *downPref = new QPushButton(tr("Down"), prefBox);
    addPref->setObjectName(u"addPreference"_s);
    m_nurseryChoice->setObjectName(u"nurseryChoice"_s);
    for (const NurseryPlace &n : m_rules.nurseries)
        m_nurseryChoice->addItem(u"%1 (%2)"_s.arg(n.name, n.code), n.code);
    for (const QString &code : application.preferences) {
        const int index = m_rules.nurseryIndex(code);
        auto *item = new QListWidgetItem(
            index < 0 ? code : u"%1 (%2)"_s.arg(m_rules.nurseries.at(index).name, code),
            m_preferences);
        item->setData(Qt::UserRole, code);
    }
    auto *prefAdd = new QHBoxLayout;
    prefAdd->addWidget(m_nurseryChoice, 1);
    prefAdd->addWidget(addPref);
    auto *prefMove = new QHBoxLayout;
    prefMove->addWidget(upPref);
    prefMove->addWidget(downPref);
    prefMove->addWidget(removePref);
    prefMove->addStretch();
    auto *prefLayout = new QVBoxLayout(prefBox);
    prefLayout->addWidget(m_preferences);
    prefLayout->addLayout(prefAdd);
    prefLayout->addLayout(prefMove);

    // Conditions declared, and their review.
    auto *condBox = new QGroupBox(tr("Declared conditions"), this);
    m_conditions->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Count"), tr("Nursery"), tr("Review"), tr("Reviewed by")});
    m_conditions->verticalHeader()->hide();
    m_conditions->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    m_conditions->horizontalHeader()->setSectionResizeMode(ReviewColumn,
                                                           QHeaderView::ResizeToContents);
    auto *addCond = new QPushButton(tr("Add condition"), condBox);
    auto *removeCond = new QPushButton(tr("Remove condition"), condBox);
    addCond->setObjectName(u"addCondition"_s);
    auto *condButtons = new QHBoxLayout;
    condButtons->addWidget(addCond);
    condButtons->addWidget(removeCond);
    condButtons->addStretch();
    auto *condLayout = new QVBoxLayout(condBox);
    condLayout->addWidget(m_conditions);
    condLayout->addLayout(condButtons);
    for (const Condition &c : application.conditions)
        addCondition(c);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *grid = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(child);
    left->addWidget(applicant);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(prefBox);
    right->addWidget(condBox, 1);
    grid->addLayout(left, 2);
    grid->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1100, 620);

    const bool editable = session.can(Permission::EditNurseryApplications);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_protocol, m_submitted, m_childCode, m_childSurname, m_childNames, m_childBirth,
             m_applicantCode, m_isee, findChild, findApplicant, addPref, removePref, upPref,
             downPref, m_nurseryChoice, addCond, removeCond, m_save})
        w->setEnabled(editable || w == m_save);

    connect(findChild, &QPushButton::clicked, this, &ApplicationDialog::lookUpChild);
    connect(findApplicant, &QPushButton::clicked, this, &ApplicationDialog::lookUpApplicant);
    connect(addPref, &QPushButton::clicked, this, &ApplicationDialog::addPreference);
    connect(removePref, &QPushButton::clicked, this, [this] {
        delete m_preferences->currentItem();
        validate();
    });
    connect(upPref, &QPushButton::clicked, this, [this] { movePreference(-1); });
    connect(downPref, &QPushButton::clicked, this, [this] { movePreference(1); });
    connect(addCond, &QPushButton::clicked, this, [this] { addCondition(Condition()); });
    connect(removeCond, &QPushButton::clicked, this, [this] {
        if (m_conditions->currentRow() >= 0)
            m_conditions->removeRow(m_conditions->currentRow());
        validate();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ApplicationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit :
         {m_protocol, m_childCode, m_childSurname, m_childNames, m_applicantCode, m_isee})
        connect(edit, &QLineEdit::textChanged, this, &ApplicationDialog::validate);
    connect(m_childBirth, &QLineEdit::textChanged, this, &ApplicationDialog::validate);
    connect(m_submitted, &QLineEdit::textChanged, this, &ApplicationDialog::validate);
    if (!m_childCitizenId.isEmpty())
        m_childLink->setText(tr("Linked to the citizen registry."));
    if (!m_applicantCitizenId.isEmpty())
        m_applicantLink->setText(tr("Linked to the citizen registry."));
    validate();
}

ApplicationDialog::~ApplicationDialog() = default;

void ApplicationDialog::addCondition(const Condition &condition)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto *criterion = new QComboBox(m_conditions);
    for (const Criterion &c : m_rules.criteria)
        criterion->addItem(u"%1 (%2)"_s.arg(c.label, c.code), c.code);
    criterion->setCurrentIndex(std::max(0, criterion->findData(condition.code)));
    criterion->setProperty(kConditionId, condition.id);
    criterion->setProperty(kReviewedBy, condition.reviewedBy);
    criterion->setProperty(kReviewedAt, condition.reviewedAt);
    auto *count = new QSpinBox(m_conditions);
    count->setRange(1, 20);
    count->setValue(condition.count);
    auto *nursery = new QComboBox(m_conditions);
    nursery->addItem(tr("(every preference)"), QString());
    for (const NurseryPlace &n : m_rules.nurseries)
        nursery->addItem(n.code, n.code);
    nursery->setCurrentIndex(std::max(0, nursery->findData(condition.nursery)));
    auto *status = new QComboBox(m_conditions);
    for (const ConditionStatus s :
         {ConditionStatus::Declared, ConditionStatus::Validated, ConditionStatus::Rejected})
        status->addItem(conditionStatusLabel(s), int(s));
    status->setCurrentIndex(status->findData(int(condition.status)));
    status->setEnabled(m_session.can(Permission::ManageNursery));
    const bool editable = m_session.can(Permission::EditNurseryApplications);
    criterion->setEnabled(editable);
    count->setEnabled(editable);
    nursery->setEnabled(editable);
    m_conditions->setCellWidget(row, CriterionColumn, criterion);
    m_conditions->setCellWidget(row, CountColumn, count);
    m_conditions->setCellWidget(row, NurseryColumn, nursery);
    m_conditions->setCellWidget(row, StatusColumn, status);
    auto *reviewer = new QTableWidgetItem(StaffNames(m_dbPath).of(condition.reviewedBy));
    reviewer->setToolTip(condition.reviewedBy); // the login
    m_conditions->setItem(row, ReviewColumn, reviewer);
    connect(criterion, &QComboBox::currentIndexChanged, this, &ApplicationDialog::validate);
    connect(nursery, &QComboBox::currentIndexChanged, this, &ApplicationDialog::validate);
    connect(count, &QSpinBox::valueChanged, this, &ApplicationDialog::validate);
    connect(status, &QComboBox::currentIndexChanged, this, [this, criterion] {
        criterion->setProperty(kReviewedBy, m_session.username);
        criterion->setProperty(kReviewedAt, RowStamp::now());
        validate();
    });
    validate();
}

Application ApplicationDialog::application() const
{
    Application a = m_original;
    a.protocol = m_protocol->text().trimmed();
    a.submittedAt = m_submitted->dateTime();
    a.childFiscalCode = FiscalCode::normalized(m_childCode->text());
    a.childSurname = m_childSurname->text().trimmed();
    a.childGivenNames = m_childNames->text().trimmed();
    a.childBirthDate = m_childBirth->date();
    a.applicantFiscalCode = FiscalCode::normalized(m_applicantCode->text());
    a.childCitizenId = m_childCitizenId;
    a.applicantCitizenId = m_applicantCitizenId;
    const QString isee = m_isee->text().trimmed();
    a.iseeCents = isee.isEmpty() ? -1 : Format::parseEuros(isee);
    if (!isee.isEmpty() && a.iseeCents < 0)
        a.iseeCents = -2; // not an amount: reported by problem()
    a.preferences.clear();
    for (int row = 0; row < m_preferences->count(); ++row)
        a.preferences << m_preferences->item(row)->data(Qt::UserRole).toString();
    a.conditions.clear();
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        const auto *criterion
            = qobject_cast<QComboBox *>(m_conditions->cellWidget(row, CriterionColumn));
        const auto *count = qobject_cast<QSpinBox *>(m_conditions->cellWidget(row, CountColumn));
        const auto *nursery
            = qobject_cast<QComboBox *>(m_conditions->cellWidget(row, NurseryColumn));
        const auto *status = qobject_cast<QComboBox *>(m_conditions->cellWidget(row, StatusColumn));
        Condition c;
        c.id = criterion->property(kConditionId).toString();
        c.code = criterion->currentData().toString();
        c.count = count->value();
        c.nursery = nursery->currentData().toString();
        c.status = ConditionStatus(status->currentData().toInt());
        if (c.status != ConditionStatus::Declared) {
            c.reviewedBy = criterion->property(kReviewedBy).toString();
            c.reviewedAt = criterion->property(kReviewedAt).toString();
        }
        a.conditions << c;
    }
    return a;
}

QString ApplicationDialog::problem() const
{
    if (const QString why = m_childBirth->problem(); !why.isEmpty())
        return tr("Date of birth: %1").arg(why);
    if (const QString why = m_submitted->problem(); !why.isEmpty())
        return tr("Submitted on: %1").arg(why);
    const Application a = application();
    if (m_usedProtocols.contains(a.protocol))
        return tr("The protocol %1 is already used in this round: give the application a number "
                  "of its own (the next free one is %2).")
            .arg(a.protocol, nextProtocol(m_usedProtocols, m_rules.deadline.date().year()));
    if (a.iseeCents == -2)
        return tr("The ISEE is an amount in euros, such as 12.345,67.");
    const QString problem = applicationProblem(a, m_rules);
    if (!problem.isEmpty()) {
        QString sentence = problem;
        sentence[0] = sentence[0].toUpper();
        return sentence + u'.';
    }
    return QString();
}

bool ApplicationDialog::isLate() const
{
    const QDateTime submitted = m_submitted->dateTime();
    return submitted.isValid() && m_rules.isLate(submitted);
}

void ApplicationDialog::validate()
{
    m_late->setText(isLate() ? tr("Late: submitted after the deadline of %1.")
                                   .arg(m_rules.deadline.toString(u"dd/MM/yyyy HH:mm"_s))
                             : QString());
    m_late->setVisible(isLate());
    const QString text = problem();
    m_problem->setText(text);
    m_save->setEnabled(text.isEmpty()
                       && (m_session.can(Permission::EditNurseryApplications)
                           || m_session.can(Permission::ManageNursery)));
}

void ApplicationDialog::lookUpChild()
{
    const QString code = FiscalCode::normalized(m_childCode->text());
    CitizenRepository registry(m_dbPath);
    for (const QString &id : registry.idsWithFiscalCode(code)) {
        if (const auto c = registry.find(id); c && !c->deleted) {
            m_childSurname->setText(c->surname);
            m_childNames->setText(c->givenNames);
            m_childBirth->setDate(c->birthDate);
            m_childCitizenId = c->id;
            m_childLink->setText(tr("Linked to the citizen registry."));
            return;
        }
    }
    const FiscalCode::Decoded decoded = FiscalCode::decode(code);
    if (decoded.valid())
        m_childBirth->setDate(decoded.birthDate);
    m_childCitizenId.clear();
    m_childLink->setText(decoded.valid()
                             ? tr("Not in the registry: date of birth taken from the fiscal code.")
                             : FiscalCode::errorMessage(decoded.error));
}

void ApplicationDialog::lookUpApplicant()
{
    const QString code = FiscalCode::normalized(m_applicantCode->text());
    CitizenRepository registry(m_dbPath);
    for (const QString &id : registry.idsWithFiscalCode(code)) {
        const auto c = registry.find(id);
        if (!c || c->deleted)
            continue;
        m_applicantCitizenId = c->id;
        QString text = tr("%1 %2, in the registry.").arg(c->surname, c->givenNames);
        if (const auto isee = registry.latestIsee(c->id)) {
            m_isee->setText(Format::euros(isee->valueCents).remove(u" €"_s));
            text += u' '
                + (isee->expired() ? tr("ISEE taken from the registry: expired on %1.")
                                   : tr("ISEE taken from the registry, valid until %1."))
                      .arg(Format::date(isee->validUntil));
        }
        m_applicantLink->setText(text);
        return;
    }
    m_applicantCitizenId.clear();
    m_applicantLink->setText(tr("Not in the registry."));
}

void ApplicationDialog::addPreference()
{
    const QString code = m_nurseryChoice->currentData().toString();
    for (int row = 0; row < m_preferences->count(); ++row) {
        if (m_preferences->item(row)->data(Qt::UserRole).toString() == code)
            return;
    }
    auto *item = new QListWidgetItem(m_nurseryChoice->currentText(), m_preferences);
    item->setData(Qt::UserRole, code);
    validate();
}

void ApplicationDialog::movePreference(int delta)
{
    const int row = m_preferences->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_preferences->count())
        return;
    m_preferences->insertItem(to, m_preferences->takeItem(row));
    m_preferences->setCurrentRow(to);
    validate();
}

void ApplicationDialog::save()
{
    const QString text = problem();
    if (!text.isEmpty()) {
        Dialogs::warn(this, windowTitle(), text);
        return;
    }
    Application a = application();
    // A late application is ranked after those on time: saved so only when the person says.
    const bool becomesLate = isLate()
        && (m_original.id.isEmpty() || !m_original.submittedAt.isValid()
            || !m_rules.isLate(m_original.submittedAt));
    if (becomesLate
        && Dialogs::ask(this, windowTitle(),
                        tr("Application %1 was submitted after the deadline of %2: it is saved "
                           "as late and ranked after the applications on time. Save it as "
                           "late?")
                            .arg(a.protocol, m_rules.deadline.toString(u"dd/MM/yyyy HH:mm"_s)),
                        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Save)
        return;
    QString error;
    if (!NurseryRepository(m_dbPath).saveApplication(m_session, m_roundId, &a, &error)) {
        Dialogs::warn(this, windowTitle(), error);
        return;
    }
    accept();
}

} // namespace Sportello
