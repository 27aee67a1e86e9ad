#include "widgets/access/staffaccountdialog.h"

#include "models/access/staffrepository.h"
#include "models/common/textlimits.h"
#include "models/registry/municipalities.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/emphasis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

StaffAccountDialog::StaffAccountDialog(const QString &dbPath, Mode mode,
                                       const StaffAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_mode(mode)
    , m_username(new QLineEdit(account.username, this))
    , m_displayName(new QLineEdit(account.displayName, this))
    , m_role(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_active(new QCheckBox(tr("Account &active"), this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"staffAccountDialog"_s);
    setWindowTitle(mode == Mode::CreateAdministrator ? tr("Create the administrator account")
                       : mode == Mode::Create        ? tr("New staff account")
                                              : tr("Staff account %1").arg(account.username));
    m_username->setObjectName(u"staffUsernameEdit"_s);
    m_username->setMaxLength(StaffRepository::kMaxUsernameLength);
    m_username->setMaxLength(63);
    m_username->setReadOnly(mode == Mode::Edit);
    m_displayName->setObjectName(u"staffNameEdit"_s);
    m_displayName->setMaxLength(TextLimits::kName);
    m_displayName->setMaxLength(100);
    for (Role r : Roles::all())
        m_role->addItem(Roles::label(r), int(r));
    m_role->setCurrentIndex(
        m_role->findData(int(mode == Mode::CreateAdministrator ? Role::Admin : account.role)));
    m_role->setEnabled(mode != Mode::CreateAdministrator);
    m_role->setObjectName(u"staffRoleCombo"_s);
    m_municipality->setEditable(true);
    m_municipality->lineEdit()->setMaxLength(TextLimits::kLine);
    for (const auto &m : Municipalities::deployed())
        m_municipality->addItem(u"%1 — %2"_s.arg(m.istatCode, m.name), m.istatCode);
    if (!account.municipality.isEmpty())
        m_municipality->setCurrentIndex(qMax(0, m_municipality->findData(account.municipality)));
    m_municipality->setObjectName(u"staffMunicipalityCombo"_s);
    m_active->setChecked(mode != Mode::Edit || account.active);
    m_active->setVisible(mode == Mode::Edit);
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(256);
    }
    m_password->setObjectName(u"staffPasswordEdit"_s);
    m_repeat->setObjectName(u"staffRepeatEdit"_s);
    m_password->setMaxLength(StaffRepository::kMaxPasswordLength);
    m_repeat->setMaxLength(StaffRepository::kMaxPasswordLength);
    if (mode == Mode::Edit)
        m_password->setPlaceholderText(tr("leave empty to keep the current password"));
    Emphasis::markAsProblem(m_message);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"staffMessage"_s);

    auto *form = new QFormLayout;
    const auto row = [form, this](const QString &label, QWidget *field) {
        form->addRow(buddyLabel(label, field, this), field);
    };
    row(tr("&Username"), m_username);
    row(tr("&Full name"), m_displayName);
    row(tr("&Role"), m_role);
    row(tr("&Municipality"), m_municipality);
    form->addRow(QString(), m_active);
    row(tr("&Password"), m_password);
    row(tr("Repeat pass&word"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::CreateAdministrator) {
        auto *intro = new QLabel(tr("This database has no staff accounts yet. Create the "
                                    "administrator, who will then create the other accounts."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffAccountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    Emphasis::clearWhenEdited(m_message, this);
}

StaffAccount StaffAccountDialog::account() const
{
    StaffAccount a;
    a.username = m_username->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.role = Role(m_role->currentData().toInt());
    const QString typed = m_municipality->currentText().section(u' ', 0, 0).trimmed();
    a.municipality = m_municipality->currentIndex() >= 0
            && m_municipality->itemText(m_municipality->currentIndex())
                == m_municipality->currentText()
        ? m_municipality->currentData().toString()
        : typed;
    a.active = m_active->isChecked();
    return a;
}

void StaffAccountDialog::save()
{
    const StaffAccount a = account();
    if (!Municipalities::isIstatCode(a.municipality)) {
        m_message->setText(tr("The municipality is its six-digit ISTAT code, e.g. 102047."));
        return;
    }
    const QString password = m_password->text();
    if (password != m_repeat->text()) {
        m_message->setText(tr("The two passwords are different."));
        return;
    }
    StaffRepository staff(m_dbPath);
    QString error;
    bool ok = false;
    if (m_mode == Mode::Edit) {
        ok = staff.update(a, &error)
            && (password.isEmpty() || staff.setPassword(a.username, password, &error));
    } else {
        ok = staff.create(a, password, &error);
    }
    if (!ok) {
        m_message->setText(error);
        return;
    }
    accept();
}

} // namespace Sportello
