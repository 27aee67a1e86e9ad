<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Sportello::AboutDialog</name>
    <message>
        <source>About Sportello</source>
        <translation>Informazioni su Sportello</translation>
    </message>
    <message>
        <source>The front desk of the municipal social, employment, childcare and training services: the good practices of Regione Toscana and Comune di Firenze, adopted by Regione Calabria and Comune di Vibo Valentia.</source>
        <translation>Lo sportello dei servizi comunali sociali, per il lavoro, per l&apos;infanzia e per la formazione: le buone pratiche di Regione Toscana e Comune di Firenze, adottate da Regione Calabria e Comune di Vibo Valentia.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation>GNU Lesser General Public License v3</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>pubblico dominio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Places of birth (Belfiore codes of Italian municipalities, also suppressed ones, and of foreign states) come from:</source>
        <translation>I luoghi di nascita (codici Belfiore dei comuni italiani, anche soppressi, e degli stati esteri) provengono da:</translation>
    </message>
    <message>
        <source>ISC license; Argon2id password hashing</source>
        <translation>licenza ISC; hash delle password con Argon2id</translation>
    </message>
    <message>
        <source>ESCO is published by the European Commission for free reuse; the desk holds the files its region imported.</source>
        <translation>ESCO è pubblicata dalla Commissione europea per il libero riutilizzo; lo sportello contiene i file importati dalla sua Regione.</translation>
    </message>
    <message>
        <source>BSD 2-Clause licence; the Excel exports</source>
        <translation>licenza BSD 2-Clause; le esportazioni in Excel</translation>
    </message>
</context>
<context>
    <name>Sportello::AddMemberDialog</name>
    <message>
        <source>Add a household member</source>
        <translation>Aggiungi un componente del nucleo</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>&amp;Relation to the head</source>
        <translation>&amp;Relazione con il capofamiglia</translation>
    </message>
    <message>
        <source>Surname, name or fiscal code</source>
        <translation>Cognome, nome o codice fiscale</translation>
    </message>
</context>
<context>
    <name>Sportello::Agenda</name>
    <message>
        <source>Booked</source>
        <translation>Prenotato</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Non presentato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Your role does not book appointments.</source>
        <translation>Il suo ruolo non prenota appuntamenti.</translation>
    </message>
    <message>
        <source>Choose the social worker and say what it is for.</source>
        <translation>Scegliere l&apos;assistente sociale e indicare il motivo.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>L&apos;appuntamento deve finire dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>An appointment cannot be booked in the past.</source>
        <translation>Non si può prenotare un appuntamento nel passato.</translation>
    </message>
    <message>
        <source>%1 already has an appointment from %2 to %3.</source>
        <translation>%1 ha già un appuntamento dalle %2 alle %3.</translation>
    </message>
    <message>
        <source>The appointment could not be booked.</source>
        <translation>Impossibile prenotare l&apos;appuntamento.</translation>
    </message>
    <message>
        <source>No such appointment.</source>
        <translation>Appuntamento inesistente.</translation>
    </message>
    <message>
        <source>Only the social worker records how an appointment went.</source>
        <translation>Solo l&apos;assistente sociale registra com&apos;è andato un appuntamento.</translation>
    </message>
    <message>
        <source>The appointment could not be changed.</source>
        <translation>Impossibile modificare l&apos;appuntamento.</translation>
    </message>
    <message>
        <source>The plan&apos;s review was due on %1.</source>
        <translation>La verifica del progetto era prevista il %1.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is overdue.</source>
        <translation>L&apos;azione &quot;%1&quot; è scaduta.</translation>
    </message>
    <message>
        <source>The plan agreed on %1 has no actions.</source>
        <translation>Il progetto concordato il %1 non ha azioni.</translation>
    </message>
    <message>
        <source>Nothing has happened since %1.</source>
        <translation>Nessuna attività dal %1.</translation>
    </message>
    <message>
        <source>Opened on %1 and still without the preliminary assessment.</source>
        <translation>Aperta il %1 e ancora senza valutazione preliminare.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
</context>
<context>
    <name>Sportello::AgendaView</name>
    <message>
        <source>&amp;Book…</source>
        <translation>Pre&amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation>Non presentato</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment</source>
        <translation>Ann&amp;ulla appuntamento</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appuntamenti</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Avant&amp;i</translation>
    </message>
    <message>
        <source>The previous day or week (Page Up)</source>
        <translation>Giorno o settimana precedente (Pag Su)</translation>
    </message>
    <message>
        <source>The next day or week (Page Down)</source>
        <translation>Giorno o settimana successiva (Pag Giù)</translation>
    </message>
    <message>
        <source>Record that the appointment took place</source>
        <translation>Registra che l&apos;appuntamento si è svolto</translation>
    </message>
    <message>
        <source>Record that the citizen did not come</source>
        <translation>Registra che il cittadino non si è presentato</translation>
    </message>
    <message>
        <source>week from %1 to %2</source>
        <translation>settimana: %1 – %2</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2 at %3?</source>
        <translation>Annullare l&apos;appuntamento con %1 fissato per %2 alle %3?</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annulla appuntamento</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;ttimana</translation>
    </message>
    <message>
        <source>Hel&amp;d</source>
        <translation>Svo&amp;lto</translation>
    </message>
    <message>
        <source>Previ&amp;ous</source>
        <translation>Indietr&amp;o</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>Assistente sociale:</translation>
    </message>
</context>
<context>
    <name>Sportello::AllocationView</name>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Nido</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Pref.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Offerto il</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Best nursery still possible</source>
        <translation>Miglior nido ancora possibile</translation>
    </message>
    <message>
        <source>Seats offered and accepted</source>
        <translation>Posti offerti e accettati</translation>
    </message>
    <message>
        <source>Waiting list, in ranking order</source>
        <translation>Lista d&apos;attesa, in ordine di graduatoria</translation>
    </message>
    <message>
        <source>Seats are offered when the round reaches the allocation stage; until then this shows who is within the seats. </source>
        <translation>I posti si offrono quando il turno arriva alla fase di assegnazione; fino ad allora qui si vede chi rientra nei posti. </translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Assegnazione</translation>
    </message>
    <message>
        <source>Record that the family of %1 accepts the seat?</source>
        <translation>Registrare che la famiglia della domanda %1 accetta il posto?</translation>
    </message>
    <message>
        <source>Record that the family of %1 refuses the seat?</source>
        <translation>Registrare che la famiglia della domanda %1 rinuncia al posto?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Re-a&amp;llocate (scorrimento)</source>
        <translation>Riassegna (s&amp;corrimento)</translation>
    </message>
    <message>
        <source>Family accep&amp;ts</source>
        <translation>&amp;La famiglia accetta</translation>
    </message>
    <message>
        <source>Fa&amp;mily refuses</source>
        <translation>La famiglia rin&amp;uncia</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): </source>
        <translation>
            <numerusform>%n posto: </numerusform>
            <numerusform>%n posti: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) awaiting an answer</source>
        <translation>
            <numerusform>%n offerta in attesa di risposta</numerusform>
            <numerusform>%n offerte in attesa di risposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accettata</numerusform>
            <numerusform>%n accettate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n within the seats</source>
        <translation>
            <numerusform>%n entro i posti</numerusform>
            <numerusform>%n entro i posti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting.</source>
        <translation>
            <numerusform>%n domanda in attesa.</numerusform>
            <numerusform>%n domande in attesa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new offer(s)</source>
        <translation>
            <numerusform>%n nuova offerta</numerusform>
            <numerusform>%n nuove offerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered offer(s) superseded.</source>
        <translation>
            <numerusform>%n offerta senza risposta sostituita.</numerusform>
            <numerusform>%n offerte senza risposta sostituite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::ApplicationDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>New application - round %1</source>
        <translation>Nuova domanda - turno %1</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Domanda %1</translation>
    </message>
    <message>
        <source>not presented</source>
        <translation>non presentato</translation>
    </message>
    <message>
        <source>From the &amp;registry</source>
        <translation>Dall&apos;&amp;anagrafe</translation>
    </message>
    <message>
        <source>From the re&amp;gistry</source>
        <translation>Dall&apos;ana&amp;grafe</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <source>&amp;Fiscal code:</source>
        <translation>Codice &amp;fiscale:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>Nato &amp;il:</translation>
    </message>
    <message>
        <source>Applicant and application</source>
        <translation>Richiedente e domanda</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocollo:</translation>
    </message>
    <message>
        <source>Submi&amp;tted on:</source>
        <translation>Presen&amp;tata il:</translation>
    </message>
    <message>
        <source>Applicant&apos;s fis&amp;cal code:</source>
        <translation>Codice fiscale &amp;del richiedente:</translation>
    </message>
    <message>
        <source>&amp;ISEE (€):</source>
        <translation>IS&amp;EE (€):</translation>
    </message>
    <message>
        <source>Nurseries in order of preference</source>
        <translation>Nidi in ordine di preferenza</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Declared conditions</source>
        <translation>Condizioni dichiarate</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Nido</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Verificata da</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Aggiungi condizione</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Rimuovi condizione</translation>
    </message>
    <message>
        <source>Linked to the citizen registry.</source>
        <translation>Collegato all&apos;anagrafe dei cittadini.</translation>
    </message>
    <message>
        <source>(every preference)</source>
        <translation>(ogni preferenza)</translation>
    </message>
    <message>
        <source>The ISEE is an amount in euros, such as 12.345,67.</source>
        <translation>L&apos;ISEE è un importo in euro, come 12.345,67.</translation>
    </message>
    <message>
        <source>Not in the registry: date of birth taken from the fiscal code.</source>
        <translation>Non è in anagrafe: data di nascita ricavata dal codice fiscale.</translation>
    </message>
    <message>
        <source>%1 %2, in the registry.</source>
        <translation>%1 %2, in anagrafe.</translation>
    </message>
    <message>
        <source>ISEE taken from the registry: expired on %1.</source>
        <translation>ISEE preso dall&apos;anagrafe: scaduto il %1.</translation>
    </message>
    <message>
        <source>ISEE taken from the registry, valid until %1.</source>
        <translation>ISEE preso dall&apos;anagrafe, valido fino al %1.</translation>
    </message>
    <message>
        <source>Not in the registry.</source>
        <translation>Non è in anagrafe.</translation>
    </message>
    <message>
        <source>Given &amp;names:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Data di nascita: %1</translation>
    </message>
    <message>
        <source>Submitted on: %1</source>
        <translation>Presentata il: %1</translation>
    </message>
    <message>
        <source>The protocol %1 is already used in this round: give the application a number of its own (the next free one is %2).</source>
        <translation>Il protocollo %1 è già usato in questo turno: dare alla domanda un numero suo (il primo libero è %2).</translation>
    </message>
    <message>
        <source>Late: submitted after the deadline of %1.</source>
        <translation>Fuori termine: presentata dopo la scadenza del %1.</translation>
    </message>
    <message>
        <source>Application %1 was submitted after the deadline of %2: it is saved as late and ranked after the applications on time. Save it as late?</source>
        <translation>La domanda %1 è stata presentata dopo la scadenza del %2: si salva fuori termine e si colloca dopo le domande nei termini. Salvarla fuori termine?</translation>
    </message>
</context>
<context>
    <name>Sportello::ApplicationsView</name>
    <message>
        <source>&amp;New application…</source>
        <translation>N&amp;uova domanda…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <source>Search by protocol, child&apos;s name or fiscal code</source>
        <translation>Cerca per protocollo, nome del bambino o codice fiscale</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Cerca domande</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Withdraw application %1? It leaves the ranking; it can be reinstated.</source>
        <translation>Ritirare la domanda %1? Esce dalla graduatoria; si potrà ripristinare.</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importa domande</translation>
    </message>
    <message>
        <source>Applications (*.csv)</source>
        <translation>Domande (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Non è stato importato nulla.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n applications imported.</source>
        <translation>
            <numerusform>%n domanda importata.</numerusform>
            <numerusform>%n domande importate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the applications…</source>
        <translation>Importazione delle domande…</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Turno %1</translation>
    </message>
    <message>
        <source>Round %1, search: %2</source>
        <translation>Turno %1, ricerca: %2</translation>
    </message>
    <message>
        <source>Nursery applications</source>
        <translation>Domande di iscrizione ai nidi</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw</source>
        <translation>Ri&amp;tira</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>Importa &amp;CSV…</translation>
    </message>
    <message>
        <source>Exp&amp;lain position</source>
        <translation>Spiega la posi&amp;zione</translation>
    </message>
    <message>
        <source>Reins&amp;tate</source>
        <translation>Ripris&amp;tina</translation>
    </message>
</context>
<context>
    <name>Sportello::AssessmentsView</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punteggi</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusioni</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Preliminare</translation>
    </message>
    <message>
        <source>Team (équipe multidisciplinare)</source>
        <translation>Équipe multidisciplinare</translation>
    </message>
    <message>
        <source>Who took part, for a team assessment</source>
        <translation>Chi ha partecipato, per una valutazione d&apos;équipe</translation>
    </message>
    <message>
        <source>Need areas (0 no need, 4 severe; — not assessed)</source>
        <translation>Aree di bisogno (0 nessun bisogno, 4 grave; — non valutata)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>C&amp;onclusions</source>
        <translation>C&amp;onclusioni</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe: %1</translation>
    </message>
    <message>
        <source>Re&amp;cord assessment</source>
        <translation>Re&amp;gistra valutazione</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>É&amp;quipe</translation>
    </message>
</context>
<context>
    <name>Sportello::AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation>Accesso eseguito</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation>Apertura della scheda</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Nursery round</source>
        <translation>Turno nidi</translation>
    </message>
    <message>
        <source>Nursery application</source>
        <translation>Domanda nido</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Esportato</translation>
    </message>
    <message>
        <source>Social case</source>
        <translation>Cartella sociale</translation>
    </message>
    <message>
        <source>Social request</source>
        <translation>Richiesta sociale</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro degli accessi</translation>
    </message>
    <message>
        <source> matching &quot;%1&quot;</source>
        <translation> che corrispondono a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Agenda of %1 from %2</source>
        <translation>Agenda di %1 dal %2</translation>
    </message>
    <message numerus="yes">
        <source>Requests of the last %n day(s)</source>
        <translation>
            <numerusform>Richieste dell&apos;ultimo giorno</numerusform>
            <numerusform>Richieste degli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>, pending only</source>
        <translation>, solo quelle da prendere in carico</translation>
    </message>
    <message>
        <source>Caseload of %1</source>
        <translation>Cartelle di %1</translation>
    </message>
    <message>
        <source>Applications of round %1</source>
        <translation>Domande del turno %1</translation>
    </message>
    <message>
        <source>Ranking %1</source>
        <translation>Graduatoria %1</translation>
    </message>
    <message>
        <source>Citizens list</source>
        <translation>Elenco dei cittadini</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Richiesta %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Cartella %1</translation>
    </message>
    <message>
        <source>State: from %1 to %2</source>
        <translation>Stato: da %1 a %2</translation>
    </message>
    <message>
        <source>Confidential notes read</source>
        <translation>Lettura delle note riservate</translation>
    </message>
    <message>
        <source>Confidential note of %1 added</source>
        <translation>Aggiunta la nota riservata del %1</translation>
    </message>
    <message>
        <source>Note of %1 added</source>
        <translation>Aggiunta la nota del %1</translation>
    </message>
    <message>
        <source>Personalised plan agreed on %1 saved</source>
        <translation>Salvato il progetto personalizzato concordato il %1</translation>
    </message>
    <message numerus="yes">
        <source>Caseload of %1: %n case(s)</source>
        <translation>
            <numerusform>Cartelle di %1: %n cartella</numerusform>
            <numerusform>Cartelle di %1: %n cartelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistical extract from %1 to %2</source>
        <translation>Estratto statistico dal %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>Allocation: %n seat(s) offered</source>
        <translation>
            <numerusform>Assegnazione: %n posto offerto</numerusform>
            <numerusform>Assegnazione: %n posti offerti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revocato</numerusform>
            <numerusform>%n revocati</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer at %1: %2</source>
        <translation>Offerta al nido %1: %2</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Condizione %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported</source>
        <translation>
            <numerusform>%n domanda importata</numerusform>
            <numerusform>%n domande importate</numerusform>
        </translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Domanda %1</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>Domanda ritirata</translation>
    </message>
    <message>
        <source>Application reinstated</source>
        <translation>Domanda ripristinata</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Turno %1</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>Regole modificate</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Pubblicata: %1</translation>
    </message>
    <message>
        <source>Through the regional database</source>
        <translation>Tramite il database regionale</translation>
    </message>
    <message>
        <source>Unknown username</source>
        <translation>Nome utente sconosciuto</translation>
    </message>
    <message>
        <source>Unlocking the desk</source>
        <translation>Sblocco dello sportello</translation>
    </message>
    <message>
        <source>Someone else signed in at the locked desk</source>
        <translation>Un&apos;altra persona ha avuto accesso allo sportello bloccato</translation>
    </message>
    <message>
        <source>Enrolled in course %1</source>
        <translation>Iscrizione al corso %1</translation>
    </message>
    <message>
        <source>Course %1 completed</source>
        <translation>Corso %1 completato</translation>
    </message>
    <message>
        <source>Libretto: experience</source>
        <translation>Libretto: esperienza</translation>
    </message>
    <message>
        <source>Libretto: competence</source>
        <translation>Libretto: competenza</translation>
    </message>
    <message>
        <source>Libretto: competence withdrawn</source>
        <translation>Libretto: competenza ritirata</translation>
    </message>
    <message>
        <source>Libretto: experience withdrawn</source>
        <translation>Libretto: esperienza ritirata</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modificati: %1</translation>
    </message>
    <message>
        <source>ISEE declaration</source>
        <translation>Dichiarazione ISEE</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Componente aggiunto</translation>
    </message>
    <message>
        <source>Relation changed</source>
        <translation>Parentela modificata</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Componente tolto</translation>
    </message>
    <message>
        <source>Conflict with the region resolved</source>
        <translation>Conflitto con la Regione risolto</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting change(s) handed over to %1</source>
        <translation>
            <numerusform>%n modifica in attesa affidata a %1</numerusform>
            <numerusform>%n modifiche in attesa affidate a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n riga, %2</numerusform>
            <numerusform>%1: %n righe, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::AuditPanel</name>
    <message>
        <source>Fiscal code of a citizen: who accessed their record</source>
        <translation>Codice fiscale di un cittadino: chi ha consultato la sua scheda</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventi del registro degli accessi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Cittadino</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro degli accessi</translation>
    </message>
    <message>
        <source>The latest %1 events</source>
        <translation>Gli ultimi %1 eventi</translation>
    </message>
    <message>
        <source>Events about the citizen %1</source>
        <translation>Eventi sul cittadino %1</translation>
    </message>
</context>
<context>
    <name>Sportello::BirthPlaceEdit</name>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>Municipality or foreign state, or its code</source>
        <translation>Comune o stato estero, oppure il suo codice</translation>
    </message>
</context>
<context>
    <name>Sportello::BookingDialog</name>
    <message>
        <source>Book an appointment with %1</source>
        <translation>Prenota un appuntamento con %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Prenota</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseDocumentsView</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>ISEE declaration</source>
        <translation>Dichiarazione ISEE</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento d&apos;identità</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>Certificato medico</translation>
    </message>
    <message>
        <source>Social report</source>
        <translation>Relazione sociale</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Provvedimento giudiziario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Name of the file in the document system</source>
        <translation>Nome del file nel sistema documentale</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>Household members involved</source>
        <translation>Componenti del nucleo familiare coinvolti</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Scegli il documento</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Sce&amp;gli…</translation>
    </message>
    <message>
        <source>Record &amp;document</source>
        <translation>Regis&amp;tra documento</translation>
    </message>
    <message>
        <source>Li&amp;nk member</source>
        <translation>C&amp;ollega componente</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Fr&amp;om the household</source>
        <translation>Dal &amp;nucleo familiare</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseFile</name>
    <message>
        <source>The citizen</source>
        <translation>Il cittadino</translation>
    </message>
    <message>
        <source>Social service</source>
        <translation>Servizio sociale</translation>
    </message>
    <message>
        <source>External body</source>
        <translation>Ente esterno</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abbandonata</translation>
    </message>
    <message>
        <source>Awaiting the employment centre</source>
        <translation>In attesa del Centro per l&apos;Impiego</translation>
    </message>
    <message>
        <source>Service pact signed</source>
        <translation>Patto di servizio firmato</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>In formazione</translation>
    </message>
    <message>
        <source>Did not present</source>
        <translation>Non si è presentato</translation>
    </message>
    <message>
        <source>Exempt from the pact</source>
        <translation>Esonerato dal patto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programmato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>The assessment needs its date, not in the future.</source>
        <translation>La valutazione ha bisogno della sua data, non nel futuro.</translation>
    </message>
    <message>
        <source>Score at least one need area.</source>
        <translation>Dare un punteggio ad almeno un&apos;area di bisogno.</translation>
    </message>
    <message>
        <source>Each need area is scored from 0 to 4.</source>
        <translation>Ogni area di bisogno ha un punteggio da 0 a 4.</translation>
    </message>
    <message>
        <source>Write the assessment&apos;s conclusions.</source>
        <translation>Scrivere le conclusioni della valutazione.</translation>
    </message>
    <message>
        <source>Say who took part in the team assessment.</source>
        <translation>Indicare chi ha partecipato alla valutazione dell&apos;équipe.</translation>
    </message>
    <message>
        <source>The plan needs the date it was agreed, not in the future.</source>
        <translation>Il progetto ha bisogno della data in cui è stato concordato, non nel futuro.</translation>
    </message>
    <message>
        <source>Write the plan&apos;s goals.</source>
        <translation>Scrivere gli obiettivi del progetto.</translation>
    </message>
    <message>
        <source>Say under which measure the plan is agreed.</source>
        <translation>Indicare con quale misura è concordato il progetto.</translation>
    </message>
    <message>
        <source>The plan&apos;s review date comes after the date it was agreed.</source>
        <translation>La verifica del progetto viene dopo la data in cui è stato concordato.</translation>
    </message>
    <message>
        <source>Every action needs a description.</source>
        <translation>Ogni azione ha bisogno di una descrizione.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is due before the plan was agreed.</source>
        <translation>L&apos;azione &quot;%1&quot; scade prima che il progetto fosse concordato.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is reviewed before the plan was agreed.</source>
        <translation>L&apos;azione &quot;%1&quot; viene verificata prima che il progetto fosse concordato.</translation>
    </message>
    <message>
        <source>Say which service or body is responsible for &quot;%1&quot;.</source>
        <translation>Indicare quale servizio o ente è responsabile di &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say who is referred.</source>
        <translation>Indicare chi viene inviato.</translation>
    </message>
    <message>
        <source>Name the employment centre.</source>
        <translation>Indicare il Centro per l&apos;Impiego.</translation>
    </message>
    <message>
        <source>The referral needs its date, not in the future.</source>
        <translation>L&apos;invio ha bisogno della sua data, non nel futuro.</translation>
    </message>
    <message>
        <source>The service pact cannot be signed before the referral.</source>
        <translation>Il patto di servizio non può essere firmato prima dell&apos;invio.</translation>
    </message>
    <message>
        <source>The outcome needs its date, after the referral.</source>
        <translation>L&apos;esito ha bisogno della sua data, dopo l&apos;invio.</translation>
    </message>
    <message>
        <source>Give the date the service pact was signed.</source>
        <translation>Indicare la data di firma del patto di servizio.</translation>
    </message>
    <message>
        <source>Choose the intervention from the catalogue.</source>
        <translation>Scegliere l&apos;intervento dal catalogo.</translation>
    </message>
    <message>
        <source>The intervention needs its start date.</source>
        <translation>L&apos;intervento ha bisogno della data di inizio.</translation>
    </message>
    <message>
        <source>The intervention ends before it starts.</source>
        <translation>L&apos;intervento finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>%1 needs its amount.</source>
        <translation>%1 richiede l&apos;importo.</translation>
    </message>
    <message>
        <source>%1 has no amount.</source>
        <translation>%1 non prevede un importo.</translation>
    </message>
    <message>
        <source>An ended intervention needs its end date.</source>
        <translation>Un intervento concluso ha bisogno della data di fine.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>Cartella inesistente.</translation>
    </message>
    <message>
        <source>Only social workers work on a case.</source>
        <translation>Solo gli assistenti sociali lavorano su una cartella.</translation>
    </message>
    <message>
        <source>The case is closed and can no longer change: a new request opens a new case.</source>
        <translation>La cartella è chiusa e non può più cambiare: una nuova richiesta apre una nuova cartella.</translation>
    </message>
    <message>
        <source>The assessment could not be saved.</source>
        <translation>Impossibile salvare la valutazione.</translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <translation>Impossibile salvare il progetto.</translation>
    </message>
    <message>
        <source>The referral could not be saved.</source>
        <translation>Impossibile salvare l&apos;invio.</translation>
    </message>
    <message>
        <source>The intervention could not be saved.</source>
        <translation>Impossibile salvare l&apos;intervento.</translation>
    </message>
    <message>
        <source>A document reference needs its file name, kind and date.</source>
        <translation>Il riferimento a un documento ha bisogno di nome del file, tipo e data.</translation>
    </message>
    <message>
        <source>The document reference could not be saved.</source>
        <translation>Impossibile salvare il riferimento al documento.</translation>
    </message>
    <message>
        <source>Choose the person from the registry.</source>
        <translation>Scegliere la persona dall&apos;anagrafe.</translation>
    </message>
    <message>
        <source>The person is already linked to the case.</source>
        <translation>La persona è già collegata alla cartella.</translation>
    </message>
    <message>
        <source>The person could not be linked.</source>
        <translation>Impossibile collegare la persona.</translation>
    </message>
    <message>
        <source>Case opened from request %1</source>
        <translation>Cartella aperta dalla richiesta %1</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assegnata a %1</translation>
    </message>
    <message>
        <source>Reassigned to %1: %2</source>
        <translation>Riassegnata a %1: %2</translation>
    </message>
    <message>
        <source>Marked complex: a team assessment is needed</source>
        <translation>Segnalata come complessa: serve la valutazione d&apos;équipe</translation>
    </message>
    <message>
        <source>No longer marked complex</source>
        <translation>Non più segnalata come complessa</translation>
    </message>
    <message>
        <source>Team assessment recorded</source>
        <translation>Valutazione d&apos;équipe registrata</translation>
    </message>
    <message>
        <source>Preliminary assessment recorded</source>
        <translation>Valutazione preliminare registrata</translation>
    </message>
    <message>
        <source>Personalised plan agreed (%1)</source>
        <translation>Progetto personalizzato concordato (%1)</translation>
    </message>
    <message>
        <source>Personalised plan revised</source>
        <translation>Progetto personalizzato rivisto</translation>
    </message>
    <message>
        <source>Employment centre %1: %2</source>
        <translation>Invio – %1: %2</translation>
    </message>
    <message>
        <source>Intervention %1: %2</source>
        <translation>Intervento – %1: %2</translation>
    </message>
    <message>
        <source>Confidential note written</source>
        <translation>Nota riservata inserita</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Nota inserita</translation>
    </message>
    <message>
        <source>Appointment booked for %1</source>
        <translation>Appuntamento prenotato per il %1</translation>
    </message>
    <message>
        <source>Household member linked (%1)</source>
        <translation>Componente del nucleo familiare collegato (%1)</translation>
    </message>
    <message>
        <source>Document recorded: %1</source>
        <translation>Documento registrato: %1</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusioni</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Centro per l&apos;Impiego</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ente erogatore</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseFileView</name>
    <message>
        <source>Co&amp;mplex: a team assessment is needed</source>
        <translation>Complessa: serve &amp;la valutazione d&apos;équipe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case open&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nessuna cartella aperta&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Open a case from the caseload, the requests or a citizen&apos;s record.</source>
        <translation>Aprire una cartella dall&apos;elenco delle proprie cartelle, dalle richieste o dalla scheda di un cittadino.</translation>
    </message>
    <message>
        <source>State: %1 · Social worker: %2 · Need area: %3 · Opened on %4</source>
        <translation>Stato: %1 · Assistente sociale: %2 · Area di bisogno: %3 · Aperta il %4</translation>
    </message>
    <message>
        <source> · Resumes as: %1</source>
        <translation> · Alla ripresa: %1</translation>
    </message>
    <message>
        <source> · Closed on %1: %2</source>
        <translation> · Chiusa il %1: %2</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Cartella sociale</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>Fissa &amp;un appuntamento…</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Change sta&amp;te…</source>
        <translation>Cam&amp;bia stato…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>R&amp;iassegna…</translation>
    </message>
    <message>
        <source>Ctrl+Tab: next section; Ctrl+Shift+Tab: previous section</source>
        <translation>Ctrl+Tab: sezione successiva; Ctrl+Maiusc+Tab: sezione precedente</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventi</translation>
    </message>
    <message>
        <source>Documents and members</source>
        <translation>Documenti e componenti</translation>
    </message>
    <message>
        <source>The state is changed by the case&apos;s worker, %1.</source>
        <translation>Lo stato lo cambia l&apos;assistente sociale della cartella, %1.</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseNotesView</name>
    <message>
        <source>A new note (notes cannot be changed afterwards)</source>
        <translation>Una nuova nota (le note non si possono modificare in seguito)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>riservata</translation>
    </message>
    <message>
        <source>corrects the note of %1</source>
        <translation>corregge la nota del %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No notes yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ancora nessuna nota.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Aggiungi &amp;nota</translation>
    </message>
    <message>
        <source>Add as &amp;confidential</source>
        <translation>Aggiungi come riserva&amp;ta</translation>
    </message>
    <message>
        <source>An ordinary note: everyone working on the case reads it</source>
        <translation>Nota ordinaria: la leggono tutti quelli che lavorano sulla cartella</translation>
    </message>
    <message>
        <source>Correct&amp;s</source>
        <translation>Corre&amp;gge</translation>
    </message>
    <message>
        <source>A confidential note: only the assigned social worker reads it</source>
        <translation>Nota riservata: la legge solo l&apos;assistente sociale assegnatario</translation>
    </message>
    <message>
        <source>Only the social worker assigned to the case writes confidential notes</source>
        <translation>Solo l&apos;assistente sociale assegnatario scrive note riservate</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseReports</name>
    <message>
        <source>The pseudonymisation key must be at least 16 bytes, kept apart from the database.</source>
        <translation>La chiave di pseudonimizzazione deve avere almeno 16 byte ed essere conservata separatamente dal database.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Il periodo deve finire dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Your role does not produce statistical extracts.</source>
        <translation>Il suo ruolo non produce estratti statistici.</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseReportsView</name>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export my &amp;caseload (CSV)…</source>
        <translation>Esporta &amp;le mie cartelle (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Statistical extract…</source>
        <translation>Es&amp;tratto statistico…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>Average time from request to plan: no plan in the period</source>
        <translation>Tempo medio dalla richiesta al progetto: nessun progetto nel periodo</translation>
    </message>
    <message numerus="yes">
        <source>Average time from request to plan: %1 days (%n case files)</source>
        <translation>
            <numerusform>Tempo medio dalla richiesta al progetto: %1 giorni (%n cartella)</numerusform>
            <numerusform>Tempo medio dalla richiesta al progetto: %1 giorni (%n cartelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Cartelle per stato</translation>
    </message>
    <message>
        <source>Cases by need area</source>
        <translation>Cartelle per area di bisogno</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuove</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <source>New and closed cases by month</source>
        <translation>Cartelle nuove e chiuse per mese</translation>
    </message>
    <message>
        <source>Export my caseload</source>
        <translation>Esporta le mie cartelle</translation>
    </message>
    <message>
        <source>Statistical extract</source>
        <translation>Estratto statistico</translation>
    </message>
    <message>
        <source>The extract counts the cases opened from %1 to %2 and the persons they concern, by need area, status, sex and age band, without names or fiscal codes; counts under 5 are written as &quot;&lt;5&quot;.

Persons are told apart by a code computed with a secret key. Keep the key file apart from the database, for instance on a USB stick, and use the same key for every extract.</source>
        <translation>L&apos;estratto conta le cartelle aperte nel periodo %1 – %2 e le persone a cui si riferiscono, per area di bisogno, stato, sesso e fascia d&apos;età, senza nomi né codici fiscali; i conteggi inferiori a 5 sono indicati come &quot;&lt;5&quot;.

Le persone sono distinte da un codice pseudonimizzato calcolato con una chiave segreta. Conservare il file della chiave separatamente dal database, per esempio su una chiavetta USB, e usare la stessa chiave per ogni estratto.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;File della chiave:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>S&amp;alva come:</translation>
    </message>
    <message>
        <source>Pseudonymisation key</source>
        <translation>Chiave di pseudonimizzazione</translation>
    </message>
    <message>
        <source>Save the statistical extract</source>
        <translation>Salva l&apos;estratto statistico</translation>
    </message>
    <message>
        <source>The key file cannot be read: %1</source>
        <translation>Impossibile leggere il file della chiave: %1</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Create &amp;extract</source>
        <translation>&amp;Crea estratto</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseRepository</name>
    <message>
        <source>Your role does not record social requests.</source>
        <translation>Il suo ruolo non registra richieste sociali.</translation>
    </message>
    <message>
        <source>Write in short what the citizen asks for.</source>
        <translation>Scrivere in breve che cosa chiede il cittadino.</translation>
    </message>
    <message>
        <source>The date of the request cannot be in the future.</source>
        <translation>La data della richiesta non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Choose the citizen from the registry.</source>
        <translation>Scegliere il cittadino dall&apos;anagrafe.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>Impossibile salvare la richiesta: %1</translation>
    </message>
    <message>
        <source>Only social workers work on a case.</source>
        <translation>Solo gli assistenti sociali lavorano su una cartella.</translation>
    </message>
    <message>
        <source>The case is closed and can no longer change: a new request opens a new case.</source>
        <translation>La cartella è chiusa e non può più cambiare: una nuova richiesta apre una nuova cartella.</translation>
    </message>
    <message>
        <source>Only social workers take charge of a request.</source>
        <translation>Solo gli assistenti sociali prendono in carico una richiesta.</translation>
    </message>
    <message>
        <source>No such request.</source>
        <translation>Richiesta inesistente.</translation>
    </message>
    <message>
        <source>The request has already been taken in charge.</source>
        <translation>La richiesta è già stata presa in carico.</translation>
    </message>
    <message>
        <source>Choose the social worker in charge.</source>
        <translation>Scegliere l&apos;assistente sociale responsabile.</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>Impossibile aprire la cartella: %1</translation>
    </message>
    <message>
        <source>Choose the social worker and say why.</source>
        <translation>Scegliere l&apos;assistente sociale e indicarne il motivo.</translation>
    </message>
    <message>
        <source>The case is already assigned to %1.</source>
        <translation>La cartella è già assegnata a %1.</translation>
    </message>
    <message>
        <source>The case could not be assigned.</source>
        <translation>Impossibile assegnare la cartella.</translation>
    </message>
    <message>
        <source>The case could not be changed.</source>
        <translation>Impossibile modificare la cartella.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>Cartella inesistente.</translation>
    </message>
    <message>
        <source>The state of the case could not be changed.</source>
        <translation>Impossibile cambiare lo stato della cartella.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
    <message>
        <source>Only the social worker the case is assigned to writes confidential notes.</source>
        <translation>Solo l&apos;assistente sociale a cui è assegnata la cartella scrive note riservate.</translation>
    </message>
    <message>
        <source>The note to correct is not in this case.</source>
        <translation>La nota da correggere non è in questa cartella.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Impossibile salvare la nota.</translation>
    </message>
    <message>
        <source>Only the social worker the case is assigned to hands it over, or the administrator reassigns it.</source>
        <translation>Solo l&apos;assistente sociale a cui è assegnata la cartella la passa a un collega, oppure l&apos;amministratore la riassegna.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Only %1, the case&apos;s worker, changes its state: ask for it to be handed over.</source>
        <translation>Solo %1, assistente sociale della cartella, ne cambia lo stato: chiedere prima il passaggio della cartella.</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseStepDialog</name>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Change the state of case %1</source>
        <translation>Cambia lo stato della cartella %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Attuale</translation>
    </message>
    <message>
        <source>&amp;New state</source>
        <translation>&amp;Nuovo stato</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>Why (for a closure: the closing reason)</source>
        <translation>Motivo (in caso di chiusura: il motivo della chiusura)</translation>
    </message>
    <message>
        <source>Reassign case %1</source>
        <translation>Riassegna la cartella %1</translation>
    </message>
    <message>
        <source>&amp;Social worker</source>
        <translation>&amp;Assistente sociale</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseWorkflow</name>
    <message>
        <source>The case is closed and can no longer change: a new request opens a new case.</source>
        <translation>La cartella è chiusa e non può più cambiare: una nuova richiesta apre una nuova cartella.</translation>
    </message>
    <message>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Una cartella non può passare da &quot;%1&quot; a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Say why the case is closed.</source>
        <translation>Indicare perché la cartella viene chiusa.</translation>
    </message>
    <message>
        <source>Say why the case changes state.</source>
        <translation>Indicare perché la cartella cambia stato.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Manca la data.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La data non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The date comes before the case&apos;s last event (%1).</source>
        <translation>La data precede l&apos;ultimo evento della cartella (%1).</translation>
    </message>
    <message>
        <source>Assign the case to a social worker before the assessment.</source>
        <translation>Assegnare la cartella a un assistente sociale prima della valutazione.</translation>
    </message>
    <message>
        <source>Record the preliminary assessment first.</source>
        <translation>Registrare prima la valutazione preliminare.</translation>
    </message>
    <message>
        <source>The case is complex: record the team assessment (équipe) first.</source>
        <translation>La situazione è complessa: registrare prima la valutazione dell&apos;équipe multidisciplinare.</translation>
    </message>
    <message>
        <source>Agree the personalised plan first.</source>
        <translation>Concordare prima il progetto personalizzato.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseloadView</name>
    <message>
        <source>All need areas</source>
        <translation>Tutte le aree di bisogno</translation>
    </message>
    <message>
        <source>Name or case number</source>
        <translation>Nome o numero di cartella</translation>
    </message>
    <message>
        <source>Need &amp;area</source>
        <translation>Area di &amp;bisogno</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Tutte: %1</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nessuna scadenza superata.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Le mie cartelle</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>closed cases included</source>
        <translation>incluse le cartelle chiuse</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Le mie cartelle</translation>
    </message>
    <message>
        <source>Sho&amp;w closed cases</source>
        <translation>Mostra &amp;le cartelle chiuse</translation>
    </message>
</context>
<context>
    <name>Sportello::CasesPerMonthChart</name>
    <message>
        <source>New and closed cases per month</source>
        <translation>Cartelle nuove e chiuse per mese</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
</context>
<context>
    <name>Sportello::Casework</name>
    <message>
        <source>At the desk</source>
        <translation>Allo sportello</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefono</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <source>Referred by another service</source>
        <translation>Inviato da un altro servizio</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Reddito</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Family and children</source>
        <translation>Famiglia e minori</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Anziani</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Active plan</source>
        <translation>Progetto attivo</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoraggio</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
</context>
<context>
    <name>Sportello::Casework::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Need area</source>
        <translation>Area di bisogno</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistente sociale</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
</context>
<context>
    <name>Sportello::Casework::RequestListModel</name>
    <message>
        <source>To be taken in charge</source>
        <translation>Da prendere in carico</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta il</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Need area</source>
        <translation>Area di bisogno</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
</context>
<context>
    <name>Sportello::CaseworkPanel</name>
    <message>
        <source>A&amp;genda</source>
        <translation>Agen&amp;da</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>R&amp;eport</translation>
    </message>
    <message>
        <source>My case&amp;load</source>
        <translation>Le mie &amp;cartelle</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Ric&amp;hieste</translation>
    </message>
    <message>
        <source>Case f&amp;ile</source>
        <translation>Cartella &amp;sociale</translation>
    </message>
</context>
<context>
    <name>Sportello::Catalogue</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Riga %1: un campo tra virgolette non è chiuso.</translation>
    </message>
    <message>
        <source>The first line must be: code,label,area,has_amount</source>
        <translation>La prima riga deve essere: code,label,area,has_amount</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>expected 4 fields, found %1.</source>
        <translation>attesi 4 campi, trovati %1.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is not 2 to 20 capital letters, digits or _.</source>
        <translation>il codice &quot;%1&quot; non è fatto di 2-20 lettere maiuscole, cifre o _.</translation>
    </message>
    <message>
        <source>the code %1 is repeated.</source>
        <translation>il codice %1 è ripetuto.</translation>
    </message>
    <message>
        <source>the intervention has no label.</source>
        <translation>l&apos;intervento non ha una descrizione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a need area.</source>
        <translation>&quot;%1&quot; non è un&apos;area di bisogno.</translation>
    </message>
    <message>
        <source>has_amount is 0 or 1, not &quot;%1&quot;.</source>
        <translation>has_amount vale 0 o 1, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The catalogue has no interventions.</source>
        <translation>Il catalogo non contiene interventi.</translation>
    </message>
    <message>
        <source>The catalogue could not be saved.</source>
        <translation>Non è stato possibile salvare il catalogo.</translation>
    </message>
</context>
<context>
    <name>Sportello::Central</name>
    <message>
        <source>The PostgreSQL driver (libqt6sql6-psql) is missing.</source>
        <translation>Manca il driver PostgreSQL (libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The regional database refused the sign-in: %1</source>
        <translation>Il database regionale ha rifiutato l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>The regional database cannot be reached: %1</source>
        <translation>Impossibile raggiungere il database regionale: %1</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La stringa di connessione non è valida: %1</translation>
    </message>
    <message>
        <source>The regional database is reached over the network with sslmode=%1: Sportello sends a password only over TLS (sslmode require, verify-ca or verify-full; verify-full when none is given).</source>
        <translation>Il database regionale è raggiunto in rete con sslmode=%1: Sportello invia una password solo su TLS (sslmode require, verify-ca o verify-full; verify-full se non è indicato).</translation>
    </message>
    <message>
        <source>The regional database is reached over the network with channel_binding=%1: Sportello requires channel_binding=require.</source>
        <translation>Il database regionale è raggiunto in rete con channel_binding=%1: Sportello richiede channel_binding=require.</translation>
    </message>
</context>
<context>
    <name>Sportello::CentralSchema</name>
    <message>
        <source>The regional database has schema %1, newer than this program (%2).</source>
        <translation>Il database regionale ha lo schema %1, più recente di quello gestito da questo programma (%2).</translation>
    </message>
    <message>
        <source>Central schema %1 was not applied: %2</source>
        <translation>Impossibile applicare lo schema centrale %1: %2</translation>
    </message>
    <message>
        <source>The municipality is its six-digit ISTAT code.</source>
        <translation>Il comune si indica con il suo codice ISTAT a sei cifre.</translation>
    </message>
    <message>
        <source>%1 is not a member of Sportello&apos;s staff.</source>
        <translation>%1 non fa parte del personale di Sportello.</translation>
    </message>
</context>
<context>
    <name>Sportello::CentralSettingsDialog</name>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Verifica la connessione</translation>
    </message>
    <message>
        <source>Regional database</source>
        <translation>Database regionale</translation>
    </message>
    <message>
        <source>e.g. db.regione.calabria.it (empty: this desk works alone)</source>
        <translation>es. db.regione.calabria.it (vuoto: questo sportello lavora in autonomia)</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full: cifrata, con controllo del certificato e del nome host</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: cifrata, con controllo del certificato</translation>
    </message>
    <message>
        <source>require: encrypted, not verified</source>
        <translation>require: cifrata, senza verifiche</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sfogl&amp;ia…</translation>
    </message>
    <message>
        <source>only to test; not kept</source>
        <translation>solo per la verifica; non viene conservata</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Security (sslmode)</source>
        <translation>&amp;Sicurezza (sslmode)</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>&amp;Certificato CA</translation>
    </message>
    <message>
        <source>Test as &amp;user</source>
        <translation>Verifica con l&apos;&amp;utenza</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificato CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificati (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>✓ The regional database answered.</source>
        <translation>✓ Il database regionale ha risposto.</translation>
    </message>
</context>
<context>
    <name>Sportello::CentralSignIn</name>
    <message>
        <source>This login has no active Sportello account in the regional database.</source>
        <translation>Questa utenza non ha un account Sportello attivo nel database regionale.</translation>
    </message>
    <message>
        <source>The regional database cannot be reached: working offline.</source>
        <translation>Impossibile raggiungere il database regionale: si lavora non in linea.</translation>
    </message>
    <message>
        <source>The regional database cannot be reached, and this desk does not know this username and password.</source>
        <translation>Il database regionale non è raggiungibile e questo sportello non riconosce il nome utente e la password indicati.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message numerus="yes">
        <source>The regional database cannot be reached, and this desk has not reached it with this login for more than %n day(s): sign in when the region can be reached again.</source>
        <translation>
            <numerusform>Il database regionale non è raggiungibile e questo sportello non lo raggiunge con questa utenza da più di %n giorno: accedere quando la Regione sarà di nuovo raggiungibile.</numerusform>
            <numerusform>Il database regionale non è raggiungibile e questo sportello non lo raggiunge con questa utenza da più di %n giorni: accedere quando la Regione sarà di nuovo raggiungibile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::ChartsView</name>
    <message>
        <source>A&amp;ge group:</source>
        <translation>Fas&amp;cia d&apos;età:</translation>
    </message>
    <message>
        <source>First choices</source>
        <translation>Prime scelte</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Demand and seats - %1</source>
        <translation>Domanda e posti - %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Applications by score - %1</source>
        <translation>Domande per punteggio - %1</translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenCommands</name>
    <message>
        <source>changes to %1</source>
        <translation>modifiche a %1</translation>
    </message>
    <message>
        <source>new citizen %1</source>
        <translation>nuovo cittadino %1</translation>
    </message>
    <message>
        <source>deletion of %1</source>
        <translation>eliminazione di %1</translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenForm</name>
    <message>
        <source>16 characters</source>
        <translation>16 caratteri</translation>
    </message>
    <message>
        <source>Compute the fiscal code from names, sex, date and place of birth</source>
        <translation>Calcola il codice fiscale da cognome, nome, sesso, data e luogo di nascita</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>Co&amp;gnome</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>Nom&amp;e</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <source>&amp;Place of birth</source>
        <translation>L&amp;uogo di nascita</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>%1 of 16 characters</source>
        <translation>%1 di 16 caratteri</translation>
    </message>
    <message>
        <source>To compute the code, fill in surname, given names, sex, date and place of birth.</source>
        <translation>Per calcolare il codice, compilare cognome, nome, sesso, data e luogo di nascita.</translation>
    </message>
    <message>
        <source>C&amp;ompute</source>
        <translation>Calcola</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>Valid: female, born on %1, place of birth %2</source>
        <translation>Valido: femmina, nata il %1, luogo di nascita %2</translation>
    </message>
    <message>
        <source>Valid: male, born on %1, place of birth %2</source>
        <translation>Valido: maschio, nato il %1, luogo di nascita %2</translation>
    </message>
    <message>
        <source>F&amp;iscal code</source>
        <translation>C&amp;odice fiscale</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>&amp;Sesso</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Data di nascita: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenListModel</name>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenRepository</name>
    <message>
        <source>The citizen could not be saved: %1</source>
        <translation>Impossibile salvare la scheda del cittadino: %1</translation>
    </message>
    <message>
        <source>The citizen no longer exists.</source>
        <translation>La scheda del cittadino non esiste più.</translation>
    </message>
    <message>
        <source>The citizen could not be deleted.</source>
        <translation>Impossibile eliminare la scheda del cittadino.</translation>
    </message>
    <message>
        <source>The citizen could not be restored.</source>
        <translation>Impossibile ripristinare la scheda del cittadino.</translation>
    </message>
    <message>
        <source>The ISEE value is not a plausible amount.</source>
        <translation>Il valore ISEE non è un importo plausibile.</translation>
    </message>
    <message>
        <source>The ISEE needs its expiry date.</source>
        <translation>Per l&apos;ISEE occorre indicare la data di scadenza.</translation>
    </message>
    <message>
        <source>The ISEE could not be saved.</source>
        <translation>Impossibile salvare l&apos;ISEE.</translation>
    </message>
    <message>
        <source>The fiscal code %1 is already registered for %2 %3, born on %4. A fiscal code identifies one person: open that record instead.</source>
        <translation>Il codice fiscale %1 è già registrato per %2 %3, nato/a il %4. Un codice fiscale identifica una sola persona: aprire quella scheda.</translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenRules</name>
    <message>
        <source>The surname is required.</source>
        <translation>Il cognome è obbligatorio.</translation>
    </message>
    <message>
        <source>The given names are required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Only letters, spaces, apostrophes, hyphens and dots.</source>
        <translation>Solo lettere, spazi, apostrofi, trattini e punti.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Scegliere il sesso.</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>La data di nascita è obbligatoria.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>The date of birth is too far in the past.</source>
        <translation>La data di nascita è troppo lontana nel passato.</translation>
    </message>
    <message>
        <source>The place of birth is required.</source>
        <translation>Il luogo di nascita è obbligatorio.</translation>
    </message>
    <message>
        <source>Unknown place of birth code.</source>
        <translation>Codice del luogo di nascita sconosciuto.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;indirizzo e-mail non è valido.</translation>
    </message>
    <message>
        <source>The letters of the fiscal code do not match the surname and given names.</source>
        <translation>Le lettere del codice fiscale non corrispondono a cognome e nome.</translation>
    </message>
    <message>
        <source>The fiscal code is of a person of the other sex.</source>
        <translation>Il codice fiscale corrisponde a una persona dell&apos;altro sesso.</translation>
    </message>
    <message>
        <source>The fiscal code gives the date of birth %1.</source>
        <translation>Secondo il codice fiscale la data di nascita è %1.</translation>
    </message>
    <message>
        <source>The fiscal code gives the place of birth %1.</source>
        <translation>Secondo il codice fiscale il luogo di nascita è %1.</translation>
    </message>
    <message>
        <source>The place of birth code was not in force on the date of birth.</source>
        <translation>Il codice del luogo di nascita non era in vigore alla data di nascita.</translation>
    </message>
    <message>
        <source>5-20 characters: digits, spaces or + - . /</source>
        <translation>Da 5 a 20 caratteri: cifre, spazi o + - . /</translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenTable</name>
    <message>
        <source>Citizens</source>
        <translation>Cittadini</translation>
    </message>
</context>
<context>
    <name>Sportello::CitizensPanel</name>
    <message>
        <source>Search citizens</source>
        <translation>Cerca cittadini</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Nuovo cittadino</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The record has changes that are not saved. Save them?</source>
        <translation>La scheda contiene modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Controllare prima di salvare</translation>
    </message>
    <message>
        <source>Please check:
%1

Save anyway?</source>
        <translation>Controllare:
%1

Salvare comunque?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Delete citizen</source>
        <translation>Elimina cittadino</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the registry? You can undo it with Ctrl+Z.</source>
        <translation>Eliminare %1 %2 dall&apos;archivio? È possibile annullare l&apos;operazione con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non eliminato</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Surname, name or fiscal code (Ctrl+F)</source>
        <translation>Cognome, nome o codice fiscale (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s)</source>
        <translation>
            <numerusform>%Ln cittadino</numerusform>
            <numerusform>%Ln cittadini</numerusform>
        </translation>
    </message>
    <message>
        <source>Search for a citizen, or press Ctrl+N to register one.</source>
        <translation>Cercare un cittadino, oppure premere Ctrl+N per registrarne uno nuovo.</translation>
    </message>
    <message>
        <source>Already registered: %1 %2, %3, date of birth %4</source>
        <translation>Già registrato: %1 %2, %3, data di nascita %4</translation>
    </message>
    <message>
        <source>The whole registry</source>
        <translation>Tutta l&apos;anagrafe</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Ricerca: %1</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Cittadini</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Già registrato</translation>
    </message>
    <message>
        <source>%1

Open the record of %2 %3?</source>
        <translation>%1

Aprire la scheda di %2 %3?</translation>
    </message>
    <message>
        <source>The record of %1 %2 is saved.</source>
        <translation>La scheda di %1 %2 è salvata.</translation>
    </message>
    <message>
        <source>%1 %2 is registered.</source>
        <translation>%1 %2 è registrato/a.</translation>
    </message>
</context>
<context>
    <name>Sportello::Cli</name>
    <message>
        <source>invalid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valido</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femmina</translation>
    </message>
    <message>
        <source>male</source>
        <translation>maschio</translation>
    </message>
    <message>
        <source>Validates and decodes fiscal codes (codice fiscale). Exit code 0 if all are valid, 1 if any is invalid.</source>
        <translation>Convalida e decodifica i codici fiscali. Codice di uscita 0 se sono tutti validi, 1 se almeno uno non è valido.</translation>
    </message>
    <message>
        <source>The fiscal codes to check.</source>
        <translation>I codici fiscali da controllare.</translation>
    </message>
    <message>
        <source>Give at least one fiscal code to check.</source>
        <translation>Indicare almeno un codice fiscale da controllare.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Al massimo N risultati (predefinito 20).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Cosa cercare.</translation>
    </message>
    <message>
        <source>Give something to search for.</source>
        <translation>Indicare cosa cercare.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 richiede un valore.</translation>
    </message>
    <message>
        <source>--lang must be it or en.</source>
        <translation>--lang deve essere it o en.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opzione sconosciuta: %1.</translation>
    </message>
    <message>
        <source>Unknown command: %1. See sportello --help.</source>
        <translation>Comando sconosciuto: %1. Vedere sportello --help.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 deve essere un numero intero da %2 a %3.</translation>
    </message>
    <message>
        <source>Creates a demo database (clearly marked as demo) with valid fiscal codes, households and ISEE declarations. The same seed gives the same data.</source>
        <translation>Crea un database dimostrativo (chiaramente contrassegnato come tale) con codici fiscali validi, nuclei familiari e dichiarazioni ISEE. Lo stesso seme produce gli stessi dati.</translation>
    </message>
    <message>
        <source>How many citizens (default 1000).</source>
        <translation>Numero di cittadini (predefinito 1000).</translation>
    </message>
    <message>
        <source>Seed of the random data (default 1).</source>
        <translation>Seme dei dati casuali (predefinito 1).</translation>
    </message>
    <message>
        <source>Replace an existing database.</source>
        <translation>Sostituisce un database esistente.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento inatteso: %1</translation>
    </message>
    <message>
        <source>Demo database with %1 citizens written to %2 in %3 s.</source>
        <translation>Database dimostrativo con %1 cittadini scritto in %2 in %3 s.</translation>
    </message>
    <message>
        <source>Searches the citizen registry by fiscal code, surname prefix or &quot;surname given name&quot;, best match first.</source>
        <translation>Cerca nell&apos;archivio dei cittadini per codice fiscale, inizio del cognome o &quot;cognome nome&quot;, dal risultato più pertinente.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password per %1: </translation>
    </message>
    <message>
        <source>Creates or upgrades the regional database: schema, roles, grants and row-level security. Safe to run again.</source>
        <translation>Crea o aggiorna il database regionale: schema, ruoli, permessi e sicurezza a livello di riga. Può essere rieseguito senza rischi.</translation>
    </message>
    <message>
        <source>libpq connection string.</source>
        <translation>Stringa di connessione libpq.</translation>
    </message>
    <message>
        <source>--central CONNINFO is required.</source>
        <translation>--central CONNINFO è obbligatorio.</translation>
    </message>
    <message>
        <source>The regional database is at schema %1.</source>
        <translation>Il database regionale è allo schema %1.</translation>
    </message>
    <message>
        <source>Creates a staff member&apos;s login role with a SCRAM password, grants the role&apos;s group and maps the login to its municipality.</source>
        <translation>Crea l&apos;utenza di un operatore con una password SCRAM, le assegna il gruppo del suo ruolo e la associa al suo comune.</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>Nome dell&apos;utenza.</translation>
    </message>
    <message>
        <source>ISTAT code, e.g. 102047.</source>
        <translation>Codice ISTAT, es. 102047.</translation>
    </message>
    <message>
        <source>Environment variable holding the password.</source>
        <translation>Variabile d&apos;ambiente che contiene la password.</translation>
    </message>
    <message>
        <source>Full name (default: the login name).</source>
        <translation>Nome completo (predefinito: il nome dell&apos;utenza).</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 è obbligatorio.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no password.</source>
        <translation>La variabile d&apos;ambiente %1 non contiene alcuna password.</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2 for municipality %3.</source>
        <translation>%1 ora può accedere come %2 per il comune %3.</translation>
    </message>
    <message>
        <source>Runs one full sync cycle with the regional database: sends the local changes, then receives the region&apos;s. Exit code 1 when the regional database cannot be reached (nothing is lost: retry later).</source>
        <translation>Esegue un ciclo completo di sincronizzazione con il database regionale: invia le modifiche locali, poi riceve quelle della Regione. Codice di uscita 1 se il database regionale non è raggiungibile (non si perde nulla: riprovare più tardi).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Stampa il risultato in formato JSON.</translation>
    </message>
    <message>
        <source>Sent %1, received %2, conflicts %3, still to send %4.</source>
        <translation>Inviate: %1, ricevute: %2, conflitti: %3, ancora da inviare: %4.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Creates a round from its rules (JSON), or replaces the rules of a round that has not yet published its ranking.</source>
        <translation>Crea un turno dalle sue regole (JSON), o sostituisce le regole di un turno che non ha ancora pubblicato la graduatoria.</translation>
    </message>
    <message>
        <source>The rules of the round.</source>
        <translation>Le regole del turno.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Round %1 (%2): %3 age groups, %4 criteria, %5 nurseries, %6 seats.</source>
        <translation>Turno %1 (%2): %3 fasce d&apos;età, %4 criteri, %5 nidi, %6 posti.</translation>
    </message>
    <message>
        <source>Adds the applications of a CSV file to a round. The whole file is checked first: one bad line and nothing is imported.</source>
        <translation>Aggiunge a un turno le domande di un file CSV. Prima si controlla tutto il file: basta una riga errata e non si importa nulla.</translation>
    </message>
    <message>
        <source>The applications.</source>
        <translation>Le domande.</translation>
    </message>
    <message>
        <source>%1 applications imported into round %2 (%3 late, %4 outside every age group).</source>
        <translation>%1 domande importate nel turno %2 (%3 fuori termine, %4 fuori da ogni fascia d&apos;età).</translation>
    </message>
    <message>
        <source>Prints the ranking of a round: one row per preference, positions counted within each age group.</source>
        <translation>Stampa la graduatoria di un turno: una riga per preferenza, posizioni contate in ciascuna fascia d&apos;età.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>fuori termine</translation>
    </message>
    <message>
        <source>Not ranked: %1: %2</source>
        <translation>Non in graduatoria: %1: %2</translation>
    </message>
    <message>
        <source>Allocates the seats in ranking order and records the offers: accepted places and first-choice offers stand, other unanswered offers are recomputed (scorrimento).</source>
        <translation>Assegna i posti in ordine di graduatoria e registra le offerte: i posti accettati e le offerte di prima scelta restano, le altre offerte senza risposta si ricalcolano (scorrimento).</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offerto</translation>
    </message>
    <message>
        <source>%1 admitted, %2 waiting.</source>
        <translation>%1 ammessi, %2 in lista d&apos;attesa.</translation>
    </message>
    <message>
        <source>Records the family&apos;s answer to the seat offered to an application.</source>
        <translation>Registra la risposta della famiglia al posto offerto a una domanda.</translation>
    </message>
    <message>
        <source>The application&apos;s protocol.</source>
        <translation>Il protocollo della domanda.</translation>
    </message>
    <message>
        <source>The family accepts the seat.</source>
        <translation>La famiglia accetta il posto.</translation>
    </message>
    <message>
        <source>The family refuses the seat.</source>
        <translation>La famiglia rinuncia al posto.</translation>
    </message>
    <message>
        <source>Give either --accept or --refuse.</source>
        <translation>Indicare --accept oppure --refuse.</translation>
    </message>
    <message>
        <source>Say which application with --protocol.</source>
        <translation>Indicare la domanda con --protocol.</translation>
    </message>
    <message>
        <source>%1: seat accepted.</source>
        <translation>%1: posto accettato.</translation>
    </message>
    <message>
        <source>%1: seat refused; the application leaves the ranking.</source>
        <translation>%1: rinuncia al posto; la domanda esce dalla graduatoria.</translation>
    </message>
    <message>
        <source>%1: seat refused; the application stays in the ranking (%2 of %3 refusals allowed).</source>
        <translation>%1: rinuncia al posto; la domanda resta in graduatoria (%2 rinunce su %3 consentite).</translation>
    </message>
    <message>
        <source>Publishes the anonymous ranking of one nursery and age group: position, protocol and score (the final list adds the preferences). The ranking is recorded as an immutable snapshot.</source>
        <translation>Pubblica la graduatoria anonima di un nido e di una fascia d&apos;età: posizione, protocollo e punteggio (la definitiva aggiunge le preferenze). La graduatoria è registrata come istantanea immutabile.</translation>
    </message>
    <message>
        <source>The nursery&apos;s code.</source>
        <translation>Il codice del nido.</translation>
    </message>
    <message>
        <source>The age group&apos;s code.</source>
        <translation>Il codice della fascia d&apos;età.</translation>
    </message>
    <message>
        <source>Write CSV to F.</source>
        <translation>Scrive il CSV in F.</translation>
    </message>
    <message>
        <source>Write PDF to F.</source>
        <translation>Scrive il PDF in F.</translation>
    </message>
    <message>
        <source>provisional or final (default: final from the final ranking on).</source>
        <translation>provisional o final (predefinito: final dalla graduatoria definitiva in poi).</translation>
    </message>
    <message>
        <source>Give either --csv F or --pdf F.</source>
        <translation>Indicare --csv F oppure --pdf F.</translation>
    </message>
    <message>
        <source>The round %1 has no nursery &quot;%2&quot;.</source>
        <translation>Il turno %1 non ha il nido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The round %1 has no age group &quot;%2&quot;.</source>
        <translation>Il turno %1 non ha la fascia d&apos;età &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--list is provisional or final.</source>
        <translation>--list vale provisional o final.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 rows published.</source>
        <translation>%1, %2, %3: %4 righe pubblicate.</translation>
    </message>
    <message>
        <source>Unknown nursery command: %1. The commands are import-rules, import-applications, rank, allocate, respond and publish.</source>
        <translation>Comando nidi sconosciuto: %1. I comandi sono import-rules, import-applications, rank, allocate, respond e publish.</translation>
    </message>
    <message>
        <source>The round&apos;s code, as in its rules.</source>
        <translation>Il codice del turno, come nelle sue regole.</translation>
    </message>
    <message>
        <source>Give one file. See --help.</source>
        <translation>Indicare un file. Vedere --help.</translation>
    </message>
    <message>
        <source>Say which round with --round.</source>
        <translation>Indicare il turno con --round.</translation>
    </message>
    <message>
        <source>There is no round %1: import its rules with sportello nursery import-rules.</source>
        <translation>Il turno %1 non esiste: importarne le regole con sportello nursery import-rules.</translation>
    </message>
    <message>
        <source>Wrong number of arguments. See --help.</source>
        <translation>Numero di argomenti errato. Vedere --help.</translation>
    </message>
    <message>
        <source>Lists the catalogue of interventions in use.</source>
        <translation>Elenca il catalogo degli interventi in uso.</translation>
    </message>
    <message>
        <source>Loads the municipality&apos;s catalogue of interventions (code,label,area,has_amount). Types left out are retired, kept for the interventions that use them.</source>
        <translation>Carica il catalogo degli interventi del Comune (code,label,area,has_amount). I tipi non elencati vengono ritirati, ma restano per gli interventi che li usano.</translation>
    </message>
    <message>
        <source>The catalogue.</source>
        <translation>Il catalogo.</translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) in the catalogue.</source>
        <translation>
            <numerusform>%n intervento nel catalogo.</numerusform>
            <numerusform>%n interventi nel catalogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the pseudonymised statistical extract of the cases open in the period: no names nor fiscal codes, persons told apart by a keyed hash, counts under 5 suppressed. The key file (at least 16 bytes) is kept apart from the database.</source>
        <translation>Scrive l&apos;estratto statistico pseudonimizzato delle cartelle aperte nel periodo: nessun nome né codice fiscale, persone distinte con un hash a chiave, conteggi inferiori a 5 oscurati. Il file della chiave (almeno 16 byte) è conservato separatamente dal database.</translation>
    </message>
    <message>
        <source>The key.</source>
        <translation>La chiave.</translation>
    </message>
    <message>
        <source>First day (dd/mm/yyyy).</source>
        <translation>Primo giorno (gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>Last day (dd/mm/yyyy).</source>
        <translation>Ultimo giorno (gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>Where to write the CSV.</source>
        <translation>Dove scrivere il CSV.</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>Serve --%1.</translation>
    </message>
    <message>
        <source>The dates are written dd/mm/yyyy.</source>
        <translation>Le date si scrivono gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Extract written to %1.</source>
        <translation>Estratto scritto in %1.</translation>
    </message>
    <message>
        <source>Unknown casework command &quot;%1&quot;: catalogue, import-catalogue or extract.</source>
        <translation>Comando casework sconosciuto &quot;%1&quot;: catalogue, import-catalogue o extract.</translation>
    </message>
    <message>
        <source>Imports the official ESCO CSV files (occupations, skills, ISCO groups, skill groups, hierarchy, occupation-skill relations) of one language from DIR. A new version updates the concepts in place.</source>
        <translation>Importa da DIR i file CSV ufficiali ESCO di una lingua (professioni, abilità, gruppi ISCO, gruppi di abilità, gerarchia, relazioni professione-abilità). Una nuova versione aggiorna i concetti esistenti.</translation>
    </message>
    <message>
        <source>The files&apos; language, as in their names (it, en-us, ...).</source>
        <translation>La lingua dei file, come nei loro nomi (it, en-us, ...).</translation>
    </message>
    <message>
        <source>The folder of the ESCO files.</source>
        <translation>La cartella dei file ESCO.</translation>
    </message>
    <message>
        <source>Give the folder of the ESCO files.</source>
        <translation>Indicare la cartella dei file ESCO.</translation>
    </message>
    <message>
        <source>ESCO (%1): %2 occupations, %3 skills and knowledge, %4 ISCO groups, %5 skill groups, %6 links; %7 concepts without a label in this language left out.</source>
        <translation>ESCO (%1): %2 professioni, %3 abilità e conoscenze, %4 gruppi ISCO, %5 gruppi di abilità, %6 collegamenti; %7 concetti senza denominazione in questa lingua tralasciati.</translation>
    </message>
    <message>
        <source>Searches occupations, skills, knowledge, professional figures, competence units and groups, best match first.</source>
        <translation>Cerca professioni, abilità, conoscenze, figure professionali, unità di competenza e gruppi, dal risultato più pertinente.</translation>
    </message>
    <message>
        <source>At most N results (20).</source>
        <translation>Al massimo N risultati (20).</translation>
    </message>
    <message>
        <source>Only occupation, skill, knowledge, qualification, unit, isco_group or skill_group.</source>
        <translation>Solo occupation, skill, knowledge, qualification, unit, isco_group o skill_group.</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Le parole da cercare.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;.</source>
        <translation>Tipo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give something to look for.</source>
        <translation>Indicare che cosa cercare.</translation>
    </message>
    <message>
        <source>Imports a regional repertory of professional figures and competence units (JSON, see the README), or with --sample the sample repertory shipped with Sportello.</source>
        <translation>Importa un repertorio regionale di figure professionali e unità di competenza (JSON, vedere il README), oppure con --sample il repertorio di esempio fornito con Sportello.</translation>
    </message>
    <message>
        <source>The shipped sample repertory.</source>
        <translation>Il repertorio di esempio fornito.</translation>
    </message>
    <message>
        <source>The repertory.</source>
        <translation>Il repertorio.</translation>
    </message>
    <message>
        <source>Give one repertory file, or --sample.</source>
        <translation>Indicare un file di repertorio, oppure --sample.</translation>
    </message>
    <message>
        <source>%1: %2 professional figures, %3 competence units, %4 links%5.</source>
        <translation>%1: %2 figure professionali, %3 unità di competenza, %4 collegamenti%5.</translation>
    </message>
    <message>
        <source> (a SAMPLE repertory)</source>
        <translation> (repertorio di ESEMPIO)</translation>
    </message>
    <message>
        <source>Unknown competences command &quot;%1&quot;: import-esco, import-repertory or search.</source>
        <translation>Comando competences sconosciuto &quot;%1&quot;: import-esco, import-repertory o search.</translation>
    </message>
    <message>
        <source>Writes a citizen&apos;s Libretto formativo with the sections of the national model, as a PDF to take away or as HTML.</source>
        <translation>Scrive il Libretto formativo di un cittadino con le sezioni del modello nazionale, in PDF da consegnare oppure in HTML.</translation>
    </message>
    <message>
        <source>The citizen&apos;s fiscal code.</source>
        <translation>Il codice fiscale del cittadino.</translation>
    </message>
    <message>
        <source>A4 PDF file.</source>
        <translation>File PDF A4.</translation>
    </message>
    <message>
        <source>HTML file.</source>
        <translation>File HTML.</translation>
    </message>
    <message>
        <source>Give --citizen and one of --pdf or --html. See --help.</source>
        <translation>Indicare --citizen e uno tra --pdf e --html. Vedere --help.</translation>
    </message>
    <message>
        <source>No citizen with the fiscal code %1.</source>
        <translation>Nessun cittadino con codice fiscale %1.</translation>
    </message>
    <message>
        <source>Unknown libretto command &quot;%1&quot;: export.</source>
        <translation>Comando libretto sconosciuto &quot;%1&quot;: export.</translation>
    </message>
    <message>
        <source>Loads the catalogue of e-learning courses (code,title,hours,provider,mode,url,competences), or the sample one.</source>
        <translation>Carica il catalogo dei corsi e-learning (code,title,hours,provider,mode,url,competences), oppure quello di esempio.</translation>
    </message>
    <message>
        <source>The shipped sample catalogue.</source>
        <translation>Il catalogo di esempio fornito.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) in the catalogue.</source>
        <translation>
            <numerusform>%n corso nel catalogo.</numerusform>
            <numerusform>%n corsi nel catalogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the catalogue of courses.</source>
        <translation>Elenca il catalogo dei corsi.</translation>
    </message>
    <message>
        <source>Records the completions exported by the e-learning platform (fiscal_code,course_code,completion_date,outcome) into the citizens&apos; libretti, and reports the lines that match no citizen or course.</source>
        <translation>Registra nei libretti dei cittadini i completamenti esportati dalla piattaforma e-learning (fiscal_code,course_code,completion_date,outcome) e segnala le righe che non corrispondono ad alcun cittadino o corso.</translation>
    </message>
    <message>
        <source>%1 completion(s) recorded in the libretti, %2 not passed, %3 already known, %4 line(s) not matched.</source>
        <translation>%1 completamenti registrati nei libretti, %2 non superati, %3 già noti, %4 righe senza corrispondenza.</translation>
    </message>
    <message>
        <source>Unknown courses command &quot;%1&quot;: import-catalogue, list or import-completions.</source>
        <translation>Comando courses sconosciuto &quot;%1&quot;: import-catalogue, list o import-completions.</translation>
    </message>
    <message>
        <source>%1 rows of reference data published.</source>
        <translation>%1 righe di dati di riferimento pubblicate.</translation>
    </message>
    <message>
        <source>%1 can now read the region&apos;s figures.</source>
        <translation>%1 ora può leggere le cifre della Regione.</translation>
    </message>
    <message>
        <source>Prints the region&apos;s figures (cases, nursery demand and waiting lists, libretti and courses, sync health) for the whole region or one municipality, from the central database&apos;s aggregate views. Counts from 1 to 4 are suppressed. For the sportello_region role.</source>
        <translation>Stampa le cifre della Regione (cartelle, domanda dei nidi e liste d&apos;attesa, libretti e corsi, stato della sincronizzazione) per tutta la Regione o per un Comune, dalle viste aggregate del database regionale. I conteggi da 1 a 4 non sono mostrati. Per il ruolo sportello_region.</translation>
    </message>
    <message>
        <source>ISTAT code; the whole region if absent.</source>
        <translation>Codice ISTAT; tutta la Regione se assente.</translation>
    </message>
    <message>
        <source>--municipality is a six-digit ISTAT code.</source>
        <translation>--municipality è un codice ISTAT di sei cifre.</translation>
    </message>
    <message>
        <source>clerk, social_worker, coordinator, admin; or, without a municipality, region (the region&apos;s figures) or region_admin (publishes the reference data).</source>
        <translation>clerk, social_worker, coordinator, admin; oppure, senza comune, region (le cifre della Regione) o region_admin (pubblica i dati di riferimento).</translation>
    </message>
    <message>
        <source>--role must be clerk, social_worker, coordinator, admin, region or region_admin.</source>
        <translation>--role deve essere clerk, social_worker, coordinator, admin, region o region_admin.</translation>
    </message>
    <message>
        <source>%1 can now publish the region&apos;s reference data.</source>
        <translation>%1 ora può pubblicare i dati di riferimento della Regione.</translation>
    </message>
    <message>
        <source>Deactivates a staff member, of a municipality or of the region: from now on the region&apos;s rules give their login nothing, and their desk accounts stop at the next sync.</source>
        <translation>Disattiva un operatore, di un Comune o della Regione: da ora le regole della Regione non concedono nulla alla sua utenza, e i suoi account sugli sportelli si fermano alla sincronizzazione successiva.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 è disattivato.</translation>
    </message>
    <message>
        <source>Publishes this database&apos;s competence frameworks (ESCO, the regional repertories) and e-learning catalogue as the region&apos;s: every desk takes them at its next sync. For the region&apos;s administrators (role region_admin).</source>
        <translation>Pubblica come della Regione i repertori delle competenze (ESCO, i repertori regionali) e il catalogo e-learning di questo database: ogni sportello li riceve alla sincronizzazione successiva. Per gli amministratori della Regione (ruolo region_admin).</translation>
    </message>
    <message>
        <source>Unknown command: central %1. Use central init, central add-user, central deactivate-user, central figures or central publish-reference.</source>
        <translation>Comando sconosciuto: central %1. Usare central init, central add-user, central deactivate-user, central figures o central publish-reference.</translation>
    </message>
    <message>
        <source>%1 is not an active staff member of this desk.</source>
        <translation>%1 non è un operatore attivo di questo sportello.</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this.</source>
        <translation>%1 (%2) non può farlo.</translation>
    </message>
    <message>
        <source>This desk syncs with the regional database: say whose changes these are with --as USERNAME (a staff member of this desk).</source>
        <translation>Questo sportello si sincronizza con il database regionale: indicare di chi sono le modifiche con --as UTENTE (un operatore di questo sportello).</translation>
    </message>
    <message>
        <source>Usage: sportello [--db PATH] [--lang it|en] [--as USERNAME] [COMMAND ...]
Without a command, opens the desk application.

Commands (each takes --help):
  demo [--citizens N] [--seed S] [--force]   create a demo database
  cf check [--json] CODE...                  validate fiscal codes
  citizens search [--json] [--limit N] QUERY
                                             search the citizen registry
  central init --central CONNINFO            create or upgrade the regional database
  central add-user --central CONNINFO --username U --role R --municipality M
                   --password-env VAR        add a staff member&apos;s login
  central deactivate-user --central CONNINFO --username U
                                             deactivate a staff member
  central figures --central CONNINFO [--municipality M] [--json]
                                             the region&apos;s figures
  central publish-reference --central CONNINFO
                                             publish frameworks and courses
  sync --central CONNINFO [--json]           one sync cycle with the region
  nursery import-rules FILE.json             create a nursery round from its rules
  nursery import-applications --round R FILE.csv
                                             add applications to a round
  nursery rank --round R [--json]            the ranking (graduatoria)
  nursery allocate --round R [--json]        allocate seats, record offers
  nursery respond --round R --protocol P (--accept|--refuse)
                                             record a family&apos;s answer
  nursery publish --round R --nursery N --age-group G (--csv F | --pdf F)
                                             publish the anonymous list
  casework catalogue [--json]                the catalogue of interventions
  casework import-catalogue FILE.csv         load the catalogue
  casework extract --key-file KEY --from D --to D --output FILE.csv
                                             the statistical extract
  competences import-esco DIR [--lang L]     import the ESCO classification
  competences import-repertory (FILE.json | --sample)
                                             import a regional repertory
  competences search [--json] [--limit N] [--type T] QUERY
                                             search occupations and skills
  libretto export --citizen CF (--pdf F | --html F)
                                             the citizen&apos;s Libretto formativo
  courses import-catalogue (FILE.csv | --sample)
                                             load the e-learning catalogue
  courses list [--json]                      the e-learning catalogue
  courses import-completions FILE.csv        the platform&apos;s completions

Options:
  --db PATH      the local database (default: %1, or $SPORTELLO_DB)
  --lang it|en   the language of messages
  --as USERNAME  the staff member whose changes a command makes (required
                 on a desk that syncs with the region)
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 the answer is no, 2 bad usage or bad input.</source>
        <translation>Uso: sportello [--db PATH] [--lang it|en] [--as USERNAME] [COMMAND ...]
Senza un comando, apre l&apos;applicazione dello sportello.

Comandi (ognuno accetta --help):
  demo [--citizens N] [--seed S] [--force]   crea un database dimostrativo
  cf check [--json] CODE...                  convalida codici fiscali
  citizens search [--json] [--limit N] QUERY
                                             cerca nell&apos;archivio dei cittadini
  central init --central CONNINFO            crea o aggiorna il database regionale
  central add-user --central CONNINFO --username U --role R --municipality M
                   --password-env VAR        aggiunge l&apos;utenza di un operatore
  central deactivate-user --central CONNINFO --username U
                                             disattiva un operatore
  central figures --central CONNINFO [--municipality M] [--json]
                                             le cifre della Regione
  central publish-reference --central CONNINFO
                                             pubblica repertori e catalogo dei corsi
  sync --central CONNINFO [--json]           un ciclo di sincronizzazione con la Regione
  nursery import-rules FILE.json             crea un turno di iscrizione ai nidi dalle sue regole
  nursery import-applications --round R FILE.csv
                                             aggiunge domande a un turno
  nursery rank --round R [--json]            la graduatoria
  nursery allocate --round R [--json]        assegna i posti, registra le offerte
  nursery respond --round R --protocol P (--accept|--refuse)
                                             registra la risposta di una famiglia
  nursery publish --round R --nursery N --age-group G (--csv F | --pdf F)
                                             pubblica la graduatoria anonima
  casework catalogue [--json]                il catalogo degli interventi
  casework import-catalogue FILE.csv         carica il catalogo
  casework extract --key-file KEY --from D --to D --output FILE.csv
                                             l&apos;estratto statistico
  competences import-esco DIR [--lang L]     importa la classificazione ESCO
  competences import-repertory (FILE.json | --sample)
                                             importa un repertorio regionale
  competences search [--json] [--limit N] [--type T] QUERY
                                             cerca professioni e competenze
  libretto export --citizen CF (--pdf F | --html F)
                                             il libretto formativo del cittadino
  courses import-catalogue (FILE.csv | --sample)
                                             carica il catalogo dei corsi e-learning
  courses list [--json]                      il catalogo dei corsi e-learning
  courses import-completions FILE.csv        i completamenti esportati dalla piattaforma

Opzioni:
  --db PATH      il database locale (predefinito: %1, oppure $SPORTELLO_DB)
  --lang it|en   la lingua dei messaggi
  --as USERNAME  l&apos;operatore di cui un comando registra le modifiche (obbligatorio
                 su uno sportello che si sincronizza con la Regione)
  -h, --help     mostra questo aiuto
  -v, --version  mostra la versione

Codici di uscita: 0 successo, 1 esito negativo, 2 uso errato o dati non validi.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) name no author: an administrator hands them to a colleague.</source>
        <translation>
            <numerusform>%n modifica non indica un autore: un amministratore la affida a un collega.</numerusform>
            <numerusform>%n modifiche non indicano un autore: un amministratore le affida a un collega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1 wait for their own sync.</source>
        <translation>
            <numerusform>%n modifica di %1 attende la sua sincronizzazione.</numerusform>
            <numerusform>%n modifiche di %1 attendono la sua sincronizzazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the region set aside on this desk: see the administrator&apos;s sync view.</source>
        <translation>
            <numerusform>%n riga della Regione messa da parte su questo sportello: vedere il pannello dell&apos;amministratore.</numerusform>
            <numerusform>%n righe della Regione messe da parte su questo sportello: vedere il pannello dell&apos;amministratore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::Competences</name>
    <message>
        <source>Occupation</source>
        <translation>Professione</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Abilità</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conoscenza</translation>
    </message>
    <message>
        <source>Professional figure</source>
        <translation>Figura professionale</translation>
    </message>
    <message>
        <source>Competence unit</source>
        <translation>Unità di competenza</translation>
    </message>
    <message>
        <source>ISCO group</source>
        <translation>Gruppo ISCO</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>Gruppo di abilità</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (esempio)</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Detto anche</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>EQF level</source>
        <translation>Livello EQF</translation>
    </message>
    <message>
        <source>ISTAT CP</source>
        <translation>ISTAT CP</translation>
    </message>
    <message>
        <source>ATECO</source>
        <translation>ATECO</translation>
    </message>
    <message>
        <source>Atlante ADA</source>
        <translation>ADA dell&apos;Atlante</translation>
    </message>
    <message>
        <source>ESCO skill type</source>
        <translation>Tipo di abilità ESCO</translation>
    </message>
    <message>
        <source>Reuse level</source>
        <translation>Livello di riutilizzo</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacità</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Broader</source>
        <translation>Più generale</translation>
    </message>
    <message>
        <source>Narrower</source>
        <translation>Più specifici</translation>
    </message>
    <message>
        <source>Competence units</source>
        <translation>Unità di competenza</translation>
    </message>
    <message>
        <source>Professional figures with this unit</source>
        <translation>Figure professionali con questa unità</translation>
    </message>
    <message>
        <source>Essential skills</source>
        <translation>Abilità essenziali</translation>
    </message>
    <message>
        <source>Optional skills</source>
        <translation>Abilità facoltative</translation>
    </message>
    <message>
        <source>Occupations needing it (essential)</source>
        <translation>Professioni che la richiedono (essenziale)</translation>
    </message>
    <message>
        <source>Occupations needing it (optional)</source>
        <translation>Professioni che la richiedono (facoltativa)</translation>
    </message>
    <message>
        <source>Corresponds to</source>
        <translation>Corrisponde a</translation>
    </message>
    <message>
        <source>Corresponding repertory entries</source>
        <translation>Voci corrispondenti nei repertori</translation>
    </message>
    <message>
        <source>ESCO: occupations by ISCO group</source>
        <translation>ESCO: professioni per gruppo ISCO</translation>
    </message>
    <message>
        <source>ESCO: skills by skill group</source>
        <translation>ESCO: abilità per gruppo</translation>
    </message>
    <message>
        <source>Citizens with this competence</source>
        <translation>Cittadini con questa competenza</translation>
    </message>
    <message>
        <source>Notice required by the ESCO licence: %1</source>
        <translation>Avviso richiesto dalla licenza ESCO: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::Competences::SearchResultModel</name>
    <message>
        <source>also called &quot;%1&quot;</source>
        <translation>detto anche &quot;%1&quot;</translation>
    </message>
    <message>
        <source>in the description</source>
        <translation>nella descrizione</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trovato per</translation>
    </message>
</context>
<context>
    <name>Sportello::CompetencesPanel</name>
    <message>
        <source>Occupation, skill, professional figure, competence unit or code (Ctrl+F)</source>
        <translation>Professione, abilità, figura professionale, unità di competenza o codice (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Sfoglia</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type to search ESCO and the regional repertories, or browse their trees.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scrivere per cercare in ESCO e nei repertori regionali, oppure sfogliarne gli alberi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Preparazione della ricerca…</translation>
    </message>
    <message>
        <source>No framework imported yet: see sportello competences import-esco and import-repertory.</source>
        <translation>Nessun repertorio ancora importato: vedere sportello competences import-esco e import-repertory.</translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s) to search.</source>
        <translation>
            <numerusform>%n voce in cui cercare.</numerusform>
            <numerusform>%n voci in cui cercare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nessun risultato per &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n risultato.</numerusform>
            <numerusform>%n risultati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any EQF level</source>
        <translation>Qualsiasi livello EQF</translation>
    </message>
    <message>
        <source>EQF %1</source>
        <translation>EQF %1</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>Repert&amp;orio</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Tutti i repertori</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <source>Import course &amp;completions…</source>
        <translation>Importa i &amp;completamenti dei corsi…</translation>
    </message>
    <message>
        <source>The e-learning platform&apos;s export: fiscal_code,course_code,completion_date,outcome</source>
        <translation>L&apos;esportazione della piattaforma e-learning: fiscal_code,course_code,completion_date,outcome</translation>
    </message>
    <message>
        <source>The e-learning platform&apos;s completions</source>
        <translation>I completamenti della piattaforma e-learning</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Course completions</source>
        <translation>Completamenti dei corsi</translation>
    </message>
    <message>
        <source>%1 completion(s) recorded in the libretti, %2 not passed, %3 already known.</source>
        <translation>%1 completamenti registrati nei libretti, %2 non superati, %3 già noti.</translation>
    </message>
    <message>
        <source>Not matched:</source>
        <translation>Senza corrispondenza:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Classification tree</source>
        <translation>Albero della classificazione</translation>
    </message>
    <message>
        <source>Competence detail</source>
        <translation>Dettaglio della competenza</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Ricerca: %1</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>R&amp;isultati</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>C&amp;erca</translation>
    </message>
    <message>
        <source>Sect&amp;or</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot; in the frameworks of this desk. ESCO (occupations and skills of the European classification) is not imported yet: the administrator imports it with sportello competences import-esco, or the region publishes it.</source>
        <translation>Nessun risultato per &quot;%1&quot; nei repertori di questo sportello. ESCO (professioni e competenze della classificazione europea) non è ancora importato: l&apos;amministratore lo importa con sportello competences import-esco, oppure lo pubblica la Regione.</translation>
    </message>
</context>
<context>
    <name>Sportello::ConceptStore</name>
    <message>
        <source>The framework could not be saved: %1</source>
        <translation>Non è stato possibile salvare il repertorio: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::ConflictDialog</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Risolvi</translation>
    </message>
    <message>
        <source>Changes to check</source>
        <translation>Modifiche da controllare</translation>
    </message>
    <message>
        <source>Fields, this desk&apos;s value and the region&apos;s value</source>
        <translation>Campi, valore di questo sportello e valore della Regione</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Questo sportello</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Keep all of this &amp;desk&apos;s</source>
        <translation>Mantieni tutti i valori di questo &amp;sportello</translation>
    </message>
    <message>
        <source>Keep all of the re&amp;gion&apos;s</source>
        <translation>Mantieni tutti i valori della Re&amp;gione</translation>
    </message>
    <message>
        <source>There are no changes to check.</source>
        <translation>Non ci sono modifiche da controllare.</translation>
    </message>
    <message>
        <source>This record was changed here and in the region at the same time. Tick, field by field, the value to keep.</source>
        <translation>Questa scheda è stata modificata contemporaneamente qui e in Regione. Spuntare, campo per campo, il valore da mantenere.</translation>
    </message>
    <message>
        <source>The region did not accept this change (%1). Tick the values to keep.</source>
        <translation>La Regione non ha accettato questa modifica (%1). Spuntare i valori da mantenere.</translation>
    </message>
</context>
<context>
    <name>Sportello::ConflictStore</name>
    <message>
        <source>The resolution could not be saved: %1</source>
        <translation>Impossibile salvare la risoluzione: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::Courses</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>In autoapprendimento</translation>
    </message>
    <message>
        <source>With a tutor</source>
        <translation>Con tutor</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Misto</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>un campo tra virgolette non è chiuso.</translation>
    </message>
    <message>
        <source>The first line must be: code,title,hours,provider,mode,url,competences</source>
        <translation>La prima riga deve essere: code,title,hours,provider,mode,url,competences</translation>
    </message>
    <message>
        <source>expected 7 fields, found %1.</source>
        <translation>attesi 7 campi, trovati %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a course code.</source>
        <translation>&quot;%1&quot; non è un codice di corso.</translation>
    </message>
    <message>
        <source>the course %1 is repeated.</source>
        <translation>il corso %1 è ripetuto.</translation>
    </message>
    <message>
        <source>a course needs its title and provider.</source>
        <translation>un corso richiede titolo ed ente erogatore.</translation>
    </message>
    <message>
        <source>the hours are a number from 1 to 5000.</source>
        <translation>le ore sono un numero da 1 a 5000.</translation>
    </message>
    <message>
        <source>the mode is self_paced, tutored or blended, not &quot;%1&quot;.</source>
        <translation>la modalità è self_paced, tutored o blended, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the address is not a web address.</source>
        <translation>l&apos;indirizzo non è un indirizzo web.</translation>
    </message>
    <message>
        <source>The catalogue has no courses.</source>
        <translation>Il catalogo non contiene corsi.</translation>
    </message>
    <message>
        <source>The catalogue could not be saved.</source>
        <translation>Non è stato possibile salvare il catalogo.</translation>
    </message>
    <message>
        <source>Choose a course of the catalogue.</source>
        <translation>Scegliere un corso del catalogo.</translation>
    </message>
    <message>
        <source>The citizen is already enrolled in the course or has completed it.</source>
        <translation>Il cittadino è già iscritto al corso o lo ha completato.</translation>
    </message>
    <message>
        <source>The enrolment could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;iscrizione.</translation>
    </message>
    <message>
        <source>Only an enrolment in progress can be withdrawn.</source>
        <translation>Si può ritirare solo un&apos;iscrizione in corso.</translation>
    </message>
    <message>
        <source>The first line must be: fiscal_code,course_code,completion_date,outcome</source>
        <translation>La prima riga deve essere: fiscal_code,course_code,completion_date,outcome</translation>
    </message>
    <message>
        <source>expected 4 fields, found %1.</source>
        <translation>attesi 4 campi, trovati %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a completion date.</source>
        <translation>&quot;%1&quot; non è una data di completamento.</translation>
    </message>
    <message>
        <source>the outcome is passed or failed, not &quot;%1&quot;.</source>
        <translation>l&apos;esito è passed o failed, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no citizen with the fiscal code %1.</source>
        <translation>nessun cittadino con codice fiscale %1.</translation>
    </message>
    <message>
        <source>no course %1 in the catalogue.</source>
        <translation>nessun corso %1 nel catalogo.</translation>
    </message>
    <message>
        <source>E-learning course %1</source>
        <translation>Corso e-learning %1</translation>
    </message>
    <message>
        <source>The completions could not be recorded: %1</source>
        <translation>Non è stato possibile registrare i completamenti: %1</translation>
    </message>
    <message>
        <source>Course %1 completed on %2 (from the e-learning platform)</source>
        <translation>Corso %1 completato il %2 (dalla piattaforma e-learning)</translation>
    </message>
</context>
<context>
    <name>Sportello::Dashboard</name>
    <message>
        <source>Open cases</source>
        <translation>Cartelle aperte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuove</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <source>Applications (first choice)</source>
        <translation>Domande (prima scelta)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Turno %1</translation>
    </message>
    <message>
        <source>all age groups</source>
        <translation>tutte le fasce d&apos;età</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Waiting for a seat</source>
        <translation>In attesa di un posto</translation>
    </message>
    <message>
        <source>Competences certified</source>
        <translation>Competenze certificate</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Corsi completati</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Modifiche da inviare</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflitti da risolvere</translation>
    </message>
    <message>
        <source>Last sync with the region: %1</source>
        <translation>Ultima sincronizzazione con la Regione: %1</translation>
    </message>
    <message>
        <source>This desk has never synchronised with the region.</source>
        <translation>Questo sportello non si è mai sincronizzato con la Regione.</translation>
    </message>
    <message>
        <source>Nursery admissions</source>
        <translation>Iscrizioni ai nidi</translation>
    </message>
    <message>
        <source>Libretto and courses</source>
        <translation>Libretto e corsi</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro degli accessi</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Cittadini</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>Latest round of each municipality</source>
        <translation>Ultimo turno di ogni Comune</translation>
    </message>
    <message>
        <source>Latest round, by age group</source>
        <translation>Ultimo turno, per fascia d&apos;età</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Utenze</translation>
    </message>
    <message>
        <source>Idle for a week</source>
        <translation>Inattive da una settimana</translation>
    </message>
    <message>
        <source>%1: last change received %2</source>
        <translation>%1: ultima modifica ricevuta %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
</context>
<context>
    <name>Sportello::DashboardChart</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart &quot;%1&quot; as a PNG image</source>
        <translation>Salva il grafico «%1» come immagine PNG</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the figures of &quot;%1&quot; as CSV</source>
        <translation>Esporta le cifre di «%1» in CSV</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Ancora nessuna cifra.</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are not shown, to protect the persons concerned (&quot;&lt;5&quot; in the CSV).</source>
        <translation>I conteggi da 1 a 4 non sono mostrati, per tutelare le persone interessate («&lt;5» nel CSV).</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Salva il grafico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Esporta le cifre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::DashboardPanel</name>
    <message>
        <source>&amp;Regional view…</source>
        <translation>Vista &amp;regionale…</translation>
    </message>
    <message>
        <source>This desk (%1)</source>
        <translation>Questo sportello (%1)</translation>
    </message>
    <message>
        <source>The same figures across the region&apos;s municipalities, for a login of the region (sportello_region)</source>
        <translation>Le stesse cifre per i Comuni della Regione, con un&apos;utenza regionale (sportello_region)</translation>
    </message>
    <message>
        <source>Count the figures again</source>
        <translation>Ricalcola le cifre</translation>
    </message>
    <message>
        <source>Figures &amp;of:</source>
        <translation>&amp;Cifre di:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>Counted at %1</source>
        <translation>Calcolate alle %1</translation>
    </message>
    <message>
        <source>This login may not read the region&apos;s figures: it needs the region&apos;s role (sportello_region).</source>
        <translation>Questa utenza non può leggere le cifre della Regione: serve il ruolo regionale (sportello_region).</translation>
    </message>
    <message>
        <source>The region&apos;s figures could not be read: %1</source>
        <translation>Impossibile leggere le cifre della Regione: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Regione: %1</translation>
    </message>
    <message>
        <source>Region: all municipalities</source>
        <translation>Regione: tutti i Comuni</translation>
    </message>
    <message>
        <source>Regional view</source>
        <translation>Vista regionale</translation>
    </message>
    <message>
        <source>The region&apos;s figures come from the regional database, with the login of a regional officer. They are counts only: no person&apos;s data, and counts from 1 to 4 are not shown.</source>
        <translation>Le cifre della Regione vengono dal database regionale, con l&apos;utenza di un funzionario regionale. Sono solo conteggi: nessun dato di persone, e i conteggi da 1 a 4 non sono mostrati.</translation>
    </message>
    <message>
        <source>&amp;Show the region</source>
        <translation>&amp;Mostra la Regione</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Utenza:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
</context>
<context>
    <name>Sportello::DataStatus</name>
    <message>
        <source>Local database: %1</source>
        <translation>Database locale: %1</translation>
    </message>
    <message>
        <source>DEMO DATA (invented people)</source>
        <translation>DATI DIMOSTRATIVI (persone inventate)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the region</source>
        <translation>
            <numerusform>%n modifica da inviare alla Regione</numerusform>
            <numerusform>%n modifiche da inviare alla Regione</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Comune di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of colleagues wait for their next sign-in</source>
        <translation>
            <numerusform>%n modifica di colleghi attende il loro prossimo accesso</numerusform>
            <numerusform>%n modifiche di colleghi attendono il loro prossimo accesso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>gg/mm/aaaa hh:mm</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy or ddmmyyyy, or choose it in the calendar (Alt+Down).</source>
        <translation>Scrivere la data come gg/mm/aaaa o ggmmaaaa, oppure sceglierla nel calendario (Alt+Giù).</translation>
    </message>
    <message>
        <source>Type the date and time as dd/mm/yyyy hh:mm, or choose the day in the calendar (Alt+Down).</source>
        <translation>Scrivere data e ora come gg/mm/aaaa hh:mm, oppure scegliere il giorno nel calendario (Alt+Giù).</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Scegliere nel calendario (Alt+Giù)</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Manca la data.</translation>
    </message>
    <message>
        <source>The date and time are missing.</source>
        <translation>Mancano la data e l&apos;ora.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>La data non può essere prima del %1.</translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation>La data non può essere dopo il %1.</translation>
    </message>
    <message>
        <source>The date and time cannot be after %1.</source>
        <translation>La data e l&apos;ora non possono essere dopo il %1.</translation>
    </message>
</context>
<context>
    <name>Sportello::Db</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 è una cartella, non un file di database.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Impossibile aprire il database %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::DemoGenerator</name>
    <message>
        <source>The number of citizens must be between 0 and 10,000,000.</source>
        <translation>Il numero di cittadini deve essere compreso tra 0 e 10.000.000.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 esiste già; usare --force per sostituirlo.</translation>
    </message>
    <message>
        <source>The demo database could not be written.</source>
        <translation>Impossibile scrivere il database dimostrativo.</translation>
    </message>
    <message>
        <source>The demo database could not be moved to %1.</source>
        <translation>Impossibile spostare il database dimostrativo in %1.</translation>
    </message>
</context>
<context>
    <name>Sportello::Desk</name>
    <message>
        <source>Creating the demo data…</source>
        <translation>Creazione dei dati dimostrativi…</translation>
    </message>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Sportello cannot start</source>
        <translation>Impossibile avviare Sportello</translation>
    </message>
</context>
<context>
    <name>Sportello::DeskSyncView</name>
    <message>
        <source>Changes waiting for their author</source>
        <translation>Modifiche in attesa del loro autore</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>For a colleague who will not sign in at this desk again: their changes are sent by the colleague you choose, with the same role.</source>
        <translation>Per un collega che non accederà più a questo sportello: le sue modifiche le invia il collega scelto, con lo stesso ruolo.</translation>
    </message>
    <message>
        <source>Rows of the region set aside</source>
        <translation>Righe della Regione messe da parte</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Ricevuta da</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Each person&apos;s changes are sent to the region under their own login, at their next sign-in here.</source>
        <translation>Le modifiche di ciascuno sono inviate alla Regione con la sua utenza, al suo prossimo accesso qui.</translation>
    </message>
    <message>
        <source>The region&apos;s other changes reached this desk; these are tried again at every sync.</source>
        <translation>Le altre modifiche della Regione sono arrivate a questo sportello; queste si riprovano a ogni sincronizzazione.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Affida</translation>
    </message>
    <message>
        <source>No active colleague with the same role can take these changes over.</source>
        <translation>Nessun collega attivo con lo stesso ruolo può prendere in carico queste modifiche.</translation>
    </message>
    <message>
        <source>Who sends the %1 change(s) of %2 from now on?</source>
        <translation>Chi invia d&apos;ora in poi le modifiche di %2 (%1)?</translation>
    </message>
    <message>
        <source>Hand &amp;over to a colleague…</source>
        <translation>Affida a &amp;un collega…</translation>
    </message>
    <message>
        <source>Open this desk&apos;s record</source>
        <translation>Apri la scheda di questo sportello</translation>
    </message>
    <message>
        <source>Open the other record</source>
        <translation>Apri l&apos;altra scheda</translation>
    </message>
    <message>
        <source>Merged: take off the list</source>
        <translation>Uniti: togli dall&apos;elenco</translation>
    </message>
    <message>
        <source>Citizens registered twice</source>
        <translation>Cittadini registrati due volte</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>This desk&apos;s record</source>
        <translation>Scheda di questo sportello</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>L&apos;altra scheda</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trovato</translation>
    </message>
    <message>
        <source>Once what the retired record held is on the record kept</source>
        <translation>Quando ciò che aveva la scheda ritirata è sulla scheda tenuta</translation>
    </message>
    <message>
        <source>A fiscal code identifies one person: only one of the two records stays. Compare them, bring what the other one holds (household, ISEE, requests) onto the one kept, then take the pair off the list. A record of the region is applied once this desk&apos;s own no longer has its fiscal code.</source>
        <translation>Un codice fiscale identifica una sola persona: delle due schede ne resta una. Confrontarle, riportare su quella tenuta ciò che ha l&apos;altra (nucleo, ISEE, richieste), poi togliere la coppia dall&apos;elenco. Una scheda della Regione si applica quando quella di questo sportello non ha più il suo codice fiscale.</translation>
    </message>
    <message>
        <source>(none live)</source>
        <translation>(nessuna in vigore)</translation>
    </message>
    <message>
        <source>%1 (retired by the upgrade)</source>
        <translation>%1 (ritirata dall&apos;aggiornamento)</translation>
    </message>
    <message>
        <source>%1 (the region&apos;s, set aside)</source>
        <translation>%1 (della Regione, messa da parte)</translation>
    </message>
    <message>
        <source>The region&apos;s record</source>
        <translation>La scheda della Regione</translation>
    </message>
</context>
<context>
    <name>Sportello::DuplicateCitizens</name>
    <message>
        <source>%1 %2, born on %3</source>
        <translation>%1 %2, nato/a il %3</translation>
    </message>
    <message>
        <source>Fiscal code: %1
Surname: %2
Given names: %3
Sex: %4
Date of birth: %5
Place of birth: %6
Last changed by %7 on %8</source>
        <translation>Codice fiscale: %1
Cognome: %2
Nome: %3
Sesso: %4
Data di nascita: %5
Luogo di nascita: %6
Ultima modifica di %7 il %8</translation>
    </message>
    <message>
        <source>The duplicate could not be marked as reviewed.</source>
        <translation>Impossibile segnare il doppione come esaminato.</translation>
    </message>
</context>
<context>
    <name>Sportello::EmploymentView</name>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Nuovo invio</translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation>Salva l&apos;invi&amp;o</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Centro per l&apos;Impiego</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Service pact</source>
        <translation>Patto di servizio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Centro per l&apos;Impiego di Vibo Valentia</source>
        <translation>Centro per l&apos;Impiego di Vibo Valentia</translation>
    </message>
    <message>
        <source>Centro per l&apos;Impiego di Firenze</source>
        <translation>Centro per l&apos;Impiego di Firenze</translation>
    </message>
    <message>
        <source>Employment &amp;centre</source>
        <translation>Cen&amp;tro per l&apos;Impiego</translation>
    </message>
    <message>
        <source>Referre&amp;d on</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Service pact signed on</source>
        <translation>Patto di servi&amp;zio firmato il</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>il</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>&amp;Send referral</source>
        <translation>Registra l&apos;invi&amp;o</translation>
    </message>
</context>
<context>
    <name>Sportello::EscoImport</name>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation>%1: impossibile leggerlo (%2).</translation>
    </message>
    <message>
        <source>%1 line %2: not UTF-8 text.</source>
        <translation>%1 riga %2: il testo non è UTF-8.</translation>
    </message>
    <message>
        <source>%1 line %2: a quoted field is not closed.</source>
        <translation>%1 riga %2: un campo tra virgolette non è chiuso.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 è vuoto.</translation>
    </message>
    <message>
        <source>%1 line 1: the column %2 is missing.</source>
        <translation>%1 riga 1: manca la colonna %2.</translation>
    </message>
    <message>
        <source>%1 line %2: %3 fields where the header has %4.</source>
        <translation>%1 riga %2: %3 campi dove l&apos;intestazione ne ha %4.</translation>
    </message>
    <message>
        <source>%1 has no occupations_%2.csv.</source>
        <translation>%1 non contiene occupations_%2.csv.</translation>
    </message>
    <message>
        <source>%1 has no ESCO occupations file (occupations_&lt;language&gt;.csv).</source>
        <translation>%1 non contiene il file ESCO delle professioni (occupations_&lt;lingua&gt;.csv).</translation>
    </message>
    <message>
        <source>%1 holds several languages (%2): choose one with --lang.</source>
        <translation>%1 contiene più lingue (%2): sceglierne una con --lang.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 non è una cartella.</translation>
    </message>
    <message>
        <source>%1 has no skills_%2.csv.</source>
        <translation>%1 non contiene skills_%2.csv.</translation>
    </message>
    <message>
        <source>%1 line %2: a concept without its URI.</source>
        <translation>%1 riga %2: un concetto senza URI.</translation>
    </message>
    <message>
        <source>%1 line %2: the relation type is essential or optional, not &quot;%3&quot;.</source>
        <translation>%1 riga %2: il tipo di relazione è essential o optional, non &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>Sportello::FieldLabels</name>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Parentela</translation>
    </message>
    <message>
        <source>ISEE (cents)</source>
        <translation>ISEE (centesimi)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
</context>
<context>
    <name>Sportello::FiscalCode</name>
    <message>
        <source>The fiscal code is empty.</source>
        <translation>Il codice fiscale è vuoto.</translation>
    </message>
    <message>
        <source>A fiscal code has 16 characters.</source>
        <translation>Il codice fiscale deve avere 16 caratteri.</translation>
    </message>
    <message>
        <source>A fiscal code has only letters and digits.</source>
        <translation>Il codice fiscale contiene solo lettere e cifre.</translation>
    </message>
    <message>
        <source>The month letter (9th character) must be one of A B C D E H L M P R S T.</source>
        <translation>La lettera del mese (9° carattere) deve essere una tra A B C D E H L M P R S T.</translation>
    </message>
    <message>
        <source>The day of birth must be 01-31 for men or 41-71 for women.</source>
        <translation>Il giorno di nascita deve essere 01-31 per gli uomini o 41-71 per le donne.</translation>
    </message>
    <message>
        <source>The date of birth does not exist.</source>
        <translation>La data di nascita non esiste.</translation>
    </message>
    <message>
        <source>The place of birth code is not a known municipality or foreign state.</source>
        <translation>Il codice del luogo di nascita non corrisponde a un comune o a uno stato estero noto.</translation>
    </message>
    <message>
        <source>The check character (last) does not match: the code has a typing error.</source>
        <translation>Il carattere di controllo (l&apos;ultimo) non corrisponde: il codice contiene un errore di battitura.</translation>
    </message>
    <message>
        <source>Letters and digits are not in the right positions for a fiscal code.</source>
        <translation>Lettere e cifre non sono nelle posizioni previste da un codice fiscale.</translation>
    </message>
</context>
<context>
    <name>Sportello::Format</name>
    <message>
        <source>Write the year with four digits: dd/mm/yyyy.</source>
        <translation>Scrivere l&apos;anno con quattro cifre: gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivere la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 non è una data.</translation>
    </message>
    <message>
        <source>Write the date and time as dd/mm/yyyy hh:mm.</source>
        <translation>Scrivere data e ora come gg/mm/aaaa hh:mm.</translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation>%1 non è un orario.</translation>
    </message>
</context>
<context>
    <name>Sportello::Gap</name>
    <message>
        <source>Orientation sheet</source>
        <translation>Scheda di orientamento</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Preparata il %1</translation>
    </message>
    <message>
        <source>The repertories say nothing about what this target requires.</source>
        <translation>I repertori non dicono che cosa richieda questo obiettivo.</translation>
    </message>
    <message>
        <source>To acquire (%1)</source>
        <translation>Da acquisire (%1)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativa</translation>
    </message>
    <message>
        <source>No course of the catalogue yet.</source>
        <translation>Ancora nessun corso nel catalogo.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certificata</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>dichiarata</translation>
    </message>
    <message>
        <source>Nothing: the libretto covers every competence.</source>
        <translation>Niente: il libretto copre ogni competenza.</translation>
    </message>
    <message>
        <source>Already in the libretto</source>
        <translation>Già nel libretto</translation>
    </message>
</context>
<context>
    <name>Sportello::HelpDialog</name>
    <message>
        <source>Sportello help</source>
        <translation>Guida di Sportello</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the help file, &quot;it&quot; in Italian.</extracomment>
        <translation>it</translation>
    </message>
</context>
<context>
    <name>Sportello::HouseholdRepository</name>
    <message>
        <source>A person cannot be added to their own household twice.</source>
        <translation>Una persona non può essere aggiunta due volte allo stesso nucleo familiare.</translation>
    </message>
    <message>
        <source>This person already lives in another household: remove them from it first.</source>
        <translation>Questa persona fa già parte di un altro nucleo familiare: rimuoverla prima da quello.</translation>
    </message>
    <message>
        <source>The household could not be saved: %1</source>
        <translation>Impossibile salvare il nucleo familiare: %1</translation>
    </message>
    <message>
        <source>The relation could not be changed.</source>
        <translation>Impossibile modificare la relazione.</translation>
    </message>
    <message>
        <source>The member could not be removed.</source>
        <translation>Impossibile rimuovere il componente del nucleo.</translation>
    </message>
</context>
<context>
    <name>Sportello::HouseholdSection</name>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Aggiungi &amp;componente…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nominativo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Componenti del nucleo</translation>
    </message>
    <message numerus="yes">
        <source>Household (%n people)</source>
        <translation>
            <numerusform>Nucleo familiare (%n persona)</numerusform>
            <numerusform>Nucleo familiare (%n persone)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 %2 from this household?</source>
        <translation>Rimuovere %1 %2 da questo nucleo familiare?</translation>
    </message>
    <message>
        <source>Remove from household</source>
        <translation>Rimuovi dal nucleo</translation>
    </message>
    <message>
        <source>Change re&amp;lation…</source>
        <translation>Cambia rela&amp;zione…</translation>
    </message>
    <message>
        <source>Relation of %1 %2 to the head of the household:</source>
        <translation>Relazione di %1 %2 con l&apos;intestatario della scheda:</translation>
    </message>
</context>
<context>
    <name>Sportello::IntakeDialog</name>
    <message>
        <source>&amp;Book an appointment with a social worker</source>
        <translation>&amp;Prenota un appuntamento con un assistente sociale</translation>
    </message>
    <message>
        <source>Social services desk</source>
        <translation>Sportello dei servizi sociali</translation>
    </message>
    <message>
        <source>New social request</source>
        <translation>Nuova richiesta sociale</translation>
    </message>
    <message>
        <source>What the citizen asks for, in a few lines</source>
        <translation>Che cosa chiede il cittadino, in poche righe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation>Assistente so&amp;ciale</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durata</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nale</translation>
    </message>
    <message>
        <source>Need &amp;area</source>
        <translation>&amp;Area di bisogno</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Sintesi</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>Re&amp;gistra richiesta</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>S&amp;tampa ricevuta…</translation>
    </message>
    <message>
        <source>First interview: %1</source>
        <translation>Primo colloquio: %1</translation>
    </message>
    <message>
        <source>The request is recorded, but the appointment could not be booked: %1</source>
        <translation>La richiesta è stata registrata, ma non è stato possibile prenotare l&apos;appuntamento: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Request %1 recorded</source>
        <translation>Richiesta %1 registrata</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Stampa ricevuta</translation>
    </message>
    <message>
        <source>R&amp;eceived</source>
        <translation>&amp;Ricevuta il</translation>
    </message>
</context>
<context>
    <name>Sportello::InterventionsView</name>
    <message>
        <source>&amp;New intervention</source>
        <translation>&amp;Nuovo intervento</translation>
    </message>
    <message>
        <source>&amp;Save intervention</source>
        <translation>Salva in&amp;tervento</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervent&amp;o</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ente ero&amp;gatore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>euro, e.g. 250,00</source>
        <translation>euro, es. 250,00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euro.</source>
        <translation>&quot;%1&quot; non è un importo in euro.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Amo&amp;unt</source>
        <translation>Im&amp;porto</translation>
    </message>
    <message>
        <source>A&amp;dd intervention</source>
        <translation>Aggiungi in&amp;tervento</translation>
    </message>
</context>
<context>
    <name>Sportello::IseeSection</name>
    <message>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <source>e.g. 12.345,67</source>
        <translation>es. 12.345,67</translation>
    </message>
    <message>
        <source>No ISEE recorded.</source>
        <translation>Nessun ISEE registrato.</translation>
    </message>
    <message>
        <source>%1, expired on %2: ask for a new declaration.</source>
        <translation>%1, scaduto il %2: richiedere una nuova dichiarazione.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valido fino al %2</translation>
    </message>
    <message>
        <source>Write the ISEE value as an amount, e.g. 12.345,67.</source>
        <translation>Scrivere il valore ISEE come importo, es. 12.345,67.</translation>
    </message>
    <message>
        <source>Val&amp;ue (€)</source>
        <translation>Valore (€)</translation>
    </message>
    <message>
        <source>Valid un&amp;til</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Record ISEE</source>
        <translation>Registra ISEE</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valido fino al: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::LearningChart</name>
    <message>
        <source>Libretto and course completions per month</source>
        <translation>Competenze certificate e corsi completati per mese</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
</context>
<context>
    <name>Sportello::Libretto</name>
    <message>
        <source>Work experience</source>
        <translation>Esperienza lavorativa</translation>
    </message>
    <message>
        <source>Education title</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Percorso formativo</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formale</translation>
    </message>
    <message>
        <source>Non-formal</source>
        <translation>Non formale</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informale</translation>
    </message>
    <message>
        <source>Say the role, the title or the course.</source>
        <translation>Indicare il ruolo, il titolo o il corso.</translation>
    </message>
    <message>
        <source>An experience cannot start in the future.</source>
        <translation>Un&apos;esperienza non può iniziare nel futuro.</translation>
    </message>
    <message>
        <source>The experience ends before it starts.</source>
        <translation>L&apos;esperienza finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>The hours are a number from 1 to 20,000.</source>
        <translation>Le ore sono un numero da 1 a 20.000.</translation>
    </message>
    <message>
        <source>Describe the competence or choose it from the repertory.</source>
        <translation>Descrivere la competenza o sceglierla dal repertorio.</translation>
    </message>
    <message>
        <source>Say what supports it: a certificate, a contract, a statement, a portfolio…</source>
        <translation>Indicare che cosa la documenta: un attestato, un contratto, una dichiarazione, un portfolio…</translation>
    </message>
    <message>
        <source>A certified competence needs the certifying body and date.</source>
        <translation>Una competenza certificata richiede l&apos;ente certificatore e la data.</translation>
    </message>
    <message>
        <source>The certification date cannot be in the future.</source>
        <translation>La data di certificazione non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The experience could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;esperienza.</translation>
    </message>
    <message>
        <source>The competence is not in the repertories.</source>
        <translation>La competenza non è nei repertori.</translation>
    </message>
    <message>
        <source>The competence could not be saved.</source>
        <translation>Non è stato possibile salvare la competenza.</translation>
    </message>
    <message>
        <source>No such entry.</source>
        <translation>Voce inesistente.</translation>
    </message>
    <message>
        <source>The entry could not be withdrawn.</source>
        <translation>Non è stato possibile ritirare la voce.</translation>
    </message>
    <message>
        <source>The entry was recorded by another municipality: only that one can change it.</source>
        <translation>La voce è stata registrata da un altro Comune: solo quello può modificarla.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Certificata da</translation>
    </message>
</context>
<context>
    <name>Sportello::LibrettoDialog</name>
    <message>
        <source>Libretto formativo – %1</source>
        <translation>Libretto formativo – %1</translation>
    </message>
    <message>
        <source>Section &amp;1 – Experiences</source>
        <translation>Sezione &amp;1 – Esperienze</translation>
    </message>
    <message>
        <source>Section &amp;2 – Competences</source>
        <translation>Sezione &amp;2 – Competenze</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Esporta PDF…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Role, title or course</source>
        <translation>Ruolo, titolo o corso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Role, title or course</source>
        <translation>Ruo&amp;lo, titolo o corso</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>L&amp;uogo</translation>
    </message>
    <message>
        <source>&amp;Employer or body</source>
        <translation>&amp;Datore di lavoro o ente</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuova</translation>
    </message>
    <message>
        <source>&amp;Save experience</source>
        <translation>&amp;Salva l&apos;esperienza</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Look it up in the repertories and ESCO</source>
        <translation>Cercarla nei repertori e in ESCO</translation>
    </message>
    <message>
        <source>Certificate, contract, employer&apos;s statement, portfolio…</source>
        <translation>Attestato, contratto, dichiarazione del datore di lavoro, portfolio…</translation>
    </message>
    <message>
        <source>Certifying body</source>
        <translation>Ente certificatore</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>Cerc&amp;a</translation>
    </message>
    <message>
        <source>Co&amp;mpetence</source>
        <translation>Co&amp;mpetenza</translation>
    </message>
    <message>
        <source>acquired &amp;in</source>
        <translation>acquisita &amp;in</translation>
    </message>
    <message>
        <source>&amp;Save competence</source>
        <translation>&amp;Salva la competenza</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Collegata a: %1</translation>
    </message>
    <message>
        <source>Certified by %1 on %2</source>
        <translation>Certificata da %1 il %2</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Dichiarata</translation>
    </message>
    <message>
        <source>Not linked to the repertories</source>
        <translation>Non collegata ai repertori</translation>
    </message>
    <message>
        <source>Withdraw the selected entry from the libretto?</source>
        <translation>Ritirare la voce selezionata dal libretto?</translation>
    </message>
    <message>
        <source>Print the libretto</source>
        <translation>Stampa del libretto</translation>
    </message>
    <message>
        <source>Export the libretto</source>
        <translation>Esporta il libretto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E-learning &amp;courses</source>
        <translation>&amp;Corsi e-learning</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Iscritto il</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completato il</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>&amp;Iscrivi</translation>
    </message>
    <message>
        <source>&amp;Withdraw the enrolment</source>
        <translation>&amp;Ritira l&apos;iscrizione</translation>
    </message>
    <message>
        <source>Co&amp;urse</source>
        <translation>Cor&amp;so</translation>
    </message>
    <message>
        <source>&amp;Orientation</source>
        <translation>&amp;Orientamento</translation>
    </message>
    <message>
        <source>The professional figure or occupation aimed at</source>
        <translation>La figura professionale o la professione a cui si punta</translation>
    </message>
    <message>
        <source>Print the orientation sheet</source>
        <translation>Stampa della scheda di orientamento</translation>
    </message>
    <message>
        <source>to</source>
        <translation>&amp;al</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Wi&amp;thdraw</source>
        <translation>&amp;Ritira</translation>
    </message>
    <message>
        <source>C&amp;ertified</source>
        <translation>Cer&amp;tificata</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;videnze</translation>
    </message>
    <message>
        <source>Print &amp;the orientation sheet…</source>
        <translation>&amp;Stampa la scheda di orientamento…</translation>
    </message>
    <message>
        <source>T&amp;arget</source>
        <translation>O&amp;biettivo</translation>
    </message>
</context>
<context>
    <name>Sportello::LibrettoDocument</name>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>Libretto formativo del cittadino</source>
        <translation>Libretto formativo del cittadino</translation>
    </message>
    <message>
        <source>Model of the Decreto interministeriale 10 ottobre 2005</source>
        <translation>Modello del Decreto interministeriale 10 ottobre 2005</translation>
    </message>
    <message>
        <source>Section 1 – Personal and curricular data</source>
        <translation>Sezione 1 – Informazioni personali e curricolari</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Cognome e nome</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Born on, in</source>
        <translation>Nato/a il, a</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Telefono, e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nessuna voce registrata.</translation>
    </message>
    <message>
        <source>Section 2 – Competences acquired</source>
        <translation>Sezione 2 – Competenze acquisite</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Context of acquisition</source>
        <translation>Contesto di acquisizione</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Certified by %1 on %2</source>
        <translation>Certificata da %1 il %2</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Dichiarata</translation>
    </message>
    <message>
        <source>Printed on %1 by Sportello.</source>
        <translation>Stampato il %1 da Sportello.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical libraries (QGuiApplication).</source>
        <translation>Per scrivere un PDF servono le librerie grafiche (QGuiApplication).</translation>
    </message>
    <message>
        <source>No such citizen.</source>
        <translation>Cittadino inesistente.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::LibrettoSection</name>
    <message>
        <source>Libretto formativo</source>
        <translation>Libretto formativo</translation>
    </message>
    <message numerus="yes">
        <source>%n experience(s)</source>
        <translation>
            <numerusform>%n esperienza</numerusform>
            <numerusform>%n esperienze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n competenza</numerusform>
            <numerusform>%n competenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n certified)</source>
        <translation>
            <numerusform> (%n certificata)</numerusform>
            <numerusform> (%n certificate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the li&amp;bretto…</source>
        <translation>Apri il &amp;libretto…</translation>
    </message>
</context>
<context>
    <name>Sportello::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Sportello — locked</source>
        <translation>Sportello — bloccato</translation>
    </message>
    <message>
        <source>This desk is locked</source>
        <translation>Questo sportello è bloccato</translation>
    </message>
    <message>
        <source>In use by %1 (%2). Type your password to go back to your work.</source>
        <translation>In uso da %1 (%2). Inserire la password per riprendere il lavoro.</translation>
    </message>
    <message>
        <source>Not %1? Sign in as yourself: %1&apos;s session ends, and changes not saved are lost.</source>
        <translation>Non è %1? Accedere con il proprio nome: la sessione di %1 viene chiusa e le modifiche non salvate vanno perse.</translation>
    </message>
    <message>
        <source>Sign in as &amp;another person…</source>
        <translation>Accedi come &amp;un&apos;altra persona…</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Inserire la password.</translation>
    </message>
    <message>
        <source>Wrong password, or the account is disabled.</source>
        <translation>Password errata, oppure account disattivato.</translation>
    </message>
</context>
<context>
    <name>Sportello::MainWindow</name>
    <message>
        <source>Panels</source>
        <translation>Pannelli</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Cittadini</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Account del personale</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro degli accessi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Nuovo cittadino</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiudi Sportello</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>Ricerca ra&amp;pida…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Usa la lingua del sistema</translation>
    </message>
    <message>
        <source>The language will change the next time Sportello starts.</source>
        <translation>La lingua cambierà al prossimo avvio di Sportello.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;Informazioni su Sportello</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regione</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Changes to check…</source>
        <translation>Modifiche da contro&amp;llare…</translation>
    </message>
    <message>
        <source>&amp;Regional database…</source>
        <translation>Database &amp;regionale…</translation>
    </message>
    <message>
        <source>The new settings apply from the next sign-in.</source>
        <translation>Le nuove impostazioni avranno effetto dal prossimo accesso.</translation>
    </message>
    <message>
        <source>Nursery admissions</source>
        <translation>Iscrizioni ai nidi</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>New social &amp;request…</source>
        <translation>Nuova &amp;richiesta sociale…</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>&amp;Help on this panel</source>
        <translation>&amp;Guida di questo pannello</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>&amp;Guided tour</source>
        <translation>&amp;Visita guidata</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambia &amp;utente…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
</context>
<context>
    <name>Sportello::Migrator</name>
    <message>
        <source>The database was created by a newer version of Sportello (schema %1, this program knows up to %2). Update Sportello to open it.</source>
        <translation>Il database è stato creato da una versione più recente di Sportello (schema %1, questo programma gestisce fino allo schema %2). Aggiornare Sportello per aprirlo.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only): %1</source>
        <translation>Impossibile scrivere il file del database (sola lettura): %1</translation>
    </message>
    <message>
        <source>The file is not a Sportello database or it is damaged. Restore it from a backup.</source>
        <translation>Il file non è un database di Sportello oppure è danneggiato. Ripristinarlo da una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Impossibile aprire il database: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::NewDatabaseDialog</name>
    <message>
        <source>&amp;Empty registry: this desk starts working for real</source>
        <translation>&amp;Archivio vuoto: questo sportello inizia a lavorare sul serio</translation>
    </message>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Benvenuto in Sportello</translation>
    </message>
    <message>
        <source>There is no Sportello database on this computer yet. It will be created here:
%1</source>
        <translation>Su questo computer non c&apos;è ancora un database di Sportello. Verrà creato qui:
%1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Demo data: %Ln invented citizens to try the program</source>
        <translation>
            <numerusform>&amp;Dati dimostrativi: %Ln cittadino inventato per provare il programma</numerusform>
            <numerusform>&amp;Dati dimostrativi: %Ln cittadini inventati per provare il programma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::Nursery</name>
    <message>
        <source>Declared</source>
        <translation>Dichiarata</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Verificata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Offered, awaiting answer</source>
        <translation>Offerto, in attesa di risposta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rinunciato</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>the %1 fiscal code %2 is not valid: %3</source>
        <translation>il codice fiscale %1 %2 non è valido: %3</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; is not written as CODE, CODE*COUNT or CODE@NURSERY</source>
        <translation>la condizione &quot;%1&quot; non è scritta come CODICE, CODICE*NUMERO o CODICE@NIDO</translation>
    </message>
    <message>
        <source>the condition %1 is not a criterion of the round</source>
        <translation>la condizione %1 non è un criterio del turno</translation>
    </message>
    <message>
        <source>the condition %1 counts at least 1</source>
        <translation>la condizione %1 conta almeno 1</translation>
    </message>
    <message>
        <source>the condition %1 applies to one nursery: write it as %1@NURSERY</source>
        <translation>la condizione %1 vale per un solo nido: scriverla come %1@NIDO</translation>
    </message>
    <message>
        <source>the condition %1 applies to every preference: write it without @%2</source>
        <translation>la condizione %1 vale per ogni preferenza: scriverla senza @%2</translation>
    </message>
    <message>
        <source>the condition %1 names the unknown nursery %2</source>
        <translation>la condizione %1 nomina il nido sconosciuto %2</translation>
    </message>
    <message>
        <source>the condition %1 is declared twice</source>
        <translation>la condizione %1 è dichiarata due volte</translation>
    </message>
    <message>
        <source>the protocol number is missing</source>
        <translation>manca il numero di protocollo</translation>
    </message>
    <message>
        <source>the child&apos;s date of birth is missing</source>
        <translation>manca la data di nascita del bambino</translation>
    </message>
    <message>
        <source>the child&apos;s date of birth %1 is in the future</source>
        <translation>la data di nascita del bambino %1 è nel futuro</translation>
    </message>
    <message>
        <source>the submission date and time are missing</source>
        <translation>mancano data e ora di presentazione</translation>
    </message>
    <message>
        <source>the submission time %1 is in the future</source>
        <translation>la presentazione %1 è nel futuro</translation>
    </message>
    <message>
        <source>the ISEE cannot be negative</source>
        <translation>l&apos;ISEE non può essere negativo</translation>
    </message>
    <message>
        <source>at least one nursery must be chosen</source>
        <translation>occorre scegliere almeno un nido</translation>
    </message>
    <message>
        <source>the nursery %1 is not one of the round</source>
        <translation>il nido %1 non è tra quelli del turno</translation>
    </message>
    <message>
        <source>the nursery %1 is chosen twice</source>
        <translation>il nido %1 è scelto due volte</translation>
    </message>
    <message>
        <source>child&apos;s</source>
        <translation>del bambino</translation>
    </message>
    <message>
        <source>applicant&apos;s</source>
        <translation>del richiedente</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>riga %1: un campo tra virgolette non è mai chiuso</translation>
    </message>
    <message>
        <source>the file is empty: a header row is expected</source>
        <translation>il file è vuoto: serve una riga di intestazione</translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot;</source>
        <translation>riga 1: colonna sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line 1: the column %1 appears twice</source>
        <translation>riga 1: la colonna %1 compare due volte</translation>
    </message>
    <message>
        <source>line 1: the column %1 is missing</source>
        <translation>riga 1: manca la colonna %1</translation>
    </message>
    <message>
        <source>the file has no applications</source>
        <translation>il file non contiene domande</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campi dove l&apos;intestazione ne ha %2</translation>
    </message>
    <message>
        <source>the protocol %1 is already in the round</source>
        <translation>il protocollo %1 è già nel turno</translation>
    </message>
    <message>
        <source>the protocol %1 is repeated (first on line %2)</source>
        <translation>il protocollo %1 è ripetuto (la prima volta alla riga %2)</translation>
    </message>
    <message>
        <source>child_birth_date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>child_birth_date &quot;%1&quot; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>submitted_at &quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>submitted_at &quot;%1&quot; non è una data con ora (AAAA-MM-GGTHH:MM:SS)</translation>
    </message>
    <message>
        <source>isee &quot;%1&quot; is not an amount in euros</source>
        <translation>isee &quot;%1&quot; non è un importo in euro</translation>
    </message>
    <message>
        <source>the ISEE cannot be negative (%1)</source>
        <translation>l&apos;ISEE non può essere negativo (%1)</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical libraries (QGuiApplication).</source>
        <translation>Per scrivere un PDF servono le librerie grafiche (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Preferences expressed</source>
        <translation>Preferenze espresse</translation>
    </message>
    <message>
        <source>Comune di %1 - Nursery admissions, school year %2</source>
        <translation>Comune di %1 - Iscrizioni ai nidi d&apos;infanzia, anno educativo %2</translation>
    </message>
    <message>
        <source>Round %1 - Nursery %2 (%3) - Age group: %4 (%5)</source>
        <translation>Turno %1 - Nido %2 (%3) - Fascia d&apos;età: %4 (%5)</translation>
    </message>
    <message>
        <source>No application in this list.</source>
        <translation>Nessuna domanda in questa graduatoria.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>fuori termine</translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation>Ultimo aggiornamento il %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Withdrawn by the family.</source>
        <translation>Ritirata dalla famiglia.</translation>
    </message>
    <message>
        <source>Born on %1, outside every age group of the round.</source>
        <translation>Nato il %1, fuori da ogni fascia d&apos;età del turno.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Applications open</source>
        <translation>Iscrizioni aperte</translation>
    </message>
    <message>
        <source>Provisional ranking</source>
        <translation>Graduatoria provvisoria</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Ricorsi</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>Graduatoria definitiva</translation>
    </message>
    <message>
        <source>Allocation of seats</source>
        <translation>Assegnazione dei posti</translation>
    </message>
    <message>
        <source>Every preference</source>
        <translation>Ogni preferenza</translation>
    </message>
    <message>
        <source>Only the named nursery</source>
        <translation>Solo il nido indicato</translation>
    </message>
    <message>
        <source>Only the named nursery, if first choice</source>
        <translation>Solo il nido indicato, se prima scelta</translation>
    </message>
    <message>
        <source>On-time applications first</source>
        <translation>Prima le domande nei termini</translation>
    </message>
    <message>
        <source>Higher score first</source>
        <translation>Prima il punteggio più alto</translation>
    </message>
    <message>
        <source>Lower ISEE first (none presented last)</source>
        <translation>Prima l&apos;ISEE più basso (senza ISEE in fondo)</translation>
    </message>
    <message>
        <source>ISEE up to %1 € first</source>
        <translation>Prima l&apos;ISEE fino a %1 €</translation>
    </message>
    <message>
        <source>More points in group %1 first</source>
        <translation>Prima chi ha più punti nel gruppo %1</translation>
    </message>
    <message>
        <source>Child&apos;s age (as the age group says)</source>
        <translation>Età del bambino (come indica la fascia)</translation>
    </message>
    <message>
        <source>Submitted earlier first</source>
        <translation>Prima chi ha presentato prima</translation>
    </message>
    <message>
        <source>Higher preference first</source>
        <translation>Prima la preferenza più alta</translation>
    </message>
    <message>
        <source>equal for every criterion: protocol order</source>
        <translation>pari in ogni criterio: ordine di protocollo</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Domanda %1</translation>
    </message>
    <message>
        <source>Age group %1 &amp;middot; %2, preference %3</source>
        <translation>Fascia d&apos;età %1 &amp;middot; %2, preferenza %3</translation>
    </message>
    <message>
        <source>Submitted on %1 (%2) &amp;middot; ISEE %3</source>
        <translation>Presentata il %1 (%2) &amp;middot; ISEE %3</translation>
    </message>
    <message>
        <source>after the deadline</source>
        <translation>fuori termine</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>nei termini</translation>
    </message>
    <message>
        <source>not presented</source>
        <translation>non presentato</translation>
    </message>
    <message>
        <source>Position %1 of %2 in the %3 ranking, with %4 points.</source>
        <translation>Posizione %1 su %2 nella graduatoria %3, con %4 punti.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>%1: not a criterion of these rules</source>
        <translation>%1: non è un criterio di queste regole</translation>
    </message>
    <message>
        <source>%1: rejected by %2 on %3</source>
        <translation>%1: respinta da %2 il %3</translation>
    </message>
    <message>
        <source>%1: counts only for nursery %2</source>
        <translation>%1: vale solo per il nido %2</translation>
    </message>
    <message>
        <source>%1: counts only when that nursery is the first choice</source>
        <translation>%1: vale solo se quel nido è la prima scelta</translation>
    </message>
    <message>
        <source>Not counted here:</source>
        <translation>Non conteggiate qui:</translation>
    </message>
    <message>
        <source>After %1 (%2 points): %3</source>
        <translation>Dopo %1 (%2 punti): %3</translation>
    </message>
    <message>
        <source>Ahead of %1 (%2 points): %3</source>
        <translation>Prima di %1 (%2 punti): %3</translation>
    </message>
    <message>
        <source>Compared with the rows around it:</source>
        <translation>Rispetto alle righe vicine:</translation>
    </message>
    <message>
        <source>Order of the round, key by key:</source>
        <translation>Ordine del turno, criterio per criterio:</translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation>Situazione:</translation>
    </message>
    <message>
        <source>Computed by Sportello on %1 with the rules of round %2 (%3).</source>
        <translation>Calcolato da Sportello il %1 con le regole del turno %2 (%3).</translation>
    </message>
    <message>
        <source>Placed at preference %1</source>
        <translation>Collocato alla preferenza %1</translation>
    </message>
    <message>
        <source>Seat accepted</source>
        <translation>Posto accettato</translation>
    </message>
    <message>
        <source>Seat offered (first choice)</source>
        <translation>Posto offerto (prima scelta)</translation>
    </message>
    <message>
        <source>Seat offered</source>
        <translation>Posto offerto</translation>
    </message>
    <message>
        <source>Within the seats</source>
        <translation>Rientra nei posti</translation>
    </message>
    <message>
        <source>Off the list after refusing</source>
        <translation>Uscito dalla graduatoria per rinuncia</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Not ranked: %1</source>
        <translation>Non in graduatoria: %1</translation>
    </message>
    <message>
        <source>Every preference refused</source>
        <translation>Rinunciate tutte le preferenze</translation>
    </message>
    <message>
        <source>Waiting: position %1 in %2</source>
        <translation>In attesa: posizione %1 in %2</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>serve un testo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (letters, digits, _ and - only)</source>
        <translation>&quot;%1&quot; non è un codice (solo lettere, cifre, _ e -)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>a non-empty list is required</source>
        <translation>serve un elenco non vuoto</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>serve un oggetto</translation>
    </message>
    <message>
        <source>The round needs a code of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Il turno ha bisogno di un codice di lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The municipality is its six-digit ISTAT code.</source>
        <translation>Il comune si indica con il codice ISTAT di sei cifre.</translation>
    </message>
    <message>
        <source>The school year is written as 2025/2026.</source>
        <translation>L&apos;anno educativo si scrive come 2025/2026.</translation>
    </message>
    <message>
        <source>The application deadline is missing.</source>
        <translation>Manca la scadenza delle domande.</translation>
    </message>
    <message>
        <source>At least one age group is needed.</source>
        <translation>Serve almeno una fascia d&apos;età.</translation>
    </message>
    <message>
        <source>Age group %1 needs a code of its own.</source>
        <translation>La fascia d&apos;età %1 ha bisogno di un codice suo.</translation>
    </message>
    <message>
        <source>Age group %1 needs a name.</source>
        <translation>La fascia d&apos;età %1 ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>Age group %1: the birth dates must run from the first to the second.</source>
        <translation>Fascia d&apos;età %1: le date di nascita devono andare dalla prima alla seconda.</translation>
    </message>
    <message>
        <source>Age groups %1 and %2 overlap: a child must fall in one group only.</source>
        <translation>Le fasce d&apos;età %1 e %2 si sovrappongono: un bambino deve rientrare in una sola fascia.</translation>
    </message>
    <message>
        <source>Criterion %1 needs a code of its own.</source>
        <translation>Il criterio %1 ha bisogno di un codice suo.</translation>
    </message>
    <message>
        <source>Criterion %1 needs a description.</source>
        <translation>Il criterio %1 ha bisogno di una descrizione.</translation>
    </message>
    <message>
        <source>Criterion %1: the group is a code (letters, digits, _ and -).</source>
        <translation>Criterio %1: il gruppo è un codice (lettere, cifre, _ e -).</translation>
    </message>
    <message>
        <source>The tie-break %1 is listed twice.</source>
        <translation>Il criterio di parità %1 è elencato due volte.</translation>
    </message>
    <message>
        <source>The tie-break %1 names a group no criterion has.</source>
        <translation>Il criterio di parità %1 nomina un gruppo che nessun criterio ha.</translation>
    </message>
    <message>
        <source>At least one nursery is needed.</source>
        <translation>Serve almeno un nido.</translation>
    </message>
    <message>
        <source>Nursery %1 needs a code of its own.</source>
        <translation>Il nido %1 ha bisogno di un codice suo.</translation>
    </message>
    <message>
        <source>Nursery %1 needs a name.</source>
        <translation>Il nido %1 ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>Nursery %1 has seats for %2, which is not an age group.</source>
        <translation>Il nido %1 ha posti per %2, che non è una fascia d&apos;età.</translation>
    </message>
    <message>
        <source>Nursery %1: seats cannot be negative.</source>
        <translation>Nido %1: i posti non possono essere negativi.</translation>
    </message>
    <message>
        <source>The number of refusals allowed cannot be negative.</source>
        <translation>Il numero di rinunce consentite non può essere negativo.</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valido al carattere %1: %2</translation>
    </message>
    <message>
        <source>the rules are one JSON object</source>
        <translation>le regole sono un unico oggetto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; non è una data con ora</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not older_first or younger_first</source>
        <translation>&quot;%1&quot; non è older_first né younger_first</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>serve un numero</translation>
    </message>
    <message>
        <source>at most two decimals</source>
        <translation>al massimo due decimali</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not application, named_nursery or named_nursery_first_choice</source>
        <translation>&quot;%1&quot; non è application, named_nursery né named_nursery_first_choice</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>serve un elenco</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tie-break key (%2, isee_at_most:N, group_points_desc:GROUP)</source>
        <translation>&quot;%1&quot; non è un criterio di parità (%2, isee_at_most:N, group_points_desc:GRUPPO)</translation>
    </message>
    <message>
        <source>a whole number of seats is required</source>
        <translation>serve un numero intero di posti</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>serve true o false</translation>
    </message>
    <message>
        <source>a whole number from 0 is required</source>
        <translation>serve un numero intero da 0 in su</translation>
    </message>
    <message>
        <source>the protocol number is longer than %1 characters</source>
        <translation>il numero di protocollo supera i %1 caratteri</translation>
    </message>
    <message>
        <source>the child&apos;s names are longer than %1 characters</source>
        <translation>il nome del bambino supera i %1 caratteri</translation>
    </message>
    <message>
        <source>Nurseries: %1</source>
        <translation>Nidi: %1</translation>
    </message>
    <message>
        <source>Conditions: %1 (×2: declared twice; @N01: for that nursery only)</source>
        <translation>Condizioni: %1 (×2: dichiarata due volte; @N01: solo per quel nido)</translation>
    </message>
    <message>
        <source>declared %1 times</source>
        <translation>dichiarata %1 volte</translation>
    </message>
    <message>
        <source>for %1 only</source>
        <translation>solo per %1</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorità</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>residenza</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famiglia</translation>
    </message>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
</context>
<context>
    <name>Sportello::Nursery::ApplicationsModel</name>
    <message>
        <source>late</source>
        <translation>fuori termine</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nato il</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentata</translation>
    </message>
    <message>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situazione</translation>
    </message>
</context>
<context>
    <name>Sportello::Nursery::RankingModel</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Nido</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Pref.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Fuori termine</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situazione</translation>
    </message>
</context>
<context>
    <name>Sportello::NurseryDemandChart</name>
    <message>
        <source>Nursery demand and seats</source>
        <translation>Domanda e posti dei nidi</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Nido</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>All age groups together, or one</source>
        <translation>Tutte le fasce d&apos;età insieme, o una sola</translation>
    </message>
    <message>
        <source>No admission round yet.</source>
        <translation>Ancora nessun turno di iscrizione.</translation>
    </message>
</context>
<context>
    <name>Sportello::NurseryPanel</name>
    <message>
        <source>Small</source>
        <translation>Piccoli</translation>
    </message>
    <message>
        <source>&amp;Import rules…</source>
        <translation>Importa regole…</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Domande</translation>
    </message>
    <message>
        <source>&amp;Seats and answers</source>
        <translation>Posti &amp;e risposte</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>&amp;Simulazione</translation>
    </message>
    <message>
        <source>&amp;Published lists</source>
        <translation>Graduatorie pu&amp;bblicate</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>Reg&amp;ole</translation>
    </message>
    <message>
        <source>Nursery admissions</source>
        <translation>Iscrizioni ai nidi</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) - %n applications</source>
        <translation>
            <numerusform>%1 (%2) - %n domanda</numerusform>
            <numerusform>%1 (%2) - %n domande</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>No round yet: create one or import its rules.</source>
        <translation>Nessun turno: crearne uno o importarne le regole.</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Fase successiva</translation>
    </message>
    <message>
        <source>Stage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Fase: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move to: %1</source>
        <translation>Passa a: %1</translation>
    </message>
    <message>
        <source>Last stage</source>
        <translation>Ultima fase</translation>
    </message>
    <message>
        <source>Applications can be registered from now on.</source>
        <translation>Da ora si possono registrare le domande.</translation>
    </message>
    <message>
        <source>The provisional ranking is published as it is now, and the rules can no longer change.</source>
        <translation>La graduatoria provvisoria viene pubblicata così com&apos;è ora, e le regole non potranno più cambiare.</translation>
    </message>
    <message>
        <source>Families may appeal against their score; validate or reject the conditions they contest.</source>
        <translation>Le famiglie possono presentare ricorso sul punteggio; verificare o respingere le condizioni contestate.</translation>
    </message>
    <message>
        <source>The final ranking is published as it is now.</source>
        <translation>La graduatoria definitiva viene pubblicata così com&apos;è ora.</translation>
    </message>
    <message numerus="yes">
        <source>Seats are offered in ranking order to %n applications.</source>
        <translation>
            <numerusform>Si offre il posto in ordine di graduatoria a %n domanda.</numerusform>
            <numerusform>Si offrono i posti in ordine di graduatoria a %n domande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move round %1 to &quot;%2&quot;?

%3</source>
        <translation>Portare il turno %1 alla fase &quot;%2&quot;?

%3</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nuovo turno</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>&amp;School year:</source>
        <translation>&amp;Anno educativo:</translation>
    </message>
    <message>
        <source>The rules start as a copy of the latest round&apos;s, one year on; review them in the Rules tab before opening applications.</source>
        <translation>Le regole partono da una copia di quelle dell&apos;ultimo turno, spostate di un anno; rivederle nella scheda Regole prima di aprire le iscrizioni.</translation>
    </message>
    <message>
        <source>A round %1 already exists.</source>
        <translation>Esiste già un turno %1.</translation>
    </message>
    <message>
        <source>New nursery</source>
        <translation>Nuovo nido</translation>
    </message>
    <message>
        <source>Import the rules of a round</source>
        <translation>Importa le regole di un turno</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Regole (*.json)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Importa regole</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New roun&amp;d…</source>
        <translation>&amp;Nuovo turno…</translation>
    </message>
    <message>
        <source>Ran&amp;king</source>
        <translation>&amp;Graduatoria</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Graf&amp;ici</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Turno:</translation>
    </message>
    <message>
        <source>Applicatio&amp;n deadline:</source>
        <translation>&amp;Scadenza delle domande:</translation>
    </message>
</context>
<context>
    <name>Sportello::NurseryRepository</name>
    <message>
        <source>The round %1 is at the stage &quot;%2&quot;: its rules can no longer change.</source>
        <translation>Il turno %1 è alla fase &quot;%2&quot;: le sue regole non possono più cambiare.</translation>
    </message>
    <message>
        <source>Seats of the round %1 have been offered: its rules can no longer change.</source>
        <translation>Sono stati offerti posti del turno %1: le sue regole non possono più cambiare.</translation>
    </message>
    <message>
        <source>The application %1 chooses the nursery %2, which these rules do not have.</source>
        <translation>La domanda %1 sceglie il nido %2, che queste regole non prevedono.</translation>
    </message>
    <message>
        <source>The application %1 declares %2, which these rules do not score that way.</source>
        <translation>La domanda %1 dichiara %2, che queste regole non valutano così.</translation>
    </message>
    <message>
        <source>The round could not be saved: %1</source>
        <translation>Impossibile salvare il turno: %1</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Impossibile salvare le regole: %1</translation>
    </message>
    <message>
        <source>The stage of the round could not be changed.</source>
        <translation>Impossibile cambiare la fase del turno.</translation>
    </message>
    <message>
        <source>The round is at its last stage.</source>
        <translation>Il turno è all&apos;ultima fase.</translation>
    </message>
    <message>
        <source>The application %1 could not be saved: %2</source>
        <translation>Impossibile salvare la domanda %1: %2</translation>
    </message>
    <message>
        <source>The applications could not be saved: %1</source>
        <translation>Impossibile salvare le domande: %1</translation>
    </message>
    <message>
        <source>The round already has an application with protocol %1.</source>
        <translation>Il turno ha già una domanda con protocollo %1.</translation>
    </message>
    <message>
        <source>The application could not be saved: %1</source>
        <translation>Impossibile salvare la domanda: %1</translation>
    </message>
    <message>
        <source>The conditions could not be saved.</source>
        <translation>Impossibile salvare le condizioni.</translation>
    </message>
    <message>
        <source>The application could not be changed.</source>
        <translation>Impossibile modificare la domanda.</translation>
    </message>
    <message>
        <source>The condition could not be changed.</source>
        <translation>Impossibile modificare la condizione.</translation>
    </message>
    <message>
        <source>The allocation could not be saved: %1</source>
        <translation>Impossibile salvare l&apos;assegnazione: %1</translation>
    </message>
    <message>
        <source>The round %1 has no application %2.</source>
        <translation>Il turno %1 non ha la domanda %2.</translation>
    </message>
    <message>
        <source>The application %1 holds no offer to answer: allocate the seats first.</source>
        <translation>La domanda %1 non ha offerte a cui rispondere: assegnare prima i posti.</translation>
    </message>
    <message>
        <source>The answer could not be saved.</source>
        <translation>Impossibile salvare la risposta.</translation>
    </message>
    <message>
        <source>The ranking could not be published: %1</source>
        <translation>Impossibile pubblicare la graduatoria: %1</translation>
    </message>
</context>
<context>
    <name>Sportello::OpenCasesByAreaChart</name>
    <message>
        <source>Open cases by need area</source>
        <translation>Cartelle aperte per area di bisogno</translation>
    </message>
    <message>
        <source>Need area</source>
        <translation>Area di bisogno</translation>
    </message>
</context>
<context>
    <name>Sportello::OpenCasesByStatusChart</name>
    <message>
        <source>Open cases by status</source>
        <translation>Cartelle aperte per stato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>Sportello::PlanView</name>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Aggiungi a&amp;zione</translation>
    </message>
    <message>
        <source>&amp;Update action</source>
        <translation>A&amp;ggiorna azione</translation>
    </message>
    <message>
        <source>Remo&amp;ve action</source>
        <translation>Ri&amp;muovi azione</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>Salva &amp;progetto</translation>
    </message>
    <message>
        <source>Municipal personalised plan</source>
        <translation>Progetto personalizzato comunale</translation>
    </message>
    <message>
        <source>Assegno di inclusione (AdI)</source>
        <translation>Assegno di inclusione (AdI)</translation>
    </message>
    <message>
        <source>Supporto per la formazione e il lavoro (SFL)</source>
        <translation>Supporto per la formazione e il lavoro (SFL)</translation>
    </message>
    <message>
        <source>The service or body, when not the citizen</source>
        <translation>Il servizio o l&apos;ente, se non è il cittadino</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>State</source>
        <translation>S&amp;tato</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Descrizi&amp;one</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Describe the action first.</source>
        <translation>Descrivere prima l&apos;azione.</translation>
    </message>
    <message>
        <source>The action is added: save the plan to keep it.</source>
        <translation>L&apos;azione è stata aggiunta: salvare il progetto per conservarla.</translation>
    </message>
    <message>
        <source>The action is changed: save the plan to keep it.</source>
        <translation>L&apos;azione è stata modificata: salvare il progetto per conservare la modifica.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Concordato il</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Verifica il</translation>
    </message>
    <message>
        <source>Resp&amp;onsible</source>
        <translation>Respo&amp;nsabile</translation>
    </message>
    <message>
        <source>Agree pla&amp;n</source>
        <translation>Concorda &amp;progetto</translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation>Il progetto è salvato.</translation>
    </message>
</context>
<context>
    <name>Sportello::PublicationsView</name>
    <message>
        <source>Published on</source>
        <translation>Pubblicata il</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Graduatoria</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Pubblicata da</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Preferences expressed</source>
        <translation>Preferenze espresse</translation>
    </message>
    <message>
        <source>Published rankings (they never change)</source>
        <translation>Graduatorie pubblicate (non cambiano mai)</translation>
    </message>
    <message>
        <source>Anonymous list of one nursery and age group</source>
        <translation>Graduatoria anonima di un nido e di una fascia d&apos;età</translation>
    </message>
    <message>
        <source>A&amp;ge group:</source>
        <translation>Fascia d&apos;et&amp;à:</translation>
    </message>
    <message>
        <source>The ranking is published when the round moves to the provisional ranking.</source>
        <translation>La graduatoria si pubblica quando il turno passa alla graduatoria provvisoria.</translation>
    </message>
    <message numerus="yes">
        <source>%1 - %2, %3 - last updated on %4 - %n rows (* late)</source>
        <translation>
            <numerusform>%1 - %2, %3 - ultimo aggiornamento il %4 - %n riga (* fuori termine)</numerusform>
            <numerusform>%1 - %2, %3 - ultimo aggiornamento il %4 - %n righe (* fuori termine)</numerusform>
        </translation>
    </message>
    <message>
        <source>No ranking published yet.</source>
        <translation>Nessuna graduatoria ancora pubblicata.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Esporta la graduatoria</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Published lists</source>
        <translation>Graduatorie pubblicate</translation>
    </message>
    <message>
        <source>Preview of the published list</source>
        <translation>Anteprima della graduatoria pubblicata</translation>
    </message>
    <message>
        <source>Pu&amp;blish the current ranking</source>
        <translation>Pubblica &amp;la graduatoria attuale</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Exp&amp;ort PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>&amp;Nursery:</source>
        <translation>Nido:</translation>
    </message>
</context>
<context>
    <name>Sportello::QuickSearch</name>
    <message>
        <source>Quick search</source>
        <translation>Ricerca rapida</translation>
    </message>
    <message>
        <source>Surname, name or fiscal code, then Enter</source>
        <translation>Cognome, nome o codice fiscale, poi Invio</translation>
    </message>
</context>
<context>
    <name>Sportello::RankingView</name>
    <message>
        <source>Find protocol or name</source>
        <translation>Trova protocollo o nome</translation>
    </message>
    <message>
        <source>Why this position</source>
        <translation>Perché questa posizione</translation>
    </message>
    <message>
        <source>A&amp;ge group:</source>
        <translation>Fas&amp;cia d&apos;età:</translation>
    </message>
    <message>
        <source>Every nursery</source>
        <translation>Tutti i nidi</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a row to see how its score and position come about.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selezionare una riga per vedere come si formano il punteggio e la posizione.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print explanation</source>
        <translation>Stampa la spiegazione</translation>
    </message>
    <message>
        <source>Find in the ranking</source>
        <translation>Trova nella graduatoria</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Graduatoria</translation>
    </message>
    <message>
        <source>Print exp&amp;lanation…</source>
        <translation>S&amp;tampa la spiegazione…</translation>
    </message>
    <message>
        <source>&amp;Nursery:</source>
        <translation>Nido:</translation>
    </message>
</context>
<context>
    <name>Sportello::Receipt</name>
    <message>
        <source>Comune di %1</source>
        <translation>Comune di %1</translation>
    </message>
    <message>
        <source>Receipt of a request to the social services</source>
        <translation>Ricevuta della richiesta ai servizi sociali</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Numero della richiesta</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ricevuta il</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Need area</source>
        <translation>Area di bisogno</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Quote the request number when you contact the office. Your personal data are processed by the Comune for the social services only (GDPR, art. 13).</source>
        <translation>Per contattare l&apos;ufficio, citare il numero della richiesta. I dati personali sono trattati dal Comune esclusivamente per i servizi sociali (GDPR, art. 13).</translation>
    </message>
</context>
<context>
    <name>Sportello::Relations</name>
    <message>
        <source>Head of household</source>
        <translation>Intestatario scheda</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Coniuge</translation>
    </message>
    <message>
        <source>Civil partner</source>
        <translation>Unito civilmente</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Figlio/a</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Fratello o sorella</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Nipote</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Nonno/a</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Altro parente</translation>
    </message>
    <message>
        <source>Cohabitant</source>
        <translation>Convivente</translation>
    </message>
</context>
<context>
    <name>Sportello::RepertoryImport</name>
    <message>
        <source>missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>non è un testo</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>non è un elenco</translation>
    </message>
    <message>
        <source>not a non-empty text</source>
        <translation>non è un testo non vuoto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code</source>
        <translation>&quot;%1&quot; non è un codice valido</translation>
    </message>
    <message>
        <source>Not a JSON object (at byte %1: %2).</source>
        <translation>Non è un oggetto JSON (al byte %1: %2).</translation>
    </message>
    <message>
        <source>lower-case letters, digits and -, like rrfp-toscana</source>
        <translation>lettere minuscole, cifre e -, come rrfp-toscana</translation>
    </message>
    <message>
        <source>esco is the ESCO import&apos;s</source>
        <translation>esco è riservato all&apos;importazione ESCO</translation>
    </message>
    <message>
        <source>no professional figure</source>
        <translation>nessuna figura professionale</translation>
    </message>
    <message>
        <source>an EQF level is 1 to 8</source>
        <translation>il livello EQF va da 1 a 8</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 compare due volte</translation>
    </message>
    <message>
        <source>a figure has at least one competence unit</source>
        <translation>una figura ha almeno un&apos;unità di competenza</translation>
    </message>
    <message>
        <source>the unit %1 has another title in an earlier figure</source>
        <translation>l&apos;unità %1 ha un altro titolo in una figura precedente</translation>
    </message>
</context>
<context>
    <name>Sportello::RequestsView</name>
    <message>
        <source>Only those to be &amp;taken in charge</source>
        <translation>Solo &amp;quelle da prendere in carico</translation>
    </message>
    <message>
        <source>Ta&amp;ke charge</source>
        <translation>Prendi &amp;in carico</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Ultimo %n giorno</numerusform>
            <numerusform>Ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New request from the registry…</source>
        <translation>&amp;Nuova richiesta dall&apos;anagrafe…</translation>
    </message>
    <message>
        <source>Find the citizen, then use &quot;New social request&quot; in the record</source>
        <translation>Trovare il cittadino, poi usare &quot;Nuova richiesta sociale&quot; nella sua scheda</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>%1, only those to be taken in charge</source>
        <translation>%1, solo quelle da prendere in carico</translation>
    </message>
    <message>
        <source>Social requests</source>
        <translation>Richieste sociali</translation>
    </message>
    <message>
        <source>Open &amp;case file</source>
        <translation>Apri car&amp;tella</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Peri&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>Asse&amp;gna a</translation>
    </message>
</context>
<context>
    <name>Sportello::Roles</name>
    <message>
        <source>Desk clerk</source>
        <translation>Operatore di sportello</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistente sociale</translation>
    </message>
    <message>
        <source>Childcare coordinator</source>
        <translation>Coordinatore dei servizi per l&apos;infanzia</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
</context>
<context>
    <name>Sportello::RulesEditor</name>
    <message>
        <source>Older first</source>
        <translation>Prima i più grandi</translation>
    </message>
    <message>
        <source>Younger first</source>
        <translation>Prima i più piccoli</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Born from</source>
        <translation>Nati dal</translation>
    </message>
    <message>
        <source>Born to</source>
        <translation>Nati fino al</translation>
    </message>
    <message>
        <source>Child&apos;s age tie-break</source>
        <translation>Parità per età del bambino</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Counts for</source>
        <translation>Vale per</translation>
    </message>
    <message>
        <source>threshold € or group</source>
        <translation>soglia € o gruppo</translation>
    </message>
    <message>
        <source>ISEE up to a threshold first (give the threshold)</source>
        <translation>Prima l&apos;ISEE fino a una soglia (indicare la soglia)</translation>
    </message>
    <message>
        <source>More points in a criterion group first (give the group)</source>
        <translation>Prima chi ha più punti in un gruppo di criteri (indicare il gruppo)</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Anno educa&amp;tivo:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Fasce d&apos;età</translation>
    </message>
    <message>
        <source>Criteria and points</source>
        <translation>Criteri e punteggi</translation>
    </message>
    <message>
        <source>Nurseries and seats per age group</source>
        <translation>Nidi e posti per fascia d&apos;età</translation>
    </message>
    <message>
        <source>Tie-breaks, in order</source>
        <translation>Criteri di parità, in ordine</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Only childcare coordinators change the rules.</source>
        <translation>Solo i coordinatori dei servizi per l&apos;infanzia cambiano le regole.</translation>
    </message>
    <message>
        <source>The ranking has been published (stage &quot;%1&quot;): the rules can no longer change.</source>
        <translation>La graduatoria è stata pubblicata (fase &quot;%1&quot;): le regole non possono più cambiare.</translation>
    </message>
    <message>
        <source>Seats have been offered: the rules can no longer change.</source>
        <translation>Sono stati offerti posti: le regole non possono più cambiare.</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>Posti %1</translation>
    </message>
    <message>
        <source>Criterion %1: the points are a number with at most two decimals.</source>
        <translation>Criterio %1: i punti sono un numero con al massimo due decimali.</translation>
    </message>
    <message>
        <source>Nursery %1: seats are a whole number.</source>
        <translation>Nido %1: i posti sono un numero intero.</translation>
    </message>
    <message>
        <source>Tie-breaks</source>
        <translation>Criteri di parità</translation>
    </message>
    <message>
        <source>Give the ISEE threshold in euros, or the criterion group, beside the key.</source>
        <translation>Indicare accanto al criterio la soglia ISEE in euro, o il gruppo di criteri.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>Nurseries</source>
        <translation>Nidi</translation>
    </message>
    <message>
        <source>Tie-breaks in order</source>
        <translation>Criteri di parità, in ordine</translation>
    </message>
    <message>
        <source>Refusin&amp;g the first choice removes the application</source>
        <translation>La rinuncia alla &amp;prima scelta esclude la domanda</translation>
    </message>
    <message>
        <source>Save ru&amp;les</source>
        <translation>Salva &amp;le regole</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Ann&amp;ulla le modifiche</translation>
    </message>
    <message>
        <source>R&amp;ound code:</source>
        <translation>&amp;Codice del turno:</translation>
    </message>
    <message>
        <source>Applicatio&amp;n deadline:</source>
        <translation>Scaden&amp;za delle domande:</translation>
    </message>
    <message>
        <source>Refusals allowed while staying on the list:</source>
        <translation>Rinunce consentite restando in graduatoria:</translation>
    </message>
    <message>
        <source>Application deadline: %1</source>
        <translation>Scadenza delle domande: %1</translation>
    </message>
    <message>
        <source>Age group %1: %2</source>
        <translation>Fascia d&apos;età %1: %2</translation>
    </message>
</context>
<context>
    <name>Sportello::SetAsideRows</name>
    <message>
        <source>It refers to a record this desk does not have (yet): it is tried again at every sync.</source>
        <translation>Si riferisce a una scheda che questo sportello non ha (ancora): si riprova a ogni sincronizzazione.</translation>
    </message>
    <message>
        <source>It duplicates a record this desk already has: the two must be merged.</source>
        <translation>Duplica una scheda che questo sportello ha già: le due vanno unite.</translation>
    </message>
    <message>
        <source>The region holds a value this desk does not accept: the region must correct the record.</source>
        <translation>La Regione contiene un valore che questo sportello non accetta: la Regione deve correggere la scheda.</translation>
    </message>
</context>
<context>
    <name>Sportello::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Sportello — sign in</source>
        <translation>Sportello — accesso</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Demo data: sign in as %1 with the password %2.</source>
        <translation>Dati dimostrativi: accedere come %1 con la password %2.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Nome utente o password errati, oppure account disattivato.</translation>
    </message>
    <message>
        <source>Checking with the regional database…</source>
        <translation>Verifica con il database regionale in corso…</translation>
    </message>
</context>
<context>
    <name>Sportello::SocialSection</name>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>New social re&amp;quest…</source>
        <translation>&amp;Nuova richiesta sociale…</translation>
    </message>
    <message numerus="yes">
        <source>Social services (%n request(s))</source>
        <translation>
            <numerusform>Servizi sociali (%n richiesta)</numerusform>
            <numerusform>Servizi sociali (%n richieste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Social services: no request</source>
        <translation>Servizi sociali: nessuna richiesta</translation>
    </message>
    <message>
        <source>Open &amp;case file</source>
        <translation>Apr&amp;i cartella</translation>
    </message>
</context>
<context>
    <name>Sportello::Spreadsheet</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Printed on %1, %n row(s)</source>
        <translation>
            <numerusform>Stampato il %1, %n riga</numerusform>
            <numerusform>Stampato il %1, %n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>the rows could not be read</source>
        <translation>impossibile leggere le righe</translation>
    </message>
</context>
<context>
    <name>Sportello::StaffAccountDialog</name>
    <message>
        <source>Account &amp;active</source>
        <translation>Account &amp;attivo</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Crea l&apos;account dell&apos;amministratore</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Nuovo account del personale</translation>
    </message>
    <message>
        <source>Staff account %1</source>
        <translation>Account del personale %1</translation>
    </message>
    <message>
        <source>leave empty to keep the current password</source>
        <translation>lasciare vuoto per mantenere la password attuale</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nome &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>Ripeti pass&amp;word</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the administrator, who will then create the other accounts.</source>
        <translation>Questo database non ha ancora account del personale. Creare l&apos;account dell&apos;amministratore, che poi creerà gli altri account.</translation>
    </message>
    <message>
        <source>The municipality is its six-digit ISTAT code, e.g. 102047.</source>
        <translation>Il comune si indica con il suo codice ISTAT a sei cifre, es. 102047.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>Sportello::StaffPanel</name>
    <message>
        <source>Staff accounts</source>
        <translation>Account del personale</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>Staff accounts of this desk</source>
        <translation>Account del personale di questo sportello</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>Edit &amp;account…</source>
        <translation>M&amp;odifica account…</translation>
    </message>
</context>
<context>
    <name>Sportello::StaffRepository</name>
    <message>
        <source>The password must be at least 8 characters long.</source>
        <translation>La password deve contenere almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The username must be 2-63 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Il nome utente deve avere da 2 a 63 caratteri tra lettere minuscole, cifre, punti, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Il nome completo è obbligatorio.</translation>
    </message>
    <message>
        <source>An account with this username already exists.</source>
        <translation>Esiste già un account con questo nome utente.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>Impossibile proteggere la password (memoria insufficiente).</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Deve rimanere almeno un amministratore attivo.</translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation>Impossibile modificare la password.</translation>
    </message>
    <message>
        <source>The password is too long (at most %1 characters).</source>
        <translation>La password è troppo lunga (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
</context>
<context>
    <name>Sportello::SyncEngine</name>
    <message>
        <source>The connection to the regional database was lost: %1</source>
        <translation>La connessione al database regionale si è interrotta: %1</translation>
    </message>
    <message>
        <source>This is demo data: it is never sent to the regional database.</source>
        <translation>Questi sono dati dimostrativi: non vengono mai inviati al database regionale.</translation>
    </message>
    <message>
        <source>The regional database has schema %1 and this program needs %2: the region must run sportello central init.</source>
        <translation>Il database regionale ha lo schema %1 e questo programma richiede lo schema %2: la Regione deve eseguire sportello central init.</translation>
    </message>
    <message>
        <source>The regional database has schema %1, newer than this program (%2): update Sportello.</source>
        <translation>Il database regionale ha lo schema %1, più recente di quello gestito da questo programma (%2): aggiornare Sportello.</translation>
    </message>
    <message>
        <source>This account is not enabled for Sportello in the regional database.</source>
        <translation>Questo account non è abilitato a Sportello nel database regionale.</translation>
    </message>
    <message>
        <source>The regional database answered a batch incompletely.</source>
        <translation>Il database regionale ha risposto in modo incompleto a un lotto di modifiche.</translation>
    </message>
    <message>
        <source>The regional database does not keep the table %1: the region must run sportello central init.</source>
        <translation>Il database regionale non contiene la tabella %1: la Regione deve eseguire sportello central init.</translation>
    </message>
    <message>
        <source>Sync interrupted.</source>
        <translation>Sincronizzazione interrotta.</translation>
    </message>
    <message>
        <source>The regional database did not answer in time (%1): nothing is lost, the sync will be tried again.</source>
        <translation>Il database regionale non ha risposto in tempo (%1): non si perde nulla, la sincronizzazione sarà ritentata.</translation>
    </message>
</context>
<context>
    <name>Sportello::SyncHealthChart</name>
    <message>
        <source>Sync health</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
</context>
<context>
    <name>Sportello::SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send and receive changes with the regional database now</source>
        <translation>Invia ora le modifiche al database regionale e ricevi quelle nuove</translation>
    </message>
    <message>
        <source>Regional database not configured: this desk works on its own</source>
        <translation>Database regionale non configurato: questo sportello lavora in autonomia</translation>
    </message>
    <message>
        <source>Region: connecting…</source>
        <translation>Regione: connessione in corso…</translation>
    </message>
    <message>
        <source>Region: syncing…</source>
        <translation>Regione: sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Region: receiving %1 of %2 changes…</source>
        <translation>Regione: ricezione delle modifiche (%1 di %2)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln modifica da inviare</numerusform>
            <numerusform>%Ln modifiche da inviare</numerusform>
        </translation>
    </message>
    <message>
        <source>Region: online, synced at %1</source>
        <translation>Regione: in linea, ultima sincronizzazione alle %1</translation>
    </message>
    <message>
        <source>last sync at %1</source>
        <translation>ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nessuna sincronizzazione</translation>
    </message>
    <message>
        <source>Region: offline (%1), retrying soon · %2</source>
        <translation>Regione: non in linea (%1), nuovo tentativo a breve · %2</translation>
    </message>
    <message>
        <source>Region: not synced · %1</source>
        <translation>Regione: sincronizzazione non riuscita · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to check</source>
        <translation>
            <numerusform>%Ln modifica da controllare</numerusform>
            <numerusform>%Ln modifiche da controllare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::TableExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>Esporta «%1»</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Print &quot;%1&quot;</source>
        <translation>Stampa «%1»</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>A printout is not a file.</source>
        <translation>Una stampa non è un file.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <source>Export the list &quot;%1&quot;</source>
        <translation>Esporta l&apos;elenco «%1»</translation>
    </message>
    <message>
        <source>Save the list as CSV, Excel or PDF, or print it</source>
        <translation>Salva l&apos;elenco in CSV, Excel o PDF, oppure stampalo</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Excel (XLSX)…</source>
        <translation>&amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n riga esportata in %1.</numerusform>
            <numerusform>%n righe esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list has %1 rows: a printout holds at most %2. Narrow the list, or export it to Excel or CSV.</source>
        <translation>L&apos;elenco ha %1 righe: una stampa ne contiene al massimo %2. Restringere l&apos;elenco, o esportarlo in Excel o CSV.</translation>
    </message>
    <message>
        <source>The list has %1 rows: an Excel sheet holds at most %2. Export it to CSV, which has no limit, or narrow the list.</source>
        <translation>L&apos;elenco ha %1 righe: un foglio Excel ne contiene al massimo %2. Esportarlo in CSV, che non ha limiti, o restringere l&apos;elenco.</translation>
    </message>
    <message>
        <source>The list has %1 rows: this list can be exported up to %2. Narrow it first.</source>
        <translation>L&apos;elenco ha %1 righe: questo elenco si esporta fino a %2 righe. Restringerlo prima.</translation>
    </message>
</context>
<context>
    <name>Sportello::TablePrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>Sportello::TextLimits</name>
    <message>
        <source>%1: at most %2 characters, %3 are written.</source>
        <translation>%1: al massimo %2 caratteri, ne sono scritti %3.</translation>
    </message>
</context>
<context>
    <name>Sportello::TourDialog</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Benvenuti in Sportello</translation>
    </message>
    <message>
        <source>This database holds demo data: invented citizens, a nursery round, social cases and libretti, marked as demo and never sent to the region. This short tour shows each panel you can use. Everything here can be tried freely.</source>
        <translation>Questo database contiene dati dimostrativi: cittadini inventati, un turno di iscrizione ai nidi, cartelle sociali e libretti, segnati come dimostrativi e mai inviati alla Regione. Questa breve visita mostra ogni pannello a sua disposizione. Qui si può provare tutto liberamente.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Cittadini</translation>
    </message>
    <message>
        <source>The registry every panel shares. Type part of a surname, a name or a fiscal code in the search field (Ctrl+F), for instance &quot;rossi&quot;: the list narrows as you type. Ctrl+N registers a new citizen; the fiscal code is checked as it is typed.</source>
        <translation>L&apos;anagrafe condivisa da tutti i pannelli. Scriva parte di un cognome, un nome o un codice fiscale nel campo di ricerca (Ctrl+F), per esempio «rossi»: l&apos;elenco si restringe mentre scrive. Ctrl+N registra un nuovo cittadino; il codice fiscale è controllato mentre lo si scrive.</translation>
    </message>
    <message>
        <source>Nursery admissions</source>
        <translation>Iscrizioni ai nidi</translation>
    </message>
    <message>
        <source>The demo round has its rules, applications and ranking. Open the ranking to see each family&apos;s points explained, and the charts to compare demand and seats.</source>
        <translation>Il turno dimostrativo ha le sue regole, le domande e la graduatoria. Apra la graduatoria per vedere spiegati i punti di ogni famiglia, e i grafici per confrontare domanda e posti.</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>Requests received at the desk, the social workers&apos; case files, the agenda and the service&apos;s reports. A social request starts from the citizen&apos;s record (Ctrl+R).</source>
        <translation>Le richieste ricevute allo sportello, le cartelle delle assistenti sociali, l&apos;agenda e i report del servizio. Una richiesta sociale parte dalla scheda del cittadino (Ctrl+R).</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>Search the regional repertory and ESCO as you type, for instance &quot;cuoco&quot; or &quot;assistenza&quot;. A citizen&apos;s Libretto formativo opens from their record.</source>
        <translation>Cerchi nel repertorio regionale e in ESCO mentre scrive, per esempio «cuoco» o «assistenza». Il Libretto formativo di un cittadino si apre dalla sua scheda.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>The figures at a glance, as your role may see them. Each chart is saved as an image or its figures as CSV.</source>
        <translation>Le cifre a colpo d&apos;occhio, come il suo ruolo le può vedere. Ogni grafico si salva come immagine, e le sue cifre in CSV.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Account del personale</translation>
    </message>
    <message>
        <source>The desk&apos;s accounts and their roles. The demo accounts all use the password demo-sportello.</source>
        <translation>Le utenze dello sportello e i loro ruoli. Le utenze dimostrative usano tutte la password demo-sportello.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro degli accessi</translation>
    </message>
    <message>
        <source>Who opened, changed or exported what. Your own sign-in is already there.</source>
        <translation>Chi ha aperto, modificato o esportato che cosa. Il suo accesso è già registrato.</translation>
    </message>
    <message>
        <source>Help is one key away</source>
        <translation>L&apos;aiuto è a un tasto di distanza</translation>
    </message>
    <message>
        <source>F1 opens the help of the panel you are on, with the keyboard shortcuts. Every list has an Export button (CSV, Excel, print, PDF). This tour is in the Help menu whenever you want it again.</source>
        <translation>F1 apre l&apos;aiuto del pannello in cui si trova, con le scorciatoie da tastiera. Ogni elenco ha il pulsante Esporta (CSV, Excel, stampa, PDF). Questa visita si ritrova nel menu Aiuto quando vuole.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visita guidata</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
</context>
<context>
    <name>Sportello::WaitingChanges</name>
    <message>
        <source>Only an administrator hands changes over.</source>
        <translation>Solo un amministratore affida le modifiche a un collega.</translation>
    </message>
    <message>
        <source>%1 cannot take these changes over: choose an active colleague with the same role.</source>
        <translation>%1 non può prendere in carico queste modifiche: scegliere un collega attivo con lo stesso ruolo.</translation>
    </message>
    <message>
        <source>The changes could not be handed over: %1</source>
        <translation>Impossibile affidare le modifiche: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by nobody known wait for an administrator</source>
        <translation>
            <numerusform>%n modifica senza autore noto attende un amministratore</numerusform>
            <numerusform>%n modifiche senza autore noto attendono un amministratore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1 wait for their next sign-in</source>
        <translation>
            <numerusform>%n modifica di %1 attende il suo prossimo accesso</numerusform>
            <numerusform>%n modifiche di %1 attendono il suo prossimo accesso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sportello::WaitingListChart</name>
    <message>
        <source>Waiting list over the allocation rounds</source>
        <translation>Lista d&apos;attesa nei turni di assegnazione</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Turno</translation>
    </message>
</context>
<context>
    <name>Sportello::WhatIfView</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>Punti ora</translation>
    </message>
    <message>
        <source>Points in the simulation</source>
        <translation>Punti nella simulazione</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Nido</translation>
    </message>
    <message>
        <source>Position now</source>
        <translation>Posizione ora</translation>
    </message>
    <message>
        <source>Position then</source>
        <translation>Posizione simulata</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Score now → then</source>
        <translation>Punteggio ora → simulato</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Posto</translation>
    </message>
    <message>
        <source>Change the points of one or more criteria</source>
        <translation>Cambiare i punti di uno o più criteri</translation>
    </message>
    <message>
        <source>Nothing changes until you simulate: the round itself is never modified here.</source>
        <translation>Nulla cambia finché non si simula: qui il turno non viene mai modificato.</translation>
    </message>
    <message>
        <source>The points of %1 are not a number.</source>
        <translation>I punti di %1 non sono un numero.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>would gain a seat</source>
        <translation>otterrebbe un posto</translation>
    </message>
    <message>
        <source>would lose the seat</source>
        <translation>perderebbe il posto</translation>
    </message>
    <message numerus="yes">
        <source>%n preference rows would change position or score; </source>
        <translation>
            <numerusform>%n riga di preferenza cambierebbe posizione o punteggio; </numerusform>
            <numerusform>%n righe di preferenza cambierebbero posizione o punteggio; </numerusform>
        </translation>
    </message>
    <message>
        <source>Points to try</source>
        <translation>Punti da provare</translation>
    </message>
    <message>
        <source>Who moves</source>
        <translation>Chi si sposta</translation>
    </message>
    <message>
        <source>Si&amp;mulate</source>
        <translation>Sim&amp;ula</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) would gain a seat</source>
        <translation>
            <numerusform>%n domanda otterrebbe un posto</numerusform>
            <numerusform>%n domande otterrebbero un posto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would lose theirs.</source>
        <translation>
            <numerusform>%n lo perderebbe.</numerusform>
            <numerusform>%n lo perderebbero.</numerusform>
        </translation>
    </message>
</context>
</TS>
