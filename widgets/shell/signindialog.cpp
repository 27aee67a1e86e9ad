#include "widgets/shell/signindialog.h"

#include "models/access/staffrepository.h"
#include "models/common/settings.h"
#include "models/registry/demogenerator.h"
#include "models/sync/centralsignin.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/emphasis.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Sportello {

SignInDialog::SignInDialog(const QString &dbPath, const QString &lastUsername, bool demo,
                           const Central::Endpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_endpoint(endpoint)
    , m_username(new QLineEdit(lastUsername, this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sportello — sign in"));
    setWindowIcon(QIcon(u":/icons/sportello.svg"_s));
    m_username->setObjectName(u"usernameEdit"_s);
    m_username->setMaxLength(StaffRepository::kMaxUsernameLength);
    m_username->setMaxLength(63);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setMaxLength(StaffRepository::kMaxPasswordLength);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_message->setObjectName(u"signInMessage"_s);
    Emphasis::markAsProblem(m_message);
    m_message->setWordWrap(true);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);

    auto *heading = new QLabel(u"<h2>Sportello</h2>"_s, this);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Username"), m_username, this), m_username);
    form->addRow(buddyLabel(tr("&Password"), m_password, this), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    if (demo) {
        auto *hint = new QLabel(
            tr("Demo data: sign in as %1 with the password %2.")
                .arg(DemoGenerator::demoUsernames().join(u", "_s), DemoGenerator::demoPassword()),
            this);
        hint->setObjectName(u"demoHint"_s);
        hint->setWordWrap(true);
        Emphasis::markAsHint(hint);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    if (lastUsername.isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::signIn()
{
    if (!m_endpoint.isConfigured()) {
        finish(StaffRepository(m_dbPath).signIn(m_username->text(), m_password->text()),
               tr("Wrong username or password, or the account is disabled."));
        return;
    }
    // The region answers over the network: never on the GUI thread.
    m_signIn->setEnabled(false);
    m_username->setEnabled(false);
    m_password->setEnabled(false);
    Emphasis::markAsNormal(m_message);
    m_message->setText(tr("Checking with the regional database…"));
    auto *watcher = new QFutureWatcher<CentralSignIn>(this);
    connect(watcher, &QFutureWatcher<CentralSignIn>::finished, this, [this, watcher] {
        const CentralSignIn result = watcher->result();
        watcher->deleteLater();
        m_username->setEnabled(true);
        m_password->setEnabled(true);
        m_signIn->setEnabled(true);
        Emphasis::markAsProblem(m_message);
        if (result.outcome == CentralSignIn::Outcome::Offline)
            m_notice = result.message;
        finish(result.session, result.message);
    });
    watcher->setFuture(QtConcurrent::run(&CentralSignIn::run, m_dbPath, m_endpoint,
                                         m_username->text(), m_password->text(),
                                         Settings().offlineSignInDays()));
}

void SignInDialog::finish(const std::optional<Session> &session, const QString &message)
{
    m_session = session;
    if (m_session) {
        accept();
        return;
    }
    ++m_failures;
    m_password->clear();
    m_password->setFocus();
    m_message->setText(message);
    if (m_failures >= 3) {
        m_signIn->setEnabled(false);
        QTimer::singleShot(1000 * qMin(30, 1 << (m_failures - 3)), this,
                           [this] { m_signIn->setEnabled(true); });
    }
}

} // namespace Sportello
