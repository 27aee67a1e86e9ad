#include "models/registry/demogenerator.h"

#include "models/access/staffrepository.h"
#include "models/db/bulkload.h"
#include "models/db/bulkstatement.h"
#include "models/db/database.h"
#include "models/db/migrator.h"
#include "models/db/rowstamp.h"
#include "models/registry/birthplaces.h"
#include "models/registry/demonames.h"
#include "models/registry/fiscalcode.h"
#include "models/registry/household.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

constexpr qint64 kBaseMs = 1767254400000; // 2026-01-01T08:00:00Z: demo rows' fixed stamps
const QString kStamp = u"2026-01-01T08:00:00.000Z"_s;
const QDate kToday(2026, 1, 1);
const QString kSkipped = u"-"_s;

struct Person
{
    QString surname;
    QString givenNames;
    QChar sex;
    QDate birthDate;
};

// All the randomness of one generation run, from the seed alone.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_rng(seed)
    { }
    quint64 raw() { return m_rng(); }
    int below(int n) { return int(m_rng() % quint64(n)); }
    bool chance(double p) { return double(m_rng() >> 11) * 0x1.0p-53 < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    QDate birthDate(int minAge, int maxAge)
    {
        const int days = minAge * 365 + below(qMax(1, (maxAge - minAge) * 365));
        return kToday.addDays(-days - 1);
    }

private:
    std::mt19937_64 m_rng;
};

class Writer
{
public:
    Writer(const QSqlDatabase &db, Dice *dice, int target)
        : m_dice(dice)
        , m_target(target)
        , m_citizen(db,
                    u"INSERT INTO citizen (id, municipality, fiscal_code, surname, "
                    "given_names, sex, birth_date, birth_place_code, address, phone, email, "
                    "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'demo')"_s)
        , m_household(db,
                      u"INSERT INTO household (id, municipality, address, updated_at, "
                      "updated_by) VALUES (?,?,?,?,'demo')"_s)
        , m_member(db,
                   u"INSERT INTO household_member (id, municipality, household_id, "
                   "citizen_id, relation, updated_at, updated_by) "
                   "VALUES (?,?,?,?,?,?,'demo')"_s)
        , m_isee(db,
                 u"INSERT INTO isee_declaration (id, municipality, citizen_id, "
                 "value_cents, valid_until, updated_at, updated_by) "
                 "VALUES (?,?,?,?,?,?,'demo')"_s)
    {
        m_codes.reserve(target);
    }

    int written() const { return m_written; }
    QString error() const { return m_error; }

    bool household()
    {
        const bool firenze = m_dice->chance(0.5);
        const QString municipality = firenze ? u"048017"_s : u"102047"_s;
        const QString address = u"%1 %2, %3"_s.arg(
            m_dice->pick(DemoNames::streets(firenze)), QString::number(1 + m_dice->below(180)),
            firenze ? u"50100 Firenze FI"_s : u"89900 Vibo Valentia VV"_s);
        const QString householdId = newId();
        if (!exec(m_household, {householdId, municipality, address, kStamp}))
            return false;

        static const int sizes[] = {1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5};
        const int size = qMin(sizes[m_dice->below(11)], m_target - m_written);
        const QChar headSex = m_dice->chance(0.6) ? u'M' : u'F';
        Person head {m_dice->pick(DemoNames::surnames()), QString(), headSex,
                     m_dice->birthDate(size > 2 ? 25 : 20, size > 2 ? 55 : 92)};
        head.givenNames = givenName(headSex);
        const QString headId = citizen(head, municipality, address, firenze);
        if (headId.isEmpty() || !member(householdId, headId, Relation::Head, municipality))
            return false;
        if (m_dice->chance(0.35) && headId != kSkipped && !isee(headId, municipality))
            return false;

        for (int i = 1; i < size; ++i) {
            Person p;
            Relation relation = Relation::Child;
            if (i == 1 && m_dice->chance(0.8)) {
                relation = m_dice->chance(0.9) ? Relation::Spouse : Relation::Partner;
                p.sex = headSex == u'M' ? u'F' : u'M';
                p.surname = m_dice->pick(DemoNames::surnames());
                p.birthDate = head.birthDate.addDays(m_dice->below(12 * 365) - 6 * 365);
                if (p.birthDate > kToday.addYears(-18))
                    p.birthDate = kToday.addYears(-18 - m_dice->below(5));
            } else {
                p.sex = m_dice->chance(0.5) ? u'M' : u'F';
                p.surname = head.surname;
                const int headAge = head.birthDate.daysTo(kToday) / 365;
                p.birthDate = m_dice->birthDate(0, qMax(1, qMin(30, headAge - 18)));
            }
            p.givenNames = givenName(p.sex);
            const QString id = citizen(p, municipality, address, firenze);
            if (id.isEmpty() || !member(householdId, id, relation, municipality))
                return false;
        }
        return true;
    }

private:
    QString newId() { return RowStamp::idFrom(kBaseMs + m_ids++, m_dice->raw()); }

    QString givenName(QChar sex)
    {
        const QStringList &names = sex == u'M' ? DemoNames::maleNames() : DemoNames::femaleNames();
        QString name = m_dice->pick(names);
        if (m_dice->chance(0.08)) // a second given name now and then
            name += u' ' + m_dice->pick(names);
        return name;
    }

    QString birthPlace(bool firenze, const QDate &born)
    {
        for (int attempt = 0; attempt < 6; ++attempt) {
            const double roll = double(m_dice->below(1000)) / 1000.0;
            const QString &code = roll < 0.72 ? m_dice->pick(DemoNames::birthPlacesNear(firenze))
                : roll < 0.88                 ? m_dice->pick(DemoNames::birthPlacesNear(!firenze))
                : roll < 0.94                 ? m_dice->pick(DemoNames::birthPlacesElsewhere())
                                              : m_dice->pick(DemoNames::birthPlacesAbroad());
            const BirthPlace *place = BirthPlaces::instance().find(code);
            if (place && place->validOn(born))
                return code;
        }
        return firenze ? u"D612"_s : u"F537"_s;
    }

    QString fiscalCode(const Person &p, const QString &placeCode)
    {
        const QString base
            = FiscalCode::compute({p.surname, p.givenNames, p.sex, p.birthDate, placeCode});
        if (!m_codes.contains(base)) {
            m_codes.insert(base);
            return base;
        }
        for (const QString &variant : FiscalCode::omocodicVariants(base)) {
            if (!m_codes.contains(variant)) {
                m_codes.insert(variant);
                return variant;
            }
        }
        return QString();
    }

    QString citizen(const Person &p, const QString &municipality, const QString &address,
                    bool firenze)
    {
        const QString place = birthPlace(firenze, p.birthDate);
        const QString code = fiscalCode(p, place);
        if (code.isEmpty())
            return kSkipped; // eight people already share this code: leave this one out
        const QString id = newId();
        const bool adult = p.birthDate < kToday.addYears(-16);
        const QString phone = adult && m_dice->chance(0.7)
            ? u"3%1 %2"_s.arg(m_dice->below(90) + 10).arg(1000000 + m_dice->below(8999999))
            : QString();
        const QString email = adult && m_dice->chance(0.3)
            ? u"%1.%2@example.org"_s.arg(p.givenNames.section(u' ', 0, 0).toLower(),
                                         QString(p.surname).remove(u' ').remove(u'\'').toLower())
            : QString();
        if (!exec(m_citizen,
                  {id, municipality, code, p.surname, p.givenNames, QString(p.sex),
                   p.birthDate.toString(Qt::ISODate), place, address,
                   phone.isEmpty() ? QVariant() : QVariant(phone),
                   email.isEmpty() ? QVariant() : QVariant(email), kStamp}))
            return QString();
        ++m_written;
        return id;
    }

    bool member(const QString &householdId, const QString &citizenId, Relation relation,
                const QString &municipality)
    {
        if (citizenId == kSkipped)
            return true;
        return exec(
            m_member,
            {newId(), municipality, householdId, citizenId, Relations::id(relation), kStamp});
    }

    bool isee(const QString &citizenId, const QString &municipality)
    {
        const QDate validUntil = m_dice->chance(0.8) ? QDate(2026, 12, 31) : QDate(2025, 12, 31);
        return exec(m_isee,
                    {newId(), municipality, citizenId,
                     qint64(m_dice->below(45000)) * 100 + m_dice->below(100),
                     validUntil.toString(Qt::ISODate), kStamp});
    }

    bool exec(BulkStatement &statement, std::initializer_list<QVariant> values)
    {
        if (statement.run(values))
            return true;
        m_error = statement.errorText();
        return false;
    }

    Dice *m_dice;
    int m_target;
    int m_written = 0;
    qint64 m_ids = 0;
    QString m_error;
    QSet<QString> m_codes;
    BulkStatement m_citizen;
    BulkStatement m_household;
    BulkStatement m_member;
    BulkStatement m_isee;
};

// Loads the demo rows into a migrated database in one transaction, as a bulk load.
bool bulkLoad(const QSqlDatabase &db, const DemoGenerator::Options &options, QString *error,
              const std::function<void(int)> &progress)
{
    BulkLoad bulk;
    if (!QSqlDatabase(db).transaction() || !bulk.start(db, error))
        return false;
    Dice dice(options.seed);
    Writer writer(db, &dice, options.citizens);
    int reported = 0;
    bool ok = true;
    while (ok && writer.written() < options.citizens) {
        ok = writer.household();
        if (progress && writer.written() - reported >= 10000)
            progress(reported = writer.written());
    }
    if (!ok) {
        *error = writer.error();
        return false;
    }
    QSqlQuery query(db);
    ok = bulk.finish(db, error)
        && query.exec(u"INSERT INTO app_meta (key, value) VALUES ('demo', '1'), "
                      "('demo_seed', '%1'), ('demo_citizens', '%2')"_s.arg(options.seed)
                          .arg(options.citizens));
    if (!ok && error->isEmpty())
        *error = query.lastError().text();
    return ok && QSqlDatabase(db).commit();
}

bool generate(const QString &path, const DemoGenerator::Options &options, QString *error,
              const std::function<void(int)> &progress)
{
    const QString connection = u"sportello-demo-%1"_s.arg(quintptr(&options));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (db.open()) {
            // A private file being built: no journal, no fsync until it is renamed into place.
            QSqlQuery pragmas(db);
            for (const auto *p : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                  "PRAGMA cache_size = -262144", "PRAGMA foreign_keys = ON"})
                pragmas.exec(QString::fromLatin1(p));
            const Migrator::Result migrated = Migrator::migrate(db);
            if (!migrated.ok())
                *error = migrated.message();
            else
                ok = bulkLoad(db, options, error, progress);
            pragmas.exec(u"PRAGMA optimize"_s);
            db.close();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool createStaff(const QString &path, QString *error)
{
    StaffRepository staff(path);
    const QStringList names = DemoGenerator::demoUsernames();
    // Demo staff are invented people, like the citizens.
    const QList<StaffAccount> accounts {
        {names.at(0), u"Maria Rossi"_s, Role::Clerk, u"102047"_s, true},
        {names.at(1), u"Paolo Greco"_s, Role::SocialWorker, u"102047"_s, true},
        {names.at(2), u"Lucia Ferraro"_s, Role::Coordinator, u"102047"_s, true},
        {names.at(3), u"Antonio Russo"_s, Role::Admin, u"102047"_s, true},
        {names.at(4), u"Chiara Esposito"_s, Role::SocialWorker, u"102047"_s, true},
    };
    bool ok = true;
    for (const StaffAccount &account : accounts)
        ok = ok && staff.create(account, DemoGenerator::demoPassword(), error);
    Db::closeConnection(path);
    return ok;
}

} // namespace

QString DemoGenerator::demoPassword()
{
    return u"demo-sportello"_s;
}

QStringList DemoGenerator::demoUsernames()
{
    return {u"sportello"_s, u"sociale"_s, u"nidi"_s, u"admin"_s, u"sociale2"_s};
}

bool DemoGenerator::create(const QString &path, const Options &options, QString *error,
                           const std::function<void(int)> &progress)
{
    error->clear();
    if (options.citizens < 0 || options.citizens > 10'000'000) {
        *error = QCoreApplication::translate(
            "Sportello::DemoGenerator", "The number of citizens must be between 0 and 10,000,000.");
        return false;
    }
    if (QFile::exists(path) && !options.replace) {
        *error = QCoreApplication::translate("Sportello::DemoGenerator",
                                             "%1 already exists; use --force to replace it.")
                     .arg(path);
        return false;
    }
    const QString partial = path + u".partial"_s;
    for (const QString &stale : QStringList {partial, partial + u"-wal"_s, partial + u"-shm"_s})
        QFile::remove(stale);
    const auto extras = [&] {
        const bool ok = !options.extras || options.extras(partial, error);
        Db::closeConnection(partial);
        return ok;
    };
    if (!generate(partial, options, error, progress) || !createStaff(partial, error)
        || !extras()) {
        QFile::remove(partial);
        if (error->isEmpty())
            *error = QCoreApplication::translate("Sportello::DemoGenerator",
                                                 "The demo database could not be written.");
        return false;
    }
    for (const QString &old : QStringList {path, path + u"-wal"_s, path + u"-shm"_s})
        QFile::remove(old);
    if (!QFile::rename(partial, path)) {
        *error = QCoreApplication::translate("Sportello::DemoGenerator",
                                             "The demo database could not be moved to %1.")
                     .arg(path);
        return false;
    }
    return true;
}

} // namespace Sportello
