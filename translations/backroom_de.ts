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
    <name>backroom::CommandDialog</name>
    <message numerus="yes">
        <source>Resolve %n exception(s) by hand</source>
        <translation><numerusform>%n Ausnahme von Hand erledigen</numerusform><numerusform>%n Ausnahmen von Hand erledigen</numerusform></translation>
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
        <translation><numerusform>%n Bestellung überspringen</numerusform><numerusform>%n Bestellungen überspringen</numerusform></translation>
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
        <translation><numerusform>Verbunden: Der Shop antwortet und listet %n Bestellung.</numerusform><numerusform>Verbunden: Der Shop antwortet und listet %n Bestellungen.</numerusform></translation>
    </message>
    <message>
        <source>Connected: the store answers.</source>
        <translation>Verbunden: Der Shop antwortet.</translation>
    </message>
    <message>
        <source>Enter the ERP's address, e.g. https://erp.example.com</source>
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
        <source>Enter the Zendesk address, the agent's e-mail and an API token.</source>
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
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation><numerusform>%n T.</numerusform><numerusform>%n T.</numerusform></translation>
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
</context>
<context>
    <name>backroom::ExceptionsView</name>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Erledigen …</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Überspringen …</translation>
    </message>
    <message>
        <source>Order passport</source>
        <translation>Bestellpass</translation>
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
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Send the selected orders again (the ERP is searched first, so nothing is created twice)</source>
        <translation>Die ausgewählten Bestellungen erneut senden (zuerst wird im ERP gesucht, damit nichts doppelt angelegt wird)</translation>
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
        <translation><numerusform>Erneutes Senden von %n Ausnahme eingereiht …</numerusform><numerusform>Erneutes Senden von %n Ausnahmen eingereiht …</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Resolve of %n exception(s) queued…</source>
        <translation><numerusform>Erledigung von %n Ausnahme eingereiht …</numerusform><numerusform>Erledigung von %n Ausnahmen eingereiht …</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Skip of %n order(s) queued…</source>
        <translation><numerusform>Überspringen von %n Bestellung eingereiht …</numerusform><numerusform>Überspringen von %n Bestellungen eingereiht …</numerusform></translation>
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
        <translation><numerusform>%n Verbindung gestört</numerusform><numerusform>%n Verbindungen gestört</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s)</source>
        <translation><numerusform>%n neue Ausnahme</numerusform><numerusform>%n neue Ausnahmen</numerusform></translation>
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
        <translation><numerusform>… und %n weitere Ursache</numerusform><numerusform>… und %n weitere Ursachen</numerusform></translation>
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
        <translation><numerusform>%Ln Bestellung</numerusform><numerusform>%Ln Bestellungen</numerusform></translation>
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
        <source>Select an entry to see its request and response, the fields that changed, or the command's before and after.</source>
        <translation>Wählen Sie einen Eintrag, um Anfrage und Antwort, die geänderten Felder oder Vorher und Nachher eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Loading the order's history…</source>
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
        <source>ERP document: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
        <translation>ERP-Beleg: &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
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
        <translation><numerusform>Revision %1: %n Feld geändert</numerusform><numerusform>Revision %1: %n Felder geändert</numerusform></translation>
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
        <translation><numerusform>Backroom: %n offene Ausnahme</numerusform><numerusform>Backroom: %n offene Ausnahmen</numerusform></translation>
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
        <translation><numerusform>%1
%n wartet auf Versand</numerusform><numerusform>%1
%n warten auf Versand</numerusform></translation>
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
</context>
</TS>
