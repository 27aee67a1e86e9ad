#include "models/sync/centralconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Sportello::Central {

namespace {

// libpq quoting: values in single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

QString Endpoint::conninfo(const QString &user) const
{
    QString info = u"host=%1 port=%2 dbname=%3 user=%4 sslmode=%5"_s.arg(
        quoted(host), QString::number(port), quoted(database), quoted(user), quoted(sslMode));
    if (!sslRootCert.isEmpty())
        info += u" sslrootcert="_s + quoted(sslRootCert);
    return info;
}

Failure classify(const QString &message)
{
    static const char *const refused[] = {"password authentication failed",
                                          "role \"",
                                          "no password supplied",
                                          "permission denied",
                                          "pg_hba.conf",
                                          "certificate"};
    for (const char *text : refused) {
        if (message.contains(QLatin1String(text), Qt::CaseInsensitive))
            return Failure::Refused;
    }
    static const char *const unreachable[]
        = {"could not connect",        "connection refused",           "timeout expired",
           "could not translate host", "server closed the connection", "no connection",
           "terminating connection",   "connection to server",         "Network is unreachable"};
    for (const char *text : unreachable) {
        if (message.contains(QLatin1String(text), Qt::CaseInsensitive))
            return Failure::Unreachable;
    }
    return Failure::Failed;
}

bool open(const QString &name, const QString &conninfo, const QString &password, Failure *failure,
          QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *failure = Failure::Failed;
        *error = QCoreApplication::translate("Sportello::Central",
                                             "The PostgreSQL driver (libqt6sql6-psql) is missing.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    // Dead links fail fast, so a sync can back off and retry later.
    db.setConnectOptions(
        conninfo.simplified()
        + u" connect_timeout=10 keepalives=1 keepalives_idle=30"
          " keepalives_interval=10 keepalives_count=3 application_name=sportello"_s);
    if (!password.isEmpty())
        db.setPassword(password);
    if (db.open()) {
        *failure = Failure::None;
        return true;
    }
    const QString message = db.lastError().text();
    *failure = classify(message);
    *error = *failure == Failure::Refused
        ? QCoreApplication::translate("Sportello::Central",
                                      "The regional database refused the sign-in: %1")
              .arg(message.simplified())
        : QCoreApplication::translate("Sportello::Central",
                                      "The regional database cannot be reached: %1")
              .arg(message.simplified());
    return false;
}

void close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace Sportello::Central
