#include "widgets/sync/centralsettingsdialog.h"

#include "models/access/staffrepository.h"
#include "models/common/textlimits.h"
#include "widgets/common/buddylabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Sportello {

CentralSettingsDialog::CentralSettingsDialog(const Central::Endpoint &endpoint,
                                             const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(endpoint.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(endpoint.database, this))
    , m_sslMode(new QComboBox(this))
    , m_rootCert(new QLineEdit(endpoint.sslRootCert, this))
    , m_user(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test the connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"centralSettingsDialog"_s);
    setWindowTitle(tr("Regional database"));
    m_host->setObjectName(u"centralHostEdit"_s);
    m_host->setMaxLength(253); // a DNS name
    m_database->setMaxLength(StaffRepository::kMaxUsernameLength); // a PostgreSQL name
    m_rootCert->setMaxLength(TextLimits::kPath);
    m_user->setMaxLength(StaffRepository::kMaxUsernameLength);
    m_password->setMaxLength(StaffRepository::kMaxPasswordLength);
    m_host->setPlaceholderText(tr("e.g. db.regione.calabria.it (empty: this desk works alone)"));
    m_port->setRange(1, 65535);
    m_port->setValue(endpoint.port);
    const std::pair<const char *, const char *> modes[] = {
        {"verify-full", QT_TR_NOOP("verify-full: encrypted, certificate and host name checked")},
        {"verify-ca", QT_TR_NOOP("verify-ca: encrypted, certificate checked")},
        {"require", QT_TR_NOOP("require: encrypted, not verified")},
    }; // below require a password could reach a server that is not the region: never offered
    for (const auto &[mode, label] : modes)
        m_sslMode->addItem(tr(label), QString::fromLatin1(mode));
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(endpoint.sslMode)));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only to test; not kept"));
    m_result->setWordWrap(true);
    m_result->setObjectName(u"centralTestResult"_s);

    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_rootCert, 1);
    certRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Host"), m_host, this), m_host);
    form->addRow(buddyLabel(tr("&Port"), m_port, this), m_port);
    form->addRow(buddyLabel(tr("&Database"), m_database, this), m_database);
    form->addRow(buddyLabel(tr("&Security (sslmode)"), m_sslMode, this), m_sslMode);
    form->addRow(buddyLabel(tr("&CA certificate"), m_rootCert, this), certRow);
    form->addRow(buddyLabel(tr("Test as &user"), m_user, this), m_user);
    form->addRow(buddyLabel(tr("Pass&word"), m_password, this), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                          tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_rootCert->setText(file);
    });
    connect(m_test, &QPushButton::clicked, this, &CentralSettingsDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Central::Endpoint CentralSettingsDialog::endpoint() const
{
    Central::Endpoint e;
    e.host = m_host->text().trimmed();
    e.port = m_port->value();
    e.database = m_database->text().trimmed();
    e.sslMode = m_sslMode->currentData().toString();
    e.sslRootCert = m_rootCert->text().trimmed();
    return e;
}

void CentralSettingsDialog::test()
{
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        m_result->setText(error.isEmpty() ? tr("✓ The regional database answered.") : error);
        m_test->setEnabled(true);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        [conninfo = endpoint().conninfo(m_user->text().trimmed()), password = m_password->text()] {
            const QString name = u"sportello-test-%1"_s.arg(quintptr(QThread::currentThreadId()));
            Central::Failure failure;
            QString error;
            Central::open(name, conninfo, password, &failure, &error);
            Central::close(name);
            return error;
        }));
}

} // namespace Sportello
