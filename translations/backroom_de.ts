<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConsoleSnapshot</name>
    <message>
        <source>&lt; 5 min</source>
        <translation>&lt; 5 min</translation>
    </message>
    <message>
        <source>5–60 min</source>
        <translation>5–60 min</translation>
    </message>
    <message>
        <source>1–24 h</source>
        <translation>1–24 h</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 h</translation>
    </message>
</context>
<context>
    <name>backroom::AgingView</name>
    <message>
        <source>Open orders by age</source>
        <translation>Offene Bestellungen nach Alter</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Order aging</source>
        <translation>Bestellalter</translation>
    </message>
    <message>
        <source>Orders that have not been confirmed in the ERP yet, by how long ago they were received. Click a bar or a number to list those orders.</source>
        <translation>Bestellungen, die im ERP noch nicht bestätigt sind, nach der Zeit seit ihrem Eingang. Klicken Sie auf einen Balken oder eine Zahl, um diese Bestellungen aufzulisten.</translation>
    </message>
    <message>
        <source>Click a number to list those orders</source>
        <translation>Klicken Sie auf eine Zahl, um diese Bestellungen aufzulisten</translation>
    </message>
    <message>
        <source>No open orders — every order received so far is confirmed in the ERP.</source>
        <translation>Keine offenen Bestellungen — jede bisher eingegangene Bestellung ist im ERP bestätigt.</translation>
    </message>
</context>
<context>
    <name>backroom::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n exception(s)</source>
        <translation>
            <numerusform>%n Ausnahme zuweisen</numerusform>
            <numerusform>%n Ausnahmen zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: nobody</source>
        <translation>leer: niemand</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Zuweisen an:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
</context>
<context>
    <name>backroom::AuditPanel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Who, target or change contains…</source>
        <translation>Wer, Ziel oder Änderung enthält …</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n Protokolleintrag</numerusform>
            <numerusform>%n Protokolleinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>backroom::CommandDialog</name>
    <message numerus="yes">
        <source>Resolve %n exception(s) by hand</source>
        <translation>
            <numerusform>%n Ausnahme von Hand erledigen</numerusform>
            <numerusform>%n Ausnahmen von Hand erledigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what was done, for the audit log. If you created the sales order in the ERP yourself, enter its name so the order is linked and never sent again.</source>
        <translation>Beschreiben Sie für das Prüfprotokoll, was getan wurde. Wenn Sie den Kundenauftrag selbst im ERP angelegt haben, geben Sie seinen Namen ein: Die Bestellung wird dann verknüpft und nie erneut gesendet.</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>Notiz (Pflichtfeld):</translation>
    </message>
    <message>
        <source>e.g. SAL-ORD-2026-00042 (optional)</source>
        <translation>z. B. SAL-ORD-2026-00042 (optional)</translation>
    </message>
    <message>
        <source>ERP document:</source>
        <translation>ERP-Beleg:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message numerus="yes">
        <source>Skip %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung überspringen</numerusform>
            <numerusform>%n Bestellungen überspringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped orders are never sent to the ERP. Say why, for the audit log.</source>
        <translation>Übersprungene Bestellungen werden nie an das ERP gesendet. Geben Sie für das Prüfprotokoll den Grund an.</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Grund (Pflichtfeld):</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>backroom::ConnectionTester</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the store answers and lists %n order(s).</source>
        <translation>
            <numerusform>Verbunden: Der Shop antwortet und listet %n Bestellung.</numerusform>
            <numerusform>Verbunden: Der Shop antwortet und listet %n Bestellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: the store answers.</source>
        <translation>Verbunden: Der Shop antwortet.</translation>
    </message>
    <message>
        <source>Enter the ERP&apos;s address, e.g. https://erp.example.com</source>
        <translation>Geben Sie die Adresse des ERP ein, z. B. https://erp.example.com</translation>
    </message>
    <message>
        <source>Enter the API key and the API secret of an ERPNext user.</source>
        <translation>Geben Sie den API-Schlüssel und das API-Geheimnis eines ERPNext-Benutzers ein.</translation>
    </message>
    <message>
        <source>Connected: ERPNext accepts the key and can search sales orders.</source>
        <translation>Verbunden: ERPNext akzeptiert den Schlüssel und kann Kundenaufträge durchsuchen.</translation>
    </message>
    <message>
        <source>Enter the Zendesk address, the agent&apos;s e-mail and an API token.</source>
        <translation>Geben Sie die Zendesk-Adresse, die E-Mail-Adresse des Agenten und ein API-Token ein.</translation>
    </message>
    <message>
        <source>Zendesk must be reached over https:// (the token would travel in clear text).</source>
        <translation>Zendesk muss über https:// erreicht werden (das Token würde sonst im Klartext übertragen).</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>HTTP %1: Zendesk refused the e-mail and token. Check both, and that token access is enabled.</source>
        <translation>HTTP %1: Zendesk hat E-Mail und Token abgelehnt. Prüfen Sie beides und ob der Token-Zugriff aktiviert ist.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1: this does not look like a Zendesk API.</source>
        <translation>HTTP %1: Das sieht nicht nach einer Zendesk-API aus.</translation>
    </message>
</context>
<context>
    <name>backroom::ConnectionsModel</name>
    <message>
        <source>Up</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Paused (authentication)</source>
        <translation>Pausiert (Anmeldung)</translation>
    </message>
    <message>
        <source>Circuit open</source>
        <translation>Sicherung offen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (throttled)</source>
        <translation>%1 (gedrosselt)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Error rate (15 min)</source>
        <translation>Fehlerquote (15 min)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>backroom::CsvImportDialog</name>
    <message>
        <source>Import SKU crosswalk — %1</source>
        <translation>SKU-Zuordnung importieren — %1</translation>
    </message>
    <message>
        <source>Replace the crosswalk</source>
        <translation>Zuordnung ersetzen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file are bad, so nothing can be imported. Correct them and import again.</source>
        <translation>
            <numerusform>%n Zeile der Datei ist fehlerhaft, daher kann nichts importiert werden. Korrigieren Sie sie und importieren Sie erneut.</numerusform>
            <numerusform>%n Zeilen der Datei sind fehlerhaft, daher kann nichts importiert werden. Korrigieren Sie sie und importieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>WooCommerce SKU</source>
        <translation>WooCommerce-SKU</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1 rows in the file: %2 added, %3 changed, %4 removed.</source>
        <translation>%1 Zeilen in der Datei: %2 hinzugefügt, %3 geändert, %4 entfernt.</translation>
    </message>
</context>
<context>
    <name>backroom::ExceptionSummary</name>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Open exceptions over time</source>
        <translation>Offene Ausnahmen im Zeitverlauf</translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>offene Ausnahmen</translation>
    </message>
</context>
<context>
    <name>backroom::ExceptionsModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

What to do: %2</source>
        <translation>%1

Was zu tun ist: %2</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Product %1 has no SKU</source>
        <translation>Produkt %1 hat keine SKU</translation>
    </message>
    <message>
        <source>SKU %1 unmapped</source>
        <translation>SKU %1 nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — 1 order</source>
        <translation>%1 — 1 Bestellung</translation>
    </message>
    <message>
        <source>%1 — %2 orders</source>
        <translation>%1 — %2 Bestellungen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (snoozed until %2)</source>
        <translation>%1 (zurückgestellt bis %2)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>backroom::ExceptionsView</name>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Mark as handled by hand, with a note and optionally the ERP document you created</source>
        <translation>Als von Hand erledigt markieren, mit einer Notiz und optional dem ERP-Beleg, den Sie angelegt haben</translation>
    </message>
    <message>
        <source>Never send these orders to the ERP</source>
        <translation>Diese Bestellungen nie an das ERP senden</translation>
    </message>
    <message numerus="yes">
        <source>Retry of %n exception(s) queued…</source>
        <translation>
            <numerusform>Erneutes Senden von %n Ausnahme eingereiht …</numerusform>
            <numerusform>Erneutes Senden von %n Ausnahmen eingereiht …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve of %n exception(s) queued…</source>
        <translation>
            <numerusform>Erledigung von %n Ausnahme eingereiht …</numerusform>
            <numerusform>Erledigung von %n Ausnahmen eingereiht …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skip of %n order(s) queued…</source>
        <translation>
            <numerusform>Überspringen von %n Bestellung eingereiht …</numerusform>
            <numerusform>Überspringen von %n Bestellungen eingereiht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Command %1 queued; the engine runs it within a second.</source>
        <translation>Befehl %1 eingereiht; die Engine führt ihn innerhalb einer Sekunde aus.</translation>
    </message>
    <message>
        <source>Command %1 done: %2</source>
        <translation>Befehl %1 ausgeführt: %2</translation>
    </message>
    <message>
        <source>Command %1 failed: %2</source>
        <translation>Befehl %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No exceptions match this filter — clear it to see all of them.</source>
        <translation>Keine Ausnahmen für diesen Filter — entfernen Sie ihn, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No exceptions — everything is flowing.</source>
        <translation>Keine Ausnahmen — alles läuft.</translation>
    </message>
    <message>
        <source>Exceptions grouped by cause (G). Pick a group to work on it; Shift+R retries all of it.</source>
        <translation>Ausnahmen nach Ursache gruppiert (G). Wählen Sie eine Gruppe, um sie zu bearbeiten; Umschalt+R sendet die ganze Gruppe erneut.</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>All causes — 1 exception</source>
        <translation>Alle Ursachen — 1 Ausnahme</translation>
    </message>
    <message>
        <source>All causes — %1 exceptions</source>
        <translation>Alle Ursachen — %1 Ausnahmen</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Erneut senden …</translation>
    </message>
    <message>
        <source>Send the selected orders again, after checking what the ERP already has</source>
        <translation>Die ausgewählten Bestellungen erneut senden, nachdem geprüft wurde, was das ERP schon hat</translation>
    </message>
    <message>
        <source>Retry whole &amp;group…</source>
        <translation>Ganze &amp;Gruppe erneut senden …</translation>
    </message>
    <message>
        <source>Retry every exception with the same cause as the current row</source>
        <translation>Jede Ausnahme mit derselben Ursache wie die aktuelle Zeile erneut senden</translation>
    </message>
    <message>
        <source>&amp;Edit and retry…</source>
        <translation>&amp;Bearbeiten und erneut senden …</translation>
    </message>
    <message>
        <source>Correct the order&apos;s payload, see the diff, and retry with it</source>
        <translation>Die Daten der Bestellung korrigieren, die Unterschiede prüfen und damit erneut senden</translation>
    </message>
    <message>
        <source>Resol&amp;ve by hand…</source>
        <translation>&amp;Von Hand erledigen …</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>Ü&amp;berspringen …</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>&amp;Zurückstellen …</translation>
    </message>
    <message>
        <source>Hide from the open queue until a time; they come back when due</source>
        <translation>Bis zu einem Zeitpunkt aus der offenen Liste ausblenden; danach erscheinen sie wieder</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>Zu&amp;weisen …</translation>
    </message>
    <message>
        <source>Give the selected exceptions to a person</source>
        <translation>Die ausgewählten Ausnahmen einer Person zuweisen</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Write a note on the selected exceptions</source>
        <translation>Eine Notiz zu den ausgewählten Ausnahmen schreiben</translation>
    </message>
    <message>
        <source>Order &amp;passport</source>
        <translation>Bestell&amp;pass</translation>
    </message>
    <message>
        <source>The order&apos;s whole history (also Enter)</source>
        <translation>Der gesamte Verlauf der Bestellung (auch Eingabetaste)</translation>
    </message>
    <message>
        <source>Go to causes</source>
        <translation>Zu den Ursachen</translation>
    </message>
    <message>
        <source>Move to the list of causes</source>
        <translation>Zur Liste der Ursachen wechseln</translation>
    </message>
    <message>
        <source>Go to exceptions</source>
        <translation>Zu den Ausnahmen</translation>
    </message>
    <message>
        <source>Move to the list of exceptions</source>
        <translation>Zur Liste der Ausnahmen wechseln</translation>
    </message>
    <message>
        <source>Go to filters</source>
        <translation>Zu den Filtern</translation>
    </message>
    <message>
        <source>Move to the filters</source>
        <translation>Zu den Filtern wechseln</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the journal again</source>
        <translation>Das Journal neu lesen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Snooze of %n exception(s) queued…</source>
        <translation>
            <numerusform>Zurückstellen von %n Ausnahme eingereiht …</numerusform>
            <numerusform>Zurückstellen von %n Ausnahmen eingereiht …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignment of %n exception(s) queued…</source>
        <translation>
            <numerusform>Zuweisung von %n Ausnahme eingereiht …</numerusform>
            <numerusform>Zuweisung von %n Ausnahmen eingereiht …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note on %n exception(s) queued…</source>
        <translation>
            <numerusform>Notiz zu %n Ausnahme eingereiht …</numerusform>
            <numerusform>Notiz zu %n Ausnahmen eingereiht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and retry works on one order at a time: select one row.</source>
        <translation>Bearbeiten und erneut senden geht nur für eine Bestellung auf einmal: Wählen Sie eine Zeile aus.</translation>
    </message>
    <message>
        <source>This exception belongs to a connection: there is no order to edit.</source>
        <translation>Diese Ausnahme gehört zu einer Verbindung: Es gibt keine Bestellung zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Edited order #%1 queued for retry…</source>
        <translation>Bearbeitete Bestellung #%1 zum erneuten Senden eingereiht …</translation>
    </message>
    <message>
        <source>Showing the %1 most recent of %2 exceptions — narrow the filter (cause, system, store, age) to see the others.</source>
        <translation>Angezeigt werden die %1 neuesten von %2 Ausnahmen — schränken Sie den Filter ein (Ursache, System, Shop, Alter), um die übrigen zu sehen.</translation>
    </message>
</context>
<context>
    <name>backroom::HealthTile</name>
    <message>
        <source>Throttled: the server asked us to slow down</source>
        <translation>Gedrosselt: Der Server hat uns gebeten, langsamer zu werden</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>Failed requests (last 15 min): %1 %</source>
        <translation>Fehlgeschlagene Anfragen (letzte 15 min): %1 %</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Click to see the exceptions of %1</source>
        <translation>Klicken, um die Ausnahmen von %1 zu sehen</translation>
    </message>
    <message>
        <source>Click to see its exceptions</source>
        <translation>Klicken, um seine Ausnahmen zu sehen</translation>
    </message>
</context>
<context>
    <name>backroom::HealthView</name>
    <message>
        <source>Orders in the journal</source>
        <translation>Bestellungen im Journal</translation>
    </message>
    <message>
        <source>In the ERP</source>
        <translation>Im ERP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Warten auf Versand</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Ausnahmen</translation>
    </message>
    <message>
        <source>Oldest unsynced order</source>
        <translation>Älteste nicht synchronisierte Bestellung</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Sync-Zustand</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>No connection has reported yet. The engine reports each connection after its first request.</source>
        <translation>Noch keine Verbindung hat sich gemeldet. Die Engine meldet jede Verbindung nach ihrer ersten Anfrage.</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>Engine running — last heartbeat %1.</source>
        <translation>Engine läuft — letztes Lebenszeichen %1.</translation>
    </message>
    <message>
        <source>No engine is running on this journal (last heartbeat %1). Numbers are as of its last write; commands wait until an engine runs.</source>
        <translation>Auf diesem Journal läuft keine Engine (letztes Lebenszeichen %1). Die Zahlen stammen vom letzten Schreiben; Befehle warten, bis eine Engine läuft.</translation>
    </message>
    <message>
        <source>No engine has run on this journal yet.</source>
        <translation>Auf diesem Journal ist noch keine Engine gelaufen.</translation>
    </message>
    <message>
        <source>%1 received, not in the ERP yet</source>
        <translation>%1 eingegangen, noch nicht im ERP</translation>
    </message>
    <message>
        <source>%1 confirmed in the store</source>
        <translation>%1 im Shop bestätigt</translation>
    </message>
    <message>
        <source>oldest due for %1</source>
        <translation>älteste seit %1 fällig</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <source>need a person</source>
        <translation>brauchen einen Menschen</translation>
    </message>
    <message>
        <source>everything is flowing</source>
        <translation>alles läuft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>since it was received</source>
        <translation>seit ihrem Eingang</translation>
    </message>
    <message>
        <source>all orders are in the ERP</source>
        <translation>alle Bestellungen sind im ERP</translation>
    </message>
</context>
<context>
    <name>backroom::JournalReader</name>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Unter %1 gibt es noch kein Journal.</translation>
    </message>
    <message>
        <source>The journal at %1 has schema version %2; this console needs %3. Start the engine of this version once to upgrade it.</source>
        <translation>Das Journal unter %1 hat die Schemaversion %2; diese Konsole braucht %3. Starten Sie einmal die Engine dieser Version, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>Could not queue the command: %1</source>
        <translation>Der Befehl konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Could not save the filter: %1</source>
        <translation>Der Filter konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the filter: %1</source>
        <translation>Der Filter konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>backroom::LagView</name>
    <message>
        <source>Order to ERP, median (p50)</source>
        <translation>Bestellung bis ERP, Median (p50)</translation>
    </message>
    <message>
        <source>Order to ERP, 95th percentile</source>
        <translation>Bestellung bis ERP, 95. Perzentil</translation>
    </message>
    <message>
        <source>Oldest unsynced order</source>
        <translation>Älteste nicht synchronisierte Bestellung</translation>
    </message>
    <message>
        <source>Backlog (waiting to be sent)</source>
        <translation>Rückstand (wartet auf Versand)</translation>
    </message>
    <message>
        <source>Order-to-ERP latency</source>
        <translation>Latenz Bestellung bis ERP</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Backlog depth</source>
        <translation>Umfang des Rückstands</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Sync lag</source>
        <translation>Sync-Verzögerung</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>No samples in this range yet. The engine records lag and backlog every 10 seconds while it runs.</source>
        <translation>Noch keine Messwerte in diesem Zeitraum. Die Engine erfasst Verzögerung und Rückstand alle 10 Sekunden, solange sie läuft.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>half of the orders reach the ERP faster</source>
        <translation>die Hälfte der Bestellungen erreicht das ERP schneller</translation>
    </message>
    <message>
        <source>95 of 100 orders reach the ERP faster</source>
        <translation>95 von 100 Bestellungen erreichen das ERP schneller</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>since it was received</source>
        <translation>seit ihrem Eingang</translation>
    </message>
    <message>
        <source>every order is in the ERP</source>
        <translation>jede Bestellung ist im ERP</translation>
    </message>
    <message>
        <source>orders and write-backs</source>
        <translation>Bestellungen und Rückmeldungen</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>oldest unsynced</source>
        <translation>älteste nicht synchronisierte</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message>
        <source>Inventory freshness</source>
        <translation>Aktualität des Bestands</translation>
    </message>
    <message>
        <source>Posted, not fulfilled after 24 h</source>
        <translation>Übertragen, nach 24 h nicht geliefert</translation>
    </message>
    <message>
        <source>Refunds waiting for a credit note</source>
        <translation>Erstattungen ohne Gutschrift</translation>
    </message>
    <message>
        <source>Open helpdesk tickets</source>
        <translation>Offene Helpdesk-Tickets</translation>
    </message>
    <message>
        <source>%1 never read</source>
        <translation>%1 nie gelesen</translation>
    </message>
    <message>
        <source>%1 %2 ago</source>
        <translation>%1 vor %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>no stock sweep has run</source>
        <translation>noch kein Bestandsabgleich gelaufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>1 open stock exception</source>
        <translation>1 offene Bestandsausnahme</translation>
    </message>
    <message>
        <source>%1 open stock exceptions</source>
        <translation>%1 offene Bestandsausnahmen</translation>
    </message>
    <message>
        <source>read: %1; %2</source>
        <translation>gelesen: %1; %2</translation>
    </message>
    <message>
        <source>oldest posted %1 ago</source>
        <translation>älteste vor %1 übertragen</translation>
    </message>
    <message>
        <source>nothing waits for a delivery</source>
        <translation>nichts wartet auf eine Lieferung</translation>
    </message>
    <message>
        <source>store refunds not booked in the ERP yet</source>
        <translation>Erstattungen im Shop, noch nicht im ERP gebucht</translation>
    </message>
    <message>
        <source>not solved in the helpdesk</source>
        <translation>im Helpdesk nicht gelöst</translation>
    </message>
</context>
<context>
    <name>backroom::MainWindow</name>
    <message>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sync lag</source>
        <translation>Sync-Verzögerung</translation>
    </message>
    <message>
        <source>Order aging</source>
        <translation>Bestellalter</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Engine: waiting for the journal…</source>
        <translation>Engine: wartet auf das Journal …</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Backroom</source>
        <translation>Ü&amp;ber Backroom</translation>
    </message>
    <message>
        <source>About Backroom</source>
        <translation>Über Backroom</translation>
    </message>
    <message>
        <source>Backroom %1 — moves every WooCommerce order into the ERP exactly once, and shows what is stuck and why.</source>
        <translation>Backroom %1 — überträgt jede WooCommerce-Bestellung genau einmal ins ERP und zeigt, was hängt und warum.</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>Ausnahmen (%1)</translation>
    </message>
    <message>
        <source>● Engine running</source>
        <translation>● Engine läuft</translation>
    </message>
    <message>
        <source>● Engine not running</source>
        <translation>● Engine läuft nicht</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>backroom::MappingTableEditor</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
</context>
<context>
    <name>backroom::MappingTableModel</name>
    <message>
        <source>Row %1: the %2 is empty.</source>
        <translation>Zeile %1: %2 ist leer.</translation>
    </message>
    <message>
        <source>Row %1: %2 &quot;%3&quot; appears twice.</source>
        <translation>Zeile %1: %2 „%3“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not one of %3.</source>
        <translation>Zeile %1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>Must be one of %1.</source>
        <translation>Muss einer der Werte %1 sein.</translation>
    </message>
</context>
<context>
    <name>backroom::MappingsReader</name>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Unter %1 gibt es noch kein Journal.</translation>
    </message>
    <message>
        <source>There is no mapping version %1.</source>
        <translation>Es gibt keine Zuordnungsversion %1.</translation>
    </message>
    <message>
        <source>A stored mapping version cannot be read.</source>
        <translation>Eine gespeicherte Zuordnungsversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No configuration: the catalogues cannot be read.</source>
        <translation>Keine Konfiguration: Die Kataloge können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>backroom::MappingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Orders waiting on a mapping (double-click to map the SKU)</source>
        <translation>Bestellungen, die auf eine Zuordnung warten (Doppelklick ordnet die SKU zu)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Retry: %1.</source>
        <translation>Erneutes Senden: %1.</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Erneutes Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>WooCommerce SKU</source>
        <translation>WooCommerce-SKU</translation>
    </message>
    <message>
        <source>ERP item code</source>
        <translation>ERP-Artikelcode</translation>
    </message>
    <message>
        <source>SKU crosswalk</source>
        <translation>SKU-Zuordnung</translation>
    </message>
    <message>
        <source>WooCommerce status</source>
        <translation>WooCommerce-Status</translation>
    </message>
    <message>
        <source>Action (sync, ignore, cancel)</source>
        <translation>Aktion (sync, ignore, cancel)</translation>
    </message>
    <message>
        <source>ERP order state</source>
        <translation>Auftragsstatus im ERP</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>WooCommerce payment method</source>
        <translation>WooCommerce-Zahlungsart</translation>
    </message>
    <message>
        <source>ERP mode of payment</source>
        <translation>ERP-Zahlungsweise</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>WooCommerce shipping method</source>
        <translation>WooCommerce-Versandart</translation>
    </message>
    <message>
        <source>ERP account of the charge</source>
        <translation>ERP-Konto der Gebühr</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>WooCommerce tax rate code</source>
        <translation>WooCommerce-Steuersatzcode</translation>
    </message>
    <message>
        <source>ERP tax account</source>
        <translation>ERP-Steuerkonto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Mappings — editing version %1 (version %2 was saved meanwhile)</source>
        <translation>Zuordnungen — Version %1 in Bearbeitung (inzwischen wurde Version %2 gespeichert)</translation>
    </message>
    <message>
        <source>Mappings — no version yet</source>
        <translation>Zuordnungen — noch keine Version</translation>
    </message>
    <message>
        <source>Mappings — version %1</source>
        <translation>Zuordnungen — Version %1</translation>
    </message>
    <message numerus="yes">
        <source>Save and &amp;retry %n order(s)</source>
        <translation>
            <numerusform>Speichern und %n Bestellung &amp;erneut senden</numerusform>
            <numerusform>Speichern und %n Bestellungen &amp;erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings — version %1, modified</source>
        <translation>Zuordnungen — Version %1, geändert</translation>
    </message>
    <message numerus="yes">
        <source>This change fixes %n order(s) waiting on a mapping: save and retry them in one step.</source>
        <translation>
            <numerusform>Diese Änderung löst %n Bestellung, die auf eine Zuordnung wartet: Speichern und erneut senden in einem Schritt.</numerusform>
            <numerusform>Diese Änderung löst %n Bestellungen, die auf eine Zuordnung warten: Speichern und erneut senden in einem Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings not saved</source>
        <translation>Zuordnungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Correct these rows first:
%1</source>
        <translation>Korrigieren Sie zuerst diese Zeilen:
%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the console</source>
        <translation>
            <numerusform>%n Änderung in der Konsole</numerusform>
            <numerusform>%n Änderungen in der Konsole</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the SKU crosswalk</source>
        <translation>SKU-Zuordnung importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export the SKU crosswalk</source>
        <translation>SKU-Zuordnung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>backroom::NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Note on %n exception(s)</source>
        <translation>
            <numerusform>Notiz zu %n Ausnahme</numerusform>
            <numerusform>Notiz zu %n Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is kept with the exception and shown in the order passport (Ctrl+Enter adds it).</source>
        <translation>Die Notiz wird bei der Ausnahme gespeichert und im Bestellpass angezeigt (Strg+Eingabe fügt sie hinzu).</translation>
    </message>
</context>
<context>
    <name>backroom::Notifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sync engine stopped</source>
        <translation>Die Sync-Engine ist angehalten</translation>
    </message>
    <message>
        <source>No heartbeat for 5 seconds: orders are not moving until it runs again.</source>
        <translation>Seit 5 Sekunden kein Lebenszeichen: Bestellungen bewegen sich erst wieder, wenn sie läuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in trouble</source>
        <translation>
            <numerusform>%n Verbindung gestört</numerusform>
            <numerusform>%n Verbindungen gestört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s)</source>
        <translation>
            <numerusform>%n neue Ausnahme</numerusform>
            <numerusform>%n neue Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 — e.g. order #%3</source>
        <translation>%1 × %2 — z. B. Bestellung #%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cause(s)</source>
        <translation>
            <numerusform>… und %n weitere Ursache</numerusform>
            <numerusform>… und %n weitere Ursachen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::OrdersModel</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Order %1 from store %2 (WooCommerce id %3)</source>
        <translation>Bestellung %1 aus Shop %2 (WooCommerce-ID %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>ERP-Referenz</translation>
    </message>
</context>
<context>
    <name>backroom::OrdersView</name>
    <message>
        <source>Clear age filter</source>
        <translation>Altersfilter entfernen</translation>
    </message>
    <message>
        <source>Search by order number, e-mail or SKU</source>
        <translation>Nach Bestellnummer, E-Mail oder Artikelnummer suchen</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Any store</source>
        <translation>Jeder Shop</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Double-click an order to open its passport: every revision, attempt and command across the systems.</source>
        <translation>Doppelklicken Sie auf eine Bestellung, um ihren Pass zu öffnen: jede Revision, jeder Versuch und jeder Befehl über alle Systeme.</translation>
    </message>
    <message>
        <source>Received %1 to %2 ago</source>
        <translation>Eingegangen vor %1 bis %2</translation>
    </message>
    <message>
        <source>Received more than %1 ago</source>
        <translation>Eingegangen vor mehr als %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Keine Bestellungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No orders yet — they appear here as soon as the engine has polled the store.</source>
        <translation>Noch keine Bestellungen — sie erscheinen hier, sobald die Engine den Shop abgefragt hat.</translation>
    </message>
</context>
<context>
    <name>backroom::PassportDialog</name>
    <message>
        <source>Order passport</source>
        <translation>Bestellpass</translation>
    </message>
    <message>
        <source>Select an entry to see its request and response, the fields that changed, or the command&apos;s before and after.</source>
        <translation>Wählen Sie einen Eintrag, um Anfrage und Antwort, die geänderten Felder oder Vorher und Nachher eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Loading the order&apos;s history…</source>
        <translation>Verlauf der Bestellung wird geladen …</translation>
    </message>
    <message>
        <source>This order is not in the journal (it may belong to another data directory).</source>
        <translation>Diese Bestellung ist nicht im Journal (sie gehört vielleicht zu einem anderen Datenverzeichnis).</translation>
    </message>
    <message>
        <source>Order #%1 — store %2</source>
        <translation>Bestellung #%1 — Shop %2</translation>
    </message>
    <message>
        <source>Order #%1 — passport</source>
        <translation>Bestellung #%1 — Pass</translation>
    </message>
    <message>
        <source>Not in the ERP yet.</source>
        <translation>Noch nicht im ERP.</translation>
    </message>
    <message>
        <source>ERP document: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ERP-Beleg: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ERP document: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>ERP-Beleg: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing has happened to this order yet.</source>
        <translation>Mit dieser Bestellung ist noch nichts geschehen.</translation>
    </message>
</context>
<context>
    <name>backroom::PassportModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: (none) → %2</source>
        <translation>%1: (leer) → %2</translation>
    </message>
    <message>
        <source>%1: %2 → (removed)</source>
        <translation>%1: %2 → (entfernt)</translation>
    </message>
    <message>
        <source>Order received from store %1</source>
        <translation>Bestellung aus Shop %1 eingegangen</translation>
    </message>
    <message>
        <source>Revision %1 received</source>
        <translation>Revision %1 eingegangen</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1: %n field(s) changed</source>
        <translation>
            <numerusform>Revision %1: %n Feld geändert</numerusform>
            <numerusform>Revision %1: %n Felder geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>modified %1 UTC</source>
        <translation>geändert %1 UTC</translation>
    </message>
    <message>
        <source>Write-back to the store</source>
        <translation>Rückmeldung an den Shop</translation>
    </message>
    <message>
        <source>Post to the ERP</source>
        <translation>Übertragung ans ERP</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Correlation id: %1
Duration: %2 ms
Request: %3
Response: %4</source>
        <translation>Korrelations-ID: %1
Dauer: %2 ms
Anfrage: %3
Antwort: %4</translation>
    </message>
    <message>
        <source>Linked to %1 document %2</source>
        <translation>Mit %1-Beleg %2 verknüpft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exception %1 (%2, code %3), %4 attempt(s)
%5
What to do: %6
Correlation id: %7</source>
        <translation>Ausnahme %1 (%2, Code %3), %4 Versuch(e)
%5
Was zu tun ist: %6
Korrelations-ID: %7</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Arguments: %1
Result: %2</source>
        <translation>Argumente: %1
Ergebnis: %2</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>backroom::PayloadEditDialog</name>
    <message>
        <source>Edit and retry order #%1</source>
        <translation>Bestellung #%1 bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Edit and retry (Ctrl+Enter)</source>
        <translation>Bearbeiten und erneut senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Changes against the original (kept in the audit log):</source>
        <translation>Änderungen gegenüber dem Original (im Änderungsprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>The order as the store sent it. The next attempt maps what you save here; the store&apos;s copy is not changed.</source>
        <translation>Die Bestellung, wie der Shop sie gesendet hat. Der nächste Versuch verwendet, was Sie hier speichern; die Kopie im Shop bleibt unverändert.</translation>
    </message>
    <message>
        <source>The order as edited earlier (not as the store sent it). The next attempt maps what you save here.</source>
        <translation>Die Bestellung in der früher bearbeiteten Fassung (nicht wie der Shop sie gesendet hat). Der nächste Versuch verwendet, was Sie hier speichern.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1: %2</source>
        <translation>Kein gültiges JSON in Zeile %1: %2</translation>
    </message>
    <message>
        <source>The payload must be a JSON object (the order).</source>
        <translation>Die Daten müssen ein JSON-Objekt sein (die Bestellung).</translation>
    </message>
    <message>
        <source>Keep the order&apos;s &quot;id&quot; (%1): it says which order this is.</source>
        <translation>Behalten Sie die „id“ der Bestellung (%1): Sie gibt an, um welche Bestellung es sich handelt.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>backroom::PreviewPanel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the ERP would receive for the 50 most recent orders under the mappings being edited (nothing is sent).</source>
        <translation>Was das ERP für die 50 neuesten Bestellungen mit den bearbeiteten Zuordnungen erhalten würde (es wird nichts gesendet).</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>would be sent</source>
        <translation>würde gesendet</translation>
    </message>
    <message>
        <source>%1 of %2 recent orders would be sent; the others would become exceptions.</source>
        <translation>%1 von %2 neuesten Bestellungen würden gesendet; die übrigen würden zu Ausnahmen.</translation>
    </message>
</context>
<context>
    <name>backroom::RetryPreviewDialog</name>
    <message numerus="yes">
        <source>Retry %n exception(s)</source>
        <translation>
            <numerusform>%n Ausnahme erneut senden</numerusform>
            <numerusform>%n Ausnahmen erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the ERP whether these orders are already there…</source>
        <translation>Das ERP wird gefragt, ob diese Bestellungen schon vorhanden sind …</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>What the retry will do</source>
        <translation>Was das erneute Senden bewirkt</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n</source>
        <translation>
            <numerusform>%n erneut senden</numerusform>
            <numerusform>%n erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>The ERP could not be asked (%1). A retry still looks the order up before it creates anything.</source>
        <translation>Das ERP konnte nicht gefragt werden (%1). Auch so sucht das erneute Senden die Bestellung, bevor es etwas anlegt.</translation>
    </message>
    <message>
        <source>Links the existing sales order %1 — creates nothing</source>
        <translation>Verknüpft den vorhandenen Kundenauftrag %1 — legt nichts an</translation>
    </message>
    <message>
        <source>Creates a new sales order (none with this reference in the ERP)</source>
        <translation>Legt einen neuen Kundenauftrag an (keiner mit dieser Referenz im ERP)</translation>
    </message>
    <message>
        <source>Nothing to create: %1</source>
        <translation>Nichts anzulegen: %1</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Already in the ERP (linked, nothing created): %1</source>
        <translation>Schon im ERP (verknüpft, nichts angelegt): %1</translation>
    </message>
    <message>
        <source>New sales orders to create: %1</source>
        <translation>Neu anzulegende Kundenaufträge: %1</translation>
    </message>
    <message>
        <source>Not checked now (the engine looks each one up again before creating it): %1</source>
        <translation>Jetzt nicht geprüft (die Engine sucht jede vor dem Anlegen erneut): %1</translation>
    </message>
</context>
<context>
    <name>backroom::SecretField</name>
    <message>
        <source>a secret is written in the config file itself — type a new one or env:NAME</source>
        <translation>ein Geheimnis steht im Klartext in der Konfigurationsdatei — geben Sie ein neues oder env:NAME ein</translation>
    </message>
    <message>
        <source>type the secret (kept in the OS keychain) or env:NAME</source>
        <translation>Geheimnis eingeben (wird im Schlüsselbund des Systems gespeichert) oder env:NAME</translation>
    </message>
    <message>
        <source>env:NAME — the engine reads the secret from that environment variable</source>
        <translation>env:NAME — die Engine liest das Geheimnis aus dieser Umgebungsvariablen</translation>
    </message>
</context>
<context>
    <name>backroom::SecretStore</name>
    <message>
        <source>the keychain is turned off (BACKROOM_NO_KEYCHAIN=1)</source>
        <translation>der Schlüsselbund ist abgeschaltet (BACKROOM_NO_KEYCHAIN=1)</translation>
    </message>
    <message>
        <source>no secret service is running</source>
        <translation>es läuft kein Secret Service</translation>
    </message>
</context>
<context>
    <name>backroom::SettingsDialog</name>
    <message>
        <source>Backroom settings</source>
        <translation>Backroom-Einstellungen</translation>
    </message>
    <message>
        <source>Checking for the OS keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht …</translation>
    </message>
    <message>
        <source>Store (WooCommerce)</source>
        <translation>Shop (WooCommerce)</translation>
    </message>
    <message>
        <source>ERP (ERPNext)</source>
        <translation>ERP (ERPNext)</translation>
    </message>
    <message>
        <source>Helpdesk (Zendesk)</source>
        <translation>Helpdesk (Zendesk)</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://shop.example.com</translation>
    </message>
    <message>
        <source>HTTP Basic over HTTPS (recommended)</source>
        <translation>HTTP Basic über HTTPS (empfohlen)</translation>
    </message>
    <message>
        <source>Keys in the query string over HTTPS</source>
        <translation>Schlüssel im Query-String über HTTPS</translation>
    </message>
    <message>
        <source>OAuth 1.0a (for plain HTTP)</source>
        <translation>OAuth 1.0a (für unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>processing</translation>
    </message>
    <message>
        <source>Store id:</source>
        <translation>Shop-ID:</translation>
    </message>
    <message>
        <source>Shop address:</source>
        <translation>Shop-Adresse:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Consumer Key:</translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation>Consumer Secret:</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Abfragen alle:</translation>
    </message>
    <message>
        <source>Order statuses to sync:</source>
        <translation>Zu synchronisierende Bestellstatus:</translation>
    </message>
    <message>
        <source>Create the keys in WooCommerce → Settings → Advanced → REST API, with Read/Write permission.</source>
        <translation>Legen Sie die Schlüssel unter WooCommerce → Einstellungen → Erweitert → REST-API mit Lese-/Schreibrecht an.</translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation>https://erp.example.com</translation>
    </message>
    <message>
        <source>Example Retail Ltd</source>
        <translation>Beispiel Handel GmbH</translation>
    </message>
    <message>
        <source>Stores - ERL</source>
        <translation>Stores - ERL</translation>
    </message>
    <message>
        <source>VAT - ERL</source>
        <translation>VAT - ERL</translation>
    </message>
    <message>
        <source>Freight and Forwarding Charges - ERL</source>
        <translation>Freight and Forwarding Charges - ERL</translation>
    </message>
    <message>
        <source>Miscellaneous Expenses - ERL</source>
        <translation>Miscellaneous Expenses - ERL</translation>
    </message>
    <message>
        <source>ERPNext address:</source>
        <translation>ERPNext-Adresse:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>API-Geheimnis:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <source>Reference field:</source>
        <translation>Referenzfeld:</translation>
    </message>
    <message>
        <source>Tax account:</source>
        <translation>Steuerkonto:</translation>
    </message>
    <message>
        <source>Shipping account:</source>
        <translation>Versandkonto:</translation>
    </message>
    <message>
        <source>Fee account:</source>
        <translation>Gebührenkonto:</translation>
    </message>
    <message>
        <source>Open tickets for exceptions that need a person</source>
        <translation>Tickets für Ausnahmen öffnen, die einen Menschen brauchen</translation>
    </message>
    <message>
        <source>https://example.zendesk.com</source>
        <translation>https://example.zendesk.com</translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation>ops@example.com</translation>
    </message>
    <message>
        <source>Zendesk address:</source>
        <translation>Zendesk-Adresse:</translation>
    </message>
    <message>
        <source>Agent e-mail:</source>
        <translation>E-Mail des Agenten:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>🔒 Secrets you type here are kept in the OS keychain, never in the config file; the file refers to them as env:NAME, so a headless engine can read the same names from its environment.</source>
        <translation>🔒 Hier eingegebene Geheimnisse werden im Schlüsselbund des Systems gespeichert, nie in der Konfigurationsdatei; die Datei verweist mit env:NAME auf sie, sodass eine Engine ohne Oberfläche dieselben Namen aus ihrer Umgebung lesen kann.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No OS keychain is available here&lt;/b&gt; (%1). Secrets cannot be stored safely on this machine: enter each one as &lt;code&gt;env:NAME&lt;/code&gt; and set the environment variable NAME before starting Backroom.</source>
        <translation>&lt;b&gt;Hier ist kein Schlüsselbund des Systems verfügbar&lt;/b&gt; (%1). Geheimnisse können auf diesem Rechner nicht sicher gespeichert werden: Geben Sie jedes als &lt;code&gt;env:NAME&lt;/code&gt; ein und setzen Sie die Umgebungsvariable NAME, bevor Sie Backroom starten.</translation>
    </message>
    <message>
        <source>Welcome to Backroom. Enter your shop and your ERP, test each connection, and save. The settings are written to %1.</source>
        <translation>Willkommen bei Backroom. Geben Sie Ihren Shop und Ihr ERP ein, testen Sie jede Verbindung und speichern Sie. Die Einstellungen werden in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Connections of %1. Changes take effect when the engine restarts.</source>
        <translation>Verbindungen aus %1. Änderungen gelten nach dem Neustart der Engine.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>No keychain is available, so a secret typed here would end up in plain text in the config file. Enter env:NAME instead (for example env:%1) and set that environment variable.</source>
        <translation>Es ist kein Schlüsselbund verfügbar; ein hier eingegebenes Geheimnis landete im Klartext in der Konfigurationsdatei. Geben Sie stattdessen env:NAME ein (zum Beispiel env:%1) und setzen Sie diese Umgebungsvariable.</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The keychain refused %1: %2</source>
        <translation>Der Schlüsselbund hat %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>backroom::SnoozeDialog</name>
    <message numerus="yes">
        <source>Snooze %n exception(s)</source>
        <translation>
            <numerusform>%n Ausnahme zurückstellen</numerusform>
            <numerusform>%n Ausnahmen zurückstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Morgen 9:00</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>Snoozed exceptions leave the open queue and come back by themselves when the time is due.</source>
        <translation>Zurückgestellte Ausnahmen verlassen die offene Liste und kommen zum gewählten Zeitpunkt von selbst zurück.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>backroom::StatusMapPanel</name>
    <message>
        <source>WooCommerce → ERP</source>
        <translation>WooCommerce → ERP</translation>
    </message>
    <message>
        <source>What a WooCommerce order status does with the ERP sales order: sync (post it), ignore, or cancel (cancel it once it is in the ERP). &quot;cancelled&quot; cancels unless named here; other statuses follow the store&apos;s order_statuses.</source>
        <translation>Was ein WooCommerce-Bestellstatus mit dem ERP-Kundenauftrag macht: sync (übertragen), ignore (nichts tun) oder cancel (stornieren, sobald er im ERP ist). &quot;cancelled&quot; storniert, sofern hier nicht anders angegeben; andere Status folgen den order_statuses des Shops.</translation>
    </message>
    <message>
        <source>ERP → WooCommerce</source>
        <translation>ERP → WooCommerce</translation>
    </message>
    <message>
        <source>The WooCommerce status to set for an ERP sales order state: the ERP&apos;s own word (ERPNext: To Bill, Completed, Closed, Cancelled; Tryton: done, cancelled) or one of %1. A delivered order the map does not name gets order_flows.delivered_status.</source>
        <translation>Der WooCommerce-Status, der für einen Zustand des ERP-Kundenauftrags gesetzt wird: das Wort des ERP (ERPNext: To Bill, Completed, Closed, Cancelled; Tryton: done, cancelled) oder einer von %1. Eine gelieferte Bestellung, die die Zuordnung nicht nennt, erhält order_flows.delivered_status.</translation>
    </message>
    <message>
        <source>Refused — %1</source>
        <translation>Abgelehnt — %1</translation>
    </message>
    <message>
        <source>Check — %1</source>
        <translation>Prüfen — %1</translation>
    </message>
    <message>
        <source>Both directions are valid.</source>
        <translation>Beide Richtungen sind gültig.</translation>
    </message>
</context>
<context>
    <name>backroom::TrayIcon</name>
    <message>
        <source>Open Backroom</source>
        <translation>Backroom öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <source>Backroom: everything is flowing</source>
        <translation>Backroom: alles läuft</translation>
    </message>
    <message numerus="yes">
        <source>Backroom: %n open exception(s)</source>
        <translation>
            <numerusform>Backroom: %n offene Ausnahme</numerusform>
            <numerusform>Backroom: %n offene Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Backroom: a connection is down</source>
        <translation>Backroom: eine Verbindung ist ausgefallen</translation>
    </message>
    <message>
        <source>Backroom: the sync engine is not running</source>
        <translation>Backroom: die Sync-Engine läuft nicht</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n waiting to be sent</source>
        <translation>
            <numerusform>%1
%n wartet auf Versand</numerusform>
            <numerusform>%1
%n warten auf Versand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ValidationPanel</name>
    <message>
        <source>unmapped SKU</source>
        <translation>nicht zugeordnete SKU</translation>
    </message>
    <message>
        <source>empty SKU</source>
        <translation>leere SKU</translation>
    </message>
    <message>
        <source>duplicate SKU</source>
        <translation>doppelte SKU</translation>
    </message>
    <message>
        <source>ERP item missing</source>
        <translation>ERP-Artikel fehlt</translation>
    </message>
    <message>
        <source>ERP item disabled</source>
        <translation>ERP-Artikel deaktiviert</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Compares the mappings with the live WooCommerce and ERP catalogues and the SKUs sold.</source>
        <translation>Vergleicht die Zuordnungen mit den aktuellen Katalogen von WooCommerce und ERP und den verkauften SKUs.</translation>
    </message>
    <message>
        <source>&amp;Validate against the live catalogues</source>
        <translation>Mit den aktuellen Katalogen &amp;prüfen</translation>
    </message>
    <message>
        <source>Reading the catalogues…</source>
        <translation>Kataloge werden gelesen …</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Double-click an unmapped SKU to map it.</source>
        <translation>
            <numerusform>%n Befund. Doppelklicken Sie auf eine nicht zugeordnete SKU, um sie zuzuordnen.</numerusform>
            <numerusform>%n Befunde. Doppelklicken Sie auf eine nicht zugeordnete SKU, um sie zuzuordnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>backroom::VersionsPanel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation>Auf diese Version &amp;zurücksetzen …</translation>
    </message>
    <message>
        <source>Select one version to compare it with the one before, or two to compare them.</source>
        <translation>Wählen Sie eine Version, um sie mit der vorigen zu vergleichen, oder zwei, um diese zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 → %2: %n change(s)</source>
        <translation>
            <numerusform>Version %1 → %2: %n Änderung</numerusform>
            <numerusform>Version %1 → %2: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON patch (RFC 6902):</source>
        <translation>JSON-Patch (RFC 6902):</translation>
    </message>
    <message>
        <source>Roll back the mappings</source>
        <translation>Zuordnungen zurücksetzen</translation>
    </message>
    <message>
        <source>Save a new version equal to version %1? The engine uses it for every order it sends from now on.</source>
        <translation>Eine neue Version speichern, die Version %1 entspricht? Die Engine verwendet sie ab jetzt für jede Bestellung, die sie sendet.</translation>
    </message>
</context>
<context>
    <name>backroom::WorkbenchFilterBar</name>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Alle Ursachen</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>any store</source>
        <translation>jeder Shop</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>Unter 1 Stunde</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>1 bis 24 Stunden</translation>
    </message>
    <message>
        <source>Over 1 day</source>
        <translation>Über 1 Tag</translation>
    </message>
    <message>
        <source>Over 1 week</source>
        <translation>Über 1 Woche</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Whose exceptions: anyone, nobody, or type a name</source>
        <translation>Wessen Ausnahmen: alle, niemand, oder geben Sie einen Namen ein</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>(no saved filter)</source>
        <translation>(kein gespeicherter Filter)</translation>
    </message>
    <message>
        <source>Filters saved in the journal, shared by everyone on this data directory</source>
        <translation>Im Journal gespeicherte Filter, für alle mit diesem Datenverzeichnis</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>Den aktuellen Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>St&amp;ore:</source>
        <translation>Sh&amp;op:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>Zu&amp;ständig:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Zus&amp;tand:</translation>
    </message>
    <message>
        <source>Sa&amp;ved filter:</source>
        <translation>Gespeicherter &amp;Filter:</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>backroom::app::ConsoleLauncher</name>
    <message>
        <source>Demo: built-in simulators on 127.0.0.1 — journal in %1</source>
        <translation>Demo: eingebaute Simulatoren auf 127.0.0.1 — Journal in %1</translation>
    </message>
    <message>
        <source>Attached to the engine on %1</source>
        <translation>Verbunden mit der Engine auf %1</translation>
    </message>
    <message>
        <source>Engine in this window — %1</source>
        <translation>Engine in diesem Fenster — %1</translation>
    </message>
    <message>
        <source>Attached to the engine already running on %1</source>
        <translation>Verbunden mit der bereits laufenden Engine auf %1</translation>
    </message>
    <message>
        <source>The engine did not start: %1</source>
        <translation>Die Engine ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The engine did not start</source>
        <translation>Die Engine ist nicht gestartet</translation>
    </message>
    <message>
        <source>Open the settings to correct it.</source>
        <translation>Öffnen Sie die Einstellungen, um das zu korrigieren.</translation>
    </message>
    <message>
        <source>Settings saved. They apply when Backroom runs on them (without --demo or --attach).</source>
        <translation>Einstellungen gespeichert. Sie gelten, wenn Backroom damit läuft (ohne --demo oder --attach).</translation>
    </message>
    <message>
        <source>No connections configured yet: open File → Settings to set them up.</source>
        <translation>Noch keine Verbindungen eingerichtet: Öffnen Sie Datei → Einstellungen.</translation>
    </message>
</context>
<context>
    <name>backroom::app::EngineHost</name>
    <message>
        <source>The simulators cannot start: %1</source>
        <translation>Die Simulatoren können nicht starten: %1</translation>
    </message>
    <message>
        <source>Journal failure: %1</source>
        <translation>Journalfehler: %1</translation>
    </message>
</context>
<context>
    <name>backroom::ui::Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ago (%2)</source>
        <translation>vor %1 (%2)</translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>ERPNext</source>
        <translation>ERPNext</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <source>WooCommerce · %1</source>
        <translation>WooCommerce · %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Paused: credentials refused</source>
        <translation>Pausiert: Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>Circuit open: waiting before retrying</source>
        <translation>Sicherung offen: wartet vor dem nächsten Versuch</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>Received, not in the ERP yet</source>
        <translation>Eingegangen, noch nicht im ERP</translation>
    </message>
    <message>
        <source>In the ERP, write-back pending</source>
        <translation>Im ERP, Rückmeldung ausstehend</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Not syncable (status)</source>
        <translation>Nicht synchronisierbar (Status)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Remote server error</source>
        <translation>Fehler des Gegenservers</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Invalid order data</source>
        <translation>Ungültige Bestelldaten</translation>
    </message>
    <message>
        <source>Missing mapping</source>
        <translation>Fehlende Zuordnung</translation>
    </message>
    <message>
        <source>Rejected by the ERP</source>
        <translation>Vom ERP abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
</context>
</TS>
