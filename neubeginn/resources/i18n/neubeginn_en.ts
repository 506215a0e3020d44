<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Verwaltung</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Ausgabestelle</source>
        <translation>Issuing desk</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Counselling agency</translation>
    </message>
    <message>
        <source>Druck</source>
        <translation>Print staff</translation>
    </message>
    <message>
        <source>Konten</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Neues Konto</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>&amp;Benutzername:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>A&amp;nzeigename:</source>
        <translation>Display &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Beratungs&amp;stelle:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Passwort &amp;wiederholen:</source>
        <translation>Repeat pass&amp;word:</translation>
    </message>
    <message>
        <source>Konto &amp;anlegen</source>
        <translation>Cre&amp;ate account</translation>
    </message>
    <message>
        <source>Konto anlegen</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Gewähltes Konto</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <source>Neues Passwor&amp;t:</source>
        <translation>New passwor&amp;d:</translation>
    </message>
    <message>
        <source>Neues Passwort wie&amp;derholen:</source>
        <translation>Repeat new pa&amp;ssword:</translation>
    </message>
    <message>
        <source>Passwort &amp;zurücksetzen</source>
        <translation>Rese&amp;t password</translation>
    </message>
    <message>
        <source>Passwort zurücksetzen</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Konto dea&amp;ktivieren…</source>
        <translation>Dis&amp;able account…</translation>
    </message>
    <message>
        <source>Konto deaktivieren</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>Bitte ein Konto in der Liste wählen.</source>
        <translation>Please choose an account in the list.</translation>
    </message>
    <message>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Konto wird angelegt …</source>
        <translation>Creating account …</translation>
    </message>
    <message>
        <source>Konto {username} angelegt.</source>
        <translation>Account {username} created.</translation>
    </message>
    <message>
        <source>Passwort wird gesetzt …</source>
        <translation>Setting password …</translation>
    </message>
    <message>
        <source>Neues Passwort für {username} gesetzt.</source>
        <translation>New password set for {username}.</translation>
    </message>
    <message>
        <source>Konto {username} deaktivieren? Sein Passwort öffnet danach nichts mehr; das lässt sich nicht rückgängig machen.</source>
        <translation>Disable account {username}? Its password will open nothing afterwards; this cannot be undone.</translation>
    </message>
    <message>
        <source>Konto {username} deaktiviert.</source>
        <translation>Account {username} disabled.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Benutzername</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Anzeigename</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein (deaktiviert)</source>
        <translation>no (disabled)</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Beratungsstellen</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Suchen …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <source>Beratungsstellen suchen</source>
        <translation>Search agencies</translation>
    </message>
    <message>
        <source>Aus CSV-Datei &amp;importieren …</source>
        <translation>&amp;Import from CSV file …</translation>
    </message>
    <message>
        <source>Verzeichnis aus CSV-Datei importieren</source>
        <translation>Import the directory from a CSV file</translation>
    </message>
    <message>
        <source>Die Liste der Stadt übernehmen; Stellen mit gleichem Namen werden ergänzt.</source>
        <translation>Take over the city&apos;s list; agencies of the same name get its details.</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Angaben zur Beratungsstelle</source>
        <translation>Agency details</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Anschrift:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Ö&amp;ffnungszeiten:</source>
        <translation>&amp;Opening hours:</translation>
    </message>
    <message>
        <source>T&amp;hemen:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <source>Ne&amp;u</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>Neue Beratungsstelle</source>
        <translation>New agency</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Aus dem Verzeichnis &amp;nehmen…</source>
        <translation>&amp;Remove from directory…</translation>
    </message>
    <message>
        <source>Aus dem Verzeichnis nehmen</source>
        <translation>Remove from directory</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Gespeichert: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>{name} aus dem Verzeichnis nehmen? Bisherige Laufzettel-Einträge behalten ihre Angaben; neue Einträge und Einwilligungen können sie nicht mehr wählen.</source>
        <translation>Remove {name} from the directory? Existing routing slip entries keep their details; new entries and consents can no longer choose it.</translation>
    </message>
    <message>
        <source>{name} ist nicht mehr im Verzeichnis.</source>
        <translation>{name} is no longer in the directory.</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Das Verzeichnis wird übernommen …</source>
        <translation>Importing the directory …</translation>
    </message>
    <message>
        <source>Verzeichnis übernommen: {added} neu, {updated} geändert, {unchanged} unverändert.</source>
        <translation>Directory imported: {added} new, {updated} changed, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>… und {count} weitere</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Nichts wurde übernommen. Bitte korrigieren Sie die Datei und importieren Sie sie erneut:
{problems}</source>
        <translation>Nothing was imported. Please correct the file and import it again:
{problems}</translation>
    </message>
</context>
<context>
    <name>AgenciesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Anmeldung</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Anmeldung fehlgeschlagen</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Eigenes Passwort geändert</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>Konten angesehen</source>
        <translation>Accounts viewed</translation>
    </message>
    <message>
        <source>Konto angelegt</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Passwort zurückgesetzt</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Konto deaktiviert</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Protokoll gelesen</source>
        <translation>Audit log read</translation>
    </message>
    <message>
        <source>Tresor geprüft</source>
        <translation>Vault verified</translation>
    </message>
    <message>
        <source>Verzeichnis gelesen</source>
        <translation>Directory read</translation>
    </message>
    <message>
        <source>Verzeichnis geändert</source>
        <translation>Directory changed</translation>
    </message>
    <message>
        <source>Fälle gesucht</source>
        <translation>Cases searched</translation>
    </message>
    <message>
        <source>Fall geöffnet</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Fall angelegt</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Personenbogen geändert</source>
        <translation>Person sheet changed</translation>
    </message>
    <message>
        <source>Fall gelöscht</source>
        <translation>Case erased</translation>
    </message>
    <message>
        <source>Fall exportiert</source>
        <translation>Case exported</translation>
    </message>
    <message>
        <source>Fall importiert</source>
        <translation>Case imported</translation>
    </message>
    <message>
        <source>Gedruckt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Laufzettel-Eintrag</source>
        <translation>Routing slip entry</translation>
    </message>
    <message>
        <source>erfolgt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>denied</translation>
    </message>
    <message>
        <source>fehlgeschlagen</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>z. B. NB-2026-00001</source>
        <translation>e.g. NB-2026-00001</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Seit:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>Nur seit einem Datum</source>
        <translation>Only since a date</translation>
    </message>
    <message>
        <source>Seit Datum</source>
        <translation>Since date</translation>
    </message>
    <message>
        <source>&amp;Fallnummer:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Aktion:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Protokoll anzeigen</source>
        <translation>Show audit log</translation>
    </message>
    <message>
        <source>Protokolleinträge</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Protokoll wird gelesen …</source>
        <translation>Reading audit log …</translation>
    </message>
    <message>
        <source>{count} Einträge</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>(nur die neuesten; bitte Filter setzen)</source>
        <translation>(only the newest; please set filters)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Fehler im Personenbogen</source>
        <translation>Errors in the person sheet</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Mitglied &amp;hinzufügen</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Mitglied entfernen</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Haushaltsmitglieder</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Zuständige Stellen</source>
        <translation>Responsible offices</translation>
    </message>
    <message>
        <source>Einwilligung hinzufügen</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <source>Einwilligung entfernen</source>
        <translation>Remove consent</translation>
    </message>
    <message>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Nur lesen: Ihr Konto darf den Personenbogen nicht ändern.</source>
        <translation>Read only: your account may not change the person sheet.</translation>
    </message>
    <message>
        <source>Speicherstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Personenbogen speichern</source>
        <translation>Save person sheet</translation>
    </message>
    <message>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen von vor der Sperre – bitte prüfen und speichern.</source>
        <translation>Unsaved changes from before the lock – please check them and save.</translation>
    </message>
    <message>
        <source>Zeile {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Name in beliebiger Schreibweise, Aktenzeichen oder Geburtsjahr</source>
        <translation>Name in any spelling, case number or year of birth</translation>
    </message>
    <message>
        <source>Fälle suchen</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Treffer erscheinen beim Tippen; Eingabetaste öffnet den ersten Treffer.</source>
        <translation>Matches appear while typing; Enter opens the first match.</translation>
    </message>
    <message>
        <source>Hinweis auf beschädigte Fälle</source>
        <translation>Notice of damaged cases</translation>
    </message>
    <message>
        <source>Suchergebnis</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Gefundene Fälle</source>
        <translation>Cases found</translation>
    </message>
    <message numerus="yes">
        <source>%n beschädigte(r) oder veränderte(r) Datensatz/Datensätze beim Anmelden: die betroffenen Fälle fehlen in der Liste. Alle anderen Fälle sind vollständig nutzbar. Bitte melden Sie dies der Verwaltung.</source>
        <translation>
            <numerusform>%n damaged or altered record at sign-in: the cases concerned are missing from the list. All other cases are fully usable. Please report this to the administration.</numerusform>
            <numerusform>%n damaged or altered records at sign-in: the cases concerned are missing from the list. All other cases are fully usable. Please report this to the administration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bitte Name, Aktenzeichen oder Geburtsjahr eingeben.</source>
        <translation>Please enter a name, case number or year of birth.</translation>
    </message>
    <message numerus="yes">
        <source>Die %n besten Treffer – für weitere bitte genauer suchen.</source>
        <translation>
            <numerusform>The best match – search more precisely for others.</numerusform>
            <numerusform>The %n best matches – search more precisely for others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Kein Fall gefunden.</source>
        <translation>No case found.</translation>
    </message>
    <message>
        <source>Kein Fall mit dem Aktenzeichen {number}, den Sie sehen dürfen.</source>
        <translation>No case with the number {number} that you may see.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Haushaltsvorstand</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Name in Originalschrift</source>
        <translation>Name in original script</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Letzter Eintrag</source>
        <translation>Last entry</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Keine Akte geöffnet.</source>
        <translation>No case open.</translation>
    </message>
    <message>
        <source>Keine Akte geöffnet</source>
        <translation>No case open</translation>
    </message>
    <message>
        <source>Akte wird geladen …</source>
        <translation>Loading case …</translation>
    </message>
    <message>
        <source>Akte wird geladen</source>
        <translation>Loading case</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Haushaltsvorstand</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Personenbogen und Laufzettel</source>
        <translation>Person sheet and routing slip</translation>
    </message>
    <message>
        <source>&amp;Personenbogen</source>
        <translation>&amp;Person sheet</translation>
    </message>
    <message>
        <source>&amp;Laufzettel</source>
        <translation>&amp;Routing slip</translation>
    </message>
    <message>
        <source>Ihr Konto darf keine Akten anlegen.</source>
        <translation>Your account may not create cases.</translation>
    </message>
    <message>
        <source>Neue Akte</source>
        <translation>New case</translation>
    </message>
    <message numerus="yes">
        <source>%n Person(en)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Haushaltsvorstand: {0} · {1}</source>
        <translation>Head of household: {0} · {1}</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Daten dürfen gespeichert werden</source>
        <translation>Data may be stored</translation>
    </message>
    <message>
        <source>Weitergabe an Beratungsstellen erlaubt</source>
        <translation>Sharing with counselling agencies allowed</translation>
    </message>
    <message>
        <source>Beratungsstellen, an die weitergegeben werden darf</source>
        <translation>Agencies the data may be shared with</translation>
    </message>
    <message>
        <source>Aufgenommen von</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Nur an diese Stellen (keine: an alle)</source>
        <translation>Only these agencies (none: all)</translation>
    </message>
    <message>
        <source>Einwilligung vom {0}</source>
        <translation>Consent of {0}</translation>
    </message>
    <message>
        <source> (widerrufen)</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <source>Das Datum der Einwilligung fehlt.</source>
        <translation>The date of the consent is missing.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Bitte das Datum als TT.MM.JJJJ eingeben.</source>
        <translation>Please enter the date as DD.MM.YYYY.</translation>
    </message>
</context>
<context>
    <name>DirectoryNotice</name>
    <message>
        <source>Hinweis: Verzeichnis der Beratungsstellen ist leer</source>
        <translation>Note: the agency directory is empty</translation>
    </message>
    <message>
        <source>Das Verzeichnis der Beratungsstellen ist noch leer. Bitte importieren Sie die Liste der Stadt (CSV-Datei); erst dann lassen sich Termine und Laufzettel-Einträge schreiben.</source>
        <translation>The agency directory is still empty. Please import the city&apos;s list (CSV file); appointments and Laufzettel entries can be written only then.</translation>
    </message>
    <message>
        <source>Verzeichnis &amp;importieren …</source>
        <translation>&amp;Import directory …</translation>
    </message>
    <message>
        <source>Verzeichnis importieren</source>
        <translation>Import directory</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Neuer Eintrag</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Eintrag ergänzen</source>
        <translation>Add to entry</translation>
    </message>
    <message>
        <source>Datum und Uhrzeit</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Berater/in</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Informationen</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Absprachen</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Folgetermin</source>
        <translation>Follow-up appointment</translation>
    </message>
    <message>
        <source>Folgetermin vereinbart</source>
        <translation>Follow-up appointment agreed</translation>
    </message>
    <message>
        <source>Nächster Termin</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Betrifft Haushaltsmitglieder</source>
        <translation>Concerns household members</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Eintragen</source>
        <translation>&amp;Enter</translation>
    </message>
    <message>
        <source>Eintrag in den Laufzettel schreiben</source>
        <translation>Write the entry to the routing slip</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Datum und Uhrzeit</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Informationen</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>&amp;Absprachen</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <source>Keine Auswahl: der ganze Haushalt</source>
        <translation>Nothing selected: the whole household</translation>
    </message>
    <message>
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Das Verzeichnis der Beratungsstellen ist noch leer. Bitte importieren Sie es zuerst: Verwaltung → Beratungsstellen → Aus CSV-Datei importieren.</source>
        <translation>The agency directory is still empty. Please import it first: Administration → Agencies → Import from CSV file.</translation>
    </message>
    <message>
        <source>Das Verzeichnis der Beratungsstellen ist noch leer. Die Verwaltung muss es zuerst füllen; bis dahin lassen sich keine Einträge schreiben.</source>
        <translation>The agency directory is still empty. The administration must fill it first; until then no entries can be written.</translation>
    </message>
    <message>
        <source>(Verzeichnis leer)</source>
        <translation>(directory empty)</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Ordnerversion</source>
        <translation>Folder version</translation>
    </message>
    <message>
        <source>Ausgebende Stelle</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <source>Ausgegeben am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Unterkunft oder Anschrift</source>
        <translation>Accommodation or address</translation>
    </message>
    <message>
        <source>Drucksprachen</source>
        <translation>Print languages</translation>
    </message>
    <message>
        <source>Unterkunft / Anschrift</source>
        <translation>Accommodation / address</translation>
    </message>
    <message>
        <source>Drucksprachen (Deutsch wird immer gedruckt)</source>
        <translation>Print languages (German is always printed)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Asyl</source>
        <translation>Asylum</translation>
    </message>
    <message>
        <source>Geld/Leistungen</source>
        <translation>Money/benefits</translation>
    </message>
    <message>
        <source>Beratung und Hilfe</source>
        <translation>Counselling and help</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Nahrung</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Mobilität</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Schule und Kindergarten</source>
        <translation>School and nursery</translation>
    </message>
    <message>
        <source>Spracherwerb</source>
        <translation>Language learning</translation>
    </message>
    <message>
        <source>Freizeit</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Wohnung</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>wahrgenommen</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>versäumt</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Version A – Unterkunft</source>
        <translation>Version A – Accommodation</translation>
    </message>
    <message>
        <source>Version B – Jobcenter</source>
        <translation>Version B – Jobcenter</translation>
    </message>
    <message>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Muttersprache</source>
        <translation>native language</translation>
    </message>
    <message>
        <source>fließend</source>
        <translation>fluent</translation>
    </message>
    <message>
        <source>Grundkenntnisse</source>
        <translation>basic knowledge</translation>
    </message>
    <message>
        <source>keine Deutschkenntnisse</source>
        <translation>no German</translation>
    </message>
    <message>
        <source>kann nicht lesen und schreiben</source>
        <translation>cannot read and write</translation>
    </message>
    <message>
        <source>liest und schreibt in eigener Schrift</source>
        <translation>reads and writes in own script</translation>
    </message>
    <message>
        <source>liest und schreibt in lateinischer Schrift</source>
        <translation>reads and writes in Latin script</translation>
    </message>
    <message>
        <source>Aufenthaltsgestattung</source>
        <translation>Aufenthaltsgestattung (permission to reside)</translation>
    </message>
    <message>
        <source>Duldung</source>
        <translation>Duldung (tolerated stay)</translation>
    </message>
    <message>
        <source>Aufenthaltserlaubnis</source>
        <translation>Aufenthaltserlaubnis (residence permit)</translation>
    </message>
    <message>
        <source>Niederlassungserlaubnis</source>
        <translation>Niederlassungserlaubnis (settlement permit)</translation>
    </message>
    <message>
        <source>anderer Status</source>
        <translation>other status</translation>
    </message>
    <message>
        <source>Haushaltsvorstand</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Ehepartner/in</source>
        <translation>spouse</translation>
    </message>
    <message>
        <source>Lebenspartner/in</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>Stiefkind</source>
        <translation>stepchild</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <translation>sibling</translation>
    </message>
    <message>
        <source>Enkelkind</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <source>Großelternteil</source>
        <translation>grandparent</translation>
    </message>
    <message>
        <source>andere/r Verwandte/r</source>
        <translation>other relative</translation>
    </message>
    <message>
        <source>andere Person</source>
        <translation>other person</translation>
    </message>
    <message>
        <source>staatenlos</source>
        <translation>stateless</translation>
    </message>
    <message>
        <source>ungeklärt</source>
        <translation>undetermined</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Sprache suchen</source>
        <translation>Search language</translation>
    </message>
    <message>
        <source>Sprache suchen …</source>
        <translation>Search language …</translation>
    </message>
    <message>
        <source>Niveau der Sprache</source>
        <translation>Language level</translation>
    </message>
    <message>
        <source>kann dolmetschen</source>
        <translation>can interpret</translation>
    </message>
    <message>
        <source>Sprache hinzufügen</source>
        <translation>Add language</translation>
    </message>
    <message>
        <source>Gesprochene Sprachen</source>
        <translation>Spoken languages</translation>
    </message>
    <message>
        <source>Sprache entfernen</source>
        <translation>Remove language</translation>
    </message>
</context>
<context>
    <name>LaufzettelView</name>
    <message>
        <source>&amp;Neuer Eintrag</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <source>Neuer Eintrag</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Neuer Eintrag (Strg+E)</source>
        <translation>New entry (Ctrl+E)</translation>
    </message>
    <message>
        <source>Als &amp;wahrgenommen markieren</source>
        <translation>Mark as a&amp;ttended</translation>
    </message>
    <message>
        <source>Termin als wahrgenommen markieren</source>
        <translation>Mark appointment as attended</translation>
    </message>
    <message>
        <source>Als &amp;versäumt markieren</source>
        <translation>Mark as &amp;missed</translation>
    </message>
    <message>
        <source>Termin als versäumt markieren</source>
        <translation>Mark appointment as missed</translation>
    </message>
    <message>
        <source>A&amp;bsagen</source>
        <translation>Ca&amp;ncel appointment</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>&amp;Korrigieren</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Eintrag korrigieren</source>
        <translation>Correct entry</translation>
    </message>
    <message>
        <source>Laufzettel-Einträge, neueste zuerst</source>
        <translation>Routing slip entries, newest first</translation>
    </message>
    <message>
        <source>Eintrag im Einzelnen</source>
        <translation>Entry in detail</translation>
    </message>
    <message>
        <source>ganzer Haushalt</source>
        <translation>whole household</translation>
    </message>
    <message>
        <source>Datum/Zeit</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Berater/in</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Nächster Termin</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Eingetragen von</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Ergänzt</source>
        <translation>Added to</translation>
    </message>
    <message>
        <source>Eintrag Nr. {0}</source>
        <translation>Entry no. {0}</translation>
    </message>
    <message>
        <source>Informationen</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Absprachen</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Niveau der Sprache</source>
        <translation>Language level</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Neubeginn Herne [*]</source>
        <translation>Neubeginn Herne [*]</translation>
    </message>
    <message>
        <source>Neubeginn Hauptfenster</source>
        <translation>Neubeginn main window</translation>
    </message>
    <message>
        <source>Gesperrt. Bitte melden Sie sich wieder an.</source>
        <translation>Locked. Please sign in again.</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Arbeitsbereich</source>
        <translation>Work area</translation>
    </message>
    <message>
        <source>Angemeldet als</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Tresor</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Tresor: %s</source>
        <translation>Vault: %s</translation>
    </message>
    <message>
        <source>Verwaltung</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Ausgabestelle</source>
        <translation>Issuing desk</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Druck</source>
        <translation>Print staff</translation>
    </message>
    <message>
        <source>Angemeldet: {name} ({username}) · Rolle: {role}</source>
        <translation>Signed in: {name} ({username}) · Role: {role}</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Der Fall hat ungespeicherte Änderungen. Verwerfen?</source>
        <translation>The case has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Geöffneter Fall</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Bitte zuerst einen oder mehrere Fälle wählen.</source>
        <translation>Please choose one or more cases first.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Vornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Name in eigener Schrift</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Verwandtschaftsverhältnis</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Deutschkenntnisse</source>
        <translation>German level</translation>
    </message>
    <message>
        <source>Alphabetisierung</source>
        <translation>Literacy</translation>
    </message>
    <message>
        <source>Schuljahre</source>
        <translation>Years of school</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Zuletzt besuchte Schule</source>
        <translation>Last school attended</translation>
    </message>
    <message>
        <source>Schulabschlüsse</source>
        <translation>School certificates</translation>
    </message>
    <message>
        <source>Berufsausbildung</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <source>Berufserfahrung</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>z. B. § 25 Abs. 2 AufenthG</source>
        <translation>e.g. § 25 (2) AufenthG</translation>
    </message>
    <message>
        <source>Aufenthaltstitel ausgestellt am</source>
        <translation>Residence permit issued on</translation>
    </message>
    <message>
        <source>Aufenthaltstitel gültig bis</source>
        <translation>Residence permit valid until</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>BAMF-Aktenzeichen</source>
        <translation>BAMF file number</translation>
    </message>
    <message>
        <source>BG-Nummer (Jobcenter)</source>
        <translation>BG number (Jobcenter)</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Familienname</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <source>&amp;Vornamen</source>
        <translation>&amp;Given names</translation>
    </message>
    <message>
        <source>Verhältnis zum Haushaltsvorstand</source>
        <translation>Relationship to head of household</translation>
    </message>
    <message>
        <source>Sprachen, Schule und Beruf</source>
        <translation>Languages, school and work</translation>
    </message>
    <message>
        <source>Aufenthalt und Kontakt</source>
        <translation>Residence and contact</translation>
    </message>
    <message>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>JJJJ, MM.JJJJ oder TT.MM.JJJJ</source>
        <translation>YYYY, MM.YYYY or DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Bitte das Datum als JJJJ, MM.JJJJ oder TT.MM.JJJJ eingeben (ab 1900).</source>
        <translation>Please enter the date as YYYY, MM.YYYY or DD.MM.YYYY (from 1900).</translation>
    </message>
</context>
<context>
    <name>PrintChoiceBox</name>
    <message>
        <source>Auswahl</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Einleger</source>
        <translation>Inserts</translation>
    </message>
    <message>
        <source>&amp;Personenbogen</source>
        <translation>&amp;Person sheet</translation>
    </message>
    <message>
        <source>&amp;Laufzettel</source>
        <translation>&amp;Routing slip</translation>
    </message>
    <message>
        <source>Laufzettel-&amp;Fortsetzung (nur neue Einträge)</source>
        <translation>Routing slip &amp;continuation (new entries only)</translation>
    </message>
    <message>
        <source>&amp;Terminzettel</source>
        <translation>&amp;Appointment slip</translation>
    </message>
    <message>
        <source>&amp;Registerblätter</source>
        <translation>&amp;Divider sheets</translation>
    </message>
    <message>
        <source>&amp;Einwilligung</source>
        <translation>C&amp;onsent</translation>
    </message>
    <message>
        <source>Sprachen neben Deutsch</source>
        <translation>Languages besides German</translation>
    </message>
    <message>
        <source>Sprachen der jeweiligen &amp;Akte</source>
        <translation>Each case&apos;s own &amp;languages</translation>
    </message>
    <message>
        <source>Sprachen der jeweiligen Akte</source>
        <translation>Each case&apos;s own languages</translation>
    </message>
    <message>
        <source>Sprache {name}</source>
        <translation>Language {name}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>{count} Fälle drucken</source>
        <translation>Print {count} cases</translation>
    </message>
    <message>
        <source>Fall {number} drucken</source>
        <translation>Print case {number}</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Drucken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Als PDF &amp;speichern…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Stapel a&amp;bbrechen</source>
        <translation>Cancel &amp;batch</translation>
    </message>
    <message>
        <source>Stapel abbrechen</source>
        <translation>Cancel batch</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%v von %m Fällen</source>
        <translation>%v of %m cases</translation>
    </message>
    <message>
        <source>Fälle im Stapel</source>
        <translation>Cases in the batch</translation>
    </message>
    <message>
        <source>Fall wird geladen …</source>
        <translation>Loading case …</translation>
    </message>
    <message>
        <source>Bitte mindestens einen Einleger wählen.</source>
        <translation>Please choose at least one insert.</translation>
    </message>
    <message>
        <source>Vorschau wird erstellt …</source>
        <translation>Creating preview …</translation>
    </message>
    <message>
        <source>Vorschau: {pages} Seiten</source>
        <translation>Preview: {pages} pages</translation>
    </message>
    <message>
        <source>Neubeginn – Einleger</source>
        <translation>Neubeginn – inserts</translation>
    </message>
    <message>
        <source>Drucker wählen</source>
        <translation>Choose printer</translation>
    </message>
    <message>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Wird gedruckt …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>{done} von {total} Fällen vorbereitet</source>
        <translation>{done} of {total} cases prepared</translation>
    </message>
    <message>
        <source>Abgebrochen nach {done} von {total} Fällen. Nichts wurde gedruckt oder gespeichert.</source>
        <translation>Cancelled after {done} of {total} cases. Nothing was printed or saved.</translation>
    </message>
    <message>
        <source>{pages} Seiten an den Drucker gegeben.</source>
        <translation>{pages} pages sent to the printer.</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RecordStack</name>
    <message>
        <source>Nach oben</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Nach oben schieben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Nach unten schieben</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>ServiceContactModel</name>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Ansprechperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ServiceContactTable</name>
    <message>
        <source>Zuständige Stellen</source>
        <translation>Responsible offices</translation>
    </message>
    <message>
        <source>Stelle hinzufügen</source>
        <translation>Add office</translation>
    </message>
    <message>
        <source>Stelle entfernen</source>
        <translation>Remove office</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Die Sprache wechselt beim nächsten Start.</source>
        <translation>The language changes at the next start.</translation>
    </message>
    <message>
        <source>Hinweis zur Sprache</source>
        <translation>Note on the language</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Sperren nach Minuten ohne Eingabe</source>
        <translation>Lock after minutes without input</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Automatisch &amp;sperren nach:</source>
        <translation>Lock &amp;automatically after:</translation>
    </message>
    <message>
        <source>Speichern oder abbrechen</source>
        <translation>Save or cancel</translation>
    </message>
</context>
<context>
    <name>SpokenLanguageModel</name>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Dolmetscht</source>
        <translation>Interprets</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Datum/Zeit</source>
        <extracomment>Text colours of the states, dark enough to read on white (WCAG AA).</extracomment>
        <translation>Date/time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Informationen / Absprachen</source>
        <translation>Information / agreements</translation>
    </message>
    <message>
        <source>Nächster Termin</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Berater/in</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Nr. {0}: {1}</source>
        <translation>No. {0}: {1}</translation>
    </message>
    <message>
        <source>Absprachen: {0}</source>
        <translation>Agreements: {0}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Neubeginn – Anmelden</source>
        <translation>Neubeginn – sign in</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Der Tresor ist gesperrt.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Bitte Tresor wählen und anmelden.</source>
        <translation>Please choose the vault and sign in.</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tresor: Datei oder Server-Adresse</source>
        <translation>Vault: file or server address</translation>
    </message>
    <message>
        <source>Datei oder postgresql+psycopg://server/datenbank</source>
        <translation>File or postgresql+psycopg://server/database</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Tresordatei wählen</source>
        <translation>Choose vault file</translation>
    </message>
    <message>
        <source>Benutzername</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Tresor</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Tresor:</source>
        <translation>Vault:</translation>
    </message>
    <message>
        <source>&amp;Tresor:</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <source>&amp;Benutzername:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Anmeldung läuft</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Neubeginn-Tresor (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Neubeginn vault (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Bitte einen Tresor wählen.</source>
        <translation>Please choose a vault.</translation>
    </message>
    <message>
        <source>Bitte Benutzername und Passwort eingeben.</source>
        <translation>Please enter user name and password.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Neuer Fall</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Zurück zur Liste</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag</source>
        <translation>New &amp;entry</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>S&amp;perren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Einstellun&amp;gen …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Konten …</source>
        <translation>&amp;Accounts …</translation>
    </message>
    <message>
        <source>&amp;Beratungsstellen …</source>
        <translation>A&amp;gencies …</translation>
    </message>
    <message>
        <source>&amp;Protokoll …</source>
        <translation>Audit &amp;log …</translation>
    </message>
    <message>
        <source>Menüleiste</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>&amp;Fall</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Verwaltung</source>
        <translation>&amp;Administration</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Kein Tresor an diesem Ort gefunden: {path}</source>
        <translation>No vault found at this location: {path}</translation>
    </message>
    <message>
        <source>Zugriff auf Datei oder Datenbank fehlgeschlagen: {detail}</source>
        <translation>Access to file or database failed: {detail}</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({kind}). Nichts wurde verändert.</source>
        <translation>Unexpected error ({kind}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Nicht erlaubt</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Beschädigter Datensatz</source>
        <translation>Damaged record</translation>
    </message>
    <message>
        <source>Ungültige Angaben</source>
        <translation>Invalid details</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
</context>
</TS>
