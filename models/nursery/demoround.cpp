#include "models/nursery/demoround.h"

#include "models/access/session.h"
#include "models/common/dice.h"
#include "models/db/database.h"
#include "models/nursery/nurseryrepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery::DemoRound {

namespace {

const QStringList kNurseryNames = {
    u"Arcobaleno"_s,   u"Il Girasole"_s,  u"Coccinella"_s,         u"Peter Pan"_s,
    u"Il Melograno"_s, u"La Tartaruga"_s, u"Pollicino"_s,          u"Il Piccolo Principe"_s,
    u"L'Aquilone"_s,   u"Mongolfiera"_s,  u"Il Bosco Incantato"_s, u"Gianburrasca"_s,
    u"Pinocchio"_s,    u"La Giostra"_s,   u"Il Grillo Parlante"_s, u"Mary Poppins"_s,
};

// Preferences near home: a few nurseries around a random one, in a random order.
QStringList preferencesFor(const RuleSet &rules, Dice *dice)
{
    const int n = int(rules.nurseries.size());
    const int home = dice->below(n);
    const int count = std::min(n, 1 + dice->below(5));
    QStringList out;
    for (int step = 0; out.size() < count; ++step) {
        const int at = (home + (step % 2 ? step : -step) / 2 + n * 4) % n;
        const QString code = rules.nurseries.at(at).code;
        if (!out.contains(code))
            out << code;
    }
    if (dice->chance(0.3))
        dice->shuffle(&out);
    return out;
}

QList<Condition> conditionsFor(const QStringList &preferences, Dice *dice)
{
    QList<Condition> out;
    const auto add = [&](const QString &code, int count = 1, const QString &nursery = QString()) {
        Condition c;
        c.code = code;
        c.count = count;
        c.nursery = nursery;
        out << c;
    };
    if (dice->chance(0.88))
        add(u"RES"_s);
    else if (dice->chance(0.5))
        add(u"LAVCOM"_s);
    if (const int working = dice->below(3))
        add(u"LAV"_s, working);
    if (dice->chance(0.09))
        add(u"MONO"_s);
    if (dice->chance(0.02))
        add(u"DIS"_s);
    if (dice->chance(0.03))
        add(u"SERV"_s);
    if (dice->chance(0.35))
        add(u"FRAT"_s, 1 + dice->below(2));
    if (dice->chance(0.12))
        add(u"SIB"_s, 1, preferences.first());
    if (dice->chance(0.2))
        add(u"VIC"_s, 1, preferences.at(dice->below(int(preferences.size()))));
    return out;
}

} // namespace

RuleSet rules(const QDate &today, int nurseries, const QString &municipality)
{
    // The round whose deadline (1 May) has passed most recently.
    const int year = today >= QDate(today.year(), 5, 2) ? today.year() : today.year() - 1;
    RuleSet r;
    r.round = u"%1-nidi"_s.arg(year);
    r.municipality = municipality;
    r.schoolYear = u"%1/%2"_s.arg(year).arg(year + 1);
    r.deadline = parseDateTime(u"%1-05-01T23:59:59"_s.arg(year));
    r.ageGroups = {
        {u"P"_s, u"Piccoli"_s, QDate(year - 1, 9, 1), QDate(year, 5, 31), BirthOrder::OlderFirst},
        {u"M"_s, u"Medi"_s, QDate(year - 2, 9, 1), QDate(year - 1, 8, 31), BirthOrder::OlderFirst},
        {u"G"_s, u"Grandi"_s, QDate(year - 3, 9, 1), QDate(year - 2, 8, 31),
         BirthOrder::YoungerFirst},
    };
    r.criteria = {
        {u"DIS"_s, u"Bambino con disabilità certificata"_s, 100000, u"priority"_s,
         Scope::Application},
        {u"SERV"_s, u"Segnalazione dei servizi sociali"_s, 50000, u"priority"_s,
         Scope::Application},
        {u"RES"_s, u"Residente nel Comune"_s, 2000000, u"residence"_s, Scope::Application},
        {u"LAVCOM"_s, u"Genitore che lavora nel Comune"_s, 1000000, u"residence"_s,
         Scope::Application},
        {u"MONO"_s, u"Nucleo monoparentale"_s, 1500, u"family"_s, Scope::Application},
        {u"LAV"_s, u"Genitore che lavora (per genitore)"_s, 1000, u"work"_s, Scope::Application},
        {u"FRAT"_s, u"Fratello o sorella sotto i 14 anni (per figlio)"_s, 300, u"family"_s,
         Scope::Application},
        {u"SIB"_s, u"Fratello o sorella che frequenta il nido"_s, 2000, u"family"_s,
         Scope::NamedNurseryFirstChoice},
        {u"VIC"_s, u"Residenza vicina al nido"_s, 250, QString(), Scope::NamedNursery},
    };
    for (const QString &id : {u"on_time_first"_s, u"score_desc"_s, u"isee_asc"_s, u"child_age"_s,
                              u"submitted_asc"_s, u"preference_asc"_s})
        r.tieBreaks << *TieBreak::fromId(id);
    std::mt19937 seats {uint(nurseries)};
    for (int i = 0; i < nurseries; ++i) {
        QString name = u"Nido "_s + kNurseryNames.at(i % kNurseryNames.size());
        if (i >= kNurseryNames.size())
            name += u' ' + QString::number(i / kNurseryNames.size() + 1);
        NurseryPlace place {u"N%1"_s.arg(i + 1, 2, 10, QChar(u'0')), name, {}};
        place.seats.insert(u"P"_s, 4 + int(seats() % 6));
        place.seats.insert(u"M"_s, 8 + int(seats() % 10));
        place.seats.insert(u"G"_s, 8 + int(seats() % 12));
        r.nurseries << place;
    }
    r.refusal = {true, 2};
    return r;
}

QList<Application> synthetic(const RuleSet &rules, int count, quint64 seed)
{
    Dice dice(seed);
    const QDate oldest = rules.ageGroups.last().bornFrom.addDays(-30);
    const qint64 span = oldest.daysTo(rules.ageGroups.first().bornTo);
    QList<Application> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Application a;
        a.id = u"synthetic-%1"_s.arg(i);
        a.protocol = u"%1-%2"_s.arg(rules.deadline.date().year()).arg(i + 1, 6, 10, QChar(u'0'));
        a.childBirthDate = oldest.addDays(dice.below(int(span)));
        const bool late = dice.chance(0.05);
        a.submittedAt = rules.deadline.addSecs(late ? 3600 + dice.below(40 * 86400)
                                                    : -1 - dice.below(75 * 86400));
        a.iseeCents = dice.chance(0.8) ? 300000 + dice.below(5000000) : -1;
        a.preferences = preferencesFor(rules, &dice);
        a.conditions = conditionsFor(a.preferences, &dice);
        out << a;
    }
    return out;
}

namespace {

// The registry's children of the round's age apply (most families do), the household head
// as applicant with the head's ISEE. A worked round goes through its stages as the
// coordinator would take it: both rankings published, seats offered, the families'
// answers (most accept), and one re-allocation for the seats refused.
bool addRound(const QString &dbPath, const RuleSet &demo, quint64 seed, bool worked, QString *error)
{
    const QString municipality = demo.municipality;
    const QSqlDatabase db = Db::connection(dbPath);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.fiscal_code, c.surname, c.given_names, c.birth_date, p.fiscal_code, "
              "(SELECT i.value_cents FROM isee_declaration i WHERE i.citizen_id = p.id "
              " ORDER BY i.valid_until DESC LIMIT 1) "
              "FROM citizen c "
              "JOIN household_member m ON m.citizen_id = c.id AND m.relation = 'child' "
              "JOIN household_member h ON h.household_id = m.household_id AND h.relation = 'head' "
              "JOIN citizen p ON p.id = h.citizen_id "
              "WHERE c.municipality = ? AND c.deleted = 0 AND c.birth_date BETWEEN ? AND ? "
              "ORDER BY c.fiscal_code"_s);
    q.addBindValue(municipality);
    q.addBindValue(demo.ageGroups.last().bornFrom.toString(Qt::ISODate));
    q.addBindValue(demo.ageGroups.first().bornTo.toString(Qt::ISODate));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    Dice dice(seed);
    QList<Application> applications;
    while (q.next()) {
        if (!dice.chance(0.8))
            continue; // not every family applies
        Application a;
        a.protocol = u"%1/%2"_s.arg(applications.size() + 1, 5, 10, QChar(u'0'))
                         .arg(demo.deadline.date().year());
        a.childFiscalCode = q.value(0).toString();
        a.childSurname = q.value(1).toString();
        a.childGivenNames = q.value(2).toString();
        a.childBirthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.applicantFiscalCode = q.value(4).toString();
        a.iseeCents = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        const bool late = dice.chance(0.06);
        a.submittedAt = demo.deadline.addSecs(late ? 3600 + dice.below(40 * 86400)
                                                   : -1 - dice.below(75 * 86400));
        a.preferences = preferencesFor(demo, &dice);
        a.conditions = conditionsFor(a.preferences, &dice);
        for (Condition &c : a.conditions) {
            if (dice.chance(0.5))
                c.status
                    = dice.chance(0.95) ? ConditionStatus::Validated : ConditionStatus::Rejected;
            if (c.status != ConditionStatus::Declared) {
                c.reviewedBy = u"nidi"_s;
                c.reviewedAt = u"%1-05-20T09:00:00.000Z"_s.arg(demo.deadline.date().year());
            }
        }
        applications << a;
    }
    const Session demoSession {u"demo"_s, u"Demo"_s, Role::Coordinator, municipality};
    NurseryRepository repository(dbPath);
    QString roundId;
    if (!repository.importRules(demoSession, demo, RoundState::Open, &roundId, error)
        || !repository.importApplications(demoSession, roundId, &applications, error))
        return false;
    if (!worked)
        return true;
    const auto evaluated = [&] {
        return EvaluatedRound::of(*repository.load(roundId));
    };
    for (int stage = 0; stage < 4; ++stage) { // provisional, appeals, final, allocation
        if (!repository.advance(demoSession, *evaluated(), error))
            return false;
    }
    // Every open offer is answered (each answer touches only its own application's offer).
    std::shared_ptr<const EvaluatedRound> round = evaluated();
    QHash<QString, QString> protocolOf;
    for (const Application &a : round->data.applications)
        protocolOf.insert(a.id, a.protocol);
    QStringList offered;
    for (const Offer &offer : round->data.offers) {
        if (offer.status == OfferStatus::Offered)
            offered << protocolOf.value(offer.applicationId);
    }
    for (const QString &protocol : std::as_const(offered)) {
        if (!repository.recordAnswer(demoSession, round->data, protocol, dice.chance(0.85), error))
            return false;
    }
    round = evaluated();
    return repository.recordAllocation(demoSession, round->data, round->result, error);
}

} // namespace

bool addTo(const QString &dbPath, quint64 seed, QString *error)
{
    // Last year's round, worked through, then this year's, open for applications.
    const QDate today = QDate::currentDate();
    const QString vibo = u"102047"_s;
    return addRound(dbPath, rules(today.addYears(-1), 12, vibo), seed + 1, true, error)
        && addRound(dbPath, rules(today, 12, vibo), seed, false, error);
}

} // namespace Sportello::Nursery::DemoRound
