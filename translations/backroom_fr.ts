<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Commandes ouvertes par ancienneté</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>Order aging</source>
        <translation>Ancienneté des commandes</translation>
    </message>
    <message>
        <source>Orders that have not been confirmed in the ERP yet, by how long ago they were received. Click a bar or a number to list those orders.</source>
        <translation>Commandes pas encore confirmées dans l&apos;ERP, selon le temps écoulé depuis leur réception. Cliquez sur une barre ou un nombre pour lister ces commandes.</translation>
    </message>
    <message>
        <source>Click a number to list those orders</source>
        <translation>Cliquez sur un nombre pour lister ces commandes</translation>
    </message>
    <message>
        <source>No open orders — every order received so far is confirmed in the ERP.</source>
        <translation>Aucune commande ouverte — toutes les commandes reçues jusqu&apos;ici sont confirmées dans l&apos;ERP.</translation>
    </message>
</context>
<context>
    <name>backroom::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n exception(s)</source>
        <translation>
            <numerusform>Attribuer %n exception</numerusform>
            <numerusform>Attribuer %n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: nobody</source>
        <translation>vide : personne</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Attribuer à :</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>backroom::AuditPanel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Who, target or change contains…</source>
        <translation>Qui, cible ou modification contient…</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n entrée d&apos;audit</numerusform>
            <numerusform>%n entrées d&apos;audit</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>backroom::CommandDialog</name>
    <message numerus="yes">
        <source>Resolve %n exception(s) by hand</source>
        <translation>
            <numerusform>Résoudre %n exception à la main</numerusform>
            <numerusform>Résoudre %n exceptions à la main</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what was done, for the audit log. If you created the sales order in the ERP yourself, enter its name so the order is linked and never sent again.</source>
        <translation>Indiquez ce qui a été fait, pour le journal d&apos;audit. Si vous avez créé la commande client vous-même dans l&apos;ERP, saisissez son nom : la commande y sera liée et ne sera jamais renvoyée.</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>Note (obligatoire) :</translation>
    </message>
    <message>
        <source>e.g. SAL-ORD-2026-00042 (optional)</source>
        <translation>p. ex. SAL-ORD-2026-00042 (facultatif)</translation>
    </message>
    <message>
        <source>ERP document:</source>
        <translation>Document ERP :</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message numerus="yes">
        <source>Skip %n order(s)</source>
        <translation>
            <numerusform>Ignorer %n commande</numerusform>
            <numerusform>Ignorer %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped orders are never sent to the ERP. Say why, for the audit log.</source>
        <translation>Les commandes ignorées ne sont jamais envoyées à l&apos;ERP. Indiquez pourquoi, pour le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Motif (obligatoire) :</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>backroom::ConnectionTester</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the store answers and lists %n order(s).</source>
        <translation>
            <numerusform>Connecté : la boutique répond et liste %n commande.</numerusform>
            <numerusform>Connecté : la boutique répond et liste %n commandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: the store answers.</source>
        <translation>Connecté : la boutique répond.</translation>
    </message>
    <message>
        <source>Enter the ERP&apos;s address, e.g. https://erp.example.com</source>
        <translation>Saisissez l&apos;adresse de l&apos;ERP, p. ex. https://erp.example.com</translation>
    </message>
    <message>
        <source>Enter the API key and the API secret of an ERPNext user.</source>
        <translation>Saisissez la clé API et le secret API d&apos;un utilisateur ERPNext.</translation>
    </message>
    <message>
        <source>Connected: ERPNext accepts the key and can search sales orders.</source>
        <translation>Connecté : ERPNext accepte la clé et peut rechercher les commandes clients.</translation>
    </message>
    <message>
        <source>Enter the Zendesk address, the agent&apos;s e-mail and an API token.</source>
        <translation>Saisissez l&apos;adresse Zendesk, l&apos;e-mail de l&apos;agent et un jeton API.</translation>
    </message>
    <message>
        <source>Zendesk must be reached over https:// (the token would travel in clear text).</source>
        <translation>Zendesk doit être joint en https:// (sinon le jeton circulerait en clair).</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>HTTP %1: Zendesk refused the e-mail and token. Check both, and that token access is enabled.</source>
        <translation>HTTP %1 : Zendesk a refusé l&apos;e-mail et le jeton. Vérifiez les deux, et que l&apos;accès par jeton est activé.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>HTTP %1: this does not look like a Zendesk API.</source>
        <translation>HTTP %1 : cela ne ressemble pas à une API Zendesk.</translation>
    </message>
</context>
<context>
    <name>backroom::ConnectionsModel</name>
    <message>
        <source>Up</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Paused (authentication)</source>
        <translation>En pause (authentification)</translation>
    </message>
    <message>
        <source>Circuit open</source>
        <translation>Circuit ouvert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (throttled)</source>
        <translation>%1 (limité)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Error rate (15 min)</source>
        <translation>Taux d&apos;erreur (15 min)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>backroom::CsvImportDialog</name>
    <message>
        <source>Import SKU crosswalk — %1</source>
        <translation>Importer la correspondance des SKU — %1</translation>
    </message>
    <message>
        <source>Replace the crosswalk</source>
        <translation>Remplacer la correspondance</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file are bad, so nothing can be imported. Correct them and import again.</source>
        <translation>
            <numerusform>%n ligne du fichier est incorrecte : rien ne peut être importé. Corrigez-la et importez à nouveau.</numerusform>
            <numerusform>%n lignes du fichier sont incorrectes : rien ne peut être importé. Corrigez-les et importez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>WooCommerce SKU</source>
        <translation>SKU WooCommerce</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>%1 rows in the file: %2 added, %3 changed, %4 removed.</source>
        <translation>%1 lignes dans le fichier : %2 ajoutées, %3 modifiées, %4 supprimées.</translation>
    </message>
</context>
<context>
    <name>backroom::ExceptionSummary</name>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Open exceptions over time</source>
        <translation>Exceptions ouvertes dans le temps</translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation>exceptions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>open exceptions</source>
        <translation>exceptions ouvertes</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

What to do: %2</source>
        <translation>%1

Que faire : %2</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Product %1 has no SKU</source>
        <translation>Le produit %1 n&apos;a pas de SKU</translation>
    </message>
    <message>
        <source>SKU %1 unmapped</source>
        <translation>SKU %1 sans correspondance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — 1 order</source>
        <translation>%1 — 1 commande</translation>
    </message>
    <message>
        <source>%1 — %2 orders</source>
        <translation>%1 — %2 commandes</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (snoozed until %2)</source>
        <translation>%1 (reportée jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>backroom::ExceptionsView</name>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Mark as handled by hand, with a note and optionally the ERP document you created</source>
        <translation>Marquer comme traité à la main, avec une note et éventuellement le document ERP que vous avez créé</translation>
    </message>
    <message>
        <source>Never send these orders to the ERP</source>
        <translation>Ne jamais envoyer ces commandes à l&apos;ERP</translation>
    </message>
    <message numerus="yes">
        <source>Retry of %n exception(s) queued…</source>
        <translation>
            <numerusform>Nouvel essai de %n exception mis en file…</numerusform>
            <numerusform>Nouvel essai de %n exceptions mis en file…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve of %n exception(s) queued…</source>
        <translation>
            <numerusform>Résolution de %n exception mise en file…</numerusform>
            <numerusform>Résolution de %n exceptions mise en file…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skip of %n order(s) queued…</source>
        <translation>
            <numerusform>Abandon de %n commande mis en file…</numerusform>
            <numerusform>Abandon de %n commandes mis en file…</numerusform>
        </translation>
    </message>
    <message>
        <source>Command %1 queued; the engine runs it within a second.</source>
        <translation>Commande %1 mise en file ; le moteur l&apos;exécute en moins d&apos;une seconde.</translation>
    </message>
    <message>
        <source>Command %1 done: %2</source>
        <translation>Commande %1 exécutée : %2</translation>
    </message>
    <message>
        <source>Command %1 failed: %2</source>
        <translation>Commande %1 échouée : %2</translation>
    </message>
    <message>
        <source>No exceptions match this filter — clear it to see all of them.</source>
        <translation>Aucune exception ne correspond à ce filtre — retirez-le pour toutes les voir.</translation>
    </message>
    <message>
        <source>No exceptions — everything is flowing.</source>
        <translation>Aucune exception — tout circule.</translation>
    </message>
    <message>
        <source>Exceptions grouped by cause (G). Pick a group to work on it; Shift+R retries all of it.</source>
        <translation>Exceptions regroupées par cause (G). Choisissez un groupe pour le traiter ; Maj+R le réessaie en entier.</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filtre « %1 » enregistré.</translation>
    </message>
    <message>
        <source>All causes — 1 exception</source>
        <translation>Toutes les causes — 1 exception</translation>
    </message>
    <message>
        <source>All causes — %1 exceptions</source>
        <translation>Toutes les causes — %1 exceptions</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Réessayer…</translation>
    </message>
    <message>
        <source>Send the selected orders again, after checking what the ERP already has</source>
        <translation>Renvoyer les commandes sélectionnées, après avoir vérifié ce que l&apos;ERP a déjà</translation>
    </message>
    <message>
        <source>Retry whole &amp;group…</source>
        <translation>Réessayer tout le &amp;groupe…</translation>
    </message>
    <message>
        <source>Retry every exception with the same cause as the current row</source>
        <translation>Réessayer chaque exception ayant la même cause que la ligne courante</translation>
    </message>
    <message>
        <source>&amp;Edit and retry…</source>
        <translation>&amp;Modifier et réessayer…</translation>
    </message>
    <message>
        <source>Correct the order&apos;s payload, see the diff, and retry with it</source>
        <translation>Corriger les données de la commande, voir les différences et réessayer avec elles</translation>
    </message>
    <message>
        <source>Resol&amp;ve by hand…</source>
        <translation>Résoudre à la &amp;main…</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>&amp;Ignorer…</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>Hide from the open queue until a time; they come back when due</source>
        <translation>Masquer de la file ouverte jusqu&apos;à une heure donnée ; elles reviennent à l&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>A&amp;ttribuer…</translation>
    </message>
    <message>
        <source>Give the selected exceptions to a person</source>
        <translation>Confier les exceptions sélectionnées à une personne</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Write a note on the selected exceptions</source>
        <translation>Écrire une note sur les exceptions sélectionnées</translation>
    </message>
    <message>
        <source>Order &amp;passport</source>
        <translation>&amp;Passeport de commande</translation>
    </message>
    <message>
        <source>The order&apos;s whole history (also Enter)</source>
        <translation>L&apos;historique complet de la commande (aussi Entrée)</translation>
    </message>
    <message>
        <source>Go to causes</source>
        <translation>Aller aux causes</translation>
    </message>
    <message>
        <source>Move to the list of causes</source>
        <translation>Aller à la liste des causes</translation>
    </message>
    <message>
        <source>Go to exceptions</source>
        <translation>Aller aux exceptions</translation>
    </message>
    <message>
        <source>Move to the list of exceptions</source>
        <translation>Aller à la liste des exceptions</translation>
    </message>
    <message>
        <source>Go to filters</source>
        <translation>Aller aux filtres</translation>
    </message>
    <message>
        <source>Move to the filters</source>
        <translation>Aller aux filtres</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the journal again</source>
        <translation>Relire le journal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Snooze of %n exception(s) queued…</source>
        <translation>
            <numerusform>Report de %n exception mis en file…</numerusform>
            <numerusform>Report de %n exceptions mis en file…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignment of %n exception(s) queued…</source>
        <translation>
            <numerusform>Attribution de %n exception mise en file…</numerusform>
            <numerusform>Attribution de %n exceptions mise en file…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note on %n exception(s) queued…</source>
        <translation>
            <numerusform>Note sur %n exception mise en file…</numerusform>
            <numerusform>Note sur %n exceptions mise en file…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit and retry works on one order at a time: select one row.</source>
        <translation>Modifier et réessayer ne traite qu’une commande à la fois : sélectionnez une seule ligne.</translation>
    </message>
    <message>
        <source>This exception belongs to a connection: there is no order to edit.</source>
        <translation>Cette exception concerne une connexion : il n&apos;y a pas de commande à modifier.</translation>
    </message>
    <message>
        <source>Edited order #%1 queued for retry…</source>
        <translation>Commande modifiée n° %1 mise en file pour un nouvel essai…</translation>
    </message>
    <message>
        <source>Showing the %1 most recent of %2 exceptions — narrow the filter (cause, system, store, age) to see the others.</source>
        <translation>Affichage des %1 exceptions les plus récentes sur %2 — affinez le filtre (cause, système, boutique, âge) pour voir les autres.</translation>
    </message>
</context>
<context>
    <name>backroom::HealthTile</name>
    <message>
        <source>Throttled: the server asked us to slow down</source>
        <translation>Limité : le serveur nous a demandé de ralentir</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Dernier succès : %1</translation>
    </message>
    <message>
        <source>Failed requests (last 15 min): %1 %</source>
        <translation>Requêtes échouées (15 dernières min) : %1 %</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Click to see the exceptions of %1</source>
        <translation>Cliquez pour voir les exceptions de %1</translation>
    </message>
    <message>
        <source>Click to see its exceptions</source>
        <translation>Cliquez pour voir ses exceptions</translation>
    </message>
</context>
<context>
    <name>backroom::HealthView</name>
    <message>
        <source>Orders in the journal</source>
        <translation>Commandes dans le journal</translation>
    </message>
    <message>
        <source>In the ERP</source>
        <translation>Dans l&apos;ERP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Exceptions ouvertes</translation>
    </message>
    <message>
        <source>Oldest unsynced order</source>
        <translation>Plus ancienne commande non synchronisée</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Santé de la synchronisation</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>No connection has reported yet. The engine reports each connection after its first request.</source>
        <translation>Aucune connexion ne s&apos;est encore signalée. Le moteur signale chaque connexion après sa première requête.</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Détails des connexions</translation>
    </message>
    <message>
        <source>Engine running — last heartbeat %1.</source>
        <translation>Moteur en marche — dernier signe de vie %1.</translation>
    </message>
    <message>
        <source>No engine is running on this journal (last heartbeat %1). Numbers are as of its last write; commands wait until an engine runs.</source>
        <translation>Aucun moteur ne tourne sur ce journal (dernier signe de vie %1). Les chiffres datent de sa dernière écriture ; les commandes attendent qu&apos;un moteur tourne.</translation>
    </message>
    <message>
        <source>No engine has run on this journal yet.</source>
        <translation>Aucun moteur n&apos;a encore tourné sur ce journal.</translation>
    </message>
    <message>
        <source>%1 received, not in the ERP yet</source>
        <translation>%1 reçues, pas encore dans l&apos;ERP</translation>
    </message>
    <message>
        <source>%1 confirmed in the store</source>
        <translation>%1 confirmées dans la boutique</translation>
    </message>
    <message>
        <source>oldest due for %1</source>
        <translation>la plus ancienne due depuis %1</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>rien en attente</translation>
    </message>
    <message>
        <source>need a person</source>
        <translation>demandent une personne</translation>
    </message>
    <message>
        <source>everything is flowing</source>
        <translation>tout circule</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>since it was received</source>
        <translation>depuis sa réception</translation>
    </message>
    <message>
        <source>all orders are in the ERP</source>
        <translation>toutes les commandes sont dans l&apos;ERP</translation>
    </message>
</context>
<context>
    <name>backroom::JournalReader</name>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Il n&apos;y a pas encore de journal à %1.</translation>
    </message>
    <message>
        <source>The journal at %1 has schema version %2; this console needs %3. Start the engine of this version once to upgrade it.</source>
        <translation>Le journal à %1 a la version de schéma %2 ; cette console a besoin de %3. Lancez une fois le moteur de cette version pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>Could not queue the command: %1</source>
        <translation>Impossible de mettre la commande en file : %1</translation>
    </message>
    <message>
        <source>Could not save the filter: %1</source>
        <translation>Le filtre n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Could not delete the filter: %1</source>
        <translation>Le filtre n&apos;a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>backroom::LagView</name>
    <message>
        <source>Order to ERP, median (p50)</source>
        <translation>Commande vers ERP, médiane (p50)</translation>
    </message>
    <message>
        <source>Order to ERP, 95th percentile</source>
        <translation>Commande vers ERP, 95e centile</translation>
    </message>
    <message>
        <source>Oldest unsynced order</source>
        <translation>Plus ancienne commande non synchronisée</translation>
    </message>
    <message>
        <source>Backlog (waiting to be sent)</source>
        <translation>Arriéré (en attente d&apos;envoi)</translation>
    </message>
    <message>
        <source>Order-to-ERP latency</source>
        <translation>Latence commande vers ERP</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Backlog depth</source>
        <translation>Taille de l&apos;arriéré</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>Sync lag</source>
        <translation>Retard de synchronisation</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>No samples in this range yet. The engine records lag and backlog every 10 seconds while it runs.</source>
        <translation>Pas encore de mesures sur cette période. Le moteur enregistre le retard et l&apos;arriéré toutes les 10 secondes tant qu&apos;il tourne.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>half of the orders reach the ERP faster</source>
        <translation>la moitié des commandes atteignent l&apos;ERP plus vite</translation>
    </message>
    <message>
        <source>95 of 100 orders reach the ERP faster</source>
        <translation>95 commandes sur 100 atteignent l&apos;ERP plus vite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>since it was received</source>
        <translation>depuis sa réception</translation>
    </message>
    <message>
        <source>every order is in the ERP</source>
        <translation>chaque commande est dans l&apos;ERP</translation>
    </message>
    <message>
        <source>orders and write-backs</source>
        <translation>commandes et retours vers la boutique</translation>
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
        <translation>plus ancienne non synchronisée</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Inventory freshness</source>
        <translation>Fraîcheur des stocks</translation>
    </message>
    <message>
        <source>Posted, not fulfilled after 24 h</source>
        <translation>Envoyées, non livrées après 24 h</translation>
    </message>
    <message>
        <source>Refunds waiting for a credit note</source>
        <translation>Remboursements en attente d’un avoir</translation>
    </message>
    <message>
        <source>Open helpdesk tickets</source>
        <translation>Tickets d’assistance ouverts</translation>
    </message>
    <message>
        <source>%1 never read</source>
        <translation>%1 jamais lue</translation>
    </message>
    <message>
        <source>%1 %2 ago</source>
        <translation>%1 il y a %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>no stock sweep has run</source>
        <translation>aucun relevé des stocks n&apos;a eu lieu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>1 open stock exception</source>
        <translation>1 exception de stock ouverte</translation>
    </message>
    <message>
        <source>%1 open stock exceptions</source>
        <translation>%1 exceptions de stock ouvertes</translation>
    </message>
    <message>
        <source>read: %1; %2</source>
        <translation>lu : %1 ; %2</translation>
    </message>
    <message>
        <source>oldest posted %1 ago</source>
        <translation>la plus ancienne envoyée il y a %1</translation>
    </message>
    <message>
        <source>nothing waits for a delivery</source>
        <translation>rien n’attend de livraison</translation>
    </message>
    <message>
        <source>store refunds not booked in the ERP yet</source>
        <translation>remboursements de la boutique pas encore comptabilisés dans l&apos;ERP</translation>
    </message>
    <message>
        <source>not solved in the helpdesk</source>
        <translation>non résolus dans l&apos;assistance</translation>
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
        <translation>Santé</translation>
    </message>
    <message>
        <source>Sync lag</source>
        <translation>Retard de synchronisation</translation>
    </message>
    <message>
        <source>Order aging</source>
        <translation>Ancienneté des commandes</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Engine: waiting for the journal…</source>
        <translation>Moteur : en attente du journal…</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Backroom</source>
        <translation>À &amp;propos de Backroom</translation>
    </message>
    <message>
        <source>About Backroom</source>
        <translation>À propos de Backroom</translation>
    </message>
    <message>
        <source>Backroom %1 — moves every WooCommerce order into the ERP exactly once, and shows what is stuck and why.</source>
        <translation>Backroom %1 — transfère chaque commande WooCommerce dans l&apos;ERP exactement une fois, et montre ce qui bloque et pourquoi.</translation>
    </message>
    <message>
        <source>Exceptions (%1)</source>
        <translation>Exceptions (%1)</translation>
    </message>
    <message>
        <source>● Engine running</source>
        <translation>● Moteur en marche</translation>
    </message>
    <message>
        <source>● Engine not running</source>
        <translation>● Moteur arrêté</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>backroom::MappingTableEditor</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
</context>
<context>
    <name>backroom::MappingTableModel</name>
    <message>
        <source>Row %1: the %2 is empty.</source>
        <translation>Ligne %1 : « %2 » est vide.</translation>
    </message>
    <message>
        <source>Row %1: %2 &quot;%3&quot; appears twice.</source>
        <translation>Ligne %1 : %2 « %3 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not one of %3.</source>
        <translation>Ligne %1 : « %2 » ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>Must be one of %1.</source>
        <translation>Doit faire partie de %1.</translation>
    </message>
</context>
<context>
    <name>backroom::MappingsReader</name>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Il n&apos;y a pas encore de journal dans %1.</translation>
    </message>
    <message>
        <source>There is no mapping version %1.</source>
        <translation>La version %1 des correspondances n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A stored mapping version cannot be read.</source>
        <translation>Une version enregistrée des correspondances est illisible.</translation>
    </message>
    <message>
        <source>No configuration: the catalogues cannot be read.</source>
        <translation>Aucune configuration : les catalogues ne peuvent pas être lus.</translation>
    </message>
</context>
<context>
    <name>backroom::MappingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;nnuler les modifications</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Orders waiting on a mapping (double-click to map the SKU)</source>
        <translation>Commandes en attente d&apos;une correspondance (double-clic pour associer le SKU)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Retry: %1.</source>
        <translation>Nouvel essai : %1.</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Échec du nouvel essai : %1</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>WooCommerce SKU</source>
        <translation>SKU WooCommerce</translation>
    </message>
    <message>
        <source>ERP item code</source>
        <translation>Code article ERP</translation>
    </message>
    <message>
        <source>SKU crosswalk</source>
        <translation>Correspondance des SKU</translation>
    </message>
    <message>
        <source>WooCommerce status</source>
        <translation>Statut WooCommerce</translation>
    </message>
    <message>
        <source>Action (sync, ignore, cancel)</source>
        <translation>Action (sync, ignore ou cancel)</translation>
    </message>
    <message>
        <source>ERP order state</source>
        <translation>État de la commande dans l&apos;ERP</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de commande</translation>
    </message>
    <message>
        <source>WooCommerce payment method</source>
        <translation>Moyen de paiement WooCommerce</translation>
    </message>
    <message>
        <source>ERP mode of payment</source>
        <translation>Mode de paiement ERP</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>WooCommerce shipping method</source>
        <translation>Mode de livraison WooCommerce</translation>
    </message>
    <message>
        <source>ERP account of the charge</source>
        <translation>Compte ERP des frais</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>WooCommerce tax rate code</source>
        <translation>Code de taux de taxe WooCommerce</translation>
    </message>
    <message>
        <source>ERP tax account</source>
        <translation>Compte de taxe ERP</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Mappings — editing version %1 (version %2 was saved meanwhile)</source>
        <translation>Correspondances — modification de la version %1 (la version %2 a été enregistrée entre-temps)</translation>
    </message>
    <message>
        <source>Mappings — no version yet</source>
        <translation>Correspondances — aucune version pour le moment</translation>
    </message>
    <message>
        <source>Mappings — version %1</source>
        <translation>Correspondances — version %1</translation>
    </message>
    <message numerus="yes">
        <source>Save and &amp;retry %n order(s)</source>
        <translation>
            <numerusform>Enregistrer et &amp;réessayer %n commande</numerusform>
            <numerusform>Enregistrer et &amp;réessayer %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings — version %1, modified</source>
        <translation>Correspondances — version %1, modifiée</translation>
    </message>
    <message numerus="yes">
        <source>This change fixes %n order(s) waiting on a mapping: save and retry them in one step.</source>
        <translation>
            <numerusform>Cette modification débloque %n commande en attente d&apos;une correspondance : enregistrez et réessayez en une seule étape.</numerusform>
            <numerusform>Cette modification débloque %n commandes en attente d&apos;une correspondance : enregistrez et réessayez en une seule étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings not saved</source>
        <translation>Correspondances non enregistrées</translation>
    </message>
    <message>
        <source>Correct these rows first:
%1</source>
        <translation>Corrigez d&apos;abord ces lignes :
%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the console</source>
        <translation>
            <numerusform>%n modification dans la console</numerusform>
            <numerusform>%n modifications dans la console</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the SKU crosswalk</source>
        <translation>Importer la correspondance des SKU</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Export the SKU crosswalk</source>
        <translation>Exporter la correspondance des SKU</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>backroom::NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message numerus="yes">
        <source>Note on %n exception(s)</source>
        <translation>
            <numerusform>Note sur %n exception</numerusform>
            <numerusform>Note sur %n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is kept with the exception and shown in the order passport (Ctrl+Enter adds it).</source>
        <translation>La note est conservée avec l&apos;exception et affichée dans le passeport de commande (Ctrl+Entrée l&apos;ajoute).</translation>
    </message>
</context>
<context>
    <name>backroom::Notifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The sync engine stopped</source>
        <translation>Le moteur de synchronisation s&apos;est arrêté</translation>
    </message>
    <message>
        <source>No heartbeat for 5 seconds: orders are not moving until it runs again.</source>
        <translation>Aucun signe de vie depuis 5 secondes : les commandes ne bougent plus tant qu&apos;il ne tourne pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in trouble</source>
        <translation>
            <numerusform>%n connexion en difficulté</numerusform>
            <numerusform>%n connexions en difficulté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new exception(s)</source>
        <translation>
            <numerusform>%n nouvelle exception</numerusform>
            <numerusform>%n nouvelles exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 × %2 — e.g. order #%3</source>
        <translation>%1 × %2 — p. ex. commande n° %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cause(s)</source>
        <translation>
            <numerusform>… et %n autre cause</numerusform>
            <numerusform>… et %n autres causes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::OrdersModel</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Order %1 from store %2 (WooCommerce id %3)</source>
        <translation>Commande %1 de la boutique %2 (id WooCommerce %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Référence ERP</translation>
    </message>
</context>
<context>
    <name>backroom::OrdersView</name>
    <message>
        <source>Clear age filter</source>
        <translation>Retirer le filtre d&apos;ancienneté</translation>
    </message>
    <message>
        <source>Search by order number, e-mail or SKU</source>
        <translation>Rechercher par numéro de commande, e-mail ou SKU</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Attente de paiement</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Any store</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Double-click an order to open its passport: every revision, attempt and command across the systems.</source>
        <translation>Double-cliquez sur une commande pour ouvrir son passeport : chaque révision, tentative et commande à travers les systèmes.</translation>
    </message>
    <message>
        <source>Received %1 to %2 ago</source>
        <translation>Reçues il y a %1 à %2</translation>
    </message>
    <message>
        <source>Received more than %1 ago</source>
        <translation>Reçues il y a plus de %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Aucune commande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No orders yet — they appear here as soon as the engine has polled the store.</source>
        <translation>Pas encore de commandes — elles apparaissent ici dès que le moteur a interrogé la boutique.</translation>
    </message>
</context>
<context>
    <name>backroom::PassportDialog</name>
    <message>
        <source>Order passport</source>
        <translation>Passeport de commande</translation>
    </message>
    <message>
        <source>Select an entry to see its request and response, the fields that changed, or the command&apos;s before and after.</source>
        <translation>Sélectionnez une entrée pour voir sa requête et sa réponse, les champs modifiés, ou l&apos;avant et l&apos;après d&apos;une commande.</translation>
    </message>
    <message>
        <source>Loading the order&apos;s history…</source>
        <translation>Chargement de l&apos;historique de la commande…</translation>
    </message>
    <message>
        <source>This order is not in the journal (it may belong to another data directory).</source>
        <translation>Cette commande n&apos;est pas dans le journal (elle appartient peut-être à un autre répertoire de données).</translation>
    </message>
    <message>
        <source>Order #%1 — store %2</source>
        <translation>Commande n° %1 — boutique %2</translation>
    </message>
    <message>
        <source>Order #%1 — passport</source>
        <translation>Commande n° %1 — passeport</translation>
    </message>
    <message>
        <source>Not in the ERP yet.</source>
        <translation>Pas encore dans l&apos;ERP.</translation>
    </message>
    <message>
        <source>ERP document: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Document ERP : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ERP document: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Document ERP : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing has happened to this order yet.</source>
        <translation>Rien n&apos;est encore arrivé à cette commande.</translation>
    </message>
</context>
<context>
    <name>backroom::PassportModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: (none) → %2</source>
        <translation>%1 : (vide) → %2</translation>
    </message>
    <message>
        <source>%1: %2 → (removed)</source>
        <translation>%1 : %2 → (supprimé)</translation>
    </message>
    <message>
        <source>Order received from store %1</source>
        <translation>Commande reçue de la boutique %1</translation>
    </message>
    <message>
        <source>Revision %1 received</source>
        <translation>Révision %1 reçue</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1: %n field(s) changed</source>
        <translation>
            <numerusform>Révision %1 : %n champ modifié</numerusform>
            <numerusform>Révision %1 : %n champs modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>modified %1 UTC</source>
        <translation>modifiée %1 UTC</translation>
    </message>
    <message>
        <source>Write-back to the store</source>
        <translation>Retour vers la boutique</translation>
    </message>
    <message>
        <source>Post to the ERP</source>
        <translation>Envoi à l&apos;ERP</translation>
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
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Correlation id: %1
Duration: %2 ms
Request: %3
Response: %4</source>
        <translation>Id de corrélation : %1
Durée : %2 ms
Requête : %3
Réponse : %4</translation>
    </message>
    <message>
        <source>Linked to %1 document %2</source>
        <translation>Lié au document %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Exception %1 (%2, code %3), %4 attempt(s)
%5
What to do: %6
Correlation id: %7</source>
        <translation>Exception %1 (%2, code %3), %4 tentative(s)
%5
Que faire : %6
Id de corrélation : %7</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Arguments: %1
Result: %2</source>
        <translation>Arguments : %1
Résultat : %2</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 par %2 (%3)</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Avant : %1
Après : %2</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>backroom::PayloadEditDialog</name>
    <message>
        <source>Edit and retry order #%1</source>
        <translation>Modifier et réessayer la commande n° %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour le moment.</translation>
    </message>
    <message>
        <source>Edit and retry</source>
        <translation>Modifier et réessayer</translation>
    </message>
    <message>
        <source>Edit and retry (Ctrl+Enter)</source>
        <translation>Modifier et réessayer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Changes against the original (kept in the audit log):</source>
        <translation>Modifications par rapport à l&apos;original (conservées dans le journal d&apos;audit) :</translation>
    </message>
    <message>
        <source>The order as the store sent it. The next attempt maps what you save here; the store&apos;s copy is not changed.</source>
        <translation>La commande telle que la boutique l&apos;a envoyée. La prochaine tentative utilise ce que vous enregistrez ici ; la copie de la boutique n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>The order as edited earlier (not as the store sent it). The next attempt maps what you save here.</source>
        <translation>La commande telle que modifiée auparavant (et non telle que la boutique l&apos;a envoyée). La prochaine tentative utilise ce que vous enregistrez ici.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1: %2</source>
        <translation>JSON non valide à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>The payload must be a JSON object (the order).</source>
        <translation>Les données doivent être un objet JSON (la commande).</translation>
    </message>
    <message>
        <source>Keep the order&apos;s &quot;id&quot; (%1): it says which order this is.</source>
        <translation>Conservez l&apos;« id » de la commande (%1) : il indique de quelle commande il s&apos;agit.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
</context>
<context>
    <name>backroom::PreviewPanel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What the ERP would receive for the 50 most recent orders under the mappings being edited (nothing is sent).</source>
        <translation>Ce que l&apos;ERP recevrait pour les 50 commandes les plus récentes avec les correspondances en cours de modification (rien n&apos;est envoyé).</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>would be sent</source>
        <translation>serait envoyée</translation>
    </message>
    <message>
        <source>%1 of %2 recent orders would be sent; the others would become exceptions.</source>
        <translation>%1 des %2 commandes récentes seraient envoyées ; les autres deviendraient des exceptions.</translation>
    </message>
</context>
<context>
    <name>backroom::RetryPreviewDialog</name>
    <message numerus="yes">
        <source>Retry %n exception(s)</source>
        <translation>
            <numerusform>Réessayer %n exception</numerusform>
            <numerusform>Réessayer %n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the ERP whether these orders are already there…</source>
        <translation>Vérification auprès de l&apos;ERP : ces commandes y sont-elles déjà…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>What the retry will do</source>
        <translation>Ce que fera le nouvel essai</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n</source>
        <translation>
            <numerusform>Réessayer %n</numerusform>
            <numerusform>Réessayer %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The ERP could not be asked (%1). A retry still looks the order up before it creates anything.</source>
        <translation>L&apos;ERP n&apos;a pas pu être interrogé (%1). Un nouvel essai recherche quand même la commande avant de créer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Links the existing sales order %1 — creates nothing</source>
        <translation>Lie la commande client existante %1 — ne crée rien</translation>
    </message>
    <message>
        <source>Creates a new sales order (none with this reference in the ERP)</source>
        <translation>Crée une nouvelle commande client (aucune avec cette référence dans l&apos;ERP)</translation>
    </message>
    <message>
        <source>Nothing to create: %1</source>
        <translation>Rien à créer : %1</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifiée : %1</translation>
    </message>
    <message>
        <source>Already in the ERP (linked, nothing created): %1</source>
        <translation>Déjà dans l&apos;ERP (liées, rien de créé) : %1</translation>
    </message>
    <message>
        <source>New sales orders to create: %1</source>
        <translation>Nouvelles commandes client à créer : %1</translation>
    </message>
    <message>
        <source>Not checked now (the engine looks each one up again before creating it): %1</source>
        <translation>Non vérifiées maintenant (le moteur recherche chacune à nouveau avant de la créer) : %1</translation>
    </message>
</context>
<context>
    <name>backroom::SecretField</name>
    <message>
        <source>a secret is written in the config file itself — type a new one or env:NAME</source>
        <translation>un secret est écrit dans le fichier de configuration lui-même — saisissez-en un nouveau ou env:NOM</translation>
    </message>
    <message>
        <source>type the secret (kept in the OS keychain) or env:NAME</source>
        <translation>saisissez le secret (conservé dans le trousseau du système) ou env:NOM</translation>
    </message>
    <message>
        <source>env:NAME — the engine reads the secret from that environment variable</source>
        <translation>env:NOM — le moteur lit le secret dans cette variable d&apos;environnement</translation>
    </message>
</context>
<context>
    <name>backroom::SecretStore</name>
    <message>
        <source>the keychain is turned off (BACKROOM_NO_KEYCHAIN=1)</source>
        <translation>le trousseau est désactivé (BACKROOM_NO_KEYCHAIN=1)</translation>
    </message>
    <message>
        <source>no secret service is running</source>
        <translation>aucun service de secrets ne tourne</translation>
    </message>
</context>
<context>
    <name>backroom::SettingsDialog</name>
    <message>
        <source>Backroom settings</source>
        <translation>Paramètres de Backroom</translation>
    </message>
    <message>
        <source>Checking for the OS keychain…</source>
        <translation>Recherche du trousseau du système…</translation>
    </message>
    <message>
        <source>Store (WooCommerce)</source>
        <translation>Boutique (WooCommerce)</translation>
    </message>
    <message>
        <source>ERP (ERPNext)</source>
        <translation>ERP (ERPNext)</translation>
    </message>
    <message>
        <source>Helpdesk (Zendesk)</source>
        <translation>Support (Zendesk)</translation>
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
        <translation>Tester la connexion</translation>
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
        <translation>HTTP Basic sur HTTPS (recommandé)</translation>
    </message>
    <message>
        <source>Keys in the query string over HTTPS</source>
        <translation>Clés dans l&apos;URL sur HTTPS</translation>
    </message>
    <message>
        <source>OAuth 1.0a (for plain HTTP)</source>
        <translation>OAuth 1.0a (pour HTTP non chiffré)</translation>
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
        <translation>Id de la boutique :</translation>
    </message>
    <message>
        <source>Shop address:</source>
        <translation>Adresse de la boutique :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Clé client (consumer key) :</translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation>Secret client (consumer secret) :</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Interroger toutes les :</translation>
    </message>
    <message>
        <source>Order statuses to sync:</source>
        <translation>Statuts de commande à synchroniser :</translation>
    </message>
    <message>
        <source>Create the keys in WooCommerce → Settings → Advanced → REST API, with Read/Write permission.</source>
        <translation>Créez les clés dans WooCommerce → Réglages → Avancé → API REST, avec le droit Lecture/Écriture.</translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation>https://erp.example.com</translation>
    </message>
    <message>
        <source>Example Retail Ltd</source>
        <translation>Exemple Commerce SARL</translation>
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
        <translation>Adresse ERPNext :</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé API :</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>Secret API :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société :</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Entrepôt :</translation>
    </message>
    <message>
        <source>Reference field:</source>
        <translation>Champ de référence :</translation>
    </message>
    <message>
        <source>Tax account:</source>
        <translation>Compte de taxe :</translation>
    </message>
    <message>
        <source>Shipping account:</source>
        <translation>Compte de frais de port :</translation>
    </message>
    <message>
        <source>Fee account:</source>
        <translation>Compte de frais :</translation>
    </message>
    <message>
        <source>Open tickets for exceptions that need a person</source>
        <translation>Ouvrir des tickets pour les exceptions qui demandent une personne</translation>
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
        <translation>Adresse Zendesk :</translation>
    </message>
    <message>
        <source>Agent e-mail:</source>
        <translation>E-mail de l&apos;agent :</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Jeton API :</translation>
    </message>
    <message>
        <source>🔒 Secrets you type here are kept in the OS keychain, never in the config file; the file refers to them as env:NAME, so a headless engine can read the same names from its environment.</source>
        <translation>🔒 Les secrets saisis ici sont conservés dans le trousseau du système, jamais dans le fichier de configuration ; le fichier y renvoie par env:NOM, si bien qu&apos;un moteur sans interface peut lire les mêmes noms dans son environnement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No OS keychain is available here&lt;/b&gt; (%1). Secrets cannot be stored safely on this machine: enter each one as &lt;code&gt;env:NAME&lt;/code&gt; and set the environment variable NAME before starting Backroom.</source>
        <translation>&lt;b&gt;Aucun trousseau du système n&apos;est disponible ici&lt;/b&gt; (%1). Les secrets ne peuvent pas être conservés en sécurité sur cette machine : saisissez chacun sous la forme &lt;code&gt;env:NOM&lt;/code&gt; et définissez la variable d&apos;environnement NOM avant de lancer Backroom.</translation>
    </message>
    <message>
        <source>Welcome to Backroom. Enter your shop and your ERP, test each connection, and save. The settings are written to %1.</source>
        <translation>Bienvenue dans Backroom. Saisissez votre boutique et votre ERP, testez chaque connexion et enregistrez. Les paramètres sont écrits dans %1.</translation>
    </message>
    <message>
        <source>Connections of %1. Changes take effect when the engine restarts.</source>
        <translation>Connexions de %1. Les changements prennent effet au redémarrage du moteur.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>No keychain is available, so a secret typed here would end up in plain text in the config file. Enter env:NAME instead (for example env:%1) and set that environment variable.</source>
        <translation>Aucun trousseau n&apos;est disponible : un secret saisi ici finirait en clair dans le fichier de configuration. Saisissez plutôt env:NOM (par exemple env:%1) et définissez cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 : manquant</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The keychain refused %1: %2</source>
        <translation>Le trousseau a refusé %1 : %2</translation>
    </message>
</context>
<context>
    <name>backroom::SnoozeDialog</name>
    <message numerus="yes">
        <source>Snooze %n exception(s)</source>
        <translation>
            <numerusform>Reporter %n exception</numerusform>
            <numerusform>Reporter %n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Demain 9 h 00</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>Snoozed exceptions leave the open queue and come back by themselves when the time is due.</source>
        <translation>Les exceptions reportées quittent la file ouverte et reviennent d&apos;elles-mêmes à l&apos;échéance.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pendant :</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
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
        <translation>Ce qu’un statut de commande WooCommerce fait de la commande client de l’ERP : sync (l’envoyer), ignore (ne rien faire) ou cancel (l’annuler une fois dans l’ERP). &quot;cancelled&quot; annule, sauf indication contraire ici ; les autres statuts suivent les order_statuses de la boutique.</translation>
    </message>
    <message>
        <source>ERP → WooCommerce</source>
        <translation>ERP → WooCommerce</translation>
    </message>
    <message>
        <source>The WooCommerce status to set for an ERP sales order state: the ERP&apos;s own word (ERPNext: To Bill, Completed, Closed, Cancelled; Tryton: done, cancelled) or one of %1. A delivered order the map does not name gets order_flows.delivered_status.</source>
        <translation>Le statut WooCommerce à appliquer selon l’état de la commande client dans l’ERP : le terme de l’ERP (ERPNext : To Bill, Completed, Closed, Cancelled ; Tryton : done, cancelled) ou l’un de %1. Une commande livrée que la table ne nomme pas reçoit order_flows.delivered_status.</translation>
    </message>
    <message>
        <source>Refused — %1</source>
        <translation>Refusé — %1</translation>
    </message>
    <message>
        <source>Check — %1</source>
        <translation>À vérifier — %1</translation>
    </message>
    <message>
        <source>Both directions are valid.</source>
        <translation>Les deux sens sont valides.</translation>
    </message>
</context>
<context>
    <name>backroom::TrayIcon</name>
    <message>
        <source>Open Backroom</source>
        <translation>Ouvrir Backroom</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <source>Backroom: everything is flowing</source>
        <translation>Backroom : tout circule</translation>
    </message>
    <message numerus="yes">
        <source>Backroom: %n open exception(s)</source>
        <translation>
            <numerusform>Backroom : %n exception ouverte</numerusform>
            <numerusform>Backroom : %n exceptions ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Backroom: a connection is down</source>
        <translation>Backroom : une connexion est en panne</translation>
    </message>
    <message>
        <source>Backroom: the sync engine is not running</source>
        <translation>Backroom : le moteur de synchronisation est arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n waiting to be sent</source>
        <translation>
            <numerusform>%1
%n en attente d&apos;envoi</numerusform>
            <numerusform>%1
%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ValidationPanel</name>
    <message>
        <source>unmapped SKU</source>
        <translation>SKU sans correspondance</translation>
    </message>
    <message>
        <source>empty SKU</source>
        <translation>SKU vide</translation>
    </message>
    <message>
        <source>duplicate SKU</source>
        <translation>SKU en double</translation>
    </message>
    <message>
        <source>ERP item missing</source>
        <translation>article absent de l&apos;ERP</translation>
    </message>
    <message>
        <source>ERP item disabled</source>
        <translation>article désactivé dans l&apos;ERP</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Compares the mappings with the live WooCommerce and ERP catalogues and the SKUs sold.</source>
        <translation>Compare les correspondances avec les catalogues actuels de WooCommerce et de l&apos;ERP et avec les SKU vendus.</translation>
    </message>
    <message>
        <source>&amp;Validate against the live catalogues</source>
        <translation>&amp;Vérifier par rapport aux catalogues actuels</translation>
    </message>
    <message>
        <source>Reading the catalogues…</source>
        <translation>Lecture des catalogues…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Double-click an unmapped SKU to map it.</source>
        <translation>
            <numerusform>%n constat. Double-cliquez sur un SKU sans correspondance pour l’associer.</numerusform>
            <numerusform>%n constats. Double-cliquez sur un SKU sans correspondance pour l’associer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lu : %1</translation>
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
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Différences</translation>
    </message>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation>&amp;Revenir à cette version…</translation>
    </message>
    <message>
        <source>Select one version to compare it with the one before, or two to compare them.</source>
        <translation>Sélectionnez une version pour la comparer à la précédente, ou deux pour les comparer entre elles.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 → %2: %n change(s)</source>
        <translation>
            <numerusform>Version %1 → %2 : %n modification</numerusform>
            <numerusform>Version %1 → %2 : %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON patch (RFC 6902):</source>
        <translation>Correctif JSON (RFC 6902) :</translation>
    </message>
    <message>
        <source>Roll back the mappings</source>
        <translation>Revenir à une version des correspondances</translation>
    </message>
    <message>
        <source>Save a new version equal to version %1? The engine uses it for every order it sends from now on.</source>
        <translation>Enregistrer une nouvelle version identique à la version %1 ? Le moteur l’utilisera désormais pour chaque commande envoyée.</translation>
    </message>
</context>
<context>
    <name>backroom::WorkbenchFilterBar</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>any store</source>
        <translation>toute boutique</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>Moins d&apos;1 heure</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>1 à 24 heures</translation>
    </message>
    <message>
        <source>Over 1 day</source>
        <translation>Plus d&apos;1 jour</translation>
    </message>
    <message>
        <source>Over 1 week</source>
        <translation>Plus d&apos;1 semaine</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Whose exceptions: anyone, nobody, or type a name</source>
        <translation>Exceptions de qui : tout le monde, personne, ou saisissez un nom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Réessayées</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>(no saved filter)</source>
        <translation>(aucun filtre enregistré)</translation>
    </message>
    <message>
        <source>Filters saved in the journal, shared by everyone on this data directory</source>
        <translation>Filtres enregistrés dans le journal, partagés par tous sur ce répertoire de données</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>Enregistrer le filtre actuel sous un nom</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Cause :</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème :</translation>
    </message>
    <message>
        <source>St&amp;ore:</source>
        <translation>B&amp;outique :</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Â&amp;ge :</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>Respo&amp;nsable :</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Sa&amp;ved filter:</source>
        <translation>&amp;Filtre enregistré :</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>backroom::app::ConsoleLauncher</name>
    <message>
        <source>Demo: built-in simulators on 127.0.0.1 — journal in %1</source>
        <translation>Démo : simulateurs intégrés sur 127.0.0.1 — journal dans %1</translation>
    </message>
    <message>
        <source>Attached to the engine on %1</source>
        <translation>Rattaché au moteur sur %1</translation>
    </message>
    <message>
        <source>Engine in this window — %1</source>
        <translation>Moteur dans cette fenêtre — %1</translation>
    </message>
    <message>
        <source>Attached to the engine already running on %1</source>
        <translation>Rattaché au moteur qui tourne déjà sur %1</translation>
    </message>
    <message>
        <source>The engine did not start: %1</source>
        <translation>Le moteur n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>The engine did not start</source>
        <translation>Le moteur n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Open the settings to correct it.</source>
        <translation>Ouvrez les paramètres pour corriger cela.</translation>
    </message>
    <message>
        <source>Settings saved. They apply when Backroom runs on them (without --demo or --attach).</source>
        <translation>Paramètres enregistrés. Ils s&apos;appliquent quand Backroom tourne avec eux (sans --demo ni --attach).</translation>
    </message>
    <message>
        <source>No connections configured yet: open File → Settings to set them up.</source>
        <translation>Aucune connexion configurée : ouvrez Fichier → Paramètres pour les définir.</translation>
    </message>
</context>
<context>
    <name>backroom::app::EngineHost</name>
    <message>
        <source>The simulators cannot start: %1</source>
        <translation>Les simulateurs ne peuvent pas démarrer : %1</translation>
    </message>
    <message>
        <source>Journal failure: %1</source>
        <translation>Erreur du journal : %1</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 ago (%2)</source>
        <translation>il y a %1 (%2)</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Paused: credentials refused</source>
        <translation>En pause : identifiants refusés</translation>
    </message>
    <message>
        <source>Circuit open: waiting before retrying</source>
        <translation>Circuit ouvert : attente avant un nouvel essai</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Pas encore contacté</translation>
    </message>
    <message>
        <source>Received, not in the ERP yet</source>
        <translation>Reçue, pas encore dans l&apos;ERP</translation>
    </message>
    <message>
        <source>In the ERP, write-back pending</source>
        <translation>Dans l&apos;ERP, retour vers la boutique en attente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Not syncable (status)</source>
        <translation>Non synchronisable (statut)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Limité</translation>
    </message>
    <message>
        <source>Remote server error</source>
        <translation>Erreur du serveur distant</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Invalid order data</source>
        <translation>Données de commande invalides</translation>
    </message>
    <message>
        <source>Missing mapping</source>
        <translation>Correspondance manquante</translation>
    </message>
    <message>
        <source>Rejected by the ERP</source>
        <translation>Refusée par l&apos;ERP</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
</TS>
