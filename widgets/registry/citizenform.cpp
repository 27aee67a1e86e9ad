#include "widgets/registry/citizenform.h"

#include "models/common/format.h"
#include "models/registry/birthplaces.h"
#include "models/registry/fiscalcode.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/emphasis.h"
#include "widgets/registry/birthplaceedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

QLineEdit *lineEdit(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

void markInvalid(QWidget *widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

CitizenForm::CitizenForm(QWidget *parent)
    : QWidget(parent)
    , m_fiscalCode(lineEdit(u"fiscalCodeEdit"_s, 16, this))
    , m_fiscalCodeStatus(new QLabel(this))
    , m_compute(new QPushButton(tr("C&ompute"), this))
    , m_surname(lineEdit(u"surnameEdit"_s, CitizenRules::kMaxNameLength, this))
    , m_givenNames(lineEdit(u"givenNamesEdit"_s, CitizenRules::kMaxNameLength, this))
    , m_sex(new QComboBox(this))
    , m_birthDate(new DateEdit(this))
    , m_birthPlace(new BirthPlaceEdit(this))
    , m_address(lineEdit(u"addressEdit"_s, CitizenRules::kMaxAddressLength, this))
    , m_phone(lineEdit(u"phoneEdit"_s, CitizenRules::kMaxPhoneLength, this))
    , m_email(lineEdit(u"emailEdit"_s, CitizenRules::kMaxEmailLength, this))
    , m_issues(new QLabel(this))
{
    setStyleSheet(u"QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] "
                  "{ border: 2px solid %1; }"_s.arg(Emphasis::problemColor(palette()).name()));
    m_fiscalCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9]{0,16}"_s), m_fiscalCode));
    m_fiscalCode->setPlaceholderText(tr("16 characters"));
    m_fiscalCode->setFont(QFont(u"monospace"_s));
    m_fiscalCodeStatus->setObjectName(u"fiscalCodeStatus"_s);
    m_fiscalCodeStatus->setWordWrap(true);
    m_compute->setObjectName(u"computeFiscalCodeButton"_s);
    m_compute->setToolTip(tr("Compute the fiscal code from names, sex, date and place of birth"));
    m_sex->setObjectName(u"sexCombo"_s);
    m_sex->addItem(QString(), QString());
    m_sex->addItem(tr("Male"), u"M"_s);
    m_sex->addItem(tr("Female"), u"F"_s);
    m_birthDate->setObjectName(u"birthDateEdit"_s);
    m_birthDate->setRequired(false); // CitizenRules says that it is
    m_birthPlace->setObjectName(u"birthPlaceEdit"_s);
    m_issues->setObjectName(u"issuesLabel"_s);
    m_issues->setWordWrap(true);
    Emphasis::markAsProblem(m_issues);
    m_issues->hide();

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_fiscalCode, 1);
    codeRow->addWidget(m_compute);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow
        = [form, this](const QString &label, QWidget *field, QLayout *layout = nullptr) {
              QLabel *l = buddyLabel(label, field, this);
              if (layout)
                  form->addRow(l, layout);
              else
                  form->addRow(l, field);
          };
    addRow(tr("F&iscal code"), m_fiscalCode, codeRow);
    form->addRow(QString(), m_fiscalCodeStatus);
    addRow(tr("&Surname"), m_surname);
    addRow(tr("&Given names"), m_givenNames);
    addRow(tr("Sex"), m_sex);
    addRow(tr("&Date of birth"), m_birthDate);
    addRow(tr("&Place of birth"), m_birthPlace);
    addRow(tr("&Address"), m_address);
    addRow(tr("Pho&ne"), m_phone);
    addRow(tr("E-mail"), m_email);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_issues);
    layout->addLayout(form);

    setTabOrder(m_fiscalCode, m_compute);
    setTabOrder(m_compute, m_surname);

    connect(m_fiscalCode, &QLineEdit::textEdited, this, &CitizenForm::onFiscalCodeEdited);
    connect(m_compute, &QPushButton::clicked, this, &CitizenForm::computeFiscalCode);
    for (QLineEdit *edit :
         {m_fiscalCode, m_surname, m_givenNames, static_cast<QLineEdit *>(m_birthDate),
          static_cast<QLineEdit *>(m_birthPlace), m_address, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, &CitizenForm::emitModified);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &CitizenForm::emitModified);
    using Field = FieldIssue::Field;
    for (Field f : {Field::FiscalCode, Field::Surname, Field::GivenNames, Field::BirthDate,
                    Field::BirthPlace, Field::Address, Field::Phone, Field::Email}) {
        connect(static_cast<QLineEdit *>(fieldOf(f)), &QLineEdit::textChanged, this,
                [this, f] { dropIssuesOf(f); });
    }
    connect(m_sex, &QComboBox::currentIndexChanged, this, [this] { dropIssuesOf(Field::Sex); });
    setCitizen(Citizen());
}

void CitizenForm::setCitizen(const Citizen &citizen)
{
    m_loaded = citizen;
    blockSignals(true);
    m_fiscalCode->setText(citizen.fiscalCode);
    m_surname->setText(citizen.surname);
    m_givenNames->setText(citizen.givenNames);
    m_sex->setCurrentIndex(m_sex->findData(QString(citizen.sex)));
    m_birthDate->setText(Format::date(citizen.birthDate));
    m_birthPlace->setCode(citizen.birthPlaceCode);
    m_address->setText(citizen.address);
    m_phone->setText(citizen.phone);
    m_email->setText(citizen.email);
    // The form's own values, normalised, are the clean state.
    m_loaded = CitizenRules::normalized(this->citizen());
    blockSignals(false);
    m_lastModified = false;
    onFiscalCodeEdited();
    showIssues({});
    emit modifiedChanged(false);
}

Citizen CitizenForm::citizen() const
{
    Citizen c = m_loaded;
    c.fiscalCode = m_fiscalCode->text();
    c.surname = m_surname->text();
    c.givenNames = m_givenNames->text();
    const QString sex = m_sex->currentData().toString();
    c.sex = sex.isEmpty() ? QChar() : sex.at(0);
    c.birthDate = m_birthDate->date();
    c.birthPlaceCode = m_birthPlace->code();
    if (c.birthPlaceCode.isEmpty() && !m_birthPlace->text().trimmed().isEmpty())
        c.birthPlaceCode = m_birthPlace->text().trimmed().left(40); // reported as unknown
    c.address = m_address->text();
    c.phone = m_phone->text();
    c.email = m_email->text();
    return c;
}

bool CitizenForm::isModified() const
{
    return !(CitizenRules::normalized(citizen()) == m_loaded);
}

void CitizenForm::setEditable(bool editable)
{
    for (QLineEdit *edit :
         {m_fiscalCode, m_surname, m_givenNames, static_cast<QLineEdit *>(m_birthDate),
          static_cast<QLineEdit *>(m_birthPlace), m_address, m_phone, m_email})
        edit->setReadOnly(!editable);
    m_sex->setEnabled(editable);
    m_compute->setEnabled(editable);
}

void CitizenForm::onFiscalCodeEdited()
{
    if (const QString typed = m_fiscalCode->text(); typed != typed.toUpper()) {
        const int cursor = m_fiscalCode->cursorPosition();
        m_fiscalCode->setText(typed.toUpper());
        m_fiscalCode->setCursorPosition(cursor);
    }
    const QString code = FiscalCode::normalized(m_fiscalCode->text());
    if (code.isEmpty()) {
        m_fiscalCodeStatus->clear();
        return;
    }
    if (code.size() < 16) {
        Emphasis::markAsNormal(m_fiscalCodeStatus);
        m_fiscalCodeStatus->setText(tr("%1 of 16 characters").arg(code.size()));
        return;
    }
    const FiscalCode::Decoded decoded = FiscalCode::decode(code);
    if (!decoded.valid()) {
        Emphasis::markAsProblem(m_fiscalCodeStatus);
        m_fiscalCodeStatus->setText(u"✗ "_s + FiscalCode::errorMessage(decoded.error));
        return;
    }
    const BirthPlace *place = BirthPlaces::instance().find(decoded.birthPlaceCode);
    Emphasis::markAsGood(m_fiscalCodeStatus);
    m_fiscalCodeStatus->setText(
        u"✓ "_s
        + (decoded.sex == u'F' ? tr("Valid: female, born on %1, place of birth %2")
                               : tr("Valid: male, born on %1, place of birth %2"))
              .arg(Format::date(decoded.birthDate), place ? place->displayName() : QString()));
    // Fill what the code tells and the clerk has not typed yet.
    if (m_sex->currentIndex() <= 0)
        m_sex->setCurrentIndex(m_sex->findData(QString(decoded.sex)));
    if (m_birthDate->text().trimmed().isEmpty())
        m_birthDate->setText(Format::date(decoded.birthDate));
    if (m_birthPlace->text().trimmed().isEmpty())
        m_birthPlace->setCode(decoded.birthPlaceCode);
}

QList<FieldIssue> CitizenForm::typingIssues() const
{
    QList<FieldIssue> issues;
    if (const QString why = m_birthDate->problem(); !why.isEmpty())
        issues.append({FieldIssue::Field::BirthDate, why});
    return issues;
}

void CitizenForm::computeFiscalCode()
{
    const Citizen c = CitizenRules::normalized(citizen());
    // The code keeps two digits of the year: from a date that is no birth date (in the future,
    // say) it would be a code that decodes as another century's. Such a date is refused.
    QList<FieldIssue> dateIssues = typingIssues();
    if (dateIssues.isEmpty() && c.birthDate.isValid()) {
        for (const FieldIssue &issue : CitizenRules::errors(c)) {
            if (issue.field == FieldIssue::Field::BirthDate)
                dateIssues.append(issue);
        }
    }
    if (!dateIssues.isEmpty()) {
        Emphasis::markAsProblem(m_fiscalCodeStatus);
        m_fiscalCodeStatus->setText(tr("Date of birth: %1").arg(dateIssues.first().message));
        return;
    }
    const QString code
        = FiscalCode::compute({c.surname, c.givenNames, c.sex, c.birthDate, c.birthPlaceCode});
    if (code.isEmpty()) {
        Emphasis::markAsProblem(m_fiscalCodeStatus);
        m_fiscalCodeStatus->setText(
            tr("To compute the code, fill in surname, given names, sex, date and place of birth."));
        return;
    }
    m_fiscalCode->setText(code);
    onFiscalCodeEdited();
}

void CitizenForm::emitModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

QWidget *CitizenForm::fieldOf(FieldIssue::Field field) const
{
    using Field = FieldIssue::Field;
    switch (field) {
    case Field::FiscalCode:
        return m_fiscalCode;
    case Field::Surname:
        return m_surname;
    case Field::GivenNames:
        return m_givenNames;
    case Field::Sex:
        return m_sex;
    case Field::BirthDate:
        return m_birthDate;
    case Field::BirthPlace:
        return m_birthPlace;
    case Field::Address:
        return m_address;
    case Field::Phone:
        return m_phone;
    case Field::Email:
        return m_email;
    }
    return nullptr;
}

void CitizenForm::showIssues(const QList<FieldIssue> &issues)
{
    m_shownIssues = issues;
    listIssues();
    if (!issues.isEmpty())
        fieldOf(issues.first().field)->setFocus();
}

void CitizenForm::dropIssuesOf(FieldIssue::Field field)
{
    if (m_shownIssues.removeIf([field](const FieldIssue &i) { return i.field == field; }) > 0)
        listIssues();
}

void CitizenForm::listIssues()
{
    using Field = FieldIssue::Field;
    QStringList messages;
    for (Field f :
         {Field::FiscalCode, Field::Surname, Field::GivenNames, Field::Sex, Field::BirthDate,
          Field::BirthPlace, Field::Address, Field::Phone, Field::Email}) {
        const bool invalid = std::any_of(m_shownIssues.cbegin(), m_shownIssues.cend(),
                                         [f](const FieldIssue &i) { return i.field == f; });
        markInvalid(fieldOf(f), invalid);
    }
    for (const FieldIssue &issue : std::as_const(m_shownIssues))
        messages << u"• "_s + fieldOf(issue.field)->accessibleName() + u": "_s + issue.message;
    m_issues->setText(messages.join(u'\n'));
    m_issues->setVisible(!messages.isEmpty());
}

void CitizenForm::focusFirstField()
{
    m_fiscalCode->setFocus();
    m_fiscalCode->selectAll();
}

} // namespace Sportello
