<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../../app/net/apicall.cpp" line="+423"/>
        <source>The server&apos;s answer is larger than %1 MB; OAuth Desk stopped reading it.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB; OAuth Desk hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The platform asks to wait %1 minutes (Retry-After), longer than OAuth Desk waits. Try again later.</source>
        <translation>Die Plattform verlangt %1 Minuten Wartezeit (Retry-After), länger als OAuth Desk wartet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still rate limited after %1 attempts.</source>
        <translation>Nach %1 Versuchen weiterhin durch die Ratenbegrenzung blockiert.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Timed out after %1 s (the time limit of this operation).</source>
        <translation>Nach %1 s abgebrochen (das Zeitlimit dieses Vorgangs).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OAuth Desk gave up instead of waiting %1 s more: the next attempt could not finish within the time limit of %2 s.</source>
        <translation>OAuth Desk hat aufgegeben, statt weitere %1 s zu warten: der nächste Versuch könnte nicht innerhalb des Zeitlimits von %2 s fertig werden.</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>The server&apos;s answer was still arriving after %1 s; OAuth Desk stopped waiting.</source>
        <translation>Die Antwort des Servers kam nach %1 s noch immer an; OAuth Desk hat aufgehört zu warten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server stopped sending its answer halfway; OAuth Desk stopped waiting.</source>
        <translation>Der Server hat mitten in seiner Antwort aufgehört zu senden; OAuth Desk hat aufgehört zu warten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rate limited (429)</source>
        <translation>Anfragelimit erreicht (429)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>server unavailable (%1)</source>
        <translation>Server nicht verfügbar (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The service is unavailable (HTTP 503); the request was not carried out and nothing was changed. Try again later.</source>
        <translation>Der Dienst ist nicht verfügbar (HTTP 503); die Anfrage wurde nicht ausgeführt und nichts wurde geändert. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Waiting %1 s: %2, attempt %3 of %4</source>
        <translation>Warte %1 s: %2, Versuch %3 von %4</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/net/apiclient.cpp" line="+125"/>
        <location line="+10"/>
        <source>The request has no valid URL (is the session signed in?).</source>
        <translation>Die Anfrage hat keine gültige URL (ist die Sitzung angemeldet?).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The header %1 would contain a line break or control character; nothing was sent.</source>
        <translation>Der Header %1 würde einen Zeilenumbruch oder ein Steuerzeichen enthalten; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../models/domain/apierror.cpp" line="+190"/>
        <source>The sign-in is no longer valid (HTTP 401). Sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig (HTTP 401). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied (HTTP 403).</source>
        <translation>Zugriff verweigert (HTTP 403).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied: the signed-in account lacks %1.</source>
        <translation>Zugriff verweigert: Dem angemeldeten Konto fehlt %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer this endpoint (HTTP 404). Check the server address and region.</source>
        <translation>Der Server bietet diesen Endpunkt nicht an (HTTP 404). Prüfen Sie Serveradresse und Region.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer the endpoint %1 (HTTP 404). Check the server address and region.</source>
        <translation>Der Server bietet den Endpunkt %1 nicht an (HTTP 404). Prüfen Sie Serveradresse und Region.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found (HTTP 404). It may have been deleted.</source>
        <translation>Nicht gefunden (HTTP 404). Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s rate limit was reached (HTTP 429).</source>
        <translation>Die Ratenbegrenzung der Plattform wurde erreicht (HTTP 429).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server name could not be resolved. Check the region and your network.</source>
        <translation>Der Servername konnte nicht aufgelöst werden. Prüfen Sie die Region und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was closed before the answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS): %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error.</source>
        <translation>Unerwarteter Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request may have reached the server.</source>
        <translation>Die Anfrage hat den Server möglicherweise erreicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request may have reached the server; check before trying again.</source>
        <translation>Die Anfrage hat den Server möglicherweise erreicht; prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context id: %1</source>
        <translation>Kontext-ID: %1</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <location filename="../../app/services/auditservice.cpp" line="+17"/>
        <source>The change history is incomplete: the audit service still named more pages after %1 pages (%2 events). OAuth Desk stopped there; ask for fewer days.</source>
        <translation>Der Änderungsverlauf ist unvollständig: Der Audit-Dienst nannte nach %1 Seiten (%2 Ereignisse) noch weitere Seiten. OAuth Desk hat dort aufgehört; fragen Sie nach weniger Tagen.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Audit query started; waiting for the platform…</source>
        <translation>Audit-Abfrage gestartet; warte auf die Plattform…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The platform reports that the audit query ended with state %1.</source>
        <translation>Die Plattform meldet, dass die Audit-Abfrage mit dem Status %1 endete.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit query reports an unknown state &quot;%1&quot;.</source>
        <translation>Die Audit-Abfrage meldet einen unbekannten Status „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit query did not complete within %1 seconds.</source>
        <translation>Die Audit-Abfrage wurde nicht innerhalb von %1 Sekunden fertig.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit query running… (poll %1)</source>
        <translation>Audit-Abfrage läuft… (Abfrage %1)</translation>
    </message>
</context>
<context>
    <name>AuthorizationDetailsView</name>
    <message>
        <location filename="../../ui/catalog/authorizationdetailsview.cpp" line="+89"/>
        <source>Authorization details</source>
        <translation>Details der Autorisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in C&amp;lients</source>
        <translation>In C&amp;lients zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this client on the Clients page (Enter in the list)</source>
        <translation>Diesen Client auf der Seite „Clients“ auswählen (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Client I&amp;D</source>
        <translation>Client-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Select an authorization to see its details.</source>
        <translation>Wählen Sie eine Autorisierung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the details…</source>
        <translation>Details werden geladen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details could not be loaded; the list&apos;s data is shown. %1</source>
        <translation>Die Details konnten nicht geladen werden; angezeigt werden die Daten aus der Liste. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform is waiting for a decision on this authorization.</source>
        <translation>Die Plattform wartet auf eine Entscheidung über diese Autorisierung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource owner</source>
        <translation>Ressourcenbesitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Roles (%1)</source>
        <translation>Rollen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading role names…</source>
        <translation>Rollennamen werden geladen …</translation>
    </message>
</context>
<context>
    <name>AuthorizationFilterProxyModel</name>
    <message numerus="yes">
        <location filename="../../models/itemmodels/authorizationfilterproxymodel.cpp" line="+75"/>
        <source>%Ln authorization(s)</source>
        <translation>
            <numerusform>%Ln Autorisierung</numerusform>
            <numerusform>%Ln Autorisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln authorization(s)</source>
        <translation>
            <numerusform>%1 von %Ln Autorisierung</numerusform>
            <numerusform>%1 von %Ln Autorisierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorizationListModel</name>
    <message>
        <location filename="../../models/itemmodels/authorizationlistmodel.cpp" line="+62"/>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no state)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, pending</source>
        <translation>%1, ausstehend</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The platform is waiting for a decision on this authorization.</source>
        <translation>Die Plattform wartet auf eine Entscheidung über diese Autorisierung.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource owner</source>
        <translation>Ressourcenbesitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
</context>
<context>
    <name>AuthorizationsPage</name>
    <message>
        <location filename="../../ui/catalog/authorizationspage.cpp" line="+105"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorizations could not be loaded.</source>
        <translation>Die Autorisierungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Search by client, id, scope, role or owner (Ctrl+F)</source>
        <translation>Nach Client, ID, Bereich, Rolle oder Besitzer suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search authorizations</source>
        <translation>Autorisierungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending a decision</source>
        <translation>Entscheidung ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other states</source>
        <translation>Andere Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authorizations</source>
        <translation>Autorisierungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to see the clients that the signed-in user has authorized, requested or revoked, with their scopes and roles.</source>
        <translation>Melden Sie sich an, um die Clients zu sehen, die der angemeldete Benutzer autorisiert, angefragt oder widerrufen hat, mit ihren Bereichen und Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading authorizations…</source>
        <translation>Autorisierungen werden geladen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in account has not authorized, requested or revoked any client. Authorizations belong to users: a client-credentials sign-in has none.</source>
        <translation>Das angemeldete Konto hat keinen Client autorisiert, angefragt oder widerrufen. Autorisierungen gehören zu Benutzern: Eine Anmeldung mit Client-Anmeldedaten hat keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show Client</source>
        <translation>Client &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Client</source>
        <translation>Client zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Client ID</source>
        <translation>Client-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The org&apos;s client list is still loading.</source>
        <translation>Die Client-Liste der Organisation wird noch geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The org&apos;s client list is not loaded, so this client cannot be shown there.</source>
        <translation>Die Client-Liste der Organisation ist nicht geladen, daher kann dieser Client dort nicht gezeigt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This client is not one of this org&apos;s clients (it belongs to another organization, or was deleted), so the Clients page does not list it.</source>
        <translation>Dieser Client gehört nicht zu dieser Organisation (er gehört zu einer anderen Organisation oder wurde gelöscht), daher führt ihn die Seite „Clients“ nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/authorizationspage.h" line="+35"/>
        <source>&amp;Authorization</source>
        <translation>Au&amp;torisierung</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/bulk/bulkactions.cpp" line="+44"/>
        <source>Dea&amp;ctivate Selected…</source>
        <translation>Ausgewählte dea&amp;ktivieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate Selected…</source>
        <translation>Ausgewählte &amp;aktivieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Selected…</source>
        <translation>Ausgewählte löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Configuration of Selected…</source>
        <translation>Konfiguration der ausgewählten exportieren…</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <location filename="../../ui/bulk/bulkconfirmdialog.cpp" line="+57"/>
        <source>C&amp;heck Recent Traffic</source>
        <translation>Letzten Verkehr &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clients skipped and clients with recent traffic</source>
        <translation>Übersprungene Clients und Clients mit Verkehr in letzter Zeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of clients, to confirm</source>
        <translation>Anzahl der Clients, zur Bestätigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the org&apos;s usage (the Insights sweep) to see which of these clients had requests recently</source>
        <translation>Die Nutzung der Organisation abrufen (den Insights-Durchlauf), um zu sehen, welche dieser Clients in letzter Zeit Anfragen hatten</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Deactivate %n Clients</source>
        <translation>
            <numerusform>%n Client deaktivieren</numerusform>
            <numerusform>%n Clients deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Deactivate %n selected clients?&lt;/b&gt; An inactive client gets no new tokens; it can be set active again until the platform deletes it.</source>
        <translation>
            <numerusform>&lt;b&gt;%n ausgewählten Client deaktivieren?&lt;/b&gt; Ein inaktiver Client erhält keine neuen Tokens; er kann wieder aktiv gesetzt werden, bis die Plattform ihn löscht.</numerusform>
            <numerusform>&lt;b&gt;%n ausgewählte Clients deaktivieren?&lt;/b&gt; Ein inaktiver Client erhält keine neuen Tokens; er kann wieder aktiv gesetzt werden, bis die Plattform ihn löscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n will be deactivated</source>
        <translation>
            <numerusform>%n wird deaktiviert</numerusform>
            <numerusform>%n werden deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Deactivate %n Clients</source>
        <translation>
            <numerusform>%n Client &amp;deaktivieren</numerusform>
            <numerusform>%n Clients &amp;deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Activate %n Clients</source>
        <translation>
            <numerusform>%n Client aktivieren</numerusform>
            <numerusform>%n Clients aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Activate %n selected clients?&lt;/b&gt; Inactive clients are set active again before the platform deletes them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n ausgewählten Client aktivieren?&lt;/b&gt; Inaktive Clients werden wieder aktiv gesetzt, bevor die Plattform sie löscht.</numerusform>
            <numerusform>&lt;b&gt;%n ausgewählte Clients aktivieren?&lt;/b&gt; Inaktive Clients werden wieder aktiv gesetzt, bevor die Plattform sie löscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n will be activated</source>
        <translation>
            <numerusform>%n wird aktiviert</numerusform>
            <numerusform>%n werden aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Activate %n Clients</source>
        <translation>
            <numerusform>%n Client &amp;aktivieren</numerusform>
            <numerusform>%n Clients &amp;aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n Clients</source>
        <translation>
            <numerusform>%n Client löschen</numerusform>
            <numerusform>%n Clients löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Delete %n selected clients?&lt;/b&gt; Active clients are set inactive first, then deleted. Apps that use them stop working. This cannot be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;%n ausgewählten Client löschen?&lt;/b&gt; Aktive Clients werden zuerst inaktiv gesetzt, dann gelöscht. Apps, die sie nutzen, funktionieren nicht mehr. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>&lt;b&gt;%n ausgewählte Clients löschen?&lt;/b&gt; Aktive Clients werden zuerst inaktiv gesetzt, dann gelöscht. Apps, die sie nutzen, funktionieren nicht mehr. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n will be deleted</source>
        <translation>
            <numerusform>%n wird gelöscht</numerusform>
            <numerusform>%n werden gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clients</source>
        <translation>
            <numerusform>%n Client &amp;löschen</numerusform>
            <numerusform>%n Clients &amp;löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By state: %1.</source>
        <translation>Nach Status: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens: %1.</source>
        <translation>Was geschieht: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %n requests.</source>
        <translation>
            <numerusform>Etwa %n Anfrage.</numerusform>
            <numerusform>Etwa %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the recent traffic (the Insights sweep is running)…</source>
        <translation>Der letzte Verkehr wird geprüft (der Insights-Durchlauf läuft)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent traffic is unknown: the org&apos;s usage has not been fetched. Check it first to see which of these clients apps still use.</source>
        <translation>Der Verkehr der letzten Zeit ist unbekannt: Die Nutzung der Organisation wurde nicht abgerufen. Prüfen Sie ihn zuerst, um zu sehen, welche dieser Clients noch von Apps genutzt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 requests in the last %2 days</source>
        <translation>%1 Anfragen in den letzten %2 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 requests in the last %2 days, none in the last %3</source>
        <translation>%1 Anfragen in den letzten %2 Tagen, keine in den letzten %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None of these clients had requests in the last %1 days.</source>
        <translation>Keiner dieser Clients hatte in den letzten %1 Tagen Anfragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of these clients had requests in the last %1 days: apps still use them.</source>
        <translation>
            <numerusform>%n dieser Clients hatte in den letzten %1 Tagen Anfragen: Apps nutzen ihn noch.</numerusform>
            <numerusform>%n dieser Clients hatten in den letzten %1 Tagen Anfragen: Apps nutzen sie noch.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Usage as of %1.)</source>
        <translation>(Nutzung von %1.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests in the last %1 days:</source>
        <translation>Anfragen in den letzten %1 Tagen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests earlier in the last %1 days:</source>
        <translation>Anfragen davor in den letzten %1 Tagen:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the number of clients that will change, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Clients ein, die geändert werden, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message numerus="yes">
        <location filename="../../ui/bulk/bulkexport.cpp" line="+48"/>
        <source>Export Configuration of %n Clients</source>
        <translation>
            <numerusform>Konfiguration von %n Client exportieren</numerusform>
            <numerusform>Konfiguration von %n Clients exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>the configuration of %n clients</source>
        <translation>
            <numerusform>die Konfiguration von %n Client</numerusform>
            <numerusform>die Konfiguration von %n Clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration could not be written to %1: %2</source>
        <translation>Die Konfiguration konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BulkProgressWindow</name>
    <message>
        <location filename="../../ui/bulk/bulkprogresswindow.cpp" line="+58"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save CSV…</source>
        <translation>CSV &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Deactivating %n clients</source>
        <translation>
            <numerusform>%n Client wird deaktiviert</numerusform>
            <numerusform>%n Clients werden deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Activating %n clients</source>
        <translation>
            <numerusform>%n Client wird aktiviert</numerusform>
            <numerusform>%n Clients werden aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleting %n clients</source>
        <translation>
            <numerusform>%n Client wird gelöscht</numerusform>
            <numerusform>%n Clients werden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy the summary and the result of every client as text</source>
        <translation>Die Zusammenfassung und das Ergebnis jedes Clients als Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the result of every client as CSV</source>
        <translation>Das Ergebnis jedes Clients als CSV speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result per client</source>
        <translation>Ergebnis je Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State Before</source>
        <translation>Status vorher</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused: the client under way finishes, no next one starts until you resume.</source>
        <translation>Pausiert: Der laufende Client wird fertig, der nächste beginnt erst, wenn Sie fortsetzen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling: the client under way finishes, the rest are left as they are.</source>
        <translation>Wird abgebrochen: Der laufende Client wird fertig, die übrigen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled: %1.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copied the results of %n clients.</source>
        <translation>
            <numerusform>Die Ergebnisse von %n Client kopiert.</numerusform>
            <numerusform>Die Ergebnisse von %n Clients kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save Results as CSV</source>
        <translation>Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the results as CSV</source>
        <translation>die Ergebnisse als CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bulk Action Running</source>
        <translation>Sammelaktion läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clients are still being changed (%1). Cancel the rest, or keep running?</source>
        <translation>Die Clients werden noch geändert (%1). Den Rest abbrechen oder weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the &amp;Rest</source>
        <translation>Den &amp;Rest abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>BulkQueue</name>
    <message>
        <location filename="../../app/bulk/bulkqueue.cpp" line="+64"/>
        <source>listed more than once; acted on once</source>
        <translation>mehrfach aufgeführt; nur einmal bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the session is signed in with this client</source>
        <translation>die Sitzung ist mit diesem Client angemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no client with this id</source>
        <translation>kein Client mit dieser ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already deleted</source>
        <translation>bereits gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already inactive</source>
        <translation>bereits inaktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disabled: it gets no tokens already (Delete removes it); left as it is</source>
        <translation>gesperrt: Er erhält bereits keine Tokens (Löschen entfernt ihn); bleibt unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>its state &quot;%1&quot; is not one OAuth Desk knows; not changed</source>
        <translation>sein Status „%1“ ist OAuth Desk nicht bekannt; nicht geändert</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>already active</source>
        <translation>bereits aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled (by support, as the platform treats it); not activated here</source>
        <translation>gesperrt (vom Support, wie die Plattform es behandelt); wird hier nicht aktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>past its deletion date (%1): the platform removes it; it cannot be activated</source>
        <translation>sein Löschdatum (%1) ist vorbei: Die Plattform entfernt ihn; er kann nicht aktiviert werden</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+26"/>
        <location line="+67"/>
        <source>cancelled before its turn</source>
        <translation>abgebrochen, bevor er an der Reihe war</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>set inactive first, then deleted</source>
        <translation>zuerst inaktiv gesetzt, dann gelöscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not run: the sign-in was refused (HTTP 401); sign in again</source>
        <translation>nicht ausgeführt: Die Anmeldung wurde abgelehnt (HTTP 401); melden Sie sich erneut an</translation>
    </message>
</context>
<context>
    <name>BulkResults</name>
    <message>
        <location filename="../../ui/bulk/bulkresults.cpp" line="+38"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n activated</source>
        <translation>
            <numerusform>%n aktiviert</numerusform>
            <numerusform>%n aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not done yet</source>
        <translation>
            <numerusform>%n noch nicht erledigt</numerusform>
            <numerusform>%n noch nicht erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSelectionPane</name>
    <message numerus="yes">
        <location filename="../../ui/bulk/bulkselectionpane.cpp" line="+43"/>
        <source>%n clients selected: %1</source>
        <translation>
            <numerusform>%n Client ausgewählt: %1</numerusform>
            <numerusform>%n Clients ausgewählt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deactivate, Activate, Delete and Export Configuration act on all of them; the actions on one client need a single selection.</source>
        <translation>Deaktivieren, Aktivieren, Löschen und Konfiguration exportieren wirken auf alle; die Aktionen für einen Client brauchen eine Einzelauswahl.</translation>
    </message>
</context>
<context>
    <name>CheckFindingsModel</name>
    <message>
        <location filename="../../models/itemmodels/insightsmodels.cpp" line="+391"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
</context>
<context>
    <name>ClientActivityModel</name>
    <message>
        <location line="-333"/>
        <source>the last day</source>
        <translation>dem letzten Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the last %1 days</source>
        <translation>den letzten %1 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No request in %1.</source>
        <translation>Keine Anfrage in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created today, inside %1: too new to call unused.</source>
        <translation>Heute erstellt, innerhalb von %1: zu neu, um als ungenutzt zu gelten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created yesterday, inside %1: too new to call unused.</source>
        <translation>Gestern erstellt, innerhalb von %1: zu neu, um als ungenutzt zu gelten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1 days ago, inside %2: too new to call unused.</source>
        <translation>Vor %1 Tagen erstellt, innerhalb von %2: zu neu, um als ungenutzt zu gelten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 request in %1, on %2.</source>
        <translation>1 Anfrage in %1, am %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 requests in %2, the last on %3.</source>
        <translation>%1 Anfragen in %2, die letzte am %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The platform deletes the client on %1. Until then it can be set active again.</source>
        <translation>Die Plattform löscht den Client am %1. Bis dahin kann er wieder aktiviert werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unused: no request in the window. New: created inside the window, too young to judge. In use: called in the window.</source>
        <translation>Ungenutzt: keine Anfrage im Zeitfenster. Neu: im Zeitfenster erstellt, zu jung für ein Urteil. In Gebrauch: im Zeitfenster aufgerufen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deletion date</source>
        <translation>Löschdatum</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The last UTC day with a request inside the window.</source>
        <translation>Der letzte UTC-Tag mit einer Anfrage im Zeitfenster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive clients: when the platform deletes them.</source>
        <translation>Inaktive Clients: wann die Plattform sie löscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
</context>
<context>
    <name>ClientDetailsView</name>
    <message>
        <location filename="../../ui/clients/clientdetailsview.cpp" line="+38"/>
        <source>Client details</source>
        <translation>Details des Clients</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Looking up the name…</source>
        <translation>Der Name wird nachgeschlagen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>looking up…</source>
        <translation>wird nachgeschlagen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name unknown</source>
        <translation>Name unbekannt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a client to see its details.</source>
        <translation>Wählen Sie einen Client aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>token lifetime %1</source>
        <translation>Token-Lebensdauer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in with this client.</source>
        <translation>Mit diesem Client angemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting, deactivating or disabling it ends this session.</source>
        <translation>Ihn zu löschen, zu deaktivieren oder zu sperren beendet diese Sitzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the platform deletes it on %1 (%2)</source>
        <translation>die Plattform löscht ihn am %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform was due to delete it on %1 (yesterday)</source>
        <translation>die Plattform sollte ihn am %1 löschen (gestern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform was due to delete it on %1 (%2 days ago)</source>
        <translation>die Plattform sollte ihn am %1 löschen (vor %2 Tagen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not set; the platform&apos;s default</source>
        <translation>— nicht gesetzt; Standardwert der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect URIs (%1)</source>
        <translation>Weiterleitungs-URIs (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Roles (%1)</source>
        <translation>Rollen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading role and division names…</source>
        <translation>Namen der Rollen und Divisionen werden geladen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names could not be loaded, ids are shown: %1</source>
        <translation>Die Namen konnten nicht geladen werden, es werden IDs angezeigt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(home division)</source>
        <translation>(Stammdivision)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(deprecated roleIds, no division)</source>
        <translation>(veraltete roleIds, keine Division)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by the server but not shown above; kept as they are when the client is saved.</source>
        <translation>Vom Server gesendet, aber oben nicht angezeigt; sie bleiben beim Speichern des Clients unverändert erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export configuration (without secret)…</source>
        <translation>Konfiguration exportieren (ohne Secret) …</translation>
    </message>
</context>
<context>
    <name>ClientDiff</name>
    <message>
        <location filename="../../ui/clients/clientdiff.cpp" line="+20"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reordered</source>
        <translation>neu geordnet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description: %1 → %2</source>
        <translation>Beschreibung: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant type: %1 → %2</source>
        <translation>Grant-Typ: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token lifetime: %1 → %2</source>
        <translation>Token-Lebensdauer: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect URIs: %1</source>
        <translation>Weiterleitungs-URIs: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes: %1</source>
        <translation>Bereiche: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role ids (deprecated): %1</source>
        <translation>Rollen-IDs (veraltet): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other fields: %1</source>
        <translation>Weitere Felder: %1</translation>
    </message>
</context>
<context>
    <name>ClientEditConflictPanel</name>
    <message>
        <location filename="../../ui/clients/clienteditconflictpanel.cpp" line="+28"/>
        <source>Save My Changes Over Theirs</source>
        <translation>Meine Änderungen über ihre speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard Mine, Load Theirs</source>
        <translation>Meine verwerfen, ihre laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the Form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No field this form shows differs; the server&apos;s version is newer.</source>
        <translation>Keines der Felder in diesem Formular unterscheidet sich; die Version auf dem Server ist neuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Someone else changed this client since you opened the form&lt;/b&gt; (%1).</source>
        <translation>&lt;b&gt;Jemand anderes hat diesen Client geändert, seit Sie das Formular geöffnet haben&lt;/b&gt; (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1 changed this client since you opened the form&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;%1 hat diesen Client geändert, seit Sie das Formular geöffnet haben&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“Save my changes” writes only the fields you edited, on top of their version. “Load theirs” replaces the form with their version.</source>
        <translation>„Meine Änderungen speichern“ schreibt nur die Felder, die Sie bearbeitet haben, auf ihre Version. „Ihre laden“ ersetzt das Formular durch ihre Version.</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <location filename="../../ui/clients/clienteditdialog.cpp" line="+39"/>
        <source>Edit Client “%1”</source>
        <translation>Client „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New OAuth Client</source>
        <translation>Neuer OAuth-Client</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The form now shows the current version of the client. Your edits were discarded.</source>
        <translation>Das Formular zeigt jetzt die aktuelle Version des Clients. Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Fix the fields marked below, then try again.</source>
        <translation>Korrigieren Sie die unten markierten Felder und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are not signed in. Sign in, then save again.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich an und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard Your Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the New Client?</source>
        <translation>Neuen Client verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed this client. Close without saving your changes?</source>
        <translation>Sie haben diesen Client geändert. Ohne Speichern der Änderungen schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You entered details for a new client. Close without creating it?</source>
        <translation>Sie haben Angaben für einen neuen Client eingegeben. Schließen, ohne ihn anzulegen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Creating the client…</source>
        <translation>Der Client wird erstellt …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking whether the client changed meanwhile…</source>
        <translation>Es wird geprüft, ob sich der Client inzwischen geändert hat …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This client no longer exists: someone deleted it. Your edits were not saved; copy anything you need, then close the dialog.</source>
        <translation>Dieser Client existiert nicht mehr: Jemand hat ihn gelöscht. Ihre Änderungen wurden nicht gespeichert; kopieren Sie, was Sie brauchen, und schließen Sie dann den Dialog.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The client was not saved.</source>
        <translation>Der Client wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The client was not created.</source>
        <translation>Der Client wurde nicht erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer was lost; the change may or may not have been applied.</source>
        <translation>Die Antwort ging verloren; die Änderung wurde möglicherweise übernommen, möglicherweise nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your input is kept: fix it and try again.</source>
        <translation>Ihre Eingaben bleiben erhalten: Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ClientEditForm</name>
    <message>
        <location filename="../../ui/clients/clienteditform.cpp" line="+45"/>
        <source>What the app is and who owns it, e.g. “CRM sync (Sales IT)”</source>
        <translation>Was die App ist und wem sie gehört, z. B. „CRM-Sync (Vertriebs-IT)“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Optional: what it is used for, a contact, a ticket</source>
        <translation>Optional: wofür er verwendet wird, ein Ansprechpartner, ein Ticket</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code (authorization code, also for PKCE)</source>
        <translation>Code (Autorisierungscode, auch für PKCE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client credentials (app-only, no user)</source>
        <translation>Client-Anmeldedaten (nur App, kein Benutzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implicit (token) — being retired</source>
        <translation>Implizit (Token) — wird eingestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAML2 bearer</source>
        <translation>SAML2-Bearer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (resource owner, legacy)</source>
        <translation>Passwort (Ressourcenbesitzer, veraltet)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active — tokens can be issued</source>
        <translation>Aktiv — Tokens können ausgestellt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled — no tokens, existing ones invalid</source>
        <translation>Gesperrt — keine Tokens, vorhandene sind ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive — no new tokens, deleted by the platform later</source>
        <translation>Inaktiv — keine neuen Tokens, wird später von der Plattform gelöscht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roles and divisions</source>
        <translation>Rollen und Divisionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A client-credentials client acts with the permissions of these roles, in these divisions.</source>
        <translation>Ein Client mit Client-Anmeldedaten handelt mit den Berechtigungen dieser Rollen in diesen Divisionen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grant type:</source>
        <translation>&amp;Grant-Typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token lifetime:</source>
        <translation>&amp;Token-Lebensdauer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;State:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The grant type of an existing client cannot be changed.</source>
        <translation>Der Grant-Typ eines vorhandenen Clients kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This client&apos;s token lifetime (%1) is outside the %2 to %3 the platform documents. It is kept as it is unless you change it.</source>
        <translation>Die Token-Lebensdauer dieses Clients (%1) liegt außerhalb der von der Plattform dokumentierten %2 bis %3. Sie bleibt erhalten, solange Sie sie nicht ändern.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>A client named “%1” already exists in this org. Genesys Cloud allows it, but two clients with one name are easy to confuse.</source>
        <translation>Ein Client namens „%1“ existiert in dieser Organisation bereits. Genesys Cloud erlaubt das, aber zwei Clients mit demselben Namen sind leicht zu verwechseln.</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../ui/clients/clientexport.cpp" line="+54"/>
        <source>Export Configuration of “%1”</source>
        <translation>Konfiguration von „%1“ exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the configuration of “%1”</source>
        <translation>die Konfiguration von „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration could not be written to %1: %2</source>
        <translation>Die Konfiguration konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ClientFilterProxyModel</name>
    <message>
        <location filename="../../models/itemmodels/clientfilterproxymodel.cpp" line="+149"/>
        <source>1 client</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 1 client</source>
        <translation>%1 von 1 Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 clients</source>
        <translation>%1 von %2 Clients</translation>
    </message>
</context>
<context>
    <name>ClientFormValidator</name>
    <message>
        <location filename="../../ui/clients/clientformvalidator.cpp" line="+17"/>
        <source>Give the client a name.</source>
        <translation>Geben Sie dem Client einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a lifetime from %1 s (%2) to %3 s (%4).</source>
        <translation>Wählen Sie eine Lebensdauer von %1 s (%2) bis %3 s (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add at least one redirect URI: the platform sends the user back there.</source>
        <translation>Fügen Sie mindestens eine Weiterleitungs-URI hinzu: Die Plattform schickt den Benutzer dorthin zurück.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press Add (or Enter) to add the URI you typed, or clear the field.</source>
        <translation>Drücken Sie „Hinzufügen“ (oder die Eingabetaste), um die eingegebene URI hinzuzufügen, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select at least one scope: they limit what the client&apos;s tokens may do.</source>
        <translation>Wählen Sie mindestens einen Bereich aus: Bereiche begrenzen, was die Tokens des Clients dürfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a role from the list and its division, then press Add Role (or clear the role field).</source>
        <translation>Wählen Sie eine Rolle aus der Liste und ihre Division, dann klicken Sie auf „Rolle hinzufügen“ (oder leeren Sie das Rollenfeld).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one role: a client-credentials client can do only what its roles allow.</source>
        <translation>Fügen Sie mindestens eine Rolle hinzu: Ein Client mit Client-Anmeldedaten kann nur, was seine Rollen erlauben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a URI.</source>
        <translation>Geben Sie eine URI ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A redirect URI cannot contain spaces.</source>
        <translation>Eine Weiterleitungs-URI darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid absolute URI (for example https://app.example.com/callback).</source>
        <translation>„%1“ ist keine gültige absolute URI (zum Beispiel https://app.example.com/callback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A redirect URI cannot have a fragment (#…).</source>
        <translation>Eine Weiterleitungs-URI darf kein Fragment (#…) haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has no host.</source>
        <translation>„%1“ hat keinen Host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” needs a path after the scheme (for example com.example.app:/callback).</source>
        <translation>„%1“ braucht nach dem Schema einen Pfad (zum Beispiel com.example.app:/callback).</translation>
    </message>
</context>
<context>
    <name>ClientHistory</name>
    <message>
        <location filename="../../models/domain/clienthistory.cpp" line="+40"/>
        <source>all divisions</source>
        <translation>alle Divisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 – Division: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown user %1</source>
        <translation>unbekannte Person %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret last reset %1 by %2.</source>
        <translation>Secret zuletzt %1 zurückgesetzt von %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret last reset: unknown (no audit event in the last %1 days).</source>
        <translation>Secret zuletzt zurückgesetzt: unbekannt (kein Audit-Ereignis in den letzten %1 Tagen).</translation>
    </message>
    <message>
        <location filename="../../app/history/clienthistoryloader.cpp" line="+46"/>
        <source>The audit service mapping names no service for OAuth clients (entity type %1), so their history cannot be asked for.</source>
        <translation>Die Zuordnung der Audit-Dienste nennt keinen Dienst für OAuth-Clients (Entitätstyp %1); ihr Verlauf kann daher nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the audit events of the last %1 days…</source>
        <translation>Lese die Audit-Ereignisse der letzten %1 Tage…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The change history needs the permission audits:audit:view; the rest of OAuth Desk works without it.</source>
        <translation>Der Änderungsverlauf braucht die Berechtigung audits:audit:view; der Rest von OAuth Desk funktioniert ohne sie.</translation>
    </message>
</context>
<context>
    <name>ClientHistoryView</name>
    <message>
        <location filename="../../ui/rotation/clienthistoryview.cpp" line="+38"/>
        <source>Secret reset</source>
        <translation>Secret zurückgesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days of history</source>
        <translation>Tage des Verlaufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond 14 days the older events are asked for with the platform&apos;s asynchronous audit query, which takes longer.</source>
        <translation>Über 14 Tage hinaus werden die älteren Ereignisse mit der asynchronen Audit-Abfrage der Plattform abgefragt; das dauert länger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the last</source>
        <translation>Die letzten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>Select a client to see who changed it and when.</source>
        <translation>Wählen Sie einen Client, um zu sehen, wer ihn wann geändert hat.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the audit log…</source>
        <translation>Lese das Audit-Protokoll…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 change in the last %1 days.</source>
        <translation>1 Änderung in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes in the last %2 days.</source>
        <translation>%1 Änderungen in den letzten %2 Tagen.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../models/domain/clientlabels.cpp" line="+57"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implicit (token)</source>
        <translation>Implizit (Token)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAML2 bearer</source>
        <translation>SAML2-Bearer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/clientlistmodel.cpp" line="+151"/>
        <source>None in %1 days</source>
        <translation>Keine in %1 Tagen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Deleted by the platform on %1</source>
        <translation>Wird am %1 von der Plattform gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modified %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified %1 by %2</source>
        <translation>Geändert am %1 von %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests (30 d)</source>
        <translation>Anfragen (30 T.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Not fetched yet: use Fetch Usage.</source>
        <translation>Noch nicht abgerufen: „Nutzung abrufen“ verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the usage fetched %1 (a client created since, or deleted).</source>
        <translation>Nicht in der am %1 abgerufenen Nutzung (ein seitdem erstellter oder gelöschter Client).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests in the 30 UTC days before today (today is not counted); usage as of %1.</source>
        <translation>Anfragen in den 30 UTC-Tagen vor heute (heute zählt nicht); Nutzung vom %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last UTC day with a request among the %1 days before today (today is not counted); usage as of %2.</source>
        <translation>Der letzte UTC-Tag mit einer Anfrage in den %1 Tagen vor heute (heute zählt nicht); Nutzung vom %2.</translation>
    </message>
</context>
<context>
    <name>ClientTemplate</name>
    <message>
        <location filename="../../ui/clients/clienttemplate.cpp" line="+41"/>
        <source>The state was “%1”; the new client starts active.</source>
        <translation>Der Status war „%1“; der neue Client beginnt aktiv.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>%1 is larger than %2 MB: that is not a client&apos;s configuration.</source>
        <translation>%1 ist größer als %2 MB: Das ist keine Client-Konfiguration.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 is empty; it must hold a client&apos;s JSON object.</source>
        <translation>%1 ist leer; die Datei muss das JSON-Objekt eines Clients enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON (%2): %3.</source>
        <translation>%1 ist kein gültiges JSON (%2): %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a list of %2 entries; import one client at a time (the output of “clients get ID --json” or of Export Configuration).</source>
        <translation>%1 enthält eine Liste mit %2 Einträgen; importieren Sie einen Client nach dem anderen (die Ausgabe von „clients get ID --json“ oder von „Konfiguration exportieren“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must hold a client&apos;s JSON object ({…}).</source>
        <translation>%1 muss das JSON-Objekt eines Clients enthalten ({…}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a client&apos;s configuration:
%2</source>
        <translation>%1 ist keine Client-Konfiguration:
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, the platform sets them: %1.</source>
        <translation>Weggelassen, die Plattform setzt sie: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not carried over, the form has no field for them: %1.</source>
        <translation>Nicht übernommen, das Formular hat kein Feld dafür: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a folder, not a JSON file.</source>
        <translation>%1 ist ein Ordner, keine JSON-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Roles this org does not have: %1. Remove them under Roles, or the platform refuses the client.</source>
        <translation>Rollen, die diese Organisation nicht hat: %1. Entfernen Sie sie unter „Rollen“, sonst lehnt die Plattform den Client ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Divisions this org does not have: %1. Remove their rows under Roles, or the platform refuses the client.</source>
        <translation>Divisionen, die diese Organisation nicht hat: %1. Entfernen Sie ihre Zeilen unter „Rollen“, sonst lehnt die Plattform den Client ab.</translation>
    </message>
</context>
<context>
    <name>ClientTemplateActions</name>
    <message>
        <location filename="../../ui/clients/clienttemplateactions.cpp" line="+32"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new client with this client&apos;s configuration</source>
        <translation>Ein neuer Client mit der Konfiguration dieses Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from JSON…</source>
        <translation>Aus JSON &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new client from a file that Export Configuration or “clients get --json” wrote</source>
        <translation>Ein neuer Client aus einer Datei, die „Konfiguration exportieren“ oder „clients get --json“ geschrieben hat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a Client from JSON</source>
        <translation>Einen Client aus JSON importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ClientUsageUi</name>
    <message>
        <location filename="../../ui/clients/clientusageui.cpp" line="+217"/>
        <source>Fetching the usage of every client (one org-wide query)…</source>
        <translation>Die Nutzung aller Clients wird abgerufen (eine Abfrage für die ganze Organisation) …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage not fetched: “Last request” and “Requests (30 d)” show “—” until you fetch it.</source>
        <translation>Nutzung nicht abgerufen: „Letzte Anfrage“ und „Anfragen (30 T.)“ zeigen „—“, bis Sie sie abrufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage as of %1, over the %2 whole UTC days before today.</source>
        <translation>Nutzung vom %1, über die %2 ganzen UTC-Tage vor heute.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“No requests in %1 days” needs %1 days of usage; this covers %2. Fetch it again to see which clients qualify.</source>
        <translation>„Keine Anfragen in %1 Tagen“ braucht %1 Tage Nutzung; diese umfasst %2. Rufen Sie sie erneut ab, um zu sehen, welche Clients zutreffen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The usage filter shows no client until the usage is fetched.</source>
        <translation>Der Nutzungsfilter zeigt keinen Client, bis die Nutzung abgerufen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetch &amp;Usage</source>
        <translation>&amp;Nutzung abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every client&apos;s requests of the last 90 days (one org-wide usage query, shared with the Insights page)</source>
        <translation>Die Anfragen aller Clients der letzten 90 Tage abrufen (eine Nutzungsabfrage für die ganze Organisation, gemeinsam mit der Seite „Einblicke“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage filter</source>
        <translation>Nutzungsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any usage</source>
        <translation>Jede Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests in 30 days</source>
        <translation>Keine Anfragen in 30 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests in 90 days</source>
        <translation>Keine Anfragen in 90 Tagen</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../ui/clients/clientspage.cpp" line="+68"/>
        <source>Search by name, id, description, grant type or state (Ctrl+F)</source>
        <translation>Nach Name, ID, Beschreibung, Grant-Typ oder Status suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients</source>
        <translation>Clients durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant type filter</source>
        <translation>Grant-Typ-Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All grant types</source>
        <translation>Alle Grant-Typen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other grant types</source>
        <translation>Andere Grant-Typen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other states</source>
        <translation>Andere Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The usage could not be fetched.</source>
        <translation>Die Nutzung konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clients could not be loaded.</source>
        <translation>Die Clients konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to a Genesys Cloud org to see and manage its OAuth clients.</source>
        <translation>Melden Sie sich bei einer Genesys-Cloud-Organisation an, um ihre OAuth-Clients zu sehen und zu verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To try the app without an account, start it with --demo.</source>
        <translation>Um die App ohne Konto auszuprobieren, starten Sie sie mit --demo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading clients…</source>
        <translation>Clients werden geladen …</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;New Client…</source>
        <translation>&amp;Neuer Client …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regenerate Secret…</source>
        <translation>&amp;Secret neu erzeugen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Client ID</source>
        <translation>Client-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Configuration…</source>
        <translation>Konfiguration e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an OAuth client (%1)</source>
        <translation>Einen OAuth-Client erstellen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Client</source>
        <translation>Neuer Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate Secret</source>
        <translation>Secret erneuern</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Not permitted for the signed-in account.</source>
        <translation>Für das angemeldete Konto nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not permitted: the signed-in account lacks %1.</source>
        <translation>Nicht erlaubt: Dem angemeldeten Konto fehlt %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Implicit-grant (TOKEN) clients have no secret.</source>
        <translation>Clients mit implizitem Grant (TOKEN) haben kein Secret.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1” is not permitted: the signed-in account lacks %2. The action is disabled until you sign in with an account that has it.</source>
        <translation>„%1“ ist nicht erlaubt: Dem angemeldeten Konto fehlt %2. Die Aktion bleibt deaktiviert, bis Sie sich mit einem Konto anmelden, das sie hat.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” is inactive: it gets no new tokens, and it can be set active again until the platform deletes it.</source>
        <translation>„%1“ ist inaktiv: Er erhält keine neuen Tokens und kann wieder aktiv gesetzt werden, bis die Plattform ihn löscht.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/clientspage.h" line="+37"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
</context>
<context>
    <name>ClientsRotationUi</name>
    <message>
        <location filename="../../ui/rotation/clientsrotationui.cpp" line="+31"/>
        <source>R&amp;otate Secret…</source>
        <translation>Secret r&amp;otieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotations in &amp;Progress…</source>
        <translation>&amp;Laufende Rotationen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Rotate Secret</source>
        <translation>Secret rotieren</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Rotate the secret in place or blue/green, without downtime</source>
        <translation>Das Secret direkt oder Blue/Green rotieren, ohne Ausfall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret rotations that were started and not finished, to resume</source>
        <translation>Begonnene, nicht abgeschlossene Secret-Rotationen, zum Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client details and history</source>
        <translation>Angaben und Verlauf des Clients</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>1 secret rotation in progress.</source>
        <translation>1 laufende Secret-Rotation.</translation>
    </message>
    <message>
        <source>%1 secret rotations in progress.</source>
        <translation>%1 laufende Secret-Rotationen.</translation>
    </message>
</context>
<context>
    <name>ClientsService</name>
    <message>
        <location filename="../../app/services/clientsservice.cpp" line="+42"/>
        <source>The server answered an unusable secret (with characters a secret cannot have), so it is not shown. The secret was changed: the old one may no longer work. Regenerate it again.</source>
        <translation>Der Server hat ein unbrauchbares Secret geliefert (mit Zeichen, die ein Secret nicht enthalten kann), daher wird es nicht angezeigt. Das Secret wurde geändert: Das alte funktioniert möglicherweise nicht mehr. Erzeugen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The answer was lost, and the list of clients to look for the new one could not be read (%1). Check the list before trying again.</source>
        <translation>Die Antwort ging verloren, und die Liste der Clients, in der nach dem neuen gesucht werden sollte, konnte nicht gelesen werden (%1). Prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The answer was lost, and no client named &quot;%1&quot; was created since the request was sent: it was not created. You can try again.</source>
        <translation>Die Antwort ging verloren, und seit dem Senden der Anfrage wurde kein Client namens „%1“ angelegt: Er wurde nicht angelegt. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was lost, and the platform listed the clients in pages, so OAuth Desk could not check them all. Check the list before trying again.</source>
        <translation>Die Antwort ging verloren, und die Plattform hat die Clients seitenweise aufgelistet, sodass OAuth Desk nicht alle prüfen konnte. Prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (created %2 UTC)</source>
        <translation>%1 (angelegt %2 UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no creation date)</source>
        <translation>%1 (ohne Erstellungsdatum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a client named &quot;%1&quot; may be the new one or may have existed before: %2</source>
        <translation>ein Client namens „%1“ kann der neue sein oder schon vorher bestanden haben: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 clients named &quot;%2&quot; may be the new one or may have existed before: %3</source>
        <translation>%1 Clients namens „%2“ können der neue sein oder schon vorher bestanden haben: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer was lost, and it cannot be told for sure whether the request created a client: %1. Check before changing any of them; the new client&apos;s secret, if one was created, was not received.</source>
        <translation>Die Antwort ging verloren, und es lässt sich nicht sicher sagen, ob die Anfrage einen Client angelegt hat: %1. Prüfen Sie das, bevor Sie einen davon ändern; das Secret eines neuen Clients wurde, falls einer angelegt wurde, nicht empfangen.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>its deletion date</source>
        <translation>seinem Löschdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client was set inactive but could not be deleted (%1). It stays inactive and the platform removes it on %2.</source>
        <translation>Der Client wurde inaktiv gesetzt, konnte aber nicht gelöscht werden (%1). Er bleibt inaktiv, und die Plattform entfernt ihn an %2.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The server answered with another client (%1) for %2; nothing was changed.</source>
        <translation>Der Server hat mit einem anderen Client (%1) für %2 geantwortet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The answer was lost: the secret may have been changed, and the old one may no longer work. Regenerate it again to get a secret you can see.</source>
        <translation>Die Antwort ging verloren: Das Secret wurde möglicherweise geändert, und das alte funktioniert vielleicht nicht mehr. Erzeugen Sie es erneut, um ein Secret zu erhalten, das Sie sehen können.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret may have been changed; regenerate it again.</source>
        <translation>Das Secret wurde möglicherweise geändert; erzeugen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server regenerated the secret but did not send it. Regenerate it again.</source>
        <translation>Der Server hat das Secret neu erzeugt, aber nicht gesendet. Erzeugen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../../ui/compare/compareactions.cpp" line="+38"/>
        <source>Not Signed In</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to the org first.</source>
        <translation>Melden Sie sich zuerst bei der Organisation an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save Snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation>Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Snapshot Failed</source>
        <translation>Snapshot fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a snapshot of the organization</source>
        <translation>einen Schnappschuss der Organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export as Terraform: Choose a Folder</source>
        <translation>Als Terraform exportieren: Ordner wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the configuration as Terraform to %1</source>
        <translation>Konfiguration als Terraform nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Sna&amp;pshot…</source>
        <translation>&amp;Snapshot speichern …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as &amp;Terraform…</source>
        <translation>Als &amp;Terraform exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare/comparedialog.cpp" line="+48"/>
        <source>Compare Clients</source>
        <translation>Clients vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;A (source):</source>
        <translation>&amp;A (Quelle):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;B (target):</source>
        <translation>&amp;B (Ziel):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hanged</source>
        <translation>&amp;Geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;mbiguous</source>
        <translation>&amp;Mehrdeutig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only i&amp;n B</source>
        <translation>Nur &amp;in B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Only in A</source>
        <translation>&amp;Nur in A</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by client or field</source>
        <translation>Nach Client oder Feld filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter differences</source>
        <translation>Unterschiede filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promotion results</source>
        <translation>Ergebnisse der Übernahme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export &amp;Text…</source>
        <translation>Als &amp;Text exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CS&amp;V…</source>
        <translation>Als CS&amp;V exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promote Checked to B…</source>
        <translation>Markierte nach B ü&amp;bernehmen …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This org (signed in)</source>
        <translation>Diese Organisation (angemeldet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot file…</source>
        <translation>Snapshot-Datei …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Snapshot file: %1</source>
        <translation>Snapshot-Datei: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation>Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the snapshot file of A.</source>
        <translation>Wählen Sie die Snapshot-Datei für A.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the snapshot file of B.</source>
        <translation>Wählen Sie die Snapshot-Datei für B.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading A and B…</source>
        <translation>A und B werden gelesen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No differences: %1 clients are equal.</source>
        <translation>Keine Unterschiede: %1 Clients sind gleich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 only in A, %1 only in B, %3 changed, %4 ambiguous; %5 equal. Clients matched by %6.</source>
        <translation>%2 nur in A, %1 nur in B, %3 geändert, %4 mehrdeutig; %5 gleich. Clients zugeordnet nach %6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id (same org)</source>
        <translation>ID (dieselbe Organisation)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name (different orgs)</source>
        <translation>Namen (verschiedene Organisationen)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export Differences as CSV</source>
        <translation>Unterschiede als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Differences as Text</source>
        <translation>Unterschiede als Text exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the differences</source>
        <translation>die Unterschiede</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the roles and divisions of B…</source>
        <translation>Rollen und Divisionen von B werden gelesen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The roles and divisions of B could not be read, so nothing was changed: %1</source>
        <translation>Die Rollen und Divisionen von B konnten nicht gelesen werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Promote Clients</source>
        <translation>Clients übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create %1 and update %2 clients in “%3” so that they match A? Nothing is deleted. %4 of the chosen clients cannot be promoted and are skipped.</source>
        <translation>%1 Clients in „%3“ anlegen und %2 ändern, sodass sie A entsprechen? Nichts wird gelöscht. %4 der gewählten Clients können nicht übernommen werden und werden übersprungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Promote</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Promoting…</source>
        <translation>Wird übernommen …</translation>
    </message>
</context>
<context>
    <name>CompareSource</name>
    <message>
        <location filename="../../ui/compare/comparesource.cpp" line="+29"/>
        <source>This org (signed in)</source>
        <translation>Diese Organisation (angemeldet)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in to compare this org.</source>
        <translation>Melden Sie sich an, um diese Organisation zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>ConfigurationChecksTab</name>
    <message>
        <location filename="../../ui/insights/configurationcheckstab.cpp" line="+106"/>
        <source>All checks (%1)</source>
        <translation>Alle Prüfungen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No findings: every client passes every check.</source>
        <translation>Keine Befunde: Jeder Client besteht jede Prüfung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;What to do:&lt;/i&gt; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Was zu tun ist:&lt;/i&gt; %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not checked: %1. The roles could not be read: %2</source>
        <translation>Nicht geprüft: %1. Die Rollen konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 high · %2 medium · %3 low</source>
        <translation>%1 hoch · %2 mittel · %3 niedrig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search by client, id, check or reason (Ctrl+F)</source>
        <translation>Nach Client, ID, Prüfung oder Grund suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check filter</source>
        <translation>Prüfungsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration findings</source>
        <translation>Befunde der Konfiguration</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <location filename="../../app/security/credentialcheck.cpp" line="+26"/>
        <source>The access token</source>
        <translation>Das Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refresh token</source>
        <translation>Das Aktualisierungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client id</source>
        <translation>Die Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client secret</source>
        <translation>Das Client-Secret</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is empty; nothing was sent.</source>
        <translation>%1 ist leer; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains characters that a token, client id or secret cannot contain (only letters, digits and - . _ ~ + / with = at the end are allowed; a line break or control character is a sign of a damaged or tampered value). Nothing was sent.</source>
        <translation>%1 enthält Zeichen, die ein Token, eine Client-ID oder ein Secret nicht enthalten kann (erlaubt sind nur Buchstaben, Ziffern und - . _ ~ + / mit = am Ende; ein Zeilenumbruch oder Steuerzeichen deutet auf einen beschädigten oder manipulierten Wert hin). Nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <location filename="../../ui/clients/deleteclientdialog.cpp" line="+31"/>
        <source>&amp;Delete Client</source>
        <translation>Client &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate &amp;Only</source>
        <translation>&amp;Nur deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Configuration…</source>
        <translation>Konfiguration e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Client “%1”</source>
        <translation>Client „%1“ löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Delete “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ löschen?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Delete “%1” from %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ aus %2 löschen?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 client · ID %2</source>
        <translation>%1-Client · ID %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This client is %1. It is set inactive first (no new tokens are issued), then deleted.</source>
        <translation>Dieser Client ist %1. Er wird zuerst inaktiv gesetzt (es werden keine neuen Tokens ausgestellt) und dann gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This client is %1.</source>
        <translation>Dieser Client ist %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apps that use it stop working. This cannot be undone; export its configuration first if you may need to recreate it.</source>
        <translation>Apps, die ihn verwenden, funktionieren nicht mehr. Das kann nicht rückgängig gemacht werden; exportieren Sie zuerst seine Konfiguration, falls Sie ihn neu anlegen müssen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set the client inactive instead: it gets no new tokens, and it can be set active again until the platform deletes it.</source>
        <translation>Den Client stattdessen inaktiv setzen: Er erhält keine neuen Tokens und kann wieder aktiv gesetzt werden, bis die Plattform ihn löscht.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking whether this client had requests in the last %1 days…</source>
        <translation>Es wird geprüft, ob dieser Client in den letzten %1 Tagen Anfragen hatte …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The usage of the last %1 days is not known: type the name to delete the client.</source>
        <translation>Die Nutzung der letzten %1 Tage ist nicht bekannt: Geben Sie den Namen ein, um den Client zu löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This client had requests in the last %1 days: apps still use it.</source>
        <translation>Dieser Client hatte in den letzten %1 Tagen Anfragen: Apps verwenden ihn noch.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+22"/>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client was not deleted.</source>
        <translation>Der Client wurde nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivating…</source>
        <translation>Wird deaktiviert …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client was not deactivated.</source>
        <translation>Der Client wurde nicht deaktiviert.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../../ui/shell/demosession.cpp" line="+43"/>
        <source>The demo sandbox is not running.</source>
        <translation>Die Demo-Sandbox läuft nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>The demo sandbox did not start: %1</source>
        <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The demo org starts fresh each time: 1 saved rotation of the previous demo was removed.</source>
        <translation>Die Demo-Organisation beginnt bei jedem Start neu: 1 gespeicherte Rotation der vorigen Demo wurde entfernt.</translation>
    </message>
    <message>
        <source>The demo org starts fresh each time: %1 saved rotations of the previous demo were removed.</source>
        <translation>Die Demo-Organisation beginnt bei jedem Start neu: %1 gespeicherte Rotationen der vorigen Demo wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <location filename="../../ui/widgets/detailshtml.cpp" line="+49"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scopes (%1)</source>
        <translation>Bereiche (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading scope descriptions…</source>
        <translation>Beschreibungen der Bereiche werden geladen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope descriptions could not be loaded: %1</source>
        <translation>Die Beschreibungen der Bereiche konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in the scope catalogue</source>
        <translation>nicht im Bereichskatalog</translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message numerus="yes">
        <location filename="../../models/config/diffreport.cpp" line="+29"/>
        <source>%1 (%2, %n client(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Client)</numerusform>
            <numerusform>%1 (%2, %n Clients)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients matched by id (same org).</source>
        <translation>Clients über die ID zugeordnet (dieselbe Organisation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients matched by name (different orgs); roles and divisions by name.</source>
        <translation>Clients über den Namen zugeordnet (verschiedene Organisationen); Rollen und Divisionen über den Namen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%2 only in A, %1 only in B, %3 changed, %4 ambiguous; %5 equal.</source>
        <translation>%2 nur in A, %1 nur in B, %3 geändert, %4 mehrdeutig; %5 gleich.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>(%1 in A, %2 in B: not matched; rename them to compare)</source>
        <translation>(%1 in A, %2 in B: nicht zugeordnet; zum Vergleichen umbenennen)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>No differences: %n client(s) equal.</source>
        <translation>
            <numerusform>Keine Unterschiede: %n Client gleich.</numerusform>
            <numerusform>Keine Unterschiede: %n Clients gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n Unterschied: </numerusform>
            <numerusform>%n Unterschiede: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffTree</name>
    <message>
        <location filename="../../ui/compare/difftree.cpp" line="+22"/>
        <source>Client / field</source>
        <translation>Client / Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The name is not unique, so the clients are not matched. Rename them to compare them.</source>
        <translation>Der Name ist nicht eindeutig, daher werden die Clients nicht zugeordnet. Benennen Sie sie um, um sie zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>DirectoryCache</name>
    <message>
        <location filename="../../app/controllers/directorycache.cpp" line="+140"/>
        <source>All divisions</source>
        <translation>Alle Divisionen</translation>
    </message>
</context>
<context>
    <name>EmptyListHint</name>
    <message>
        <location filename="../../ui/widgets/emptylisthint.cpp" line="+42"/>
        <source>No rows match the filters.</source>
        <translation>Keine Zeile passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results for “%1”.
Press Esc in the search field to show everything.</source>
        <translation>Keine Treffer für „%1“.
Esc im Suchfeld zeigt wieder alles.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <location filename="../../app/net/regions.cpp" line="+86"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain http is refused for %1: credentials would travel unencrypted. Use https (http is allowed only for loopback addresses).</source>
        <translation>Unverschlüsseltes http wird für %1 abgelehnt: Anmeldedaten würden unverschlüsselt übertragen. Verwenden Sie https (http ist nur für Loopback-Adressen erlaubt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsupported URL scheme &quot;%1&quot; (use https).</source>
        <translation>Nicht unterstütztes URL-Schema „%1“ (verwenden Sie https).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown region &quot;%1&quot;. Use an id such as us_east_1, a name such as eu-west-1, or a host such as mypurecloud.ie.</source>
        <translation>Unbekannte Region „%1“. Verwenden Sie eine ID wie us_east_1, einen Namen wie eu-west-1 oder einen Host wie mypurecloud.ie.</translation>
    </message>
</context>
<context>
    <name>InsightChecks</name>
    <message>
        <location filename="../../models/domain/insightschecks.cpp" line="+32"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Implicit grant (TOKEN): the access token comes back in the browser&apos;s address bar, where history and extensions can read it. Genesys Cloud is retiring this grant type.</source>
        <translation>Impliziter Grant (TOKEN): Das Zugriffstoken kommt in der Adressleiste des Browsers zurück, wo Verlauf und Erweiterungen es lesen können. Genesys Cloud stellt diesen Grant-Typ ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password grant: the app handles the user&apos;s password itself, and the sign-in skips the platform&apos;s own page (and its single sign-on and multi-factor checks).</source>
        <translation>Passwort-Grant: Die App verarbeitet das Passwort des Benutzers selbst, und die Anmeldung umgeht die eigene Seite der Plattform (samt Single Sign-on und Mehr-Faktor-Prüfung).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Role %1 on all divisions: with no user signed in, anyone holding the secret can do what an administrator can.</source>
        <translation>Rolle %1 in allen Divisionen: Ohne angemeldeten Benutzer kann jeder, der das Secret hat, tun, was ein Administrator kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles %1 on all divisions: with no user signed in, anyone holding the secret can do what an administrator can.</source>
        <translation>Rollen %1 in allen Divisionen: Ohne angemeldeten Benutzer kann jeder, der das Secret hat, tun, was ein Administrator kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tokens live %1 (%2 s), the platform&apos;s maximum: a leaked token stays usable that long.</source>
        <translation>Tokens gelten %1 (%2 s), das Maximum der Plattform: Ein abgeflossenes Token bleibt so lange verwendbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens live %1 (%2 s), beyond the usual maximum of 48 hours (only SCIM clients may): a leaked token stays usable that long.</source>
        <translation>Tokens gelten %1 (%2 s), länger als das übliche Maximum von 48 Stunden (das dürfen nur SCIM-Clients): Ein abgeflossenes Token bleibt so lange verwendbar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redirect URI over plain HTTP: %1. Authorization codes and tokens cross the network unencrypted.</source>
        <translation>Weiterleitungs-URI über unverschlüsseltes HTTP: %1. Autorisierungscodes und Tokens gehen unverschlüsselt durchs Netz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redirect URIs over plain HTTP: %1. Authorization codes and tokens cross the network unencrypted.</source>
        <translation>Weiterleitungs-URIs über unverschlüsseltes HTTP: %1. Autorisierungscodes und Tokens gehen unverschlüsselt durchs Netz.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Redirect URI with a wildcard: %1. Any host that matches can receive authorization codes and tokens.</source>
        <translation>Weiterleitungs-URI mit Platzhalter: %1. Jeder passende Host kann Autorisierungscodes und Tokens empfangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redirect URIs with wildcards: %1. Any host that matches can receive authorization codes and tokens.</source>
        <translation>Weiterleitungs-URIs mit Platzhaltern: %1. Jeder passende Host kann Autorisierungscodes und Tokens empfangen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No description: nobody can tell what the client is for or who owns it.</source>
        <translation>Keine Beschreibung: Niemand kann erkennen, wofür der Client dient oder wem er gehört.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inactive; the platform was due to delete it on %1 (UTC, %2). Set it active again if it is still needed.</source>
        <translation>Inaktiv; die Plattform sollte ihn am %1 löschen (UTC, %2). Aktivieren Sie ihn wieder, wenn er noch gebraucht wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive; the platform deletes it on %1 (UTC, %2). Set it active again if it is still needed.</source>
        <translation>Inaktiv; die Plattform löscht ihn am %1 (UTC, %2). Aktivieren Sie ihn wieder, wenn er noch gebraucht wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Admin role on all divisions</source>
        <translation>Admin-Rolle in allen Divisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the client a role with only the permissions its integration uses, on the divisions it works in.</source>
        <translation>Geben Sie dem Client eine Rolle mit nur den Berechtigungen, die seine Integration nutzt, in den Divisionen, in denen er arbeitet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implicit grant</source>
        <translation>Impliziter Grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the app to the authorization code grant with PKCE and retire this client.</source>
        <translation>Stellen Sie die App auf den Autorisierungscode-Grant mit PKCE um und legen Sie diesen Client still.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password grant</source>
        <translation>Passwort-Grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the app to the authorization code grant with PKCE, or to client credentials if no user signs in, and retire this client.</source>
        <translation>Stellen Sie die App auf den Autorisierungscode-Grant mit PKCE um, oder auf Client-Anmeldedaten, wenn sich kein Benutzer anmeldet, und legen Sie diesen Client still.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redirect over plain HTTP</source>
        <translation>Weiterleitung über unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve the callback over HTTPS. Plain HTTP is fine only for loopback addresses (127.0.0.1, localhost) of desktop apps.</source>
        <translation>Stellen Sie den Callback über HTTPS bereit. Unverschlüsseltes HTTP ist nur für Loopback-Adressen (127.0.0.1, localhost) von Desktop-Apps in Ordnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wildcard redirect</source>
        <translation>Weiterleitung mit Platzhalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List each callback URL on its own.</source>
        <translation>Führen Sie jede Callback-URL einzeln auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token lifetime at the maximum</source>
        <translation>Token-Lebensdauer am Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten the token lifetime to what the integration needs; clients can fetch a new token when one expires.</source>
        <translation>Kürzen Sie die Token-Lebensdauer auf das, was die Integration braucht; Clients können ein neues Token holen, wenn eines abläuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted soon</source>
        <translation>Bald gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do if the client is no longer needed. Otherwise set it active again before the date: a deleted client cannot be restored.</source>
        <translation>Nichts zu tun, wenn der Client nicht mehr gebraucht wird. Andernfalls aktivieren Sie ihn vor dem Datum wieder: Ein gelöschter Client kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what the client is for and who owns it.</source>
        <translation>Beschreiben Sie, wofür der Client dient und wem er gehört.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../models/domain/insights.cpp" line="+76"/>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message>
        <location filename="../../app/controllers/insightscontroller.cpp" line="+170"/>
        <source>Choose between 1 and %1 days: the platform keeps usage for %1 days.</source>
        <translation>Wählen Sie zwischen 1 und %1 Tagen: Die Plattform bewahrt Nutzungsdaten %1 Tage auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to see the insights of an organization.</source>
        <translation>Melden Sie sich an, um die Einblicke einer Organisation zu sehen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Usage query: %1</source>
        <translation>Nutzungsabfrage: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the org-wide usage query and listing the clients…</source>
        <translation>Die organisationsweite Nutzungsabfrage wird gestartet und die Clients werden aufgelistet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing the clients and roles…</source>
        <translation>Clients und Rollen werden aufgelistet …</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The platform reports that the org-wide usage query failed. Try again later.</source>
        <translation>Die Plattform meldet, dass die organisationsweite Nutzungsabfrage fehlgeschlagen ist. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The org-wide usage query ended with the unknown status &quot;%1&quot;.</source>
        <translation>Die organisationsweite Nutzungsabfrage endete mit dem unbekannten Status „%1“.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The insights sweep was cancelled.</source>
        <translation>Die Prüfung für die Einblicke wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign in to change the client.</source>
        <translation>Melden Sie sich an, um den Client zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is no longer in the list; reload the insights.</source>
        <translation>Der Client ist nicht mehr in der Liste; laden Sie die Einblicke neu.</translation>
    </message>
</context>
<context>
    <name>InsightsListTab</name>
    <message>
        <location filename="../../ui/insights/insightslisttab.cpp" line="+140"/>
        <source>%1 of %2 shown · </source>
        <translation>%1 von %2 angezeigt · </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E&amp;xport Configuration…</source>
        <translation>Konfiguration e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the selected client&apos;s configuration as JSON, without its secret, in the shape &apos;oauthdesk-cli clients create&apos; accepts</source>
        <translation>Die Konfiguration des ausgewählten Clients als JSON speichern, ohne sein Secret, in der Form, die &apos;oauthdesk-cli clients create&apos; annimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sho&amp;w in Clients</source>
        <translation>In Clients zei&amp;gen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CS&amp;V exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this list as CSV (%1)</source>
        <translation>Diese Liste als CSV speichern (%1)</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../ui/insights/insightspage.cpp" line="+176"/>
        <source>Export Unused Clients as CSV</source>
        <translation>Ungenutzte Clients als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Configuration Checks as CSV</source>
        <translation>Konfigurationsprüfungen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which OAuth clients nobody uses any more, and which are configured riskily. The usage comes from one org-wide query; the checks need no usage.</source>
        <translation>Welche OAuth-Clients niemand mehr verwendet und welche riskant konfiguriert sind. Die Nutzung stammt aus einer organisationsweiten Abfrage; die Prüfungen brauchen keine Nutzungsdaten.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Insights views</source>
        <translation>Ansichten der Einblicke</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the unused clients as CSV</source>
        <translation>die ungenutzten Clients als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the configuration checks as CSV</source>
        <translation>die Konfigurationsprüfungen als CSV</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in to see which of the organization&apos;s OAuth clients are unused and which are configured riskily.</source>
        <translation>Melden Sie sich an, um zu sehen, welche OAuth-Clients der Organisation ungenutzt und welche riskant konfiguriert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Sweep</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport List as CSV…</source>
        <translation>Liste als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Configuration…</source>
        <translation>&amp;Konfiguration exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show in Clients</source>
        <translation>In Clients &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Client</source>
        <translation>Client zeigen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The usage could not be fetched; the configuration checks are complete.</source>
        <translation>Die Nutzung konnte nicht abgerufen werden; die Konfigurationsprüfungen sind vollständig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The insights could not be loaded.</source>
        <translation>Die Einblicke konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sweep was cancelled; the lists show the last complete one, if any.</source>
        <translation>Die Prüfung wurde abgebrochen; die Listen zeigen die letzte vollständige, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unused Clients (%1)</source>
        <translation>Ungenutzte Clients (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unused Clients</source>
        <translation>Ungenutzte Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration Checks (%1)</source>
        <translation>Konfigurationsprüfungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration Checks</source>
        <translation>Konfigurationsprüfungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 unused clients in the last %2 days, %3 findings</source>
        <translation>%1 ungenutzte Clients in den letzten %2 Tagen, %3 Befunde</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deactivate…</source>
        <translation>Deaktivie&amp;ren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the inactive client active again, before the platform deletes it</source>
        <translation>Den inaktiven Client wieder aktiv setzen, bevor die Plattform ihn löscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the client inactive: no new tokens, deletion scheduled, restorable until then (%1)</source>
        <translation>Den Client inaktiv setzen: keine neuen Tokens, Löschung geplant, bis dahin wiederherstellbar (%1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is inactive. Restore it here while it is listed.</source>
        <translation>„%1“ ist inaktiv. Stellen Sie ihn hier wieder her, solange er aufgeführt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is inactive. The platform deletes it on %2; until then, Restore sets it active again.</source>
        <translation>„%1“ ist inaktiv. Die Plattform löscht ihn am %2; bis dahin setzt „Wiederherstellen“ ihn wieder aktiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is active again.</source>
        <translation>„%1“ ist wieder aktiv.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no usage to export yet.</source>
        <translation>Es gibt noch keine Nutzung zum Exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The checks have not run yet.</source>
        <translation>Die Prüfungen sind noch nicht gelaufen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/insightspage.h" line="+52"/>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/insightspage.cpp" line="-122"/>
        <source>&amp;Deactivate %n Selected…</source>
        <translation>
            <numerusform>%n ausgewählten &amp;deaktivieren…</numerusform>
            <numerusform>%n ausgewählte &amp;deaktivieren…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the selected clients inactive, after one confirmation (%1)</source>
        <translation>Die ausgewählten Clients nach einer Bestätigung inaktiv setzen (%1)</translation>
    </message>
</context>
<context>
    <name>InsightsStateDialog</name>
    <message>
        <location filename="../../ui/insights/insightsstatedialog.cpp" line="+36"/>
        <source>No requests in the last %1 days (%2 to %3, UTC).</source>
        <translation>Keine Anfragen in den letzten %1 Tagen (%2 bis %3, UTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 request in the last %1 days; on %2 (UTC).</source>
        <translation>1 Anfrage in den letzten %1 Tagen; am %2 (UTC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 requests in the last %2 days; the last on %3 (UTC).</source>
        <translation>%1 Anfragen in den letzten %2 Tagen; die letzte am %3 (UTC).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Configuration…</source>
        <translation>Konfiguration e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deactivate Client “%1”</source>
        <translation>Client „%1“ deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Client “%1”</source>
        <translation>Client „%1“ wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Deactivate “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ deaktivieren?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Deactivate “%1” in %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ in %2 deaktivieren?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Set “%1” active again?&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ wieder aktiv setzen?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Set “%1” active again in %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ in %2 wieder aktiv setzen?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 client · %2 · ID %3</source>
        <translation>%1-Client · %2 · ID %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent traffic</source>
        <translation>Letzter Verkehr</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An inactive client gets no new tokens, so apps that still use it stop working when their current token expires. The platform schedules its deletion; the date is shown in the list as soon as the change is saved. Until that date you can restore the client by setting it active again.</source>
        <translation>Ein inaktiver Client erhält keine neuen Tokens, daher funktionieren Apps, die ihn noch verwenden, nicht mehr, sobald ihr aktuelles Token abläuft. Die Plattform plant seine Löschung; das Datum erscheint in der Liste, sobald die Änderung gespeichert ist. Bis zu diesem Datum können Sie den Client wiederherstellen, indem Sie ihn wieder aktiv setzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This client was used %1 (UTC). </source>
        <translation>Dieser Client wurde %1 (UTC) verwendet. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client can issue tokens again.</source>
        <translation>Der Client kann wieder Tokens ausstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client can issue tokens again, and the deletion planned for %1 is called off.</source>
        <translation>Der Client kann wieder Tokens ausstellen, und die für %1 geplante Löschung entfällt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deactivating…</source>
        <translation>Wird deaktiviert …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The client was not deactivated.</source>
        <translation>Der Client wurde nicht deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was not restored.</source>
        <translation>Der Client wurde nicht wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>InsightsSweepBar</name>
    <message>
        <location filename="../../ui/insights/insightssweepbar.cpp" line="+105"/>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage of %1, fetched a moment ago</source>
        <translation>Nutzung von %1, gerade eben abgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage of %1</source>
        <translation>Nutzung von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage of the &amp;last:</source>
        <translation>Nutzung der &amp;letzten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage window</source>
        <translation>Nutzungszeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole UTC days before today. Clients created inside the window count as new, not unused.</source>
        <translation>Ganze UTC-Tage vor heute. Clients, die im Zeitfenster erstellt wurden, zählen als neu, nicht als ungenutzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the platform again (F5)</source>
        <translation>Die Plattform erneut fragen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="+44"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+403"/>
        <source>OAuth Desk</source>
        <translation>OAuth Desk</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Working</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to a Genesys Cloud org</source>
        <translation>Bei einer Genesys-Cloud-Organisation anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the current page again (%1)</source>
        <translation>Die aktuelle Seite neu laden (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OAuth Desk</source>
        <translation>Ü&amp;ber OAuth Desk</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this computer (%1)</source>
        <translation>dieser Computer (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org: %1 · Signed in as: %2 · Server: %3</source>
        <translation>Organisation: %1 · Angemeldet als: %2 · Server: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Org: %1 · Signed in as: %2 · Region: %3</source>
        <translation>Organisation: %1 · Angemeldet als: %2 · Region: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — OAuth Desk</source>
        <translation>%1 — OAuth Desk</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Language: %1. Descriptions are loaded again in it; menus and texts that are already shown change when OAuth Desk starts again.</source>
        <translation>Sprache: %1. Beschreibungen werden in dieser Sprache neu geladen; bereits angezeigte Menüs und Texte ändern sich beim nächsten Start von OAuth Desk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About OAuth Desk</source>
        <translation>Über OAuth Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;OAuth Desk %1&lt;/h3&gt;&lt;p&gt;Manage the OAuth clients of your Genesys Cloud organization: find, create, edit and delete clients, regenerate secrets, and review authorizations, scopes and usage.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OAuth Desk %1&lt;/h3&gt;&lt;p&gt;Verwalten Sie die OAuth-Clients Ihrer Genesys-Cloud-Organisation: Clients finden, erstellen, bearbeiten und löschen, Secrets neu erzeugen sowie Autorisierungen, Bereiche und Nutzung prüfen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.cpp" line="+32"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Authorizations</source>
        <translation>Autorisierungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/widgets/messagebar.cpp" line="+38"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OAuthDesk</name>
    <message>
        <location filename="../../ui/shell/launcher.cpp" line="+52"/>
        <source>Usage: oauthdesk [options]
Manage the OAuth clients of a Genesys Cloud organization.

Options:
  --demo               Start the built-in sandbox (a demo org) and sign in to it.
  --smoke              Sign in, load and paint the client list, print one line and exit.
  --region REGION      Region id, name or host (us_east_1, eu-west-1, mypurecloud.ie).
  --api-url URL        API base URL (overrides the region).
  --login-url URL      Login base URL (default: derived from the API URL).
  --theme MODE         system, light or dark (saved as the default).
  --lang LANGUAGE      The language of the interface for this run (en, de); by default the
                       one chosen in View &gt; Language, or the desktop&apos;s.
  -v, --version        Print the version and exit.
  -h, --help           Print this help and exit.

Credentials from the environment (as the Genesys Cloud CLI and Terraform provider read them):
  GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (client credentials), or
  GENESYSCLOUD_ACCESS_TOKEN; with GENESYSCLOUD_REGION.
</source>
        <translation>Aufruf: oauthdesk [Optionen]
Verwaltet die OAuth-Clients einer Genesys-Cloud-Organisation.

Optionen:
  --demo               Die eingebaute Sandbox (eine Demo-Organisation) starten und dort anmelden.
  --smoke              Anmelden, die Client-Liste laden und zeichnen, eine Zeile ausgeben, beenden.
  --region REGION      Regions-ID, -Name oder -Host (us_east_1, eu-west-1, mypurecloud.ie).
  --api-url URL        Basis-URL der API (hat Vorrang vor der Region).
  --login-url URL      Basis-URL der Anmeldung (Standard: aus der API-URL abgeleitet).
  --theme MODUS        system, light oder dark (wird als Standard gespeichert).
  --lang SPRACHE       Die Sprache der Oberfläche für diesen Start (en, de); standardmäßig die
                       unter Ansicht &gt; Sprache gewählte oder die des Desktops.
  -v, --version        Die Version ausgeben und beenden.
  -h, --help           Diese Hilfe ausgeben und beenden.

Anmeldedaten aus der Umgebung (so wie die Genesys Cloud CLI und der Terraform-Provider sie lesen):
  GENESYSCLOUD_OAUTHCLIENT_ID und GENESYSCLOUD_OAUTHCLIENT_SECRET (Client-Anmeldedaten) oder
  GENESYSCLOUD_ACCESS_TOKEN; dazu GENESYSCLOUD_REGION.
</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--theme takes system, light or dark</source>
        <translation>--theme erwartet system, light oder dark</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown language for --lang: %1 (use en or de)</source>
        <translation>unbekannte Sprache für --lang: %1 (verwenden Sie en oder de)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the demo sandbox did not start: %1</source>
        <translation>die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--smoke needs --demo or credentials in the environment (%1 and %2, or %3).</source>
        <translation>--smoke braucht --demo oder Anmeldedaten in der Umgebung (%1 und %2 oder %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen &amp;Demo</source>
        <translation>&amp;Demo erneut öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo could not be reopened.</source>
        <translation>Die Demo konnte nicht erneut geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment credentials</source>
        <translation>Anmeldedaten aus der Umgebung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>smoke: timed out after 60 s</source>
        <translation>smoke: Zeitüberschreitung nach 60 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smoke: loading the clients failed: %1</source>
        <translation>smoke: Laden der Clients fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>smoke: sign-in failed: %1</source>
        <translation>smoke: Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>PagedFetch</name>
    <message>
        <location filename="../../app/services/paging.h" line="+112"/>
        <source>The server pointed the next page to another path (%1, not %2); OAuth Desk does not follow it.</source>
        <translation>Der Server hat die nächste Seite auf einen anderen Pfad verwiesen (%1, nicht %2); OAuth Desk folgt ihm nicht.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The server pointed the next page to another host (%1); OAuth Desk does not follow it.</source>
        <translation>Der Server verweist für die nächste Seite auf einen anderen Host (%1); OAuth Desk folgt dem nicht.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The list is incomplete: the server named page %1 again as the next one, so the listing would never end. OAuth Desk stopped after %2 pages (%3 entries).</source>
        <translation>Die Liste ist unvollständig: Der Server hat Seite %1 erneut als nächste genannt, die Auflistung würde also nie enden. OAuth Desk hat nach %2 Seiten (%3 Einträgen) aufgehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list is incomplete: the server still named a next page after %1 pages, the most OAuth Desk fetches (%2 entries so far).</source>
        <translation>Die Liste ist unvollständig: Der Server hat nach %1 Seiten, den meisten, die OAuth Desk abruft, noch eine nächste Seite genannt (bisher %2 Einträge).</translation>
    </message>
</context>
<context>
    <name>PkceFlow</name>
    <message>
        <location filename="../../app/auth/pkceflow.cpp" line="+60"/>
        <source>Could not reach the sign-in server: %1</source>
        <translation>Der Anmeldeserver war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The sign-in server did not answer the token request in time.</source>
        <translation>Der Anmeldeserver hat die Token-Anfrage nicht rechtzeitig beantwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The browser sign-in did not finish within %n minute(s).</source>
        <translation>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minute abgeschlossen.</numerusform>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minuten abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser sign-in did not finish in time.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the OAuth client id.</source>
        <translation>Geben Sie die ID des OAuth-Clients ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a loopback port for the browser sign-in.</source>
        <translation>Wählen Sie einen Loopback-Port für die Anmeldung im Browser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port %1 on 127.0.0.1 is already in use, so the browser cannot hand the sign-in back to OAuth Desk. Close the program that uses it, or choose another port in the profile and register %2 as a redirect URI of the OAuth client.</source>
        <translation>Port %1 auf 127.0.0.1 ist bereits belegt, daher kann der Browser die Anmeldung nicht an OAuth Desk zurückgeben. Schließen Sie das Programm, das ihn verwendet, oder wählen Sie im Profil einen anderen Port und registrieren Sie %2 als Weiterleitungs-URI des OAuth-Clients.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OAuth Desk</source>
        <translation>OAuth Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for the sign-in…</source>
        <translation>Warten auf die Anmeldung …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Finish the sign-in in your browser…</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No browser could be opened. Open the sign-in link yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie den Anmeldelink selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The browser sign-in failed (error %1).</source>
        <translation>Die Anmeldung im Browser ist fehlgeschlagen (Fehler %1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in server refused the sign-in: %1.</source>
        <translation>Der Anmeldeserver hat die Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The browser returned an answer that does not belong to this sign-in (state mismatch), so it was refused. Nothing was signed in.</source>
        <translation>Der Browser hat eine Antwort geliefert, die nicht zu dieser Anmeldung gehört (state stimmt nicht überein); sie wurde daher abgelehnt. Es wurde nichts angemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The browser returned no authorization code.</source>
        <translation>Der Browser hat keinen Autorisierungscode geliefert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in to OAuth Desk</source>
        <translation>Bei OAuth Desk angemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can close this tab and return to OAuth Desk.</source>
        <translation>Sie können diesen Tab schließen und zu OAuth Desk zurückkehren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completing the sign-in…</source>
        <translation>Die Anmeldung wird abgeschlossen …</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <location filename="../../app/config/profilesession.cpp" line="+45"/>
        <source>No client secret is stored for profile &quot;%1&quot;. Sign in with it once in OAuth Desk.</source>
        <translation>Für das Profil „%1“ ist kein Client-Secret gespeichert. Melden Sie sich einmal in OAuth Desk damit an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No valid access token is stored for profile &quot;%1&quot;. Sign in with it once (in OAuth Desk, or oauthdesk-cli --profile &quot;%1&quot; whoami), then compare again.</source>
        <translation>Für das Profil „%1“ ist kein gültiges Zugriffstoken gespeichert. Melden Sie sich einmal damit an (in OAuth Desk oder mit oauthdesk-cli --profile &quot;%1&quot; whoami) und vergleichen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../../ui/signin/profileswitcher.cpp" line="+65"/>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in or switch profiles</source>
        <translation>Anmelden oder Profil wechseln</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Signed in as: %1</source>
        <translation>Angemeldet als: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a saved profile</source>
        <translation>%1: kein gespeichertes Profil</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Switch to</source>
        <translation>Wechseln zu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign In with a New Profile…</source>
        <translation>Mit einem neuen Profil anmelden …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit “%1”…</source>
        <translation>„%1“ bearbeiten …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../app/auth/profiles.cpp" line="+58"/>
        <source>Browser sign-in (authorization code with PKCE)</source>
        <translation>Anmeldung im Browser (Autorisierungscode mit PKCE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client credentials (client id and secret)</source>
        <translation>Client-Anmeldedaten (Client-ID und Secret)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>Choose a region or enter an API URL.</source>
        <translation>Wählen Sie eine Region oder geben Sie eine API-URL ein.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Der Profilname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name contains control characters.</source>
        <translation>Der Profilname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label is longer than %1 characters.</source>
        <translation>Die Beschriftung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The colour must look like #c62828.</source>
        <translation>Die Farbe muss wie #c62828 aussehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URLs must not contain a user name or password.</source>
        <translation>Die URLs dürfen keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>Unbekannte Region „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the OAuth client id.</source>
        <translation>Geben Sie die ID des OAuth-Clients ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a loopback port between %1 and 65535.</source>
        <translation>Wählen Sie einen Loopback-Port zwischen %1 und 65535.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The rate limit must be 0 to %1 requests per 1 to %2 seconds.</source>
        <translation>Das Ratenlimit muss 0 bis %1 Anfragen pro 1 bis %2 Sekunden betragen.</translation>
    </message>
</context>
<context>
    <name>PromotePlan</name>
    <message>
        <location filename="../../models/config/promoteplan.cpp" line="+63"/>
        <source>role %1 (no name known)</source>
        <translation>Rolle %1 (kein Name bekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role &quot;%1&quot;</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>division %1 (no name known)</source>
        <translation>Division %1 (kein Name bekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>division &quot;%1&quot;</source>
        <translation>Division „%1“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The name is not unique (%1 in A, %2 in B); rename the clients to promote them.</source>
        <translation>Der Name ist nicht eindeutig (%1 in A, %2 in B); benennen Sie die Clients um, um sie zu übernehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only in the target; promoting never deletes.</source>
        <translation>Nur im Ziel; beim Übernehmen wird nie gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>The target has no %1.</source>
        <translation>Im Ziel fehlt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only fields that cannot be sent differ (%1).</source>
        <translation>Es unterscheiden sich nur Felder, die nicht gesendet werden können (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields only the target has stay as they are: %1.</source>
        <translation>Felder, die nur das Ziel hat, bleiben unverändert: %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would create</source>
        <translation>würde anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>would update</source>
        <translation>würde ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Would be created in the target.</source>
        <translation>Würde im Ziel angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would change: %1.</source>
        <translation>Würde ändern: %1.</translation>
    </message>
    <message>
        <source>A client named &apos;%1&apos; already exists in B (id %2).</source>
        <translation>In B gibt es bereits einen Client namens „%1“ (ID %2).</translation>
    </message>
</context>
<context>
    <name>Promoter</name>
    <message>
        <location filename="../../app/config/promoter.cpp" line="+119"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>It may or may not have been created: %1</source>
        <translation>Er wurde möglicherweise angelegt, möglicherweise nicht: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created, but its secret was not received: regenerate it to see one.</source>
        <translation>Angelegt, aber sein Secret kam nicht an: Erzeugen Sie es neu, um eines zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created. Its secret is shown only this once: store it now.</source>
        <translation>Angelegt. Sein Secret wird nur dieses eine Mal angezeigt: Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created.</source>
        <translation>Angelegt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The update would send an invalid client; nothing was changed: %1</source>
        <translation>Die Änderung würde einen ungültigen Client senden; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed: %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
</context>
<context>
    <name>RateBudgetLabel</name>
    <message>
        <location filename="../../ui/widgets/ratebudgetlabel.cpp" line="+39"/>
        <source>%1 requests queued</source>
        <translation>%1 Anfragen in der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 requests left this minute; %2 queued</source>
        <translation>noch etwa %1 Anfragen in dieser Minute; %2 in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 requests left in this %2-second window; %3 queued</source>
        <translation>noch etwa %1 Anfragen in diesem %2-Sekunden-Fenster; %3 in der Warteschlange</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 queued</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 left/min; %2 queued</source>
        <translation>~%1 übrig/Min.; %2 wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~%1 left/%2 s; %3 queued</source>
        <translation>~%1 übrig/%2 s; %3 wartend</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Requests wait for the rate limit of the signed-in token (%1 per %2 s; set per profile).</source>
        <translation>Anfragen warten auf das Ratenlimit des angemeldeten Tokens (%1 pro %2 s; je Profil einstellbar).</translation>
    </message>
</context>
<context>
    <name>RedirectUriEditor</name>
    <message>
        <location filename="../../ui/clients/redirecturieditor.cpp" line="+18"/>
        <location line="+9"/>
        <location line="+46"/>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redirect URI to add</source>
        <translation>Hinzuzufügende Weiterleitungs-URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://app.example.com/callback — press Enter to add</source>
        <translation>https://app.example.com/callback — Eingabetaste zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Redirect URIs (at least one)</source>
        <translation>Weiterleitungs-URIs (mindestens eine)</translation>
    </message>
</context>
<context>
    <name>RegenerateSecretDialog</name>
    <message>
        <location filename="../../ui/clients/regeneratesecretdialog.cpp" line="+33"/>
        <source>&amp;Regenerate Secret</source>
        <translation>&amp;Secret neu erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regenerate Secret of “%1”</source>
        <translation>Secret von „%1“ neu erzeugen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Regenerate the secret of “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Secret von „%1“ neu erzeugen?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Regenerate the secret of “%1” in %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Secret von „%1“ in %2 neu erzeugen?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The current secret stops working at once. Every app that uses this client fails to get tokens until it is given the new secret.</source>
        <translation>Das aktuelle Secret funktioniert sofort nicht mehr. Jede App, die diesen Client verwendet, erhält keine Tokens, bis sie das neue Secret bekommt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the client&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Clients ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client name, to confirm</source>
        <translation>Name des Clients, zur Bestätigung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;The new secret of “%1”:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das neue Secret von „%1“:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the only time the new secret is shown. Copy it now into a password manager or your app&apos;s secret store, and update the apps that use this client.</source>
        <translation>Das neue Secret wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt in einen Passwortmanager oder den Secret-Speicher Ihrer App und aktualisieren Sie die Apps, die diesen Client verwenden.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;The secret may have changed.&lt;/b&gt; The answer was lost, so the old secret may no longer work and the new one cannot be shown. Regenerate it again to get a secret you can see.</source>
        <translation>&lt;b&gt;Das Secret hat sich möglicherweise geändert.&lt;/b&gt; Die Antwort ging verloren, daher funktioniert das alte Secret vielleicht nicht mehr, und das neue kann nicht angezeigt werden. Erzeugen Sie es erneut, um ein Secret zu erhalten, das Sie sehen können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context id: %1</source>
        <translation>Kontext-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret was not regenerated; the old one still works.</source>
        <translation>Das Secret wurde nicht neu erzeugt; das alte funktioniert weiterhin.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The new secret has not been copied and will not be shown again. Copy it now, or close again to continue without it.</source>
        <translation>Das neue Secret wurde nicht kopiert und wird nicht noch einmal angezeigt. Kopieren Sie es jetzt oder schließen Sie erneut, um ohne es fortzufahren.</translation>
    </message>
</context>
<context>
    <name>ResourceId</name>
    <message>
        <location filename="../../app/services/catalogservice.cpp" line="+22"/>
        <source>scope id</source>
        <translation>Scope-ID</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/services/clientsservice.cpp" line="-119"/>
        <location line="+70"/>
        <location line="+16"/>
        <location line="+8"/>
        <location filename="../../app/services/usageservice.cpp" line="+179"/>
        <location line="+12"/>
        <location line="+17"/>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../app/services/resourceid.cpp" line="+25"/>
        <source>It is empty.</source>
        <translation>Sie ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;.&quot; and &quot;..&quot; are steps in a path, not ids: the request would go to another address.</source>
        <translation>„.“ und „..“ sind Schritte in einem Pfad, keine IDs: Die Anfrage ginge an eine andere Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It contains spaces or control characters, which no id has.</source>
        <translation>Sie enthält Leer- oder Steuerzeichen, die keine ID hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It contains &quot;%1&quot;, which no id has.</source>
        <translation>Sie enthält „%1“, das keine ID hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 &quot;%2&quot; cannot name anything; nothing was sent. %3</source>
        <translation>Die %1 „%2“ kann nichts bezeichnen; es wurde nichts gesendet. %3</translation>
    </message>
    <message>
        <location filename="../../app/services/usageservice.cpp" line="+2"/>
        <location line="+8"/>
        <source>execution id</source>
        <translation>Ausführungs-ID</translation>
    </message>
</context>
<context>
    <name>RoleDivisionPicker</name>
    <message>
        <location filename="../../ui/clients/roledivisionpicker.cpp" line="+23"/>
        <source>&amp;Add Role</source>
        <translation>Rolle &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles and divisions</source>
        <translation>Rollen und Divisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Role to add</source>
        <translation>Hinzuzufügende Rolle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type to search roles</source>
        <translation>Tippen, um Rollen zu suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Division of the role</source>
        <translation>Division der Rolle</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(home division)</source>
        <translation>(Stammdivision)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (home division)</source>
        <translation>%1 (Stammdivision)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All divisions</source>
        <translation>Alle Divisionen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading roles and divisions…</source>
        <translation>Rollen und Divisionen werden geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divisions could not be loaded: %1</source>
        <translation>Die Divisionen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <location filename="../../models/domain/rotation.cpp" line="+16"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regenerating the secret</source>
        <translation>Secret wird neu erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret regenerated</source>
        <translation>Secret neu erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creating the copy</source>
        <translation>Kopie wird erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy created</source>
        <translation>Kopie erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new secret proven</source>
        <translation>neues Secret bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integration credential updated</source>
        <translation>Integrations-Anmeldedaten aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handed over; watching the old client</source>
        <translation>übergeben; der alte Client wird beobachtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old client deactivated</source>
        <translation>alter Client deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in place</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue/green</source>
        <translation>Blue/Green</translation>
    </message>
</context>
<context>
    <name>RotationRunner</name>
    <message>
        <location filename="../../app/rotation/rotationfinish.cpp" line="+122"/>
        <source>A rotation in place has no old client to retire.</source>
        <translation>Eine direkte Rotation hat keinen alten Client, der stillgelegt werden müsste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rotation of %1 is at step &quot;%2&quot;: resume it before retiring the old client.</source>
        <translation>Die Rotation von %1 steht bei Schritt „%2“: Setzen Sie sie fort, bevor Sie den alten Client stilllegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are signed in with %1, the client being retired. Sign in with the new client %2 (%3) first, then finish the rotation.</source>
        <translation>Sie sind mit %1 angemeldet, dem Client, der stillgelegt wird. Melden Sie sich zuerst mit dem neuen Client %2 (%3) an und schließen Sie dann die Rotation ab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new client %1 (%2) does not exist, so nothing could have moved to it: %3 was left alone. This saved rotation is out of date and was removed from the rotations in progress.</source>
        <translation>Der neue Client %1 (%2) existiert nicht, also konnte nichts zu ihm wechseln: %3 blieb unverändert. Diese gespeicherte Rotation ist veraltet und wurde aus den laufenden Rotationen entfernt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The old client no longer exists.</source>
        <translation>Den alten Client gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The old client is inactive; the platform deletes it on %1. Finish with deletion to delete it now.</source>
        <translation>Der alte Client ist inaktiv; die Plattform löscht ihn am %1. Schließen Sie mit Löschen ab, um ihn sofort zu löschen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the old client is quiet could not be checked (%1). Retire it anyway with --force.</source>
        <translation>Ob der alte Client ruhig ist, ließ sich nicht prüfen (%1). Legen Sie ihn trotzdem mit --force still.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 still had %2 requests in the last 24 hours (the new client: %3). Wait until it is quiet, or retire it anyway with --force.</source>
        <translation>%1 hatte in den letzten 24 Stunden noch %2 Anfragen (der neue Client: %3). Warten Sie, bis er ruhig ist, oder legen Sie ihn trotzdem mit --force still.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The old client is inactive; the platform deletes it on %1.</source>
        <translation>Der alte Client ist inaktiv; die Plattform löscht ihn am %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The old client was deleted.</source>
        <translation>Der alte Client wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (rotated %2)</source>
        <translation>%1 (rotiert %2)</translation>
    </message>
    <message>
        <location filename="../../app/rotation/rotationstart.cpp" line="+81"/>
        <source>The rotation&apos;s state could not be saved: %1</source>
        <translation>Der Stand der Rotation konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 uses the implicit grant (TOKEN), which has no secret to rotate.</source>
        <translation>%1 nutzt den impliziten Grant (TOKEN), der kein Secret zum Rotieren hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2; only active clients are rotated.</source>
        <translation>%1 ist %2; nur aktive Clients werden rotiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rotation of %1 is in progress (step: %2, started %3). Finish or resume it first.</source>
        <translation>Eine Rotation von %1 läuft (Schritt: %2, begonnen %3). Schließen Sie sie zuerst ab oder setzen Sie sie fort.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading integration credential %1 needs integrations:integration:view; nothing was changed.</source>
        <translation>Das Lesen der Integrations-Anmeldedaten %1 braucht integrations:integration:view; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Integration credential &quot;%1&quot; (%2) is of type %3 and holds client %4, not %5; nothing was changed.</source>
        <translation>Die Integrations-Anmeldedaten „%1“ (%2) sind vom Typ %3 und enthalten den Client %4, nicht %5; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Integration credentials were not checked: that needs the permission integrations:integration:view. The rotation goes on without them.</source>
        <translation>Integrations-Anmeldedaten wurden nicht geprüft: Dazu ist die Berechtigung integrations:integration:view nötig. Die Rotation geht ohne sie weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration credentials could not be checked (%1). The rotation goes on without them.</source>
        <translation>Integrations-Anmeldedaten konnten nicht geprüft werden (%1). Die Rotation geht ohne sie weiter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You are signed in with the client being replaced. It keeps working until it is retired; sign in with the new client before retiring it.</source>
        <translation>Sie sind mit dem Client angemeldet, der ersetzt wird. Er funktioniert weiter, bis er stillgelegt wird; melden Sie sich vorher mit dem neuen Client an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last attempt may have changed the secret already; a new one is issued now.</source>
        <translation>Der letzte Versuch hat das Secret möglicherweise schon geändert; jetzt wird ein neues ausgestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret was regenerated on %1; it is not issued again. If it was not stored, regenerate it with &apos;clients secret&apos;.</source>
        <translation>Das Secret wurde am %1 neu erzeugt; es wird nicht noch einmal ausgestellt. Falls es nicht gespeichert wurde, erzeugen Sie es mit „clients secret“ neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The integration credentials already hold the copy and its secret, so the secret is not issued again.</source>
        <translation>Die Integrations-Anmeldedaten enthalten bereits die Kopie und ihr Secret; das Secret wird daher nicht noch einmal ausgestellt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This rotation was handed over already: retire the old client with finish.</source>
        <translation>Diese Rotation wurde bereits übergeben: Legen Sie den alten Client mit „finish“ still.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You are signed in with this client: the current token stays valid until %1, and OAuth Desk renews it with the new secret, which it saved in %2 for the next start.</source>
        <translation>Sie sind mit diesem Client angemeldet: Das aktuelle Token bleibt bis %1 gültig, und OAuth Desk erneuert es mit dem neuen Secret, das es für den nächsten Start in %2 gespeichert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are signed in with this client: the current token stays valid until %1, and OAuth Desk renews it with the new secret. Store the new secret where OAuth Desk got the old one (GENESYSCLOUD_OAUTHCLIENT_SECRET) before the next start.</source>
        <translation>Sie sind mit diesem Client angemeldet: Das aktuelle Token bleibt bis %1 gültig, und OAuth Desk erneuert es mit dem neuen Secret. Hinterlegen Sie das neue Secret vor dem nächsten Start dort, woher OAuth Desk das alte hatte (GENESYSCLOUD_OAUTHCLIENT_SECRET).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are signed in with this client: the current token stays valid until %1, and OAuth Desk renews it with the new secret for this run. %2 Sign in with the new secret at the next start.</source>
        <translation>Sie sind mit diesem Client angemeldet: Das aktuelle Token bleibt bis %1 gültig, und OAuth Desk erneuert es in dieser Sitzung mit dem neuen Secret. %2 Melden Sie sich beim nächsten Start mit dem neuen Secret an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rotated from &quot;%1&quot; (%2) on %3 by OAuth Desk.</source>
        <translation>Von OAuth Desk am %3 aus „%1“ (%2) rotiert.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 clients named &quot;%2&quot; were created since the rotation started; check the list and delete the extra ones.</source>
        <translation>Seit Beginn der Rotation wurden %1 Clients namens „%2“ erstellt; prüfen Sie die Liste und löschen Sie die überzähligen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The saved rotation names %1 (&quot;%2&quot;) as its copy, but that client is not a copy made by rotating %3: its description does not note that rotation, or it is older than %3, or its name or grant type differ. Its secret was left alone; nothing was changed. Check or delete the saved rotation in %4.</source>
        <translation>Die gespeicherte Rotation nennt %1 („%2“) als ihre Kopie, aber dieser Client ist keine Kopie aus einer Rotation von %3: Seine Beschreibung vermerkt diese Rotation nicht, oder er ist älter als %3, oder Name oder Grant-Typ weichen ab. Sein Secret wurde nicht verändert; nichts wurde geändert. Prüfen oder löschen Sie die gespeicherte Rotation in %4.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The copy&apos;s secret was issued again, since the one shown before is no longer known.</source>
        <translation>Das Secret der Kopie wurde neu ausgestellt, da das zuvor angezeigte nicht mehr bekannt ist.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Integration credential &quot;%1&quot; was not updated: that needs the permission integrations:integration:edit. Update it by hand.</source>
        <translation>Die Integrations-Anmeldedaten „%1“ wurden nicht aktualisiert: Dazu ist die Berechtigung integrations:integration:edit nötig. Aktualisieren Sie sie von Hand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Integration credential &quot;%1&quot; was not updated (%2). Update it by hand.</source>
        <translation>Die Integrations-Anmeldedaten „%1“ wurden nicht aktualisiert (%2). Aktualisieren Sie sie von Hand.</translation>
    </message>
</context>
<context>
    <name>RotationStore</name>
    <message>
        <location filename="../../app/rotation/rotationstore.cpp" line="+125"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be read, and it could not be kept aside; nothing was written.</source>
        <translation>%1 kann nicht gelesen werden und konnte nicht beiseitegelegt werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RotationWizard</name>
    <message>
        <location filename="../../ui/rotation/rotationwizard.cpp" line="+41"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rotate Secret – %1</source>
        <translation>Secret rotieren – %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A %1 rotation of this client started %2 and stopped at “%3”. Continue it: a copy that was not handed over gets its secret issued again.</source>
        <translation>Eine %1-Rotation dieses Clients begann %2 und hielt bei „%3“ an. Setzen Sie sie fort: Eine noch nicht übergebene Kopie bekommt ihr Secret neu ausgestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Rotate the secret of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secret von %1 rotieren&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blue/green, without downtime</source>
        <translation>&amp;Blue/Green, ohne Ausfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;In place</source>
        <translation>&amp;Direkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A copy of the client is created with its own secret (same grant type, roles and divisions, scopes, redirect URIs and token lifetime). Both work until you retire the old one: hand over the new id and secret, watch the old client&apos;s requests fall to zero, then deactivate and delete it. Every consumer needs the new id as well.</source>
        <translation>Eine Kopie des Clients mit eigenem Secret wird erstellt (gleicher Grant-Typ, Rollen und Divisionen, Scopes, Weiterleitungs-URIs und Token-Lebensdauer). Beide funktionieren, bis Sie den alten stilllegen: Übergeben Sie die neue ID und das neue Secret, beobachten Sie, wie die Anfragen des alten Clients auf null fallen, und deaktivieren und löschen Sie ihn dann. Jeder Nutzer braucht auch die neue ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the &amp;copy:</source>
        <translation>Name der &amp;Kopie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret is regenerated. The old secret stops working at once: every consumer fails until it has the new secret. The client id stays the same.</source>
        <translation>Das Secret wird neu erzeugt. Das alte Secret funktioniert sofort nicht mehr: Jeder Nutzer scheitert, bis er das neue hat. Die Client-ID bleibt gleich.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is a %1 client: its new secret cannot be proven without a user sign-in.</source>
        <translation>Dies ist ein %1-Client: Sein neues Secret lässt sich ohne Benutzeranmeldung nicht bestätigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for integration credentials that hold this client…</source>
        <translation>Suche Integrations-Anmeldedaten, die diesen Client enthalten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Point them at the new id and secret in the same step</source>
        <translation>Im selben Schritt auf die neue ID und das neue Secret &amp;umstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+118"/>
        <source>Rotating…</source>
        <translation>Rotiere…</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof:</source>
        <translation>Bestätigung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new secret has not been copied or saved and will not be shown again. Copy or save it now, or press again to go on without it.</source>
        <translation>Das neue Secret wurde weder kopiert noch gespeichert und wird nicht noch einmal angezeigt. Kopieren oder speichern Sie es jetzt, oder drücken Sie erneut, um ohne es fortzufahren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save to File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Watch the Old Client</source>
        <translation>Alten Client &amp;beobachten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>R&amp;efresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retire it even if it had requests in the last 24 hours</source>
        <translation>Auch stilllegen, wenn er in den letzten 24 Stunden Anfragen hatte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete it too (it cannot be brought back)</source>
        <translation>Auch &amp;löschen (lässt sich nicht rückgängig machen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;tire the Old Client</source>
        <translation>Alten Client s&amp;tilllegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>Deleting the old client cannot be undone.</source>
        <translation>Das Löschen des alten Clients lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Integration credentials were not checked: that needs the permission integrations:integration:view. The rotation works without it.</source>
        <translation>Integrations-Anmeldedaten wurden nicht geprüft: Dazu ist die Berechtigung integrations:integration:view nötig. Die Rotation funktioniert auch ohne sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration credentials could not be checked: %1</source>
        <translation>Integrations-Anmeldedaten konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No integration credential holds this client.</source>
        <translation>Keine Integrations-Anmeldedaten enthalten diesen Client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These integration credentials (Data Actions) hold this client: %1.</source>
        <translation>Diese Integrations-Anmeldedaten (Data Actions) enthalten diesen Client: %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Integration credential “%1” now holds the new id and secret.</source>
        <translation>Die Integrations-Anmeldedaten „%1“ enthalten jetzt die neue ID und das neue Secret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration credential “%1” still holds the old id: update it by hand.</source>
        <translation>Die Integrations-Anmeldedaten „%1“ enthalten noch die alte ID: Aktualisieren Sie sie von Hand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret was regenerated, but the new one does not work yet.</source>
        <translation>Das Secret wurde neu erzeugt, aber das neue funktioniert noch nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy was created, but its secret does not work: it was not handed over. Open the assistant again to issue a new secret and prove it.</source>
        <translation>Die Kopie wurde erstellt, aber ihr Secret funktioniert nicht: Sie wurde nicht übergeben. Öffnen Sie den Assistenten erneut, um ein neues Secret auszustellen und zu bestätigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret was regenerated. It is shown only this once: store it now.</source>
        <translation>Das Secret wurde neu erzeugt. Es wird nur dieses eine Mal angezeigt: Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is ready. Hand over its id and secret (shown only this once), then watch the old client&apos;s requests fall before you retire it.</source>
        <translation>Die Kopie ist bereit. Übergeben Sie ihre ID und ihr Secret (nur dieses eine Mal angezeigt) und beobachten Sie dann, wie die Anfragen des alten Clients fallen, bevor Sie ihn stilllegen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Old client %1, new client %2.</source>
        <translation>Alter Client %1, neuer Client %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking the platform for the usage…</source>
        <translation>Frage die Plattform nach der Nutzung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The usage could not be read: %1</source>
        <translation>Die Nutzung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old client had no requests in the last 24 hours (the new one: %1): it is quiet.</source>
        <translation>Der alte Client hatte in den letzten 24 Stunden keine Anfragen (der neue: %1): Er ist ruhig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The old client still had %1 requests in the last 24 hours (the new one: %2).</source>
        <translation>Der alte Client hatte in den letzten 24 Stunden noch %1 Anfragen (der neue: %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Retiring the old client…</source>
        <translation>Lege den alten Client still…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The old client was deleted; the rotation is done.</source>
        <translation>Der alte Client wurde gelöscht; die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the New Credentials</source>
        <translation>Neue Zugangsdaten speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the new credentials (readable only by you)</source>
        <translation>die neuen Zugangsdaten (nur für Sie lesbar)</translation>
    </message>
</context>
<context>
    <name>RotationsDialog</name>
    <message>
        <location filename="../../ui/rotation/rotationsdialog.cpp" line="+45"/>
        <source>Rotations in Progress</source>
        <translation>Laufende Rotationen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rotations in progress</source>
        <translation>Laufende Rotationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old Client</source>
        <translation>Alter Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Client</source>
        <translation>Neuer Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(the same client)</source>
        <translation>(derselbe Client)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>for this organization</source>
        <translation>für diese Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>with profile “%1”</source>
        <translation>mit dem Profil „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rotation is in progress %1.</source>
        <translation>Keine Rotation läuft %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 rotation in progress %1. Resume it to continue where it stopped, or to watch and retire its old client.</source>
        <translation>1 laufende Rotation %1. Setzen Sie sie fort, um dort weiterzumachen, wo sie stehen blieb, oder um ihren alten Client zu beobachten und stillzulegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rotations in progress %2. Resume one to continue where it stopped, or to watch and retire its old client.</source>
        <translation>%1 laufende Rotationen %2. Setzen Sie eine fort, um dort weiterzumachen, wo sie stehen blieb, oder um ihren alten Client zu beobachten und stillzulegen.</translation>
    </message>
</context>
<context>
    <name>ScopeChecklistModel</name>
    <message>
        <location filename="../../models/itemmodels/scopechecklistmodel.cpp" line="+56"/>
        <source>Not in the scope catalogue (kept as it is)</source>
        <translation>Nicht im Bereichskatalog (bleibt unverändert erhalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue does not list this scope; it stays on the client.</source>
        <translation>Der Katalog führt diesen Bereich nicht; er bleibt am Client.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ScopeDetailsView</name>
    <message>
        <location filename="../../ui/catalog/scopedetailsview.cpp" line="+71"/>
        <source>Clients with this scope</source>
        <translation>Clients mit diesem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show C&amp;lient</source>
        <translation>C&amp;lient zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this client on the Clients page (Enter in the list)</source>
        <translation>Diesen Client auf der Seite „Clients“ auswählen (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope description</source>
        <translation>Beschreibung des Bereichs</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a scope to see its description and the clients that have it.</source>
        <translation>Wählen Sie einen Bereich aus, um seine Beschreibung und die Clients zu sehen, die ihn haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the scope&apos;s details…</source>
        <translation>Details des Bereichs werden geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scope&apos;s details could not be loaded; the catalogue&apos;s description is shown. %1</source>
        <translation>Die Details des Bereichs konnten nicht geladen werden; angezeigt wird die Beschreibung aus dem Katalog. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clients &amp;with this scope: the client list is not loaded yet.</source>
        <translation>Clients &amp;mit diesem Bereich: Die Client-Liste ist noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients &amp;with this scope: none</source>
        <translation>Clients &amp;mit diesem Bereich: keine</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Clients &amp;with this scope (%Ln):</source>
        <translation>
            <numerusform>Clients &amp;mit diesem Bereich (%Ln):</numerusform>
            <numerusform>Clients &amp;mit diesem Bereich (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeFilterProxyModel</name>
    <message numerus="yes">
        <location filename="../../models/itemmodels/scopefilterproxymodel.cpp" line="+53"/>
        <source>%Ln scope(s)</source>
        <translation>
            <numerusform>%Ln Bereich</numerusform>
            <numerusform>%Ln Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln scope(s)</source>
        <translation>
            <numerusform>%1 von %Ln Bereich</numerusform>
            <numerusform>%1 von %Ln Bereichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeListModel</name>
    <message numerus="yes">
        <location filename="../../models/itemmodels/scopelistmodel.cpp" line="+53"/>
        <source>Used by %Ln client(s) of this org.</source>
        <translation>
            <numerusform>Von %Ln Client dieser Organisation verwendet.</numerusform>
            <numerusform>Von %Ln Clients dieser Organisation verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../ui/clients/scopepicker.cpp" line="+74"/>
        <source>Selected only</source>
        <translation>Nur ausgewählte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter scopes by name or description</source>
        <translation>Bereiche nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter scopes</source>
        <translation>Bereiche filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>1 scope selected</source>
        <translation>1 Bereich ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 scopes selected</source>
        <translation>%1 Bereiche ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading the scope catalogue…</source>
        <translation>der Bereichskatalog wird geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalogue could not be loaded: %1</source>
        <translation>der Katalog konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <location filename="../../ui/catalog/scopespage.cpp" line="+127"/>
        <source>Search scopes by name or description (Ctrl+F)</source>
        <translation>Bereiche nach Name oder Beschreibung durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search scopes</source>
        <translation>Bereiche durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;scopes in use</source>
        <translation>Nur ver&amp;wendete Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the scopes at least one of this org&apos;s clients has</source>
        <translation>Nur die Bereiche, die mindestens ein Client dieser Organisation hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope catalogue</source>
        <translation>Bereichskatalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to browse the platform&apos;s OAuth scopes, with their descriptions and the clients of your org that use them.</source>
        <translation>Melden Sie sich an, um die OAuth-Bereiche der Plattform zu durchsuchen, mit ihren Beschreibungen und den Clients Ihrer Organisation, die sie verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the scope catalogue…</source>
        <translation>Der Bereichskatalog wird geladen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Scope ID</source>
        <translation>Bereichs-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scope catalogue could not be loaded.</source>
        <translation>Der Bereichskatalog konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/scopespage.h" line="+33"/>
        <source>Sc&amp;ope</source>
        <translation>&amp;Bereich</translation>
    </message>
</context>
<context>
    <name>SecretCloseWarning</name>
    <message>
        <location filename="../../ui/widgets/secretclosewarning.cpp" line="+31"/>
        <source>Close Without Copying</source>
        <translation>Ohne Kopieren schließen</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/widgets/secretdialog.cpp" line="+26"/>
        <source>Client Created</source>
        <translation>Client erstellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;“%1” was created.&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ wurde erstellt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;“%1” was created in %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%1“ wurde in %2 erstellt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Implicit-grant (TOKEN) clients have no secret: the browser app uses only the client ID.</source>
        <translation>Clients mit implizitem Grant (TOKEN) haben kein Secret: Die Browser-App verwendet nur die Client-ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client exists, but the answer that carried its secret was lost, so the secret cannot be shown. Regenerate the secret to get one you can see.</source>
        <translation>Der Client existiert, aber die Antwort mit seinem Secret ging verloren, daher kann das Secret nicht angezeigt werden. Erzeugen Sie das Secret neu, um eines zu erhalten, das Sie sehen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regenerate Secret…</source>
        <translation>&amp;Secret neu erzeugen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the only time the secret is shown. Copy it now into a password manager or your app&apos;s secret store; it cannot be shown again (you can only regenerate it).</source>
        <translation>Das Secret wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt in einen Passwortmanager oder den Secret-Speicher Ihrer App; es kann nicht noch einmal angezeigt werden (Sie können es nur neu erzeugen).</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The secret has not been copied and will not be shown again. Copy it now, or close again to continue without it.</source>
        <translation>Das Secret wurde nicht kopiert und wird nicht noch einmal angezeigt. Kopieren Sie es jetzt oder schließen Sie erneut, um ohne es fortzufahren.</translation>
    </message>
</context>
<context>
    <name>SecretProof</name>
    <message>
        <location filename="../../app/rotation/secretproof.cpp" line="+54"/>
        <source>Waiting for the platform to accept the new secret (attempt %1)…</source>
        <translation>Warte, bis die Plattform das neue Secret annimmt (Versuch %1)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The new secret works: the login host issued a client-credentials token with it (attempt %1, after %2 s).</source>
        <translation>Das neue Secret funktioniert: Der Anmeldeserver hat damit ein Client-Credentials-Token ausgestellt (Versuch %1, nach %2 s).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The login host refused a client-credentials token (%1): the client is not active or may not use client credentials.</source>
        <translation>Der Anmeldeserver hat ein Client-Credentials-Token verweigert (%1): Der Client ist nicht aktiv oder darf Client Credentials nicht nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new secret does not work: the login host refused it for %1 s (%2 attempts; last answer: %3).</source>
        <translation>Das neue Secret funktioniert nicht: Der Anmeldeserver hat es %1 s lang abgelehnt (%2 Versuche; letzte Antwort: %3).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A %1 client&apos;s secret cannot be proven without a user sign-in: the token endpoint answers unauthorized_client to a client-credentials request whatever the secret.</source>
        <translation>Das Secret eines %1-Clients lässt sich ohne Benutzeranmeldung nicht bestätigen: Der Token-Endpunkt antwortet auf eine Client-Credentials-Anfrage unabhängig vom Secret mit unauthorized_client.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../app/auth/secretstore.cpp" line="+88"/>
        <source>Nothing is stored in the keychain for this profile.</source>
        <translation>Für dieses Profil ist nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain refused access (it may be locked).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist möglicherweise gesperrt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not answer in time. If it is asking for a password, unlock it and try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Wenn er nach einem Passwort fragt, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain request was cancelled.</source>
        <translation>Die Anfrage an den Schlüsselbund wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service</source>
        <translation>Secret-Service-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+103"/>
        <source>app&apos;s memory for this run only</source>
        <translation>Arbeitsspeicher der App, nur für diesen Start</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No keychain is available: credentials are kept in memory for this run only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Anmeldedaten werden nur für diesen Start im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The credentials are kept in memory for this run only.</source>
        <translation>Die Anmeldedaten werden nur für diesen Start im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>SecretView</name>
    <message>
        <location filename="../../ui/widgets/secretview.cpp" line="+20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask the secret</source>
        <translation>Secret verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the secret</source>
        <translation>Secret anzeigen</translation>
    </message>
</context>
<context>
    <name>SelfClientGuard</name>
    <message>
        <location filename="../../ui/clients/selfclientguard.cpp" line="+34"/>
        <source>Type the client&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Clients ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client name, to confirm</source>
        <translation>Name des Clients, zur Bestätigung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You are signed in with this client.</source>
        <translation>Sie sind mit diesem Client angemeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting it revokes this session&apos;s tokens: OAuth Desk is signed out at once and cannot reload anything. To go on, sign in again with another client or profile from the File menu.</source>
        <translation>Das Löschen widerruft die Tokens dieser Sitzung: OAuth Desk ist sofort abgemeldet und kann nichts mehr laden. Um weiterzuarbeiten, melden Sie sich über das Menü „Datei“ mit einem anderen Client oder Profil an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An inactive client gets no new tokens: this session ends when its current token expires (%1), and you must then sign in with another client or profile.</source>
        <translation>Ein inaktiver Client erhält keine neuen Tokens: Diese Sitzung endet, wenn ihr aktuelles Token abläuft (%1), und Sie müssen sich dann mit einem anderen Client oder Profil anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An inactive client gets no new tokens: this session ends when its current token expires, and you must then sign in with another client or profile.</source>
        <translation>Ein inaktiver Client erhält keine neuen Tokens: Diese Sitzung endet, wenn ihr aktuelles Token abläuft, und Sie müssen sich dann mit einem anderen Client oder Profil anmelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This session keeps its current token and uses the new secret from now on. A profile saved with the old secret cannot sign in until you enter the new one.</source>
        <translation>Diese Sitzung behält ihr aktuelles Token und verwendet ab jetzt das neue Secret. Ein mit dem alten Secret gespeichertes Profil kann sich erst wieder anmelden, wenn Sie das neue eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session&apos;s tokens stay valid; whatever signs in with the old secret fails until it is given the new one.</source>
        <translation>Die Tokens dieser Sitzung bleiben gültig; was sich mit dem alten Secret anmeldet, schlägt fehl, bis es das neue erhält.</translation>
    </message>
</context>
<context>
    <name>ServerAnswer</name>
    <message>
        <location filename="../../models/json/listingoutline_p.cpp" line="+199"/>
        <source>The server sent a client listing that is not valid JSON (%1).</source>
        <translation>Der Server hat eine Client-Liste gesendet, die kein gültiges JSON ist (%1).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The server sent a client listing that is not a JSON object.</source>
        <translation>Der Server hat eine Client-Liste gesendet, die kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The server sent an empty answer where a client listing was expected.</source>
        <translation>Der Server hat eine leere Antwort gesendet, wo eine Client-Liste erwartet wurde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server sent a client listing whose &quot;entities&quot; is not an array.</source>
        <translation>Der Server hat eine Client-Liste gesendet, deren „entities“ kein Array ist.</translation>
    </message>
    <message>
        <location filename="../../models/json/json.cpp" line="+22"/>
        <source>a client listing</source>
        <translation>Client-Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scope listing</source>
        <translation>Bereichsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an authorization listing</source>
        <translation>Autorisierungsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a role listing</source>
        <translation>Rollenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a division listing</source>
        <translation>Divisionsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token information</source>
        <translation>Token-Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a usage query answer</source>
        <translation>Antwort auf eine Nutzungsabfrage</translation>
    </message>
    <message>
        <location filename="../../models/domain/usage.cpp" line="+140"/>
        <location filename="../../models/json/json.cpp" line="+1"/>
        <source>usage results</source>
        <translation>Nutzungsergebnisse</translation>
    </message>
    <message>
        <location filename="../../models/json/json.cpp" line="+52"/>
        <source>The server sent an empty answer where %1 was expected.</source>
        <translation>Der Server hat eine leere Antwort gesendet (erwartet: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent %1 that is not valid JSON (%2 at byte %3).</source>
        <translation>Der Server hat als %1 etwas gesendet, das kein gültiges JSON ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent %1 that is not a JSON object.</source>
        <translation>Der Server hat als %1 kein JSON-Objekt gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent %1 whose &quot;entities&quot; is not an array.</source>
        <translation>Der Server hat als %1 etwas gesendet, dessen „entities“ kein Array ist.</translation>
    </message>
    <message>
        <location filename="../../models/domain/oauthclient.cpp" line="+262"/>
        <source>The server sent a client without an id.</source>
        <translation>Der Server hat einen Client ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../../models/domain/scope.cpp" line="+42"/>
        <source>The server sent a scope without an id.</source>
        <translation>Der Server hat einen Bereich ohne ID gesendet.</translation>
    </message>
    <message>
        <location filename="../../models/domain/usage.cpp" line="-72"/>
        <source>The server started a usage query but sent neither an execution id nor a results URI.</source>
        <translation>Der Server hat eine Nutzungsabfrage gestartet, aber weder eine Ausführungs-ID noch eine Ergebnis-URI gesendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+67"/>
        <source>The server sent usage results that are not a list.</source>
        <translation>Der Server hat Nutzungsergebnisse gesendet, die keine Liste sind.</translation>
    </message>
    <message>
        <location filename="../../models/json/auditjson.cpp" line="+59"/>
        <source>the audit service mapping</source>
        <translation>die Zuordnung der Audit-Dienste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an audit query answer</source>
        <translation>eine Antwort auf eine Audit-Abfrage</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an audit query status</source>
        <translation>einen Status einer Audit-Abfrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server started an audit query but sent no id for it.</source>
        <translation>Der Server hat eine Audit-Abfrage gestartet, aber keine ID dafür gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit query results</source>
        <translation>Ergebnisse einer Audit-Abfrage</translation>
    </message>
    <message>
        <location filename="../../models/json/integrationjson.cpp" line="+55"/>
        <source>a credential listing</source>
        <translation>eine Liste von Anmeldedaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an integration credential</source>
        <translation>Integrations-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a user</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a user listing</source>
        <translation>eine Personenliste</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/services/session.cpp" line="+225"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <location filename="../../app/auth/resolvedcredentials.cpp" line="+135"/>
        <source>There is no profile named &quot;%1&quot; (no profiles are set up yet).</source>
        <translation>Es gibt kein Profil namens „%1“ (es sind noch keine Profile eingerichtet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/auth/signincontroller.cpp" line="+438"/>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
    <message>
        <location filename="../../app/auth/signincontroller.cpp" line="-326"/>
        <source>the keychain entry of profile &quot;%1&quot;</source>
        <translation>dem Schlüsselbund-Eintrag des Profils „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain entry of profile &quot;%1&quot; could not be updated: %2</source>
        <translation>Der Schlüsselbund-Eintrag des Profils „%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste an access token.</source>
        <translation>Fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sign in to get started.</source>
        <translation>Melden Sie sich an, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/auth/restoresignin.cpp" line="+160"/>
        <source>The stored sign-in of profile &quot;%1&quot; is no longer accepted (%2). Sign in again.</source>
        <translation>Die gespeicherte Anmeldung des Profils „%1“ wird nicht mehr akzeptiert (%2). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>No client secret is stored for profile &quot;%1&quot;. Enter it to sign in.</source>
        <translation>Für das Profil „%1“ ist kein Client-Secret gespeichert. Geben Sie es ein, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is stored for profile &quot;%1&quot;: sign in.</source>
        <translation>Für das Profil „%1“ ist nichts gespeichert: Melden Sie sich an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored token of profile &quot;%1&quot; has expired: sign in again.</source>
        <translation>Das gespeicherte Token des Profils „%1“ ist abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../app/auth/signincontroller.cpp" line="+35"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server could not revoke the token: %1</source>
        <translation>Der Server konnte das Token nicht widerrufen: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no profile named &quot;%1&quot; (no profiles are set up yet: add one in OAuth Desk).</source>
        <translation>Es gibt kein Profil namens „%1“ (es sind noch keine Profile eingerichtet: Legen Sie eines in OAuth Desk an).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin/signindialog.cpp" line="+60"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this profile and delete its credentials from the keychain</source>
        <translation>Dieses Profil entfernen und seine Anmeldedaten aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Northwind production</source>
        <translation>z. B. Northwind Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: the organization, for your own reference</source>
        <translation>Optional: die Organisation, zu Ihrer eigenen Orientierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom…</source>
        <translation>Eigene …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Derived from the API URL (api. → login.)</source>
        <translation>Aus der API-URL abgeleitet (api. → login.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login URL:</source>
        <translation>&amp;Login-URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browser sign-in (authorization code with PKCE)</source>
        <translation>Anmeldung im &amp;Browser (Autorisierungscode mit PKCE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;credentials (client id and secret)</source>
        <translation>Client-Anmel&amp;dedaten (Client-ID und Secret)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste an access &amp;token</source>
        <translation>Zugriffs&amp;token einfügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth client&apos;s id (a UUID)</source>
        <translation>Die ID des OAuth-Clients (eine UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The port of the loopback redirect; it is part of the redirect URI registered on the client.</source>
        <translation>Der Port der Loopback-Weiterleitung; er ist Teil der am Client registrierten Weiterleitungs-URI.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register exactly this redirect URI on the OAuth client.</source>
        <translation>Registrieren Sie genau diese Weiterleitungs-URI am OAuth-Client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y</source>
        <translation>Kopi&amp;eren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the redirect URI</source>
        <translation>Die Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect URI:</source>
        <translation>Weiterleitungs-URI:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register this redirect URI on the OAuth client.</source>
        <translation>Registrieren Sie diese Weiterleitungs-URI am OAuth-Client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loopback &amp;port:</source>
        <translation>Loopbac&amp;k-Port:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. PROD</source>
        <translation>z. B. PROD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge colour</source>
        <translation>Farbe des Kennzeichens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badge &amp;label:</source>
        <translation>Kenn&amp;zeichen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy Sign-in &amp;Link</source>
        <translation>An&amp;meldelink kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If no browser opened: paste the link into a browser yourself.</source>
        <translation>Falls sich kein Browser geöffnet hat: Fügen Sie den Link selbst in einen Browser ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New profile…</source>
        <translation>Neues Profil …</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are signed in with it: you will be signed out. Its credentials are deleted from the keychain.</source>
        <translation>Sie sind damit angemeldet: Sie werden abgemeldet. Seine Anmeldedaten werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its credentials are deleted from the keychain.</source>
        <translation>Seine Anmeldedaten werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile “%1” removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Leave empty to use the secret stored in the keychain</source>
        <translation>Leer lassen, um das im Schlüsselbund gespeicherte Secret zu verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the token stored in the keychain</source>
        <translation>Leer lassen, um das im Schlüsselbund gespeicherte Token zu verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens your browser to sign in. Tokens are kept in the %1, never in the settings.</source>
        <translation>Öffnet Ihren Browser zur Anmeldung. Tokens werden im %1 aufbewahrt, nie in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret is kept in the %1, never in the settings.</source>
        <translation>Das Secret wird im %1 aufbewahrt, nie in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is kept in the %1 until it expires or you sign out.</source>
        <translation>Das Token wird im %1 aufbewahrt, bis es abläuft oder Sie sich abmelden.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste an access token.</source>
        <translation>Fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening your browser…</source>
        <translation>Ihr Browser wird geöffnet …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth Desk sends at most this many requests per minute with this profile&apos;s token (a little less, to be safe), so that the platform does not refuse them. 300 is the platform&apos;s default; 0: no limit.</source>
        <translation>OAuth Desk sendet mit dem Token dieses Profils höchstens so viele Anfragen pro Minute (sicherheitshalber etwas weniger), damit die Plattform sie nicht ablehnt. 300 ist die Vorgabe der Plattform; 0: keine Grenze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per &amp;minute:</source>
        <translation>Anfragen pro &amp;Minute:</translation>
    </message>
</context>
<context>
    <name>SignInUi</name>
    <message>
        <location filename="../../ui/signin/signinui.cpp" line="+41"/>
        <source>Sign in again to continue; the page and anything you typed are kept. (%1)</source>
        <translation>Melden Sie sich erneut an, um fortzufahren; die Seite und alle Eingaben bleiben erhalten. (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Switch &amp;Profile</source>
        <translation>&amp;Profil wechseln</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Signing in with %1…</source>
        <translation>Anmeldung mit %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in with %1.</source>
        <translation>Mit %1 angemeldet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Signed out of %1. %2</source>
        <translation>Von %1 abgemeldet. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out of %1; its credentials were removed from the keychain.</source>
        <translation>Von %1 abgemeldet; seine Anmeldedaten wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Forget the stored sign-in?</source>
        <translation>Gespeicherte Anmeldung vergessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in server refused the client of profile &quot;%1&quot; (%2).

Forget the credentials stored for it? Keep them if they are right and something on the way (a proxy, a gateway) answered instead. Either way, sign in again to go on.</source>
        <translation>Der Anmeldeserver hat den Client des Profils „%1“ abgelehnt (%2).

Die dafür gespeicherten Zugangsdaten vergessen? Behalten Sie sie, wenn sie stimmen und etwas auf dem Weg (ein Proxy, ein Gateway) stattdessen geantwortet hat. So oder so: Melden Sie sich erneut an, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>SignedInClientDelegate</name>
    <message>
        <location filename="../../ui/clients/signedinclientdelegate.cpp" line="+19"/>
        <source>Signed in with this client: deleting, deactivating or disabling it ends this session.</source>
        <translation>Mit diesem Client angemeldet: Ihn zu löschen, zu deaktivieren oder zu sperren beendet diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>SignedOutPanel</name>
    <message>
        <location filename="../../ui/widgets/signedoutpanel.cpp" line="+109"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign In…</source>
        <translation>Anmelden …</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../../models/config/snapshot.cpp" line="+89"/>
        <source>it must be a list of objects with a &quot;roleId&quot; string</source>
        <translation>es muss eine Liste von Objekten mit einer Zeichenkette „roleId“ sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it must be a list of strings</source>
        <translation>es muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n role(s) could not be named (not in the org&apos;s role list, or it could not be read): %1</source>
        <translation>
            <numerusform>%n Rolle konnte nicht benannt werden (nicht in der Rollenliste der Organisation, oder diese war nicht lesbar): %1</numerusform>
            <numerusform>%n Rollen konnten nicht benannt werden (nicht in der Rollenliste der Organisation, oder diese war nicht lesbar): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n division(s) could not be named: %1</source>
        <translation>
            <numerusform>%n Division konnte nicht benannt werden: %1</numerusform>
            <numerusform>%n Divisionen konnten nicht benannt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is a folder, not a snapshot file.</source>
        <translation>%1 ist ein Ordner, keine Snapshot-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is larger than %2 MB; that is not an OAuth Desk snapshot.</source>
        <translation>%1 ist größer als %2 MB; das ist kein OAuth-Desk-Snapshot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot is not valid JSON (%1 at byte %2).</source>
        <translation>Der Snapshot ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot is not a JSON object.</source>
        <translation>Der Snapshot ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an OAuth Desk snapshot (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Dies ist kein OAuth-Desk-Snapshot („format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snapshot has no valid &quot;version&quot;.</source>
        <translation>Der Snapshot hat keine gültige „version“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snapshot has version %1; this OAuth Desk reads up to version %2. Update OAuth Desk to read it.</source>
        <translation>Der Snapshot hat Version %1; dieses OAuth Desk liest bis Version %2. Aktualisieren Sie OAuth Desk, um ihn zu lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The snapshot has no &quot;clients&quot; array.</source>
        <translation>Der Snapshot hat kein Array „clients“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Client %1 of the snapshot is not an object.</source>
        <translation>Client %1 des Snapshots ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client %1 of the snapshot has no name.</source>
        <translation>Client %1 des Snapshots hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client %1 (&quot;%2&quot;, %3) of the snapshot has a &quot;%4&quot; of the wrong type: %5.</source>
        <translation>Client %1 („%2“, %3) des Snapshots hat ein „%4“ vom falschen Typ: %5.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <location filename="../../models/config/snapshotdiff.cpp" line="+222"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 in all divisions</source>
        <translation>%1 in allen Divisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 in Division %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
</context>
<context>
    <name>SnapshotTaker</name>
    <message>
        <location filename="../../app/config/snapshottaker.cpp" line="+70"/>
        <source>The %1 could not be read, so they are not named: %2</source>
        <translation>Die %1 konnten nicht gelesen werden, daher fehlen ihre Namen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>divisions</source>
        <translation>Divisionen</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <location filename="../../ui/widgets/statusmessage.cpp" line="+23"/>
        <source>Saved %1 to %2</source>
        <translation>%1 gespeichert unter %2</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <location filename="../../app/auth/tokenclient.cpp" line="+38"/>
        <source>The sign-in server sent no access token.</source>
        <translation>Der Anmeldeserver hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sign-in server sent a token of unsupported type &quot;%1&quot;.</source>
        <translation>Der Anmeldeserver hat ein Token des nicht unterstützten Typs „%1“ gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The client id or secret was not accepted.</source>
        <translation>Die Client-ID oder das Secret wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in grant was refused (expired or already used).</source>
        <translation>Der Anmelde-Grant wurde abgelehnt (abgelaufen oder bereits verwendet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in refused: %1.</source>
        <translation>Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in server sent an unexpected answer.</source>
        <translation>Der Anmeldeserver hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Sign-in failed (HTTP %1).</source>
        <translation>Anmeldung fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The sign-in server sent an answer that is not JSON.</source>
        <translation>Der Anmeldeserver hat eine Antwort gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>sent by the sign-in server</source>
        <translation>vom Anmeldeserver gesendet</translation>
    </message>
</context>
<context>
    <name>TrafficBars</name>
    <message>
        <location filename="../../ui/insights/insightsstatedialog.cpp" line="-216"/>
        <source>%1 (UTC): 1 request</source>
        <translation>%1 (UTC): 1 Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (UTC): %2 requests</source>
        <translation>%1 (UTC): %2 Anfragen</translation>
    </message>
</context>
<context>
    <name>UnusedClientsTab</name>
    <message>
        <location filename="../../ui/insights/unusedclientstab.cpp" line="+111"/>
        <source>%1 unused · %2 new · %3 in use</source>
        <translation>%1 ungenutzt · %2 neu · %3 in Gebrauch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search by name, id, state or grant type (Ctrl+F)</source>
        <translation>Nach Name, ID, Status oder Grant-Typ suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients</source>
        <translation>Clients durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All clients</source>
        <translation>Alle Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused and new</source>
        <translation>Ungenutzt und neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients and their usage</source>
        <translation>Clients und ihre Nutzung</translation>
    </message>
</context>
<context>
    <name>UsageBars</name>
    <message>
        <location filename="../../ui/rotation/usagebars.cpp" line="+12"/>
        <source>Requests per day of the old and the new client</source>
        <translation>Anfragen pro Tag des alten und des neuen Clients</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: old %2, new %3</source>
        <translation>%1: alt %2, neu %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>old client</source>
        <translation>alter Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new client</source>
        <translation>neuer Client</translation>
    </message>
</context>
<context>
    <name>UsageChartView</name>
    <message>
        <location filename="../../ui/usage/usagechartview.cpp" line="+122"/>
        <source>&amp;Copy as Image</source>
        <translation>Als Bild &amp;kopieren</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Exported by OAuth Desk</source>
        <translation>Exportiert von OAuth Desk</translation>
    </message>
</context>
<context>
    <name>UsageClientPicker</name>
    <message>
        <location filename="../../ui/usage/usageclientpicker.cpp" line="+45"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type to find a client</source>
        <translation>Tippen, um einen Client zu finden</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+18"/>
        <source>Client id: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
</context>
<context>
    <name>UsageController</name>
    <message>
        <location filename="../../app/controllers/usagecontroller.cpp" line="+116"/>
        <source>Choose a client.</source>
        <translation>Wählen Sie einen Client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the last 7, 30 or 90 days, or a custom range.</source>
        <translation>Wählen Sie die letzten 7, 30 oder 90 Tage oder einen eigenen Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one metric.</source>
        <translation>Wählen Sie mindestens eine Kennzahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the first and the last day of the range.</source>
        <translation>Geben Sie den ersten und den letzten Tag des Zeitraums ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day of the range is after the last one.</source>
        <translation>Der erste Tag des Zeitraums liegt nach dem letzten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a range of at most %1 days.</source>
        <translation>Wählen Sie einen Zeitraum von höchstens %1 Tagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range starts after today (UTC): there is no usage yet.</source>
        <translation>Der Zeitraum beginnt nach heute (UTC): Es gibt noch keine Nutzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range ends after today (UTC, %1): there is no usage yet for the days after it. Choose today or an earlier day as the last one.</source>
        <translation>Der Zeitraum endet nach heute (UTC, %1): Für die Tage danach gibt es noch keine Nutzung. Wählen Sie heute oder einen früheren Tag als letzten Tag.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sign in to see the usage of a client.</source>
        <translation>Melden Sie sich an, um die Nutzung eines Clients zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting the usage query…</source>
        <translation>Die Nutzungsabfrage wird gestartet …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The usage query was cancelled.</source>
        <translation>Die Nutzungsabfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>UsageDateField</name>
    <message>
        <location filename="../../ui/usage/usagedatefield.cpp" line="+20"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day (UTC) as YYYY-MM-DD, or pick it from the calendar</source>
        <translation>Ein Tag (UTC) als JJJJ-MM-TT, oder aus dem Kalender wählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Pick a day from the calendar</source>
        <translation>Einen Tag aus dem Kalender wählen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not a date: type it as YYYY-MM-DD</source>
        <translation>Kein Datum: als JJJJ-MM-TT eingeben</translation>
    </message>
</context>
<context>
    <name>UsageEndpointsChart</name>
    <message>
        <location filename="../../ui/usage/usageendpointschart.cpp" line="+26"/>
        <source>Top endpoints</source>
        <translation>Top-Endpunkte</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK (2xx, 3xx)</source>
        <translation>Erfolgreich (2xx, 3xx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors (4xx, 5xx)</source>
        <translation>Fehler (4xx, 5xx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Top endpoints by requests</source>
        <translation>Top-Endpunkte nach Anfragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> · %1 errors</source>
        <translation> · %1 Fehler</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <location filename="../../ui/usage/usagepage.cpp" line="+45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+222"/>
        <location line="+45"/>
        <source>Sign in to see the API usage of your organization&apos;s OAuth clients.</source>
        <translation>Melden Sie sich an, um die API-Nutzung der OAuth-Clients Ihrer Organisation zu sehen.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Stop waiting for this query (Esc)</source>
        <translation>Nicht mehr auf diese Abfrage warten (Esc)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Cancel Query</source>
        <translation>Abfrage &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport Table as CSV…</source>
        <translation>Tabelle als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the table as CSV (%1)</source>
        <translation>Die Tabelle als CSV speichern (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Usage as CSV</source>
        <translation>Nutzung als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Requests over Time as &amp;PNG…</source>
        <translation>Anfragen im Zeitverlauf als &amp;PNG …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests over Time as &amp;SVG…</source>
        <translation>Anfragen im Zeitverlauf als &amp;SVG …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top Endpoints as P&amp;NG…</source>
        <translation>Top-Endpunkte als P&amp;NG …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top Endpoints as S&amp;VG…</source>
        <translation>Top-Endpunkte als S&amp;VG …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save C&amp;hart</source>
        <translation>Diagramm &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a chart as PNG or SVG</source>
        <translation>Ein Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the usage table as CSV</source>
        <translation>die Nutzungstabelle als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chart</source>
        <translation>das Diagramm</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a client to see its API usage: type a part of its name in the box above, or select it on the Clients page and come back here.</source>
        <translation>Wählen Sie einen Client, um seine API-Nutzung zu sehen: Tippen Sie einen Teil seines Namens in das Feld oben, oder wählen Sie ihn auf der Seite „Clients“ aus und kommen Sie hierher zurück.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a client to see its API usage.</source>
        <translation>Wählen Sie einen Client, um seine API-Nutzung zu sehen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Loading usage…</source>
        <translation>Nutzung wird geladen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 requests</source>
        <translation>%1: %2 Anfragen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the usage…</source>
        <translation>Die Nutzung wird geladen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the usage of %1… %2</source>
        <translation>Die Nutzung von %1 wird geladen … %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The query was cancelled. Press F5 to run it again.</source>
        <translation>Die Abfrage wurde abgebrochen. Drücken Sie F5, um sie erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Requests by outcome, %1, %2</source>
        <translation>Anfragen nach Ergebnis, %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top endpoints, %1, %2</source>
        <translation>Top-Endpunkte, %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 made no API calls in %2.
A longer range may show older traffic.</source>
        <translation>%1 hat in %2 keine API-Aufrufe gemacht.
Ein längerer Zeitraum zeigt vielleicht älteren Verkehr.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load the usage of %1.</source>
        <translation>Die Nutzung von %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform may be busy: try again, or a shorter range.</source>
        <translation>Die Plattform ist möglicherweise ausgelastet: Versuchen Sie es erneut oder mit einem kürzeren Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usage to show.</source>
        <translation>Keine Nutzung anzuzeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no usage to export yet.</source>
        <translation>Es gibt noch keine Nutzung zum Exportieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no chart to save yet.</source>
        <translation>Es gibt noch kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/usage/usagepage.h" line="+56"/>
        <source>&amp;Usage</source>
        <translation>&amp;Nutzung</translation>
    </message>
</context>
<context>
    <name>UsageQueryForm</name>
    <message>
        <location filename="../../ui/usage/usagequeryform.cpp" line="+24"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3xx redirect</source>
        <translation>3xx Weiterleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4xx client error (429 included)</source>
        <translation>4xx Client-Fehler (einschließlich 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>429 rate limited</source>
        <translation>429 Ratenbegrenzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx server error</source>
        <translation>5xx Serverfehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Endpoint</source>
        <translation>End&amp;punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metho&amp;d</source>
        <translation>Meth&amp;ode</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buckets are UTC days, weeks from Monday and calendar months. A quick range shown as a whole uses the platform&apos;s usage summary.</source>
        <translation>Die Intervalle sind UTC-Tage, Wochen ab Montag und Kalendermonate. Ein Schnellzeitraum, der als Ganzes gezeigt wird, nutzt die Nutzungszusammenfassung der Plattform.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One row per endpoint (the API&apos;s template URI)</source>
        <translation>Eine Zeile je Endpunkt (die Vorlagen-URI der API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per HTTP method</source>
        <translation>Eine Zeile je HTTP-Methode</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The metrics to ask the platform for</source>
        <translation>Die Kennzahlen, die von der Plattform abgefragt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clie&amp;nt:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show by:</source>
        <translation>&amp;Zeigen nach:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Metrics: all</source>
        <translation>&amp;Kennzahlen: alle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Metrics: %1</source>
        <translation>&amp;Kennzahlen: %1</translation>
    </message>
</context>
<context>
    <name>UsageRangePicker</name>
    <message>
        <location filename="../../ui/usage/usagerangepicker.cpp" line="+31"/>
        <source>&amp;7 days</source>
        <translation>&amp;7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last 7 whole days (UTC) before today</source>
        <translation>Die letzten 7 ganzen Tage (UTC) vor heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last 30 whole days (UTC) before today</source>
        <translation>Die letzten 30 ganzen Tage (UTC) vor heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;90 days</source>
        <translation>&amp;90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last 90 whole days (UTC) before today</source>
        <translation>Die letzten 90 ganzen Tage (UTC) vor heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cus&amp;tom</source>
        <translation>Ei&amp;gener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any range of whole days (UTC), up to %1 days</source>
        <translation>Beliebiger Zeitraum aus ganzen Tagen (UTC), bis zu %1 Tage</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the usage of these days (Enter)</source>
        <translation>Die Nutzung dieser Tage zeigen (Eingabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day (UTC)</source>
        <translation>Letzter Tag (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(UTC days)</source>
        <translation>(UTC-Tage)</translation>
    </message>
</context>
<context>
    <name>UsageSeries</name>
    <message>
        <location filename="../../models/domain/usageseries.cpp" line="+111"/>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4xx (incl. 429)</source>
        <translation>4xx (inkl. 429)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>429</source>
        <translation>429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3xx redirect</source>
        <translation>3xx Weiterleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4xx other than 429</source>
        <translation>4xx außer 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>429 rate limited</source>
        <translation>429 Ratenbegrenzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5xx server error</source>
        <translation>5xx Serverfehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole range</source>
        <translation>Ganzer Zeitraum</translation>
    </message>
    <message>
        <location line="+383"/>
        <location line="+18"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTC: %1 – %2</source>
        <translation>UTC: %1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time (%1, %2): %3 – %4</source>
        <translation>Ihre Zeit (%1, %2): %3 – %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partly outside the range: only %1 – %2 counted</source>
        <translation>Teilweise außerhalb des Zeitraums: nur %1 – %2 gezählt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Requests (sum of the statuses asked): %1</source>
        <translation>Anfragen (Summe der abgefragten Status): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>2xx success: %1</source>
        <translation>2xx Erfolg: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>3xx redirect: %1</source>
        <translation>3xx Weiterleitung: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>4xx other than 429: %1</source>
        <translation>4xx außer 429: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>4xx: %1</source>
        <translation>4xx: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>429 rate limited: %1</source>
        <translation>429 Ratenbegrenzung: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>5xx server error: %1</source>
        <translation>5xx Serverfehler: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Errors: %1 (%2 of requests)</source>
        <translation>Fehler: %1 (%2 der Anfragen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No requests in this bucket.</source>
        <translation>Keine Anfragen in diesem Intervall.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requests: %1 (%2 of all)</source>
        <translation>Anfragen: %1 (%2 von allen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error share: %1</source>
        <translation>Fehleranteil: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All endpoints (%1)</source>
        <translation>Alle Endpunkte (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0%1</source>
        <translation>0%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; %1%2</source>
        <translation>&lt; %1%2</translation>
    </message>
</context>
<context>
    <name>UsageService</name>
    <message>
        <location filename="../../app/services/usageservice.cpp" line="-162"/>
        <source>The server gave a results address (%1) that is not the documented one for this query (%2); OAuth Desk does not follow it.</source>
        <translation>Der Server hat eine Ergebnisadresse genannt (%1), die nicht die dokumentierte dieser Abfrage ist (%2); OAuth Desk folgt ihr nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server gave no usable address for the usage results.</source>
        <translation>Der Server hat keine verwendbare Adresse für die Nutzungsergebnisse geliefert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query started; waiting for results…</source>
        <translation>Abfrage gestartet; warten auf Ergebnisse …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The usage query did not complete within %1 seconds.</source>
        <translation>Die Nutzungsabfrage wurde nicht innerhalb von %1 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The platform reports that the usage query failed.</source>
        <translation>Die Plattform meldet, dass die Nutzungsabfrage fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running… (poll %1)</source>
        <translation>Läuft … (Abfrage %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The usage query reports an unknown status &quot;%1&quot;.</source>
        <translation>Die Nutzungsabfrage meldet den unbekannten Status „%1“.</translation>
    </message>
</context>
<context>
    <name>UsageSummaryLabel</name>
    <message>
        <location filename="../../ui/clients/usagesummarylabel.cpp" line="+35"/>
        <source>Usage of the last %1 days is not available: not signed in.</source>
        <translation>Die Nutzung der letzten %1 Tage ist nicht verfügbar: nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the requests of the last %1 days…</source>
        <translation>Die Anfragen der letzten %1 Tage werden geladen …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The usage of the last %1 days could not be loaded: %2</source>
        <translation>Die Nutzung der letzten %1 Tage konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform could not compute the usage of the last %1 days.</source>
        <translation>Die Plattform konnte die Nutzung der letzten %1 Tage nicht berechnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;No requests&lt;/b&gt; in the last %1 days.</source>
        <translation>&lt;b&gt;Keine Anfragen&lt;/b&gt; in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 requests&lt;/b&gt; in the last %2 days</source>
        <translation>&lt;b&gt;%1 Anfragen&lt;/b&gt; in den letzten %2 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 failed)</source>
        <translation>(%1 fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last on %1</source>
        <translation>zuletzt am %1</translation>
    </message>
</context>
<context>
    <name>UsageSummaryView</name>
    <message>
        <location filename="../../ui/usage/usagesummaryview.cpp" line="+39"/>
        <source>the last %1 days (%2 – %3, UTC)</source>
        <translation>die letzten %1 Tage (%2 – %3, UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2 (UTC)</source>
        <translation>%1 – %2 (UTC)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 errors (%2)</source>
        <translation>%1 Fehler (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rate limited (429)</source>
        <translation>%1 durch Ratenbegrenzung abgewiesen (429)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>busiest: %1 (%2)</source>
        <translation>am meisten: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 days with traffic</source>
        <translation>%1 von %2 Tagen mit Verkehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>buckets are UTC days: hover a bar for exact numbers and the times in %1 (%2)</source>
        <translation>Intervalle sind UTC-Tage: Zeigen Sie auf einen Balken für genaue Zahlen und die Zeiten in %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buckets are UTC days: hover a bar for exact numbers</source>
        <translation>Intervalle sind UTC-Tage: Zeigen Sie auf einen Balken für genaue Zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetched at %1</source>
        <translation>abgerufen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through the usage summary</source>
        <translation>über die Nutzungszusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(reused; F5 asks again)</source>
        <translation>(wiederverwendet; F5 fragt erneut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows fall outside the chart&apos;s range: they are in the table and totals</source>
        <translation>%1 Zeilen liegen außerhalb des Diagrammbereichs: Sie sind in der Tabelle und den Summen enthalten</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <location filename="../../models/itemmodels/usagetablemodel.cpp" line="+186"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 endpoints</source>
        <translation>%1 Endpunkte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sums over every row of the table</source>
        <translation>Summen über alle Zeilen der Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests was not among the metrics asked: this is the sum of the status counts that were.</source>
        <translation>„Anfragen“ war nicht unter den abgefragten Kennzahlen: Dies ist die Summe der abgefragten Statuszahlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All 4xx answers, the 429s included (as the platform counts them)</source>
        <translation>Alle 4xx-Antworten, einschließlich der 429er (so wie die Plattform sie zählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4xx and 5xx answers as a share of the requests</source>
        <translation>4xx- und 5xx-Antworten als Anteil an den Anfragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week (UTC)</source>
        <translation>Woche (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Range (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error share</source>
        <translation>Fehleranteil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The platform&apos;s usage buckets are UTC days, weeks (from Monday) and months</source>
        <translation>Die Nutzungsintervalle der Plattform sind UTC-Tage, Wochen (ab Montag) und Monate</translation>
    </message>
</context>
<context>
    <name>UsageTableView</name>
    <message>
        <location filename="../../ui/usage/usagetableview.cpp" line="+36"/>
        <source>Usage table</source>
        <translation>Nutzungstabelle</translation>
    </message>
</context>
<context>
    <name>UsageTimeChart</name>
    <message>
        <location filename="../../ui/usage/usagetimechart.cpp" line="+38"/>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4xx except 429</source>
        <translation>4xx außer 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>429 rate limited</source>
        <translation>429 Ratenbegrenzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requests over time</source>
        <translation>Anfragen im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per day, by outcome</source>
        <translation>Anfragen pro Tag, nach Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week from Monday (UTC)</source>
        <translation>Woche ab Montag (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per week, by outcome</source>
        <translation>Anfragen pro Woche, nach Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per month, by outcome</source>
        <translation>Anfragen pro Monat, nach Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole range (UTC days)</source>
        <translation>Ganzer Zeitraum (UTC-Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in the range, by outcome</source>
        <translation>Anfragen im Zeitraum, nach Ergebnis</translation>
    </message>
</context>
<context>
    <name>UserNameCache</name>
    <message>
        <location filename="../../app/controllers/usernamecache.cpp" line="+50"/>
        <source>The user could not be looked up: %1</source>
        <translation>Der Benutzer konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No user of the organization has this id (a person who has left, or an integration).</source>
        <translation>Kein Benutzer der Organisation hat diese ID (eine Person, die gegangen ist, oder eine Integration).</translation>
    </message>
</context>
<context>
    <name>WaitIndicator</name>
    <message>
        <location filename="../../ui/shell/waitindicator.cpp" line="+23"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting: the request that waits is cancelled.</source>
        <translation>Nicht länger warten: Die wartende Anfrage wird abgebrochen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Waiting %1 s: %2, attempt %3 of %4</source>
        <translation>Warte %1 s: %2, Versuch %3 von %4</translation>
    </message>
</context>
<context>
    <name>cli::Arguments</name>
    <message>
        <location filename="../../app/cli/arguments.cpp" line="+153"/>
        <source>%1: secrets are never taken on the command line, where other users can see them (ps, shell history). Set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, or GENESYSCLOUD_ACCESS_TOKEN, in the environment instead.</source>
        <translation>%1: Secrets werden nie auf der Befehlszeile angenommen, wo andere Benutzer sie sehen können (ps, Shell-Verlauf). Setzen Sie stattdessen GENESYSCLOUD_OAUTHCLIENT_ID und GENESYSCLOUD_OAUTHCLIENT_SECRET oder GENESYSCLOUD_ACCESS_TOKEN in der Umgebung.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option --%1 does not take a value.</source>
        <translation>Die Option --%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>%1: %2 &quot;%3&quot; is not an id. %4</source>
        <translation>%1: %2 „%3“ ist keine ID. %4</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation>„%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unbekannter Befehl „%1 %2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 needs one or more ids, or &quot;-&quot; to read them from standard input.</source>
        <translation>%1 braucht eine oder mehrere IDs oder „-“, um sie von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>%1 needs %2.</source>
        <translation>%1 braucht %2.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Unexpected argument &quot;%1&quot; for %2.</source>
        <translation>Unerwartetes Argument „%1“ für %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: an argument is empty.</source>
        <translation>%1: Ein Argument ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;-&quot; reads the ids from standard input; give either &quot;-&quot; alone or the ids.</source>
        <translation>%1: „-“ liest die IDs von der Standardeingabe; geben Sie entweder nur „-“ oder die IDs an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 does not take %2.</source>
        <translation>%1 nimmt kein %2 an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: --days needs a whole number of days from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1: --days braucht eine ganze Zahl von Tagen von 1 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --days needs a whole number of days from 1 to %2 (the platform keeps usage for %2 days), not &quot;%3&quot;.</source>
        <translation>%1: --days braucht eine ganze Zahl von Tagen von 1 bis %2 (die Plattform bewahrt die Nutzung %2 Tage auf), nicht „%3“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--demo runs against a built-in sandbox; it cannot be combined with --region, --api-url or --login-url.</source>
        <translation>--demo arbeitet mit einer eingebauten Sandbox; es kann nicht mit --region, --api-url oder --login-url kombiniert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: %1 [options] &lt;command&gt; [arguments] [options]</source>
        <translation>Aufruf: %1 [Optionen] &lt;Befehl&gt; [Argumente] [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage a Genesys Cloud organization&apos;s OAuth clients from the command line.</source>
        <translation>Die OAuth-Clients einer Genesys-Cloud-Organisation von der Befehlszeile aus verwalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Options (before or after the command):</source>
        <translation>Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the API&apos;s JSON (compact, one line) for scripts</source>
        <translation>das JSON der API ausgeben (kompakt, eine Zeile), für Skripte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indent --json output</source>
        <translation>die Ausgabe von --json einrücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region id, name or host (us_east_1, eu-west-1, mypurecloud.de)</source>
        <translation>Regions-ID, -Name oder -Host (us_east_1, eu-west-1, mypurecloud.de)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API base URL (https; http only for loopback)</source>
        <translation>Basis-URL der API (https; http nur für Loopback)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login base URL (default: derived from the API URL)</source>
        <translation>Basis-URL der Anmeldung (Standard: aus der API-URL abgeleitet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of scope and authorization descriptions (de-de, en-us)</source>
        <translation>Sprache der Beschreibungen von Bereichen und Autorisierungen (de-de, en-us)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sign in with a profile saved by OAuth Desk (secrets from the keychain)</source>
        <translation>mit einem von OAuth Desk gespeicherten Profil anmelden (Secrets aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run against a built-in sandbox with a demo organization</source>
        <translation>mit einer eingebauten Sandbox und einer Demo-Organisation arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log HTTP requests to stderr (tokens and secrets redacted)</source>
        <translation>HTTP-Anfragen auf stderr protokollieren (Tokens und Secrets unkenntlich gemacht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show help for a command: %1 clients list --help</source>
        <translation>Hilfe zu einem Befehl zeigen: %1 clients list --help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credentials come from the environment (or --profile), never from options:</source>
        <translation>Anmeldedaten kommen aus der Umgebung (oder --profile), nie aus Optionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a client-credentials client</source>
        <translation>ein Client mit Client-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or an access token</source>
        <translation>oder ein Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to connect (options win)</source>
        <translation>wohin verbunden wird (Optionen haben Vorrang)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: %1 %2 &lt;subcommand&gt; [arguments] [options]</source>
        <translation>Aufruf: %1 %2 &lt;Unterbefehl&gt; [Argumente] [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run &apos;%1 %2 &lt;subcommand&gt; --help&apos; for details.</source>
        <translation>Führen Sie &apos;%1 %2 &lt;Unterbefehl&gt; --help&apos; für Details aus.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the JSON file to send (&quot;-&quot; = standard input)</source>
        <translation>die zu sendende JSON-Datei („-“ = Standardeingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number of whole days before today, 1 to 90 (default 30)</source>
        <translation>die Anzahl ganzer Tage vor heute, 1 bis 90 (Standard 30)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the number of days to cover, 1 to 90 (default 7)</source>
        <translation>die Zahl der abzudeckenden Tage, 1 bis 90 (Standard 7)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll until the query completes and print the rows</source>
        <translation>abfragen, bis die Abfrage abgeschlossen ist, und die Zeilen ausgeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show what would change, send no change</source>
        <translation>zeigen, was sich ändern würde, keine Änderung senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global options (--json, --region, --lang, ...): %1 --help</source>
        <translation>Globale Optionen (--json, --region, --lang, …): %1 --help</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>--dry-run goes with --apply: %1 A B --apply --dry-run.</source>
        <translation>--dry-run gehört zu --apply: %1 A B --apply --dry-run.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Exit codes: 0 ok, 1 API error, 2 usage error, 3 authentication error, 4 differences found (diff), 130 interrupted.</source>
        <translation>Exit-Codes: 0 ok, 1 API-Fehler, 2 Aufruffehler, 3 Anmeldefehler, 4 Unterschiede gefunden (diff), 130 abgebrochen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the folder to write the .tf files to</source>
        <translation>der Ordner, in den die .tf-Dateien geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write (default: standard output)</source>
        <translation>die zu schreibende Datei (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write role and division ids instead of data sources</source>
        <translation>Rollen- und Divisions-IDs statt Datenquellen schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create and update clients in B so that they match A (never delete)</source>
        <translation>Clients in B anlegen und ändern, sodass sie A entsprechen (nie löschen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --apply: show what would be done, send nothing</source>
        <translation>mit --apply: zeigen, was geschähe, nichts senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>also compare server-set fields (ids, dates, createdBy, modifiedBy)</source>
        <translation>auch vom Server gesetzte Felder vergleichen (IDs, Daten, createdBy, modifiedBy)</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>--timeout needs a whole number of seconds between 0 (no limit) and 86400, not &quot;%1&quot;.</source>
        <translation>--timeout braucht eine ganze Zahl von Sekunden zwischen 0 (kein Limit) und 86400, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>give up after this many seconds (default 120; 0: no limit)</source>
        <translation>nach so vielen Sekunden aufgeben (Standard 120; 0: kein Limit)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>in-place or blue-green (default: blue-green)</source>
        <translation>in-place oder blue-green (Standard: blue-green)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue/green: the copy&apos;s name (default: NAME (rotated DATE))</source>
        <translation>Blue/Green: der Name der Kopie (Standard: NAME (rotiert DATUM))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point this integration credential (pureCloudOAuthClient) at the new id and secret</source>
        <translation>diese Integrations-Anmeldedaten (pureCloudOAuthClient) auf die neue ID und das neue Secret umstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue/green: deactivate the old client once it is quiet</source>
        <translation>Blue/Green: den alten Client deaktivieren, sobald er ruhig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --finish: delete the old client too</source>
        <translation>mit --finish: den alten Client auch löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --finish: even if it had requests in the last 24 hours</source>
        <translation>mit --finish: auch wenn er in den letzten 24 Stunden Anfragen hatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the rotations in progress</source>
        <translation>die laufenden Rotationen auflisten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>how far back, in days (default 14; beyond 14 the older events are asked for asynchronously)</source>
        <translation>wie weit zurück, in Tagen (Standard 14; über 14 hinaus werden die älteren Ereignisse asynchron abgefragt)</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>--rate-limit needs REQUESTS or REQUESTS/SECONDS (0 to 100000 requests, 0: no limit; 1 to 3600 seconds, 60 if left out), such as 300/60, not &quot;%1&quot;.</source>
        <translation>--rate-limit erwartet ANFRAGEN oder ANFRAGEN/SEKUNDEN (0 bis 100000 Anfragen, 0: keine Grenze; 1 bis 3600 Sekunden, ohne Angabe 60), etwa 300/60, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>send at most N requests per S seconds (default: the profile&apos;s, else 300/60; 0: no limit)</source>
        <translation>höchstens N Anfragen pro S Sekunden senden (Vorgabe: die des Profils, sonst 300/60; 0: keine Grenze)</translation>
    </message>
</context>
<context>
    <name>cli::Bulk</name>
    <message>
        <location filename="../../app/cli/bulkcommands.cpp" line="+55"/>
        <source>would deactivate</source>
        <translation>würde deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would activate</source>
        <translation>würde aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would delete</source>
        <translation>würde löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activated</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No client ids given.</source>
        <translation>Keine Client-IDs angegeben.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>1 active or disabled client is set inactive first, as the platform requires, then deleted.</source>
        <translation>1 aktiver oder gesperrter Client wird zuerst inaktiv gesetzt, wie es die Plattform verlangt, und dann gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active or disabled clients are set inactive first, as the platform requires, then deleted.</source>
        <translation>%1 aktive oder gesperrte Clients werden zuerst inaktiv gesetzt, wie es die Plattform verlangt, und dann gelöscht.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The token was refused (HTTP 401); the run stopped there. Sign in again and run the command for the clients not done.</source>
        <translation>Das Token wurde abgelehnt (HTTP 401); der Lauf wurde dort beendet. Melden Sie sich erneut an und führen Sie den Befehl für die nicht erledigten Clients aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 client failed.</source>
        <translation>1 Client ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 clients failed.</source>
        <translation>%1 Clients sind fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>cli::CliApp</name>
    <message>
        <location filename="../../app/cli/cliapp.cpp" line="+93"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown language &quot;%1&quot; for --lang (use e.g. en-us, de-de, fr-fr).</source>
        <translation>Unbekannte Sprache „%1“ für --lang (verwenden Sie z. B. en-us, de-de, fr-fr).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The input is not valid; nothing was sent:</source>
        <translation>Die Eingabe ist nicht gültig; es wurde nichts gesendet:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ignoring read-only fields: %1</source>
        <translation>Schreibgeschützte Felder werden ignoriert: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The ids are not valid; nothing was sent:</source>
        <translation>Die IDs sind nicht gültig; es wurde nichts gesendet:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The demo sandbox did not start: %1</source>
        <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Credentials from %1</source>
        <translation>Anmeldedaten aus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials from %1; API %2</source>
        <translation>Anmeldedaten aus %1; API %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with this profile once in OAuth Desk, which stores its credentials in the keychain, or use the GENESYSCLOUD_* environment variables.</source>
        <translation>Melden Sie sich mit diesem Profil einmal in OAuth Desk an, das seine Anmeldedaten im Schlüsselbund speichert, oder verwenden Sie die Umgebungsvariablen GENESYSCLOUD_*.</translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+277"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>waiting %1 s: %2, attempt %3 of %4</source>
        <translation>warte %1 s: %2, Versuch %3 von %4</translation>
    </message>
</context>
<context>
    <name>cli::Commands</name>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+269"/>
        <location filename="../../app/cli/main.cpp" line="+145"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes were made before the interrupt: the output shows them.</source>
        <translation>Die Änderungen wurden vor der Unterbrechung vorgenommen: Die Ausgabe zeigt sie.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The client %1 was created, but the server answered an unusable secret (with characters a secret cannot have), so it is not shown. Run &apos;%2 clients secret %3&apos; to issue a new one.</source>
        <translation>Der Client %1 wurde angelegt, aber der Server hat ein unbrauchbares Secret geliefert (mit Zeichen, die ein Secret nicht enthalten kann), daher wird es nicht angezeigt. Führen Sie „%2 clients secret %3“ aus, um ein neues zu erzeugen.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Fields the server named: %1</source>
        <translation>Vom Server genannte Felder: %1</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>%1 malformed entries of the listing were left out.</source>
        <translation>%1 fehlerhafte Einträge der Liste wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The request may have reached the server: run &apos;clients list&apos; to see whether the client was created before trying again.</source>
        <translation>Die Anfrage hat den Server möglicherweise erreicht: Führen Sie &apos;clients list&apos; aus, um zu sehen, ob der Client erstellt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client may or may not have been created.</source>
        <translation>Der Client wurde möglicherweise erstellt, möglicherweise nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The client %1 was created, but its secret was not received. Run &apos;%2 clients secret %3&apos; to issue a new one.</source>
        <translation>Der Client %1 wurde erstellt, aber sein Secret kam nicht an. Führen Sie &apos;%2 clients secret %3&apos; aus, um ein neues auszustellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created client %1. Its secret is shown only this once: store it now.</source>
        <translation>Client %1 erstellt. Sein Secret wird nur dieses eine Mal angezeigt: Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created client %1.</source>
        <translation>Client %1 erstellt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The update would send an invalid client; nothing was changed:</source>
        <translation>Die Änderung würde einen ungültigen Client senden; es wurde nichts geändert:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updated client %1.</source>
        <translation>Client %1 geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request may have reached the server: the secret may have changed. Run &apos;clients secret %1&apos; again to get a secret you can see.</source>
        <translation>Die Anfrage hat den Server möglicherweise erreicht: Das Secret hat sich möglicherweise geändert. Führen Sie &apos;clients secret %1&apos; erneut aus, um ein Secret zu erhalten, das Sie sehen können.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old secret of %1 no longer works. The new one is shown only this once: store it now.</source>
        <translation>Das alte Secret von %1 funktioniert nicht mehr. Das neue wird nur dieses eine Mal angezeigt: Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Fetch the rows with: %1 usage results %2 %3</source>
        <translation>Die Zeilen abrufen mit: %1 usage results %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The query is still running; ask again in a few seconds.</source>
        <translation>Die Abfrage läuft noch; fragen Sie in ein paar Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform reports that the usage query failed.</source>
        <translation>Die Plattform meldet, dass die Nutzungsabfrage fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The usage query reports an unknown status &quot;%1&quot;.</source>
        <translation>Die Nutzungsabfrage meldet den unbekannten Status „%1“.</translation>
    </message>
</context>
<context>
    <name>cli::Credentials</name>
    <message>
        <location filename="../../app/cli/credentials.cpp" line="+38"/>
        <source>The demo sandbox is not running.</source>
        <translation>Die Demo-Sandbox läuft nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the built-in demo sandbox</source>
        <translation>der eingebauten Demo-Sandbox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--profile brings its own region and URLs; it cannot be combined with --region, --api-url or --login-url.</source>
        <translation>--profile bringt eigene Region und URLs mit; es kann nicht mit --region, --api-url oder --login-url kombiniert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile &quot;%1&quot;</source>
        <translation>dem Profil „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The URLs must not contain a user name or password (%1). Put credentials in %2 and %3, or %4.</source>
        <translation>Die URLs dürfen keinen Benutzernamen und kein Passwort enthalten (%1). Geben Sie Zugangsdaten in %2 und %3 oder %4 an.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+16"/>
        <source>the environment (%1)</source>
        <translation>der Umgebung (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>%1 is set but %2 is not.</source>
        <translation>%1 ist gesetzt, %2 aber nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credentials. Set %1 and %2 (a client-credentials client), or %3, in the environment; or try --demo.</source>
        <translation>Keine Anmeldedaten. Setzen Sie %1 und %2 (ein Client mit Client-Anmeldedaten) oder %3 in der Umgebung; oder versuchen Sie --demo.</translation>
    </message>
</context>
<context>
    <name>cli::Help</name>
    <message>
        <location filename="../../app/cli/commandtable.cpp" line="+16"/>
        <source>List the organization&apos;s OAuth clients.</source>
        <translation>Die OAuth-Clients der Organisation auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json: the array of client objects as the server sent them (never a secret).</source>
        <translation>Mit --json: das Array der Client-Objekte, wie der Server sie gesendet hat (nie ein Secret).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one OAuth client.</source>
        <translation>Einen OAuth-Client anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json: the client object as the server sent it (never a secret).</source>
        <translation>Mit --json: das Client-Objekt, wie der Server es gesendet hat (nie ein Secret).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an OAuth client from a JSON file (OAuthClientRequest).</source>
        <translation>Einen OAuth-Client aus einer JSON-Datei erstellen (OAuthClientRequest).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file needs at least &quot;name&quot; and &quot;authorizedGrantType&quot;. Read-only fields (id, dates, secret, ...) are ignored, so the output of &apos;clients get --json&apos; can serve as a template. &quot;-&quot; reads the file from standard input. The new client&apos;s secret is printed this once: store it now.</source>
        <translation>Die Datei braucht mindestens „name“ und „authorizedGrantType“. Schreibgeschützte Felder (id, Datumsangaben, secret, …) werden ignoriert, daher kann die Ausgabe von &apos;clients get --json&apos; als Vorlage dienen. „-“ liest die Datei von der Standardeingabe. Das Secret des neuen Clients wird nur dieses eine Mal ausgegeben: Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change an OAuth client: the fields in the file replace those on the server.</source>
        <translation>Einen OAuth-Client ändern: Die Felder der Datei ersetzen die auf dem Server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is read first; the fields of the file are put on top of it and every other field is kept as it is, including fields OAuth Desk does not know. Read-only fields in the file are ignored. &quot;-&quot; reads the file from standard input.</source>
        <translation>Der Client wird zuerst gelesen; die Felder der Datei kommen darüber, und jedes andere Feld bleibt, wie es ist, auch Felder, die OAuth Desk nicht kennt. Schreibgeschützte Felder in der Datei werden ignoriert. „-“ liest die Datei von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set OAuth clients inactive: they issue no new tokens (&quot;-&quot; reads the ids from standard input).</source>
        <translation>OAuth-Clients inaktiv setzen: Sie stellen keine neuen Tokens aus („-“ liest die IDs von der Standardeingabe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each active client is set inactive, one at a time, every other field kept; the platform then deletes it on its deletion date unless it is activated again. Clients already inactive, disabled ones (they get no tokens already) and the client this session is signed in with are skipped with the reason. &quot;-&quot; reads the ids from standard input, one per line. --dry-run shows what would change and sends no change. One line per id; with --json an array of {id, name, action, result, message}. Exit code 1 if any client failed, 3 if the token was refused (the run stops there).</source>
        <translation>Jeder aktive Client wird inaktiv gesetzt, einer nach dem anderen, jedes andere Feld bleibt erhalten; die Plattform löscht ihn dann an seinem Löschdatum, sofern er nicht wieder aktiviert wird. Bereits inaktive Clients, gesperrte (sie erhalten bereits keine Tokens) und der Client, mit dem diese Sitzung angemeldet ist, werden mit Begründung übersprungen. „-“ liest die IDs von der Standardeingabe, eine pro Zeile. --dry-run zeigt, was sich ändern würde, und sendet keine Änderung. Eine Zeile pro ID; mit --json ein Array aus {id, name, action, result, message}. Exit-Code 1, wenn ein Client fehlgeschlagen ist, 3, wenn das Token abgelehnt wurde (der Lauf endet dort).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set inactive OAuth clients active again, before their deletion date.</source>
        <translation>Inaktive OAuth-Clients vor ihrem Löschdatum wieder aktiv setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an inactive client whose deletion date has not passed is activated. Active and disabled clients (disabled is the platform&apos;s decision), clients past their deletion date and the signed-in client are skipped with the reason. Ids, &quot;-&quot;, --dry-run, output and exit codes as for &apos;clients deactivate&apos;.</source>
        <translation>Nur ein inaktiver Client, dessen Löschdatum nicht vorbei ist, wird aktiviert. Aktive und gesperrte Clients (gesperrt ist die Entscheidung der Plattform), Clients nach ihrem Löschdatum und der angemeldete Client werden mit Begründung übersprungen. IDs, „-“, --dry-run, Ausgabe und Exit-Codes wie bei &apos;clients deactivate&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete OAuth clients (each is set inactive first, as the platform requires).</source>
        <translation>OAuth-Clients löschen (jeder wird zuerst inaktiv gesetzt, wie es die Plattform verlangt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An active or disabled client is first set inactive, which stops new tokens, and then deleted. If the delete fails after that, the client stays inactive and the platform removes it on its deletion date. The signed-in client is skipped. Ids, &quot;-&quot;, --dry-run, output and exit codes as for &apos;clients deactivate&apos;.</source>
        <translation>Ein aktiver oder gesperrter Client wird zuerst inaktiv gesetzt, was neue Tokens verhindert, und dann gelöscht. Schlägt das Löschen danach fehl, bleibt der Client inaktiv, und die Plattform entfernt ihn an seinem Löschdatum. Der angemeldete Client wird übersprungen. IDs, „-“, --dry-run, Ausgabe und Exit-Codes wie bei &apos;clients deactivate&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regenerate an OAuth client&apos;s secret and print the new one.</source>
        <translation>Das Secret eines OAuth-Clients neu erzeugen und das neue ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The old secret stops working at once. The new secret is printed this once (also in --json output, as &quot;secret&quot;): store it now.</source>
        <translation>Das alte Secret funktioniert sofort nicht mehr. Das neue Secret wird nur dieses eine Mal ausgegeben (auch in der Ausgabe von --json, als „secret“): Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the clients the signed-in user has authorized.</source>
        <translation>Die Clients auflisten, die der angemeldete Benutzer autorisiert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Descriptions follow --lang (Accept-Language).</source>
        <translation>Die Beschreibungen folgen --lang (Accept-Language).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show the authorization of one client.</source>
        <translation>Die Autorisierung eines Clients anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the OAuth scopes of the platform.</source>
        <translation>Die OAuth-Bereiche der Plattform auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descriptions follow --lang (Accept-Language), e.g. --lang de-de.</source>
        <translation>Die Beschreibungen folgen --lang (Accept-Language), z. B. --lang de-de.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one OAuth scope.</source>
        <translation>Einen OAuth-Bereich anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the API usage summary of a client for the last N days (default 7).</source>
        <translation>Die API-Nutzungszusammenfassung eines Clients für die letzten N Tage starten (Standard 7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform answers asynchronously. Without --wait the execution id and the results path are printed (fetch them later with &apos;usage results&apos;); with --wait the results are polled until the query completes and the rows are printed.</source>
        <translation>Die Plattform antwortet asynchron. Ohne --wait werden die Ausführungs-ID und der Ergebnispfad ausgegeben (später abrufen mit &apos;usage results&apos;); mit --wait werden die Ergebnisse abgefragt, bis die Abfrage abgeschlossen ist, und die Zeilen ausgegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start an API usage query of a client from a JSON file (ApiUsageClientQuery).</source>
        <translation>Eine API-Nutzungsabfrage eines Clients aus einer JSON-Datei starten (ApiUsageClientQuery).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds &quot;interval&quot; (ISO-8601 start/end, required), and optionally &quot;granularity&quot; (Day, Week, Month), &quot;metrics&quot; and &quot;groupBy&quot;. Without --wait the execution id is printed; with --wait the rows.</source>
        <translation>Die Datei enthält „interval“ (ISO-8601 Start/Ende, erforderlich) und optional „granularity“ (Day, Week, Month), „metrics“ und „groupBy“. Ohne --wait wird die Ausführungs-ID ausgegeben, mit --wait die Zeilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetch the results of a usage query started earlier.</source>
        <translation>Die Ergebnisse einer früher gestarteten Nutzungsabfrage abrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the query status and the rows. With --json: {&quot;queryStatus&quot;: ..., &quot;results&quot;: [...]}.</source>
        <translation>Gibt den Status der Abfrage und die Zeilen aus. Mit --json: {&quot;queryStatus&quot;: ..., &quot;results&quot;: [...]}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the organization&apos;s roles (for roleDivisions).</source>
        <translation>Die Rollen der Organisation auflisten (für roleDivisions).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the organization&apos;s divisions (for roleDivisions).</source>
        <translation>Die Divisionen der Organisation auflisten (für roleDivisions).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show who is signed in: organization, client or user, region.</source>
        <translation>Zeigen, wer angemeldet ist: Organisation, Client oder Benutzer, Region.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json: the platform&apos;s answer to GET /api/v2/tokens/me.</source>
        <translation>Mit --json: die Antwort der Plattform auf GET /api/v2/tokens/me.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every client with its requests over the last N days (default 30), unused first.</source>
        <translation>Jeden Client mit seinen Anfragen der letzten N Tage auflisten (Standard 30), ungenutzte zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One org-wide usage query (whole UTC days before today, at most 90) joined with the client list. Status is &quot;unused&quot; (no request in the window), &quot;new&quot; (created inside the window) or &quot;active&quot;. With --json: an array of rows with status, clientId, name, state, requests and lastRequestDay.</source>
        <translation>Eine organisationsweite Nutzungsabfrage (ganze UTC-Tage vor heute, höchstens 90), verknüpft mit der Client-Liste. Der Status ist „unused“ (keine Anfrage im Zeitfenster), „new“ (im Zeitfenster erstellt) oder „active“. Mit --json: ein Array von Zeilen mit status, clientId, name, state, requests und lastRequestDay.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check every client&apos;s configuration for risks.</source>
        <translation>Die Konfiguration jedes Clients auf Risiken prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implicit grant, admin roles on all divisions, token lifetime at the 48 h maximum, redirect URIs over plain HTTP or with wildcards, no description, inactive clients deleted within 7 days. With --json: an array of rows with check, severity, clientId, clientName and reason.</source>
        <translation>Impliziter Grant, Admin-Rollen in allen Divisionen, Token-Lebensdauer am Maximum von 48 h, Weiterleitungs-URIs über unverschlüsseltes HTTP oder mit Platzhaltern, keine Beschreibung, inaktive Clients, die innerhalb von 7 Tagen gelöscht werden. Mit --json: ein Array von Zeilen mit check, severity, clientId, clientName und reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the configuration of every client of the org as one JSON file (never a secret).</source>
        <translation>Die Konfiguration aller Clients der Organisation als eine JSON-Datei speichern (nie ein Secret).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds the org, the region, the time, and each client as the API describes it, with the names of its roles and divisions added (docs/snapshots.md). Standard output unless --output names a file.</source>
        <translation>Die Datei enthält die Organisation, die Region, die Zeit und jeden Client so, wie die API ihn beschreibt, ergänzt um die Namen seiner Rollen und Divisionen (docs/snapshots.md). Standardausgabe, sofern --output keine Datei nennt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the clients of two orgs or snapshots; with --apply make B match A.</source>
        <translation>Die Clients zweier Organisationen oder Snapshots vergleichen; mit --apply B an A angleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A and B are each a snapshot file, &quot;live&quot; (the signed-in org) or &quot;profile:NAME&quot; (the org of a saved profile, signed in with its stored credentials). Clients are matched by id within one org and by name across orgs; roles and divisions are compared by name. Server-set fields (ids, dates, createdBy, modifiedBy) are left out unless --all-fields. Exit code 0: equal, 4: different. --apply creates and updates clients in B (never deletes) and exits 1 if any failed; --apply --dry-run only shows what it would do.</source>
        <translation>A und B sind jeweils eine Snapshot-Datei, &quot;live&quot; (die angemeldete Organisation) oder &quot;profile:NAME&quot; (die Organisation eines gespeicherten Profils, angemeldet mit dessen gespeicherten Anmeldedaten). Clients werden innerhalb einer Organisation über die ID und zwischen Organisationen über den Namen zugeordnet; Rollen und Divisionen werden über den Namen verglichen. Vom Server gesetzte Felder (IDs, Daten, createdBy, modifiedBy) bleiben ohne --all-fields außen vor. Exit-Code 0: gleich, 4: verschieden. --apply legt Clients in B an und ändert sie (löscht nie) und endet mit 1, wenn etwas fehlschlug; --apply --dry-run zeigt nur, was geschähe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the org&apos;s clients as Terraform configuration for the genesyscloud provider.</source>
        <translation>Die Clients der Organisation als Terraform-Konfiguration für den Provider genesyscloud schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One genesyscloud_oauth_client resource per client that is not disabled, roles and divisions through data sources by name (--literal-ids: the ids), and an import block per client so an existing org is adopted, not recreated. Secrets are never written. --output DIR writes oauth_clients.tf and imports.tf into DIR (created if missing); otherwise both go to standard output.</source>
        <translation>Eine Ressource genesyscloud_oauth_client je nicht gesperrtem Client, Rollen und Divisionen über Datenquellen nach Namen (--literal-ids: die IDs) und ein import-Block je Client, damit eine bestehende Organisation übernommen und nicht neu angelegt wird. Secrets werden nie geschrieben. --output DIR schreibt oauth_clients.tf und imports.tf in DIR (wird bei Bedarf angelegt); sonst gehen beide auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rotate a client&apos;s secret, in place or blue/green (a copy, without downtime).</source>
        <translation>Das Secret eines Clients rotieren, direkt oder Blue/Green (eine Kopie, ohne Ausfall).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place (--strategy in-place) regenerates the secret: the old one stops working at once. Blue/green (the default) creates a copy of the client with its own secret, so both work until the old one is retired. Either way the new id and secret are printed this once, and the new secret is proven by getting a client-credentials token with it. --update-credential points an integration credential (Data Actions) at the new id and secret in the same step. Blue/green then saves its state and exits: when the old client is quiet, &apos;--finish&apos; deactivates it (and &apos;--delete&apos; deletes it), refused while it had requests in the last 24 hours unless --force. &apos;--status&apos; lists rotations in progress. Exit code 1 when the new secret does not work.</source>
        <translation>Direkt (--strategy in-place) erzeugt das Secret neu: Das alte funktioniert sofort nicht mehr. Blue/Green (Standard) erstellt eine Kopie des Clients mit eigenem Secret, sodass beide funktionieren, bis der alte stillgelegt wird. In beiden Fällen werden die neue ID und das neue Secret dieses eine Mal ausgegeben, und das neue Secret wird bestätigt, indem damit ein Client-Credentials-Token geholt wird. --update-credential stellt Integrations-Anmeldedaten (Data Actions) im selben Schritt auf die neue ID und das neue Secret um. Blue/Green speichert dann seinen Stand und endet: Sobald der alte Client ruhig ist, deaktiviert ihn „--finish“ (und „--delete“ löscht ihn); das wird verweigert, solange er in den letzten 24 Stunden Anfragen hatte, außer mit --force. „--status“ listet laufende Rotationen. Exit-Code 1, wenn das neue Secret nicht funktioniert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show who changed a client and when, from the audit log (last 14 days by default).</source>
        <translation>Zeigen, wer einen Client wann geändert hat, aus dem Audit-Protokoll (standardmäßig die letzten 14 Tage).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first: when, who (a person or a client, by name), the action and each property change as old -&gt; new, with role and division ids by name; and when the secret was last reset. --days beyond 14 asks the platform&apos;s asynchronous audit query for the older events. Needs audits:audit:view. With --json: the array of the API&apos;s audit events with names added.</source>
        <translation>Neueste zuerst: wann, wer (eine Person oder ein Client, mit Namen), die Aktion und jede Eigenschaftsänderung als alt -&gt; neu, Rollen- und Divisions-IDs mit Namen; und wann das Secret zuletzt zurückgesetzt wurde. --days über 14 fragt die älteren Ereignisse über die asynchrone Audit-Abfrage der Plattform ab. Braucht audits:audit:view. Mit --json: das Array der Audit-Ereignisse der API mit ergänzten Namen.</translation>
    </message>
</context>
<context>
    <name>cli::History</name>
    <message>
        <location filename="../../app/cli/historycommands.cpp" line="+31"/>
        <source>secret reset</source>
        <translation>Secret zurückgesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 event in the last %1 days.</source>
        <translation>1 Ereignis in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events in the last %2 days.</source>
        <translation>%1 Ereignisse in den letzten %2 Tagen.</translation>
    </message>
</context>
<context>
    <name>cli::Inputs</name>
    <message>
        <location filename="../../app/cli/inputs.cpp" line="+159"/>
        <source>Standard input did not end within the time limit (--timeout); %1 bytes were read. Nothing was sent.</source>
        <translation>Die Standardeingabe endete nicht innerhalb des Zeitlimits (--timeout); %1 Bytes wurden gelesen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+4"/>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted while reading standard input; nothing was sent.</source>
        <translation>Beim Lesen der Standardeingabe unterbrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Standard input is larger than %1 MB; that is not a list of ids.</source>
        <translation>Die Standardeingabe ist größer als %1 MB; das ist keine Liste von IDs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: &quot;%2&quot; is not an id. %3</source>
        <translation>Zeile %1: „%2“ ist keine ID. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Standard input holds no id (one per line).</source>
        <translation>Die Standardeingabe enthält keine ID (eine pro Zeile).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a directory, not a JSON file.</source>
        <translation>%1 ist ein Verzeichnis, keine JSON-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than %2 MB; that is not a client or a usage query.</source>
        <translation>%1 ist größer als %2 MB; das ist kein Client und keine Nutzungsabfrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty; it must hold a JSON object.</source>
        <translation>%1 ist leer; die Datei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON (%2): %3.</source>
        <translation>%1 ist kein gültiges JSON (%2): %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must hold a JSON object ({...}), not an array or a value.</source>
        <translation>%1 muss ein JSON-Objekt ({...}) enthalten, kein Array und keinen einzelnen Wert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file is client %1 (its &quot;%2&quot;), not %3: sending it would copy that client onto %3. Remove &quot;%2&quot; from the file, or update %1 instead.</source>
        <translation>Die Datei ist Client %1 (ihr „%2“), nicht %3: Sie zu senden, würde diesen Client auf %3 kopieren. Entfernen Sie „%2“ aus der Datei, oder aktualisieren Sie stattdessen %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file changes nothing: it has no fields besides read-only ones.</source>
        <translation>Die Datei ändert nichts: Sie hat nur schreibgeschützte Felder.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown field &quot;%1&quot; (a client usage query has %2).</source>
        <translation>Unbekanntes Feld „%1“ (eine Nutzungsabfrage eines Clients hat %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;interval&quot; is required: &quot;start/end&quot; in ISO-8601, e.g. &quot;2026-03-01T00:00:00Z/2026-03-08T00:00:00Z&quot;.</source>
        <translation>„interval“ ist erforderlich: „Start/Ende“ in ISO-8601, z. B. „2026-03-01T00:00:00Z/2026-03-08T00:00:00Z“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;interval&quot; must be two ISO-8601 date-times separated by &quot;/&quot;, not &quot;%1&quot;.</source>
        <translation>„interval“ müssen zwei ISO-8601-Zeitpunkte sein, getrennt durch „/“, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;interval&quot; ends before it starts.</source>
        <translation>„interval“ endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;granularity&quot; must be Day, Week or Month.</source>
        <translation>„granularity“ muss Day, Week oder Month sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be an array of strings.</source>
        <translation>„%1“ muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; may contain only %2 (got %3).</source>
        <translation>„%1“ darf nur %2 enthalten (erhalten: %3).</translation>
    </message>
</context>
<context>
    <name>cli::Insights</name>
    <message>
        <location filename="../../app/cli/insights.cpp" line="+34"/>
        <source>1 client</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage over the last %1 days: %2 to %3 (UTC).</source>
        <translation>Nutzung der letzten %1 Tage: %2 bis %3 (UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>GRANT TYPE</source>
        <translation>GRANT-TYP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST REQUEST</source>
        <translation>LETZTE ANFRAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AGE (DAYS)</source>
        <translation>ALTER (TAGE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DELETED ON</source>
        <translation>GELÖSCHT AM</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 unused, %3 new (created in the window), %4 active.</source>
        <translation>%1: %2 ungenutzt, %3 neu (im Zeitfenster erstellt), %4 aktiv.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 finding in %1.</source>
        <translation>1 Befund in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings in %2.</source>
        <translation>%1 Befunde in %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The roles could not be read, so these checks were skipped: %1. %2</source>
        <translation>Die Rollen konnten nicht gelesen werden, daher wurden diese Prüfungen übersprungen: %1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The usage also counts %1 requests of %2 clients that are no longer listed.</source>
        <translation>Die Nutzung zählt auch %1 Anfragen von %2 Clients, die nicht mehr aufgeführt sind.</translation>
    </message>
</context>
<context>
    <name>cli::Present</name>
    <message>
        <location filename="../../app/cli/present.cpp" line="+43"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(platform default)</source>
        <translation>(Standard der Plattform)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+21"/>
        <location line="+115"/>
        <location line="+21"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+136"/>
        <location line="+21"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>GRANT TYPE</source>
        <translation>GRANT-TYP</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>MODIFIED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+105"/>
        <location line="+30"/>
        <location line="+21"/>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>1 client</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <location line="+39"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+259"/>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+62"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 in all divisions</source>
        <translation>%1 in allen Divisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in division %2</source>
        <translation>%1 in Division %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role divisions</source>
        <translation>Rollen und Divisionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles (deprecated roleIds)</source>
        <translation>Rollen (veraltete roleIds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+158"/>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>SCOPES</source>
        <translation>BEREICHE</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 authorization</source>
        <translation>1 Autorisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 authorizations</source>
        <translation>%1 Autorisierungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+198"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource owner</source>
        <translation>Ressourcenbesitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 scope</source>
        <translation>1 Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 scopes</source>
        <translation>%1 Bereiche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PERMISSIONS</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 role</source>
        <translation>1 Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 roles</source>
        <translation>%1 Rollen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HOME</source>
        <translation>STAMM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 division</source>
        <translation>1 Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 divisions</source>
        <translation>%1 Divisionen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Execution ID</source>
        <translation>Ausführungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home organization</source>
        <translation>Stammorganisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the client itself (client credentials, no user)</source>
        <translation>der Client selbst (Client-Anmeldedaten, kein Benutzer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user, through this client</source>
        <translation>ein Benutzer, über diesen Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloned user</source>
        <translation>Geklonter Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorized scopes</source>
        <translation>Autorisierte Bereiche</translation>
    </message>
</context>
<context>
    <name>cli::Rotate</name>
    <message>
        <location filename="../../app/cli/rotatecommands.cpp" line="+30"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--status lists rotations; it takes no other option of clients rotate.</source>
        <translation>--status listet Rotationen; es nimmt keine andere Option von clients rotate an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--finish retires the old client of a rotation; --strategy, --name and --update-credential belong to starting one.</source>
        <translation>--finish legt den alten Client einer Rotation still; --strategy, --name und --update-credential gehören zum Start einer Rotation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--delete and --force go with --finish.</source>
        <translation>--delete und --force gehören zu --finish.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--strategy takes in-place or blue-green, not &quot;%1&quot;.</source>
        <translation>--strategy nimmt in-place oder blue-green, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--name names the blue/green copy; a rotation in place keeps the client as it is.</source>
        <translation>--name benennt die Blue/Green-Kopie; eine direkte Rotation lässt den Client, wie er ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--update-credential: &quot;%1&quot; is not an id. %2</source>
        <translation>--update-credential: „%1“ ist keine ID. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--name must be one line of visible text, without control characters or direction overrides.</source>
        <translation>--name muss eine Zeile sichtbaren Texts sein, ohne Steuerzeichen oder Richtungsumkehrungen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OLD CLIENT</source>
        <translation>ALTER CLIENT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEW CLIENT</source>
        <translation>NEUER CLIENT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STRATEGY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OLD ID</source>
        <translation>ALTE ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEW ID</source>
        <translation>NEUE ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 rotation in progress.</source>
        <translation>1 laufende Rotation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rotations in progress.</source>
        <translation>%1 laufende Rotationen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No rotation of %1 is in progress (see &apos;%2 clients rotate --status&apos;).</source>
        <translation>Keine Rotation von %1 läuft (siehe „%2 clients rotate --status“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old client may have been set inactive already. Run &apos;clients get %1&apos; to see its state, and &apos;clients rotate %1 --finish&apos; again.</source>
        <translation>Der alte Client ist womöglich schon inaktiv. Sehen Sie mit „clients get %1“ seinen Status nach und führen Sie „clients rotate %1 --finish“ erneut aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Old client</source>
        <translation>Alter Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>New client</source>
        <translation>Neuer Client</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+60"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rotation of %1 is done.</source>
        <translation>Die Rotation von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 now holds the new id and secret</source>
        <translation>%1 enthält jetzt die neue ID und das neue Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Integration credential %1 holds the old client&apos;s id; point it at the new one with --update-credential %2, or by hand.</source>
        <translation>Die Integrations-Anmeldedaten %1 enthalten die ID des alten Clients; stellen Sie sie mit --update-credential %2 oder von Hand auf den neuen um.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new secret is shown only this once: store it now.</source>
        <translation>Das neue Secret wird nur dieses eine Mal angezeigt: Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation is saved. Hand the new id and secret over; when the old client is quiet, retire it with: %1 clients rotate %2 --finish [--delete]</source>
        <translation>Die Rotation ist gespeichert. Übergeben Sie die neue ID und das neue Secret; sobald der alte Client ruhig ist, legen Sie ihn still mit: %1 clients rotate %2 --finish [--delete]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy was not handed over. Run &apos;%1 clients rotate %2&apos; again to issue its secret anew and prove it.</source>
        <translation>Die Kopie wurde nicht übergeben. Führen Sie „%1 clients rotate %2“ erneut aus, um ihr Secret neu auszustellen und zu bestätigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new secret did not work: %1</source>
        <translation>Das neue Secret hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rotation was interrupted: a secret may have been issued or a copy created. Its state is saved; run &apos;clients rotate %1&apos; again to continue it.</source>
        <translation>Die Rotation wurde unterbrochen: Möglicherweise wurde ein Secret ausgestellt oder eine Kopie erstellt. Ihr Stand ist gespeichert; führen Sie „clients rotate %1“ erneut aus, um sie fortzusetzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the copy made by a rotation of %2 that is in progress.</source>
        <translation>%1 ist die Kopie aus einer laufenden Rotation von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The blue/green rotation of %1 waits for the old client to be retired: run &apos;%2 clients rotate %3 --finish [--delete]&apos;.</source>
        <translation>Die Blue/Green-Rotation von %1 wartet darauf, dass der alte Client stillgelegt wird: Führen Sie „%2 clients rotate %3 --finish [--delete]“ aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A %1 rotation of %2 is in progress; it is continued as it was started.</source>
        <translation>Eine %1-Rotation von %2 läuft; sie wird so fortgesetzt, wie sie begonnen wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing the rotation of %1 started %2 (step: %3).</source>
        <translation>Setze die Rotation von %1 fort, begonnen %2 (Schritt: %3).</translation>
    </message>
</context>
<context>
    <name>cli::Snapshots</name>
    <message>
        <location filename="../../app/cli/snapshotcommands.cpp" line="+44"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TARGET ID</source>
        <translation>ZIEL-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secret of &quot;%1&quot; (%2): %3</source>
        <translation>Secret von „%1“ (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 clients, %2 failed.</source>
        <translation>%1 Clients, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved the snapshot of %1 clients of &quot;%2&quot; to %3.</source>
        <translation>Snapshot von %1 Clients von „%2“ in %3 gespeichert.</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+154"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--apply changes the org of B: B must be &quot;live&quot; or &quot;profile:NAME&quot;, not a file.</source>
        <translation>--apply ändert die Organisation von B: B muss &quot;live&quot; oder &quot;profile:NAME&quot; sein, keine Datei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;profile:&quot; needs a profile name: profile:NAME.</source>
        <translation>&quot;profile:&quot; braucht einen Profilnamen: profile:NAME.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The roles and divisions of B could not be read, so nothing was changed.</source>
        <translation>Die Rollen und Divisionen von B konnten nicht gelesen werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A client may have been created or changed in B already: run the same diff again to see where it stands.</source>
        <translation>In B wurde möglicherweise schon ein Client angelegt oder geändert: Führen Sie denselben diff erneut aus, um den Stand zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New secrets are shown only this once: store them now.</source>
        <translation>Neue Secrets werden nur dieses eine Mal angezeigt: Speichern Sie sie jetzt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Profile &quot;%1&quot;:</source>
        <translation>Profil „%1“:</translation>
    </message>
</context>
</TS>
