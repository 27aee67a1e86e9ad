#include "centralfixture.h"

#include "models/sync/centralconnection.h"
#include "models/sync/centralschema.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

QString serverConninfo(const QString &database, const QString &user)
{
    return u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(
        qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", u"5432"_s), database, user);
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
    e.sslMode = u"prefer"_s;
    return e;
}

bool CentralFixture::addUser(const QString &username, Role role, const QString &municipality)
{
    return CentralSchema::addUser(QSqlDatabase::database(m_admin), username, QString(), role,
                                  municipality, password(), &m_error);
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
