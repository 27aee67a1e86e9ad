<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Sportello::AboutDialog</name>
    <message>
        <source>About Sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front desk of the municipal social, employment, childcare and training services: the good practices of Regione Toscana and Comune di Firenze, adopted by Regione Calabria and Comune di Vibo Valentia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISC licence; Argon2id password hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of birth (Belfiore codes of Italian municipalities, also suppressed ones, and of foreign states) come from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::AddMemberDialog</name>
    <message>
        <source>Add a household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname, &quot;surname name&quot; or fiscal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::AuditPanel</name>
    <message>
        <source>Fiscal code of a citizen: who accessed their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::BirthPlaceEdit</name>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality or foreign state, or its code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenCommands</name>
    <message>
        <source>changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new citizen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenForm</name>
    <message>
        <source>Co&amp;mpute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the fiscal code from names, sex, date and place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: female, born on %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: male, born on %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To compute the code, fill in surname, given names, sex, date and place of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenListModel</name>
    <message>
        <source>Fiscal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenRepository</name>
    <message>
        <source>The citizen could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISEE value is not a plausible amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISEE needs its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISEE could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenRules</name>
    <message>
        <source>The surname is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given names are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters, spaces, apostrophes, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of birth is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown place of birth code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 5-20 digits, spaces or + - . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters of the fiscal code do not match the surname and given names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal code is of a person of the other sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal code gives the date of birth %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal code gives the place of birth %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of birth code was not in force on the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::CitizenTable</name>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::CitizensPanel</name>
    <message>
        <source>&amp;New citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by surname, &quot;surname given name&quot; or fiscal code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered: %1 %2, %3, born on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check:
%1

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2 from the registry? You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Cli</name>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates and decodes fiscal codes (codice fiscale). Exit code 0 if all are valid, 1 if any is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal codes to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one fiscal code to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the citizen registry by fiscal code, surname prefix or &quot;surname given-name&quot;, best match first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be it or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sportello [--db PATH] [--lang it|en] [COMMAND ...]
Without a command, opens the desk application.

Commands (each takes --help):
  demo [--citizens N] [--seed S] [--force]   create a demo database
  cf check [--json] CODE...                  validate fiscal codes
  citizens search [--json] [--limit N] QUERY search the citizen registry

Options:
  --db PATH      the local database (default: %1, or $SPORTELLO_DB)
  --lang it|en   the language of messages
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 the answer is no, 2 bad usage or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. See sportello --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a demo database (clearly marked as demo) with valid fiscal codes, households and ISEE declarations. The same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many citizens (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database with %1 citizens written to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::DataStatus</name>
    <message>
        <source>Local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA (invented people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent to the region</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Db</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::DemoGenerator</name>
    <message>
        <source>Demo desk clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo childcare coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of citizens must be between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Desk</name>
    <message>
        <source>Creating the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sportello cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::FiscalCode</name>
    <message>
        <source>The fiscal code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal code has 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal code has only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits are not in the places of a fiscal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month letter (9th character) must be one of A B C D E H L M P R S T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of birth must be 01-31 for men or 41-71 for women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of birth code is not a known municipality or foreign state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (last) does not match: the code has a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::HouseholdRepository</name>
    <message>
        <source>A person cannot be added to their own household twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already lives in another household: remove them from it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::HouseholdSection</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Household (%n people)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 %2 from this household?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::IseeSection</name>
    <message>
        <source>ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.345,67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISEE value in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISEE valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ISEE recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expired on %2: ask for a new declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ISEE value as an amount, e.g. 12.345,67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the expiry date as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::MainWindow</name>
    <message>
        <source>Sportello — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language will change the next time Sportello starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Migrator</name>
    <message>
        <source>The database was created by a newer version of Sportello (schema %1, this program knows up to %2). Update Sportello to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Sportello database or it is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::NewDatabaseDialog</name>
    <message>
        <source>&amp;Empty registry: this desk starts working for real</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Demo data: %n invented citizens to try the program</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Sportello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Sportello database on this computer yet. It will be created here:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::QuickSearch</name>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a surname, &quot;surname name&quot; or a fiscal code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Relations</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohabitant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::Roles</name>
    <message>
        <source>Desk clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sportello — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: sign in as %1 with the password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::StaffAccountDialog</name>
    <message>
        <source>Account &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the administrator, who will then create the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality is its six-digit ISTAT code, e.g. 102047.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::StaffPanel</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts of this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sportello::StaffRepository</name>
    <message>
        <source>The password must be at least 8 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long (at most 256 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username must be 2-63 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this username already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
