#include "centralfixture.h"

#include "models/sync/centralconnection.h"
#include "models/sync/centralschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

QString serverConninfo(const QString &database, const QString &user)
{
    return u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(
        qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", u"5432"_s), database, user);
}

// Roles are the whole cluster's, and the test programs running side by side create and
// change the same ones: PostgreSQL refuses two changes of one role at once ("tuple
// concurrently updated"), so they take turns.
QString rolesLockPath()
{
    return QDir::temp().filePath(
        u"sportello-roles-%1.lock"_s.arg(qEnvironmentVariable("PGPORT", u"5432"_s)));
}

QString scalarOf(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

// pg_virtualenv's server listens on TCP without TLS, and the desk connects over TCP only
// with TLS: the server is given a throwaway self-signed certificate for localhost (once per
// cluster; test processes running side by side take turns), and this process trusts it
// (PGSSLROOTCERT, inherited by the programs it starts) so connections verify it in full.
bool enableTls(QString *error)
{
    const QString name = u"central-tls-setup"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setConnectOptions(u"host=%1 port=%2 dbname=postgres user=%3 sslmode=prefer"_s.arg(
            qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", u"5432"_s),
            qEnvironmentVariable("PGUSER")));
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            const QString dataDir = scalarOf(query, u"SHOW data_directory"_s);
            // Its own files: a cluster may already serve TLS with another certificate (Debian's
            // snakeoil one, named after the host), which verify-full would not accept.
            const QString certificate = dataDir + u"/sportello-test.crt"_s;
            QLockFile lock(QDir::temp().filePath(
                u"sportello-tls-%1.lock"_s.arg(qEnvironmentVariable("PGPORT", u"5432"_s))));
            lock.lock();
            const auto serving = [&] {
                return scalarOf(query, u"SHOW ssl"_s) == u"on"_s
                    && scalarOf(query, u"SHOW ssl_cert_file"_s) == certificate;
            };
            if (!serving()) {
                const QString key = dataDir + u"/sportello-test.key"_s;
                QProcess openssl;
                openssl.start(u"openssl"_s,
                              {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                               u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                               u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s, key,
                               u"-out"_s, certificate});
                if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
                    *error = u"openssl: "_s + QString::fromLocal8Bit(openssl.readAllStandardError());
                } else {
                    // The key belongs to the server's user, readable by it alone.
                    struct stat owner {};
                    ::stat(QFile::encodeName(dataDir).constData(), &owner);
                    for (const QString &file : {key, certificate}) {
                        if (::chown(QFile::encodeName(file).constData(), owner.st_uid,
                                    owner.st_gid)
                            != 0)
                            *error = u"chown %1 failed"_s.arg(file);
                    }
                    ::chmod(QFile::encodeName(key).constData(), 0600);
                    if (error->isEmpty()
                        && query.exec(u"ALTER SYSTEM SET ssl_cert_file = '%1'"_s.arg(certificate))
                        && query.exec(u"ALTER SYSTEM SET ssl_key_file = '%1'"_s.arg(key))
                        && query.exec(u"ALTER SYSTEM SET ssl = on"_s)
                        && query.exec(u"SELECT pg_reload_conf()"_s)) {
                        for (int i = 0; i < 100 && !serving(); ++i)
                            QThread::msleep(50);
                    }
                }
            }
            ok = error->isEmpty() && serving();
            if (!ok && error->isEmpty())
                *error = u"TLS could not be turned on: "_s + query.lastError().text();
            qputenv("PGSSLROOTCERT", QFile::encodeName(certificate));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool CentralFixture::serverAvailable()
{
    return !qEnvironmentVariableIsEmpty("PGHOST");
}

CentralFixture::CentralFixture()
    : m_database(u"sportello_test_%1"_s.arg(QRandomGenerator::global()->generate()))
    , m_admin(u"central-admin-"_s + m_database)
{
    if (!serverAvailable()) {
        m_error = u"no PostgreSQL server"_s;
        return;
    }
    if (!enableTls(&m_error))
        return;
    const QString superuser = qEnvironmentVariable("PGUSER");
    Central::Failure failure;
    const QString bootstrap = u"central-bootstrap-"_s + m_database;
    if (!Central::open(bootstrap, serverConninfo(u"postgres"_s, superuser),
                       qEnvironmentVariable("PGPASSWORD"), &failure, &m_error))
        return;
    {
        QSqlQuery create(QSqlDatabase::database(bootstrap));
        if (!create.exec(u"CREATE DATABASE %1"_s.arg(m_database)))
            m_error = create.lastError().text();
    }
    Central::close(bootstrap);
    if (!m_error.isEmpty())
        return;
    QLockFile roles(rolesLockPath());
    roles.lock();
    m_valid = Central::open(m_admin, serverConninfo(m_database, superuser),
                            qEnvironmentVariable("PGPASSWORD"), &failure, &m_error)
        && CentralSchema::init(QSqlDatabase::database(m_admin), &m_error);
}

CentralFixture::~CentralFixture()
{
    if (!serverAvailable())
        return;
    Central::close(m_admin);
    const QString bootstrap = u"central-drop-"_s + m_database;
    Central::Failure failure;
    QString error;
    if (Central::open(bootstrap, serverConninfo(u"postgres"_s, qEnvironmentVariable("PGUSER")),
                      qEnvironmentVariable("PGPASSWORD"), &failure, &error)) {
        QSqlQuery(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database),
                  QSqlDatabase::database(bootstrap));
    }
    Central::close(bootstrap);
}

QString CentralFixture::conninfo(const QString &user) const
{
    return serverConninfo(m_database, user);
}

Central::Endpoint CentralFixture::endpoint() const
{
    Central::Endpoint e;
    e.host = qEnvironmentVariable("PGHOST");
    e.port = qEnvironmentVariableIntValue("PGPORT");
    e.database = m_database;
    e.sslRootCert = qEnvironmentVariable("PGSSLROOTCERT");
    return e;
}

bool CentralFixture::addUser(const QString &username, Role role, const QString &municipality)
{
    QLockFile roles(rolesLockPath());
    roles.lock();
    return CentralSchema::addUser(QSqlDatabase::database(m_admin), username, QString(), role,
                                  municipality, password(), &m_error);
}

bool CentralFixture::addRegionUser(const QString &username, CentralSchema::RegionRole role)
{
    QLockFile roles(rolesLockPath());
    roles.lock();
    return CentralSchema::addRegionUser(QSqlDatabase::database(m_admin), username, password(), role,
                                        &m_error);
}

bool CentralFixture::execAs(const QString &user, const QString &sql, QString *error) const
{
    QString problem;
    scalarAs(user, sql, &problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QVariant CentralFixture::scalarAs(const QString &user, const QString &sql, QString *error) const
{
    const QString name = u"as-"_s + user + u'-' + m_database;
    Central::Failure failure;
    QString openError;
    QVariant value;
    QString problem;
    if (!Central::open(name, conninfo(user), password(), &failure, &openError)) {
        problem = openError;
    } else {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql))
            problem = q.lastError().text();
        else if (q.next())
            value = q.value(0);
    }
    Central::close(name);
    if (error)
        *error = problem;
    return value;
}

QVariant CentralFixture::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_admin));
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return QVariant();
    }
    return query.value(0);
}

bool CentralFixture::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_admin));
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

void CentralFixture::killConnections(const QString &user) const
{
    QSqlQuery query(QSqlDatabase::database(m_admin));
    query.prepare(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ? "
                  "AND datname = current_database()"_s);
    query.addBindValue(user);
    query.exec();
}

SyncReport
CentralFixture::sync(const QString &deskPath, const QString &user, int batchSize, int pageSize,
                     const std::function<void(const SyncEngine::Progress &)> &progress) const
{
    const QString name = u"sync-"_s + user + u'-' + deskPath;
    SyncReport report;
    if (!Central::open(name, conninfo(user), password(), &report.failure, &report.error)) {
        Central::close(name);
        return report;
    }
    SyncEngine engine(deskPath, name);
    engine.setBatchSize(batchSize);
    engine.setPageSize(pageSize);
    report = engine.run(progress);
    Central::close(name);
    return report;
}
