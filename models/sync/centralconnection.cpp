#include "models/sync/centralconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

#include <libpq-fe.h>

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

// How long a step of the desk may wait on the region (ms): a held lock or a stuck statement
// ends the cycle with a reason instead of hanging it.
constexpr int kStatementTimeout = 60'000;
constexpr int kLockTimeout = 10'000;
constexpr int kIdleInTransactionTimeout = 60'000;

} // namespace

QString secured(const QString &conninfo, QString *error)
{
    char *parseError = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (!parsed) {
        *error = QCoreApplication::translate("Sportello::Central", "The connection string is not valid: %1")
                     .arg(QString::fromUtf8(parseError).simplified());
        PQfreemem(parseError);
        return QString();
    }
    QHash<QString, QString> given;
    for (const PQconninfoOption *o = parsed; o->keyword; ++o) {
        if (o->val)
            given.insert(QString::fromLatin1(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(parsed);
    // What libpq will use: the string's own value, else its environment variable.
    const auto effective = [&given](const QString &key, const char *variable) {
        return given.contains(key) ? given.value(key) : qEnvironmentVariable(variable);
    };
    bool network = !effective(u"hostaddr"_s, "PGHOSTADDR").isEmpty();
    for (const QString &host : effective(u"host"_s, "PGHOST").split(u',')) {
        if (!host.isEmpty() && !host.startsWith(u'/') && !host.startsWith(u'@'))
            network = true;
    }
    QString out = conninfo.simplified();
    if (network) {
        const QString sslMode = effective(u"sslmode"_s, "PGSSLMODE");
        if (sslMode.isEmpty())
            out += u" sslmode=verify-full"_s;
        else if (sslMode != u"require"_s && sslMode != u"verify-ca"_s
                 && sslMode != u"verify-full"_s) {
            *error = QCoreApplication::translate("Sportello::Central", "The regional database is reached over the network with "
                                "sslmode=%1: Sportello sends a password only over TLS (sslmode "
                                "require, verify-ca or verify-full; verify-full when none is "
                                "given).")
                         .arg(sslMode);
            return QString();
        }
        const QString binding = effective(u"channel_binding"_s, "PGCHANNELBINDING");
        if (binding.isEmpty())
            out += u" channel_binding=require"_s;
        else if (binding != u"require"_s) {
            *error = QCoreApplication::translate("Sportello::Central", "The regional database is reached over the network with "
                                "channel_binding=%1: Sportello requires channel_binding=require.")
                         .arg(binding);
            return QString();
        }
    }
    if (!given.contains(u"options"_s) && qEnvironmentVariableIsEmpty("PGOPTIONS"))
        out += u" options='-c statement_timeout=%1 -c lock_timeout=%2 "
               "-c idle_in_transaction_session_timeout=%3'"_s.arg(kStatementTimeout)
                   .arg(kLockTimeout)
                   .arg(kIdleInTransactionTimeout);
    return out;
}

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
           "terminating connection",   "connection to server",         "Network is unreachable",
           "statement timeout",        "lock timeout",                 "idle-in-transaction"};
    for (const char *text : unreachable) {
        if (message.contains(QLatin1String(text), Qt::CaseInsensitive))
            return Failure::Unreachable;
    }
    return Failure::Failed;
}

bool isWrongPassword(const QString &message)
{
    return message.contains(u"password authentication failed"_s, Qt::CaseInsensitive);
}

bool open(const QString &name, const QString &conninfo, const QString &password, Failure *failure,
          QString *error)
{
    const QString options = secured(conninfo, error);
    if (options.isEmpty()) {
        *failure = Failure::Insecure;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *failure = Failure::Failed;
        *error = QCoreApplication::translate("Sportello::Central",
                                             "The PostgreSQL driver (libqt6sql6-psql) is missing.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    // Dead links fail fast, so a sync can back off and retry later.
    db.setConnectOptions(options
                         + u" connect_timeout=10 keepalives=1 keepalives_idle=30"
                           " keepalives_interval=10 keepalives_count=3 tcp_user_timeout=30000"
                           " application_name=sportello"_s);
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
