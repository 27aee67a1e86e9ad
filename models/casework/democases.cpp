#include "models/casework/democases.h"

#include "models/casework/timeline.h"
#include "models/common/dice.h"
#include "models/db/database.h"
#include "models/db/rowstamp.h"
#include "models/db/transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace Sportello::Casework::DemoCases {

namespace {

const QString kMunicipality = u"102047"_s;
const QStringList kWorkers
    = {u"sociale"_s, u"sociale"_s, u"sociale"_s, u"sociale2"_s, u"sociale2"_s};

struct AreaStory
{
    QString area;
    int weight;
    QStringList requests;
    QString goals;
    QStringList interventions;
};

const QList<AreaStory> kStories = {
    {u"income"_s,
     25,
     {u"Chiede un aiuto per le bollette arretrate."_s,
      u"Ha perso il lavoro e non riesce a pagare l'affitto del mese."_s,
      u"Chiede informazioni sull'Assegno di inclusione."_s},
     u"Stabilizzare il reddito familiare e rientrare dalle morosità."_s,
     {u"CONTR_ECON"_s, u"UTENZE"_s, u"BUONO_SPESA"_s}},
    {u"work"_s,
     20,
     {u"Cerca lavoro da un anno, chiede un orientamento."_s,
      u"Vorrebbe un corso di formazione per tornare a lavorare."_s},
     u"Rientrare nel mercato del lavoro con un percorso di orientamento e formazione."_s,
     {u"ORIENT_LAV"_s, u"FORMAZIONE"_s, u"INSERIM_LAV"_s, u"PUC"_s}},
    {u"housing"_s,
     15,
     {u"Ha ricevuto lo sfratto per morosità."_s,
      u"Vive in un alloggio sovraffollato con tre figli."_s},
     u"Trovare una soluzione abitativa stabile e sostenibile."_s,
     {u"AFFITTO"_s, u"ALLOGGIO_TEMP"_s}},
    {u"family"_s,
     15,
     {u"La scuola segnala assenze frequenti del figlio."_s,
      u"Chiede sostegno dopo la separazione."_s},
     u"Sostenere la genitorialità e la frequenza scolastica dei figli."_s,
     {u"EDU_DOM"_s, u"MEDIAZIONE"_s}},
    {u"elderly"_s,
     10,
     {u"La madre anziana vive sola e non è più autosufficiente."_s,
      u"Chiede i pasti a domicilio per il padre."_s},
     u"Permettere alla persona di restare a casa in sicurezza."_s,
     {u"SAD"_s, u"PASTI"_s, u"TELESOCC"_s}},
    {u"disability"_s,
     6,
     {u"Chiede il trasporto al centro diurno per il figlio con disabilità."_s},
     u"Garantire la frequenza del centro diurno e il sollievo alla famiglia."_s,
     {u"CENTRO_DIURNO"_s, u"TRASPORTO"_s}},
    {u"health"_s,
     5,
     {u"Dimesso dall'ospedale, ha bisogno di assistenza a casa."_s},
     u"Assicurare le cure a domicilio con il distretto sanitario."_s,
     {u"ADI"_s}},
    {u"other"_s,
     4,
     {u"Chiede informazioni sui servizi del Comune."_s},
     u"Orientare la persona ai servizi del territorio."_s,
     {u"SEGRETARIATO"_s}},
};

const QStringList kNotes = {
    u"Colloquio svolto in presenza; la persona è collaborativa."_s,
    u"Sentita telefonicamente: conferma l'impegno preso."_s,
    u"Visita domiciliare: l'alloggio è in condizioni accettabili."_s,
    u"Contatto con la scuola: la frequenza è migliorata."_s,
    u"Consegnata la documentazione ISEE aggiornata."_s,
};

bool amountFor(const QString &code)
{
    return QStringList {u"CONTR_ECON"_s,  u"CONTR_CONT"_s, u"AFFITTO"_s,    u"UTENZE"_s,
                        u"BUONO_SPESA"_s, u"AFFIDO"_s,     u"INSERIM_LAV"_s}
        .contains(code);
}

QString number(QChar kind, const QDateTime &at, Dice *dice)
{
    static const QString alphabet = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QString code;
    for (int i = 0; i < 6; ++i)
        code += alphabet.at(dice->below(int(alphabet.size())));
    return u"%1-%2-%3"_s.arg(kind).arg(at.date().year()).arg(code);
}

// Rows of one story, each with the columns every synced table shares.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
    { }

    QString insert(const QString &table, QVariantMap row)
    {
        const QString id = row.value(u"id"_s, RowStamp::newId()).toString();
        row.insert(u"id"_s, id);
        row.insert(u"municipality"_s, kMunicipality);
        row.insert(u"updated_at"_s, RowStamp::now());
        row.insert(u"updated_by"_s, u"demo"_s);
        const QStringList columns = row.keys();
        const QString sql = u"INSERT INTO %1 (%2) VALUES (:%3)"_s.arg(table, columns.join(u", "_s),
                                                                      columns.join(u", :"_s));
        std::unique_ptr<QSqlQuery> &query = m_queries[sql]; // prepared once per shape of row
        if (!query) {
            query = std::make_unique<QSqlQuery>(m_db);
            query->prepare(sql);
        }
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            query->bindValue(u':' + it.key(), it.value());
        if (!query->exec() && m_error.isEmpty())
            m_error = table + u": "_s + query->lastError().text();
        return id;
    }

    void event(const QString &caseId, const QDateTime &at, const QString &by, const QString &kind,
               const QString &detail, const QString &from = QString(),
               const QString &to = QString())
    {
        insert(u"case_event"_s,
               {{u"case_id"_s, caseId},
                {u"at"_s, Timeline::stamp(at)},
                {u"by_user"_s, by},
                {u"kind"_s, kind},
                {u"detail"_s, detail},
                {u"from_status"_s, from.isEmpty() ? QVariant() : from},
                {u"to_status"_s, to.isEmpty() ? QVariant() : to}});
    }

    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QString m_error;
};

const AreaStory &pickStory(Dice *dice)
{
    int roll = dice->below(100);
    for (const AreaStory &s : kStories) {
        if (roll < s.weight)
            return s;
        roll -= s.weight;
    }
    return kStories.first();
}

// One citizen's story: the request, and the case as far as the time since allows.
void tell(Writer *w, Dice *dice, const QString &citizenId, const QDateTime &now,
          QStringList *openCases)
{
    const AreaStory &story = pickStory(dice);
    const int daysAgo = dice->between(1, 365);
    QDateTime t = now.addDays(-daysAgo);
    t.setTime(QTime(8 + dice->below(5), dice->below(60)));
    const QString requestNumber = number(u'R', t, dice);
    const QVariantMap request
        = {{u"number"_s, requestNumber},
           {u"citizen_id"_s, citizenId},
           {u"received_at"_s, Timeline::stamp(t)},
           {u"channel"_s,
            dice->pick({u"desk"_s, u"desk"_s, u"desk"_s, u"phone"_s, u"email"_s, u"referral"_s})},
           {u"need_area"_s, story.area},
           {u"summary"_s, dice->pick(story.requests)},
           {u"recorded_by"_s, u"sportello"_s}};
    if ((daysAgo < 15 && dice->chance(0.5)) || dice->chance(0.06)) {
        w->insert(u"case_request"_s, request); // still waiting to be taken in charge
        return;
    }
    const QString worker = dice->pick(kWorkers);
    t = t.addDays(dice->between(1, std::min(10, daysAgo)));
    const auto step = [&](int low, int high) {
        const QDateTime next = t.addDays(dice->between(low, high)).addSecs(dice->below(3600));
        if (next >= now)
            return false;
        t = next;
        return true;
    };
    const QString caseNumber = number(u'C', t, dice);
    QVariantMap c = {{u"number"_s, caseNumber},
                     {u"citizen_id"_s, citizenId},
                     {u"status"_s, u"intake"_s},
                     {u"need_area"_s, story.area},
                     {u"complex"_s, 0},
                     {u"assigned_to"_s, worker},
                     {u"opened_at"_s, Timeline::stamp(t)}};
    // The case row goes in last, with its final state; its id is needed first.
    const QString caseId = RowStamp::newId();
    QVariantMap linked = request;
    linked.insert(u"case_id"_s, caseId);
    w->insert(u"case_request"_s, linked);
    w->event(caseId, t, worker, u"opened"_s, requestNumber, QString(), u"intake"_s);
    w->event(caseId, t, worker, u"assigned"_s, worker);
    QString status = u"intake"_s;
    const auto move = [&](const QString &to, const QString &reason) {
        w->event(caseId, t, worker, u"transition"_s, reason, status, to);
        status = to;
    };
    const auto note = [&] {
        const bool confidential = dice->chance(0.25);
        w->insert(confidential ? u"case_confidential_note"_s : u"case_note"_s,
                  {{u"case_id"_s, caseId},
                   {u"written_at"_s, Timeline::stamp(t)},
                   {u"written_by"_s, worker},
                   {u"body"_s,
                    confidential ? u"Riferisce tensioni in famiglia; da approfondire "
                                   "al prossimo colloquio."_s
                                 : dice->pick(kNotes)}});
        w->event(caseId, t, worker, u"note"_s, confidential ? u"confidential"_s : QString());
    };

    if (step(2, 12)) {
        move(u"assessment"_s, u"Primo colloquio svolto"_s);
        note();
        if (step(1, 10)) {
            const QString scores = u"{\"%1\": %2, \"income\": %3}"_s.arg(story.area)
                                       .arg(dice->between(2, 4))
                                       .arg(dice->between(0, 3));
            w->insert(u"case_assessment"_s,
                      {{u"case_id"_s, caseId},
                       {u"kind"_s, u"preliminary"_s},
                       {u"assessed_on"_s, Timeline::dateText(t.date())},
                       {u"scores"_s, scores},
                       {u"summary"_s,
                        u"Bisogno prevalente confermato; "
                        "risorse familiari limitate."_s},
                       {u"assessed_by"_s, worker}});
            w->event(caseId, t, worker, u"assessment"_s, u"preliminary"_s);
        }
    }
    if (status == u"assessment" && dice->chance(0.2)) {
        c.insert(u"complex"_s, 1);
        w->event(caseId, t, worker, u"assessment"_s, u"complex"_s);
        if (step(5, 20)) {
            w->insert(u"case_assessment"_s,
                      {{u"case_id"_s, caseId},
                       {u"kind"_s, u"team"_s},
                       {u"assessed_on"_s, Timeline::dateText(t.date())},
                       {u"scores"_s, u"{\"health\": 2, \"family\": 3}"_s},
                       {u"team"_s,
                        u"Assistente sociale, psicologo ASP, "
                        "educatore"_s},
                       {u"summary"_s,
                        u"Situazione multiproblematica: "
                        "serve un progetto condiviso."_s},
                       {u"assessed_by"_s, worker}});
            w->event(caseId, t, worker, u"assessment"_s, u"team"_s);
        }
    }
    const bool assessed
        = status == u"assessment" && (c.value(u"complex"_s).toInt() == 0 || dice->chance(0.9));
    if (assessed && step(7, 35)) {
        const QString measure
            = dice->pick({u"Progetto personalizzato comunale"_s, u"Assegno di inclusione (AdI)"_s,
                          u"Assegno di inclusione (AdI)"_s});
        const QString planId
            = w->insert(u"case_plan"_s,
                        {{u"case_id"_s, caseId},
                         {u"agreed_on"_s, Timeline::dateText(t.date())},
                         {u"measure"_s, measure},
                         {u"goals"_s, story.goals},
                         {u"review_on"_s, Timeline::dateText(t.date().addMonths(6))}});
        const QStringList actions
            = {u"Presentare la documentazione ISEE aggiornata"_s,
               u"Partecipare ai colloqui mensili"_s, u"Attivare il servizio concordato"_s};
        for (int i = 0; i < actions.size(); ++i) {
            const QDate due = t.date().addDays(20 + 30 * i);
            w->insert(
                u"plan_action"_s,
                {{u"plan_id"_s, planId},
                 {u"description"_s, actions.at(i)},
                 {u"responsible"_s, i == 2 ? u"service"_s : u"citizen"_s},
                 {u"responsible_name"_s, i == 2 ? u"Servizio sociale"_s : QVariant()},
                 {u"due_on"_s, Timeline::dateText(due)},
                 {u"review_on"_s, Timeline::dateText(due.addDays(15))},
                 {u"status"_s, due < now.date() && dice->chance(0.75) ? u"done"_s : u"open"_s}});
        }
        w->event(caseId, t, worker, u"plan"_s, measure);
        move(u"active_plan"_s, u"Progetto sottoscritto con la persona"_s);
        const QString type = dice->pick(story.interventions);
        const bool ended = (now.date().toJulianDay() - t.date().toJulianDay()) > 150;
        w->insert(
            u"case_intervention"_s,
            {{u"case_id"_s, caseId},
             {u"type_code"_s, type},
             {u"starts_on"_s, Timeline::dateText(t.date().addDays(7))},
             {u"ends_on"_s, ended ? Timeline::dateText(t.date().addDays(120)) : QVariant()},
             {u"amount_cents"_s, amountFor(type) ? dice->between(15, 150) * 1000 : QVariant()},
             {u"provider"_s, u"Comune di Vibo Valentia"_s},
             {u"status"_s, ended ? u"ended"_s : u"active"_s}});
        w->event(caseId, t, worker, u"intervention"_s,
                 type + (ended ? u": ended"_s : u": active"_s));
        if ((story.area == u"work" || story.area == u"income") && dice->chance(0.7)) {
            const bool signedPact = dice->chance(0.7);
            w->insert(u"employment_referral"_s,
                      {{u"case_id"_s, caseId},
                       {u"citizen_id"_s, citizenId},
                       {u"centre"_s, u"Centro per l'Impiego di Vibo Valentia"_s},
                       {u"referred_on"_s, Timeline::dateText(t.date())},
                       {u"pact_signed_on"_s,
                        signedPact ? Timeline::dateText(t.date().addDays(20)) : QVariant()},
                       {u"outcome"_s, signedPact ? u"pact_signed"_s : u"pending"_s},
                       {u"outcome_on"_s,
                        signedPact ? Timeline::dateText(t.date().addDays(20)) : QVariant()}});
            w->event(caseId, t, worker, u"referral"_s,
                     u"Centro per l'Impiego di Vibo Valentia: "_s
                         + (signedPact ? u"pact_signed"_s : u"pending"_s));
        }
        if (step(20, 60))
            note();
        if (step(40, 100))
            move(u"monitoring"_s, u"Azioni avviate, si passa al monitoraggio"_s);
        if (status == u"monitoring" && step(30, 120)) {
            c.insert(u"closed_at"_s, Timeline::stamp(t));
            c.insert(u"closing_reason"_s, u"Obiettivi del progetto raggiunti"_s);
            move(u"closed"_s, u"Obiettivi del progetto raggiunti"_s);
        }
    } else if (status == u"assessment" && dice->chance(0.15) && step(3, 20)) {
        c.insert(u"closed_at"_s, Timeline::stamp(t));
        c.insert(u"closing_reason"_s, u"Non di competenza: inviato ad altro servizio"_s);
        move(u"closed"_s, u"Non di competenza: inviato ad altro servizio"_s);
    }
    if (status != u"closed" && status != u"intake" && dice->chance(0.05) && step(1, 20)) {
        c.insert(u"resume_status"_s, status);
        move(u"suspended"_s, u"Ricovero ospedaliero"_s);
    }
    c.insert(u"status"_s, status);
    c.insert(u"last_activity"_s, Timeline::stamp(t));
    c.insert(u"id"_s, caseId); // the id its events already use
    w->insert(u"social_case"_s, c);
    if (status != u"closed")
        *openCases << caseId + u'|' + citizenId + u'|' + worker;
}

// The coming two weeks of each worker: two or three appointments a working morning with
// people of their open cases, and last week's, held or missed.
void book(Writer *w, Dice *dice, const QStringList &openCases, const QDateTime &now)
{
    if (openCases.isEmpty())
        return;
    for (int day = -7; day <= 14; ++day) {
        const QDate date = now.toLocalTime().date().addDays(day);
        if (date.dayOfWeek() > 5)
            continue;
        for (const QString &worker : {u"sociale"_s, u"sociale2"_s}) {
            QTime start(9, 0);
            for (int slot = dice->between(1, 3); slot > 0; --slot) {
                const QStringList parts
                    = openCases.at(dice->below(int(openCases.size()))).split(u'|');
                start = start.addSecs(60 * 15 * dice->between(0, 4));
                const QDateTime begins = QDateTime(date, start).toUTC();
                const QDateTime ends = begins.addSecs(45 * 60);
                start = start.addSecs(60 * 60);
                const bool past = ends < now;
                w->insert(u"appointment"_s,
                          {{u"worker"_s, worker},
                           {u"citizen_id"_s, parts.at(1)},
                           {u"case_id"_s, parts.at(0)},
                           {u"starts_at"_s, Timeline::stamp(begins)},
                           {u"ends_at"_s, Timeline::stamp(ends)},
                           {u"place"_s, u"Sportello sociale, piazza Martiri d'Ungheria"_s},
                           {u"purpose"_s,
                            dice->pick({u"Colloquio di verifica del progetto"_s,
                                        u"Colloquio di valutazione"_s,
                                        u"Firma del progetto personalizzato"_s})},
                           {u"status"_s,
                            past ? (dice->chance(0.85) ? u"held"_s : u"missed"_s) : u"booked"_s},
                           {u"booked_by"_s, u"sportello"_s}});
            }
        }
    }
}

} // namespace

bool addTo(const QString &dbPath, quint64 seed, QString *error, int requests)
{
    const QSqlDatabase db = Db::connection(dbPath);
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM citizen WHERE municipality = ? AND deleted = 0 "
              "AND birth_date <= ? ORDER BY fiscal_code LIMIT ?"_s);
    q.addBindValue(kMunicipality);
    q.addBindValue(QDate::currentDate().addYears(-18).toString(Qt::ISODate));
    q.addBindValue(requests * 20);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QStringList adults;
    while (q.next())
        adults << q.value(0).toString();
    Dice dice(seed ^ 0x5e771ceULL);
    dice.shuffle(&adults);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(db);
    Writer writer(db);
    QStringList openCases;
    for (const QString &citizenId : adults.mid(0, requests))
        tell(&writer, &dice, citizenId, now, &openCases);
    book(&writer, &dice, openCases, now);
    // Demo data never goes to the region: nothing waits to be sent.
    if (!writer.error().isEmpty() || !q.exec(u"DELETE FROM outbox"_s) || !transaction.commit()) {
        *error = writer.error().isEmpty() ? q.lastError().text() : writer.error();
        return false;
    }
    return true;
}

} // namespace Sportello::Casework::DemoCases
