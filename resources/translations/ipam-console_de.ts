<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>IP Address Space</source>
        <translation>IP-Adressraum</translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation>Logisches VMM-Netzwerk</translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation>Netzwerkstandort</translation>
    </message>
    <message>
        <source>VM Network</source>
        <translation>VM-Netzwerk</translation>
    </message>
    <message>
        <source>IP Address Block</source>
        <translation>IP-Adressblock</translation>
    </message>
    <message>
        <source>IP Address Subnet</source>
        <translation>IP-Adresssubnetz</translation>
    </message>
    <message>
        <source>IP Address Range</source>
        <translation>IP-Adressbereich</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>VLAN ID &quot;%1&quot; is not a number</source>
        <translation>VLAN-ID „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Edit %1 objects</source>
        <translation>%1-Objekte bearbeiten</translation>
    </message>
    <message>
        <source>%1 objects: %2</source>
        <translation>%1-Objekte: %2</translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot;: %2</source>
        <translation>Gateway „%1“: %2</translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot;: the metric after / must be Automatic or a number from 1 to 9999</source>
        <translation>Gateway „%1“: Die Metrik nach / muss Automatic oder eine Zahl von 1 bis 9999 sein</translation>
    </message>
    <message>
        <source>the network address of subnet %1</source>
        <translation>die Netzwerkadresse des Subnetzes %1</translation>
    </message>
    <message>
        <source>the broadcast address of subnet %1</source>
        <translation>die Broadcastadresse des Subnetzes %1</translation>
    </message>
    <message>
        <source>the gateway of range %1</source>
        <translation>das Gateway des Bereichs %1</translation>
    </message>
    <message>
        <source>a reserved address of range %1</source>
        <translation>eine reservierte Adresse des Bereichs %1</translation>
    </message>
    <message>
        <source>a VIP of range %1</source>
        <translation>eine VIP des Bereichs %1</translation>
    </message>
</context>
<context>
    <name>ipam</name>
    <message>
        <source>the database file was removed or moved (%1): other programs&apos; changes no longer reach this window</source>
        <translation>die Datenbankdatei wurde entfernt oder verschoben (%1): Änderungen anderer Programme erreichen dieses Fenster nicht mehr</translation>
    </message>
    <message>
        <source>the database file was replaced (%1): other programs now work on the new file, this window on the old one</source>
        <translation>die Datenbankdatei wurde ersetzt (%1): andere Programme arbeiten jetzt mit der neuen Datei, dieses Fenster mit der alten</translation>
    </message>
</context>
<context>
    <name>ipam-console</name>
    <message>
        <source>cannot load the demo data: %1</source>
        <translation>die Demodaten können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The store: an SQLite file or postgresql://user@host:port/dbname (default: $IPAM_DB, else ipam.sqlite in the data folder, %1).</source>
        <translation>Der Speicher: eine SQLite-Datei oder postgresql://benutzer@host:port/dbname (Standard: $IPAM_DB, sonst ipam.sqlite im Datenordner, %1).</translation>
    </message>
    <message>
        <source>Open the demo store (%1 unless --db is given) and fill it with the demo data set when it is empty.</source>
        <translation>Den Demospeicher öffnen (%1, sofern --db nicht angegeben ist) und ihn mit dem Demodatensatz füllen, wenn er leer ist.</translation>
    </message>
    <message>
        <source>Select a console tree node by path.</source>
        <translation>Einen Knoten der Konsolenstruktur über seinen Pfad auswählen.</translation>
    </message>
    <message>
        <source>Select a row of the result pane once loaded.</source>
        <translation>Nach dem Laden eine Zeile des Ergebnisbereichs auswählen.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bild des Fensters speichern und dann beenden.</translation>
    </message>
    <message>
        <source>IP address management console: browse and manage physical and virtualized address space (VMM logical networks, network sites, VM networks, blocks, subnets, ranges, addresses).</source>
        <translation>Konsole der IP-Adressverwaltung: physischen und virtualisierten Adressraum durchsuchen und verwalten (logische VMM-Netzwerke, Netzwerkstandorte, VM-Netzwerke, Blöcke, Subnetze, Bereiche, Adressen).</translation>
    </message>
    <message>
        <source>no live updates: %1</source>
        <translation>keine Live-Aktualisierungen: %1</translation>
    </message>
    <message>
        <source>no console tree node &quot;%1&quot;</source>
        <translation>kein Knoten &quot;%1&quot; in der Konsolenstruktur</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ipam::AccessControlPage</name>
    <message>
        <source>Effective Permissions...</source>
        <translation>Effektive Berechtigungen...</translation>
    </message>
    <message>
        <source>Which operations a user or group may perform in an access scope, and which policy grants each</source>
        <translation>Welche Vorgänge ein Benutzer oder eine Gruppe in einem Zugriffsbereich ausführen darf und welche Richtlinie jeden gewährt</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 in %2 (%3 %4)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 in %2 (%3 %4)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>through group</source>
        <translation>über die Gruppe</translation>
    </message>
    <message>
        <source>as user</source>
        <translation>als Benutzer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Access control&lt;/h3&gt;&lt;p&gt;Roles are sets of operations; access scopes form a tree under Global that every object lies in; an access policy grants a user or group roles in access scopes, which reach the scopes below them.&lt;/p&gt;&lt;p&gt;%1 roles (%2 built-in), %3 access scopes, access policies for %4 users and groups.&lt;/p&gt;&lt;p&gt;You act as &lt;b&gt;%5&lt;/b&gt;. Your policies:&lt;/p&gt;&lt;ul&gt;%6&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Zugriffssteuerung&lt;/h3&gt;&lt;p&gt;Rollen sind Mengen von Vorgängen; Zugriffsbereiche bilden einen Baum unter Global, in dem jedes Objekt liegt; eine Zugriffsrichtlinie gewährt einem Benutzer oder einer Gruppe Rollen in Zugriffsbereichen, die auch für die Bereiche darunter gelten.&lt;/p&gt;&lt;p&gt;%1 Rollen (%2 integriert), %3 Zugriffsbereiche, Zugriffsrichtlinien für %4 Benutzer und Gruppen.&lt;/p&gt;&lt;p&gt;Sie handeln als &lt;b&gt;%5&lt;/b&gt;. Ihre Richtlinien:&lt;/p&gt;&lt;ul&gt;%6&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;none: nothing is visible to you&lt;/li&gt;</source>
        <translation>&lt;li&gt;keine: für Sie ist nichts sichtbar&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Built-in roles are read-only: copy one to make a variant. A role in use by an access policy cannot be deleted.</source>
        <translation>Integrierte Rollen sind schreibgeschützt: Kopieren Sie eine, um eine Variante zu erstellen. Eine Rolle, die von einer Zugriffsrichtlinie verwendet wird, kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Drag an access scope onto another to move it there. Objects keep their scope; the policies that reach them follow the tree.</source>
        <translation>Ziehen Sie einen Zugriffsbereich auf einen anderen, um ihn dorthin zu verschieben. Objekte behalten ihren Bereich; die Richtlinien, die sie erreichen, folgen dem Baum.</translation>
    </message>
    <message>
        <source>Each user or group holds one or more roles in access scopes; a role granted in a scope applies to every scope below it.</source>
        <translation>Jeder Benutzer und jede Gruppe hat eine oder mehrere Rollen in Zugriffsbereichen; eine in einem Bereich gewährte Rolle gilt für jeden Bereich darunter.</translation>
    </message>
    <message>
        <source>Roles, access scopes and access policies decide who may do what, and where.</source>
        <translation>Rollen, Zugriffsbereiche und Zugriffsrichtlinien entscheiden, wer was wo tun darf.</translation>
    </message>
</context>
<context>
    <name>ipam::AccessControlStore</name>
    <message>
        <source>refused by the database: %1</source>
        <translation>von der Datenbank abgelehnt: %1</translation>
    </message>
    <message>
        <source>access scope Global always exists</source>
        <translation>Der Zugriffsbereich Global existiert immer</translation>
    </message>
    <message>
        <source>access scope %1 does not exist; add it first</source>
        <translation>Zugriffsbereich %1 existiert nicht; legen Sie ihn zuerst an</translation>
    </message>
    <message>
        <source>access scope %1 already exists</source>
        <translation>Zugriffsbereich %1 existiert bereits</translation>
    </message>
    <message>
        <source>access scope %1 does not exist</source>
        <translation>Zugriffsbereich %1 existiert nicht</translation>
    </message>
    <message>
        <source>access scope Global cannot be renamed</source>
        <translation>Der Zugriffsbereich Global kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>%1 is not a valid access scope name</source>
        <translation>%1 ist kein gültiger Name für einen Zugriffsbereich</translation>
    </message>
    <message>
        <source>access scope Global cannot be moved</source>
        <translation>Der Zugriffsbereich Global kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>access scope %1 cannot move inside itself</source>
        <translation>Zugriffsbereich %1 kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>access scope Global cannot be removed</source>
        <translation>Der Zugriffsbereich Global kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>operation %1 is reserved to %2 and cannot be part of another role</source>
        <translation>Die Operation %1 ist %2 vorbehalten und kann nicht Teil einer anderen Rolle sein</translation>
    </message>
    <message>
        <source>a role needs a name</source>
        <translation>Eine Rolle braucht einen Namen</translation>
    </message>
    <message>
        <source>role %1 already exists</source>
        <translation>Rolle %1 existiert bereits</translation>
    </message>
    <message>
        <source>role %1 does not exist</source>
        <translation>Rolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>role %1 is built in and cannot be changed; copy it</source>
        <translation>Rolle %1 ist integriert und kann nicht geändert werden; kopieren Sie sie</translation>
    </message>
    <message>
        <source>role %1 is built in and cannot be removed</source>
        <translation>Rolle %1 ist integriert und kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>role %1 is used by %2 access policy; remove them first</source>
        <translation>Rolle %1 wird von %2 Zugriffsrichtlinie verwendet; entfernen Sie diese zuerst</translation>
    </message>
    <message>
        <source>role %1 is used by %2 access policies; remove them first</source>
        <translation>Rolle %1 wird von %2 Zugriffsrichtlinien verwendet; entfernen Sie diese zuerst</translation>
    </message>
    <message>
        <source>an access policy needs a user or group</source>
        <translation>Eine Zugriffsrichtlinie braucht einen Benutzer oder eine Gruppe</translation>
    </message>
    <message>
        <source>%1 already holds %2 in %3</source>
        <translation>%1 hat %2 in %3 bereits</translation>
    </message>
    <message>
        <source>cannot create login %1: %2</source>
        <translation>Anmeldung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no such access policy</source>
        <translation>%1 hat keine solche Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>%1 #%2 does not exist</source>
        <translation>%1 #%2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>ipam::AccessControlTables</name>
    <message>
        <source>--as is refused on PostgreSQL: the database login is the principal</source>
        <translation>--as wird auf PostgreSQL abgelehnt: Die Datenbankanmeldung ist der Prinzipal</translation>
    </message>
    <message>
        <source>permission denied: %1 may not act as another principal (only holders of %2 in Global may)</source>
        <translation>Zugriff verweigert: %1 darf nicht als anderer Prinzipal handeln (nur Inhaber von %2 in Global dürfen das)</translation>
    </message>
</context>
<context>
    <name>ipam::AccessControlView</name>
    <message>
        <source>Requires the operation: %1</source>
        <translation>Erfordert den Vorgang: %1</translation>
    </message>
</context>
<context>
    <name>ipam::AccessGrants</name>
    <message>
        <source>permission denied: %1 may not %2 on %3 (scope %4)</source>
        <translation>Zugriff verweigert: %1 darf %2 nicht auf %3 ausführen (Zugriffsbereich %4)</translation>
    </message>
</context>
<context>
    <name>ipam::AccessPoliciesPage</name>
    <message>
        <source>Add Access Policy...</source>
        <translation>Zugriffsrichtlinie hinzufügen...</translation>
    </message>
    <message>
        <source>Grant a user or group roles in access scopes</source>
        <translation>Einem Benutzer oder einer Gruppe Rollen in Zugriffsbereichen gewähren</translation>
    </message>
    <message>
        <source>Edit Access Policy...</source>
        <translation>Zugriffsrichtlinie bearbeiten...</translation>
    </message>
    <message>
        <source>Change the roles and access scopes of the selected user or group</source>
        <translation>Die Rollen und Zugriffsbereiche des ausgewählten Benutzers oder der ausgewählten Gruppe ändern</translation>
    </message>
    <message>
        <source>Delete Access Policy</source>
        <translation>Zugriffsrichtlinie löschen</translation>
    </message>
    <message>
        <source>Delete every role and access scope of the selected user or group</source>
        <translation>Alle Rollen und Zugriffsbereiche des ausgewählten Benutzers oder der ausgewählten Gruppe löschen</translation>
    </message>
    <message>
        <source>Select a user or group</source>
        <translation>Wählen Sie einen Benutzer oder eine Gruppe aus</translation>
    </message>
    <message>
        <source>Access policy of %1 saved.</source>
        <translation>Zugriffsrichtlinie von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete the access policy of %1 (%2 role and access scope pairs)?</source>
        <translation>Die Zugriffsrichtlinie von %1 löschen (%2 Paare aus Rolle und Zugriffsbereich)?</translation>
    </message>
    <message>
        <source>Access policy of %1 deleted.</source>
        <translation>Zugriffsrichtlinie von %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ipam::AccessPolicyModel</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User or Group</source>
        <translation>Benutzer oder Gruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Roles and Access Scopes</source>
        <translation>Rollen und Zugriffsbereiche</translation>
    </message>
</context>
<context>
    <name>ipam::AccessScopeDialog</name>
    <message>
        <source>Add Access Scope</source>
        <translation>Zugriffsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Edit Access Scope</source>
        <translation>Zugriffsbereich bearbeiten</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Übergeordnet:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Enter a name for the access scope.</source>
        <translation>Geben Sie einen Namen für den Zugriffsbereich ein.</translation>
    </message>
    <message>
        <source>An access scope name cannot contain / or \ (&quot;%1&quot;).</source>
        <translation>Ein Zugriffsbereichsname darf weder / noch \ enthalten („%1“).</translation>
    </message>
</context>
<context>
    <name>ipam::AccessScopeModel</name>
    <message>
        <source>Address-space objects whose access scope is %1 (not counting its child scopes)</source>
        <translation>Adressraumobjekte, deren Zugriffsbereich %1 ist (ohne seine untergeordneten Bereiche)</translation>
    </message>
    <message>
        <source>Access Scope</source>
        <translation>Zugriffsbereich</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>That access scope no longer exists.</source>
        <translation>Dieser Zugriffsbereich existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Access scope Global cannot be moved.</source>
        <translation>Der Zugriffsbereich Global kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>%1 cannot move into itself or one of its child scopes.</source>
        <translation>%1 kann nicht in sich selbst oder einen seiner untergeordneten Bereiche verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 ist bereits in %2.</translation>
    </message>
    <message>
        <source>%1 already has an access scope named %2.</source>
        <translation>%1 hat bereits einen Zugriffsbereich namens %2.</translation>
    </message>
    <message>
        <source>Requires the operation: %1</source>
        <translation>Erfordert den Vorgang: %1</translation>
    </message>
    <message>
        <source>Moved %1 into %2.</source>
        <translation>%1 nach %2 verschoben.</translation>
    </message>
</context>
<context>
    <name>ipam::AccessScopesPage</name>
    <message>
        <source>Add Access Scope...</source>
        <translation>Zugriffsbereich hinzufügen...</translation>
    </message>
    <message>
        <source>Add an access scope under the selected one</source>
        <translation>Einen Zugriffsbereich unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Edit Access Scope...</source>
        <translation>Zugriffsbereich bearbeiten...</translation>
    </message>
    <message>
        <source>Rename the selected access scope or edit its description</source>
        <translation>Den ausgewählten Zugriffsbereich umbenennen oder seine Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Delete Access Scope</source>
        <translation>Zugriffsbereich löschen</translation>
    </message>
    <message>
        <source>Delete the selected access scope and its child scopes</source>
        <translation>Den ausgewählten Zugriffsbereich und seine untergeordneten Bereiche löschen</translation>
    </message>
    <message>
        <source>Move Access Scope</source>
        <translation>Zugriffsbereich verschieben</translation>
    </message>
    <message>
        <source>Select the access scope to add under</source>
        <translation>Wählen Sie den Zugriffsbereich aus, unter dem hinzugefügt werden soll</translation>
    </message>
    <message>
        <source>Select an access scope</source>
        <translation>Wählen Sie einen Zugriffsbereich aus</translation>
    </message>
    <message>
        <source>Access scope Global cannot be deleted</source>
        <translation>Der Zugriffsbereich Global kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Access scope %1 added.</source>
        <translation>Zugriffsbereich %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Access scope %1 saved.</source>
        <translation>Zugriffsbereich %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete the access scope %1 and its %2 child scopes? Its %3 objects move to %4; the access policies granted in it are deleted.</source>
        <translation>Den Zugriffsbereich %1 und seine %2 untergeordneten Bereiche löschen? Seine %3 Objekte werden nach %4 verschoben; die darin gewährten Zugriffsrichtlinien werden gelöscht.</translation>
    </message>
    <message>
        <source>Access scope %1 deleted.</source>
        <translation>Zugriffsbereich %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ipam::ActionsPane</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>ipam::AddressDialog</name>
    <message>
        <source>Edit IP Address</source>
        <translation>IP-Adresse bearbeiten</translation>
    </message>
    <message>
        <source>Add IP Address</source>
        <translation>IP-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation>IP-Adress&amp;raum:</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <source>in subnet, e.g. 10.1.2.0/24</source>
        <translation>im Subnetz, z. B. 10.1.2.0/24</translation>
    </message>
    <message>
        <source>&amp;Find Free Address</source>
        <translation>Freie Adresse &amp;finden</translation>
    </message>
    <message>
        <source>Free address:</source>
        <translation>Freie Adresse:</translation>
    </message>
    <message>
        <source>Subnet / range:</source>
        <translation>Subnetz / Bereich:</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>&amp;MAC-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <source>Device &amp;type:</source>
        <translation>Gerä&amp;tetyp:</translation>
    </message>
    <message>
        <source>&amp;Assignment type:</source>
        <translation>&amp;Zuweisungstyp:</translation>
    </message>
    <message>
        <source>Managed &amp;by service:</source>
        <translation>&amp;Verwaltet von Dienst:</translation>
    </message>
    <message>
        <source>Service i&amp;nstance:</source>
        <translation>Dienstinsta&amp;nz:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Enter the IP address, or find a free one.</source>
        <translation>Geben Sie die IP-Adresse ein oder suchen Sie eine freie.</translation>
    </message>
    <message>
        <source>no subnet: the address will be unmapped</source>
        <translation>kein Subnetz: die Adresse wird nicht zugeordnet</translation>
    </message>
    <message>
        <source>Free address: %1</source>
        <translation>Freie Adresse: %1</translation>
    </message>
    <message>
        <source>No subnet %1 in this address space.</source>
        <translation>Kein Subnetz %1 in diesem Adressraum.</translation>
    </message>
    <message>
        <source>Find a free address in subnet</source>
        <translation>Freie Adresse suchen im Subnetz</translation>
    </message>
    <message>
        <source>IP address stat&amp;e:</source>
        <translation>IP-Adress&amp;status:</translation>
    </message>
    <message>
        <source>%1 — warning: %2 is %3; record it only for that purpose</source>
        <translation>%1 — Warnung: %2 ist %3; nur für diesen Zweck erfassen</translation>
    </message>
    <message>
        <source>No range %1 in this address space.</source>
        <translation>Kein Bereich %1 in diesem Adressraum.</translation>
    </message>
    <message>
        <source>%1 has no free address left.</source>
        <translation>%1 hat keine freie Adresse mehr.</translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Subnet %1</source>
        <translation>Subnetz %1</translation>
    </message>
</context>
<context>
    <name>ipam::AddressMapWidget</name>
    <message>
        <source>
%1 % assigned, %2 % used</source>
        <translation>
%1 % zugewiesen, %2 % belegt</translation>
    </message>
    <message>
        <source>
free</source>
        <translation>
frei</translation>
    </message>
</context>
<context>
    <name>ipam::AddressModel</name>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Device Name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Device Type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>IP Address State</source>
        <translation>IP-Adressstatus</translation>
    </message>
    <message>
        <source>Assignment Type</source>
        <translation>Zuweisungstyp</translation>
    </message>
    <message>
        <source>IP Range</source>
        <translation>IP-Bereich</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation>Logisches VMM-Netzwerk</translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation>Netzwerkstandort</translation>
    </message>
    <message>
        <source>Managed by Service</source>
        <translation>Verwaltet von Dienst</translation>
    </message>
    <message>
        <source>Service Instance</source>
        <translation>Dienstinstanz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ipam::AddressObjectModel</name>
    <message>
        <source>Custom field (%1)</source>
        <translation>Benutzerdefiniertes Feld (%1)</translation>
    </message>
    <message>
        <source>Custom field (%1): %2</source>
        <translation>Benutzerdefiniertes Feld (%1): %2</translation>
    </message>
</context>
<context>
    <name>ipam::AddressRange</name>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are of different address families (%3 and %4)</source>
        <translation>„%1“ und „%2“ gehören zu verschiedenen Adressfamilien (%3 und %4)</translation>
    </message>
    <message>
        <source>range start &quot;%1&quot; is after its end &quot;%2&quot;</source>
        <translation>Bereichsanfang „%1“ liegt hinter seinem Ende „%2“</translation>
    </message>
</context>
<context>
    <name>ipam::AddressSpaceDialog</name>
    <message>
        <source>Edit IP Address Space</source>
        <translation>IP-Adressraum bearbeiten</translation>
    </message>
    <message>
        <source>Add IP Address Space</source>
        <translation>IP-Adressraum hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type of IP address space:</source>
        <translation>&amp;Typ des IP-Adressraums:</translation>
    </message>
    <message>
        <source>Provider IP Address Space</source>
        <translation>Anbieter-IP-Adressraum</translation>
    </message>
    <message>
        <source>Customer IP Address Space</source>
        <translation>Kunden-IP-Adressraum</translation>
    </message>
    <message>
        <source>Associated &amp;provider space:</source>
        <translation>Zugeordneter &amp;Anbieterraum:</translation>
    </message>
    <message>
        <source>&amp;Isolation method:</source>
        <translation>&amp;Isolationsmethode:</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;VM network:</source>
        <translation>&amp;VM-Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
</context>
<context>
    <name>ipam::AddressText</name>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>empty %1 (%2 is only whitespace)</source>
        <translation>%1 fehlt (%2 besteht nur aus Leerraum)</translation>
    </message>
    <message>
        <source>%1 contains whitespace; spaces are not allowed in or around %2</source>
        <translation>%1 enthält Leerraum; Leerzeichen sind in %2 und drumherum nicht erlaubt</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>einer Adresse</translation>
    </message>
    <message>
        <source>a prefix</source>
        <translation>einem Präfix</translation>
    </message>
    <message>
        <source>%1: scope ids are not allowed (%2)</source>
        <translation>%1: Zonen-IDs (scope ids) sind nicht erlaubt (%2)</translation>
    </message>
    <message>
        <source>%1 has a /length: expected an address, not a prefix</source>
        <translation>%1 hat eine /Länge: erwartet wird eine Adresse, kein Präfix</translation>
    </message>
    <message>
        <source>%1: unexpected character %2</source>
        <translation>%1: unerwartetes Zeichen %2</translation>
    </message>
    <message>
        <source>%1: missing address before &quot;/&quot;</source>
        <translation>%1: Adresse vor „/“ fehlt</translation>
    </message>
    <message>
        <source>%1: an IPv4 address has exactly 4 decimal parts separated by dots, found %2</source>
        <translation>%1: Eine IPv4-Adresse hat genau 4 durch Punkte getrennte Dezimalteile, gefunden: %2</translation>
    </message>
    <message>
        <source>%1: empty part in IPv4 address (two dots in a row, or a dot at the start or end)</source>
        <translation>%1: leerer Teil in der IPv4-Adresse (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>%1: %2 is not a decimal number 0..255</source>
        <translation>%1: %2 ist keine Dezimalzahl 0..255</translation>
    </message>
    <message>
        <source>%1: leading zero in %2 is ambiguous (octal?)</source>
        <translation>%1: Die führende Null in %2 ist mehrdeutig (oktal?)</translation>
    </message>
    <message>
        <source>%1: %2 is out of range 0..255</source>
        <translation>%1: %2 liegt außerhalb von 0..255</translation>
    </message>
    <message>
        <source>%1: a leading &quot;:&quot; is only allowed as part of &quot;::&quot;</source>
        <translation>%1: Ein „:“ am Anfang ist nur als Teil von „::“ erlaubt</translation>
    </message>
    <message>
        <source>%1: a trailing &quot;:&quot; is only allowed as part of &quot;::&quot;</source>
        <translation>%1: Ein „:“ am Ende ist nur als Teil von „::“ erlaubt</translation>
    </message>
    <message>
        <source>%1: too many colons in a row (at most &quot;::&quot;)</source>
        <translation>%1: zu viele Doppelpunkte hintereinander (höchstens „::“)</translation>
    </message>
    <message>
        <source>%1: at most one &quot;::&quot; is allowed</source>
        <translation>%1: Höchstens ein „::“ ist erlaubt</translation>
    </message>
    <message>
        <source>%1: group %2 has more than 4 hex digits</source>
        <translation>%1: Gruppe %2 hat mehr als 4 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>%1: an IPv6 address has 8 groups (or fewer with &quot;::&quot;), found %2</source>
        <translation>%1: Eine IPv6-Adresse hat 8 Gruppen (oder weniger mit „::“), gefunden: %2</translation>
    </message>
    <message>
        <source>%1: too many groups for an IPv6 address (%2; at most 8, or 7 with &quot;::&quot;)</source>
        <translation>%1: zu viele Gruppen für eine IPv6-Adresse (%2; höchstens 8, oder 7 mit „::“)</translation>
    </message>
    <message>
        <source>%1: the embedded IPv4 part %2 must come last</source>
        <translation>%1: Der eingebettete IPv4-Teil %2 muss am Ende stehen</translation>
    </message>
    <message>
        <source>%1: missing /length</source>
        <translation>%1: /Länge fehlt</translation>
    </message>
    <message>
        <source>%1: missing /length (nothing after &quot;/&quot;)</source>
        <translation>%1: /Länge fehlt (nichts nach „/“)</translation>
    </message>
    <message>
        <source>%1: prefix length %2 is not a decimal number (netmasks are not accepted; write the length)</source>
        <translation>%1: Präfixlänge %2 ist keine Dezimalzahl (Netzmasken werden nicht angenommen; geben Sie die Länge an)</translation>
    </message>
    <message>
        <source>%1: prefix length %2 is not a decimal number</source>
        <translation>%1: Präfixlänge %2 ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>%1: leading zero in prefix length %2</source>
        <translation>%1: führende Null in der Präfixlänge %2</translation>
    </message>
    <message>
        <source>%1: prefix length %2 is out of range 0..%3</source>
        <translation>%1: Präfixlänge %2 liegt außerhalb von 0..%3</translation>
    </message>
    <message>
        <source>%1 is not a valid %2</source>
        <translation>%1 ist als %2 ungültig</translation>
    </message>
</context>
<context>
    <name>ipam::AlertsPane</name>
    <message>
        <source>Utilization alerts</source>
        <translation>Auslastungswarnungen</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts until they clear</source>
        <translation>Die ausgewählten Warnungen bestätigen, bis sie aufgehoben werden</translation>
    </message>
    <message>
        <source>Snooze for 1 &amp;Day</source>
        <translation>1 &amp;Tag zurückstellen</translation>
    </message>
    <message>
        <source>Snooze for 7 Da&amp;ys</source>
        <translation>7 Ta&amp;ge zurückstellen</translation>
    </message>
    <message>
        <source>Utilization alerts raised now</source>
        <translation>Jetzt ausgelöste Auslastungswarnungen</translation>
    </message>
    <message>
        <source>Utilization alerts neither acknowledged nor snoozed; click to list them</source>
        <translation>Auslastungswarnungen, weder bestätigt noch zurückgestellt; klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
</context>
<context>
    <name>ipam::AssignSubnetsDialog</name>
    <message>
        <source>Assign to Logical Network / Site</source>
        <translation>Logischem Netzwerk / Standort zuweisen</translation>
    </message>
    <message>
        <source>Assign the selected subnet to:</source>
        <translation>Das ausgewählte Subnetz zuweisen an:</translation>
    </message>
    <message>
        <source>Assign the %1 selected subnets to:</source>
        <translation>Die %1 ausgewählten Subnetze zuweisen an:</translation>
    </message>
    <message>
        <source>The selected subnets cannot be assigned to any logical network or site: only provider subnets are.</source>
        <translation>Die ausgewählten Subnetze können keinem logischen Netzwerk und keinem Standort zugewiesen werden: das geht nur mit Anbietersubnetzen.</translation>
    </message>
    <message>
        <source>Unassign: no logical network, no site</source>
        <translation>Zuweisung aufheben: kein logisches Netzwerk, kein Standort</translation>
    </message>
</context>
<context>
    <name>ipam::AuditLogModel</name>
    <message>
        <source>Before: %1
</source>
        <translation>Vorher: %1
</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ipam::AuditPane</name>
    <message>
        <source>Show the changes of one principal</source>
        <translation>Die Änderungen eines Prinzipals anzeigen</translation>
    </message>
    <message>
        <source>Any principal</source>
        <translation>Jeder Prinzipal</translation>
    </message>
    <message>
        <source>Show the changes of a recent period</source>
        <translation>Die Änderungen eines zurückliegenden Zeitraums anzeigen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
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
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Object or operation (e.g. 10.1.0.0/24, Storage, Assign)</source>
        <translation>Objekt oder Vorgang (z. B. 10.1.0.0/24, Storage, Assign)</translation>
    </message>
</context>
<context>
    <name>ipam::BackgroundSync</name>
    <message>
        <source>cannot open the store: %1</source>
        <translation>der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no VMM service URL is set (Synchronize &gt; Settings)</source>
        <translation>keine URL des VMM-Dienstes festgelegt (Synchronisieren &gt; Einstellungen)</translation>
    </message>
</context>
<context>
    <name>ipam::BlockDialog</name>
    <message>
        <source>Edit IP Address Block</source>
        <translation>IP-Adressblock bearbeiten</translation>
    </message>
    <message>
        <source>Add IP Address Block</source>
        <translation>IP-Adressblock hinzufügen</translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation>IP-Adress&amp;raum:</translation>
    </message>
    <message>
        <source>&amp;Network (prefix):</source>
        <translation>&amp;Netzwerk (Präfix):</translation>
    </message>
    <message>
        <source>&amp;RIR:</source>
        <translation>&amp;RIR:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Enter the block as a prefix, e.g. 10.0.0.0/8.</source>
        <translation>Geben Sie den Block als Präfix ein, z. B. 10.0.0.0/8.</translation>
    </message>
</context>
<context>
    <name>ipam::BlockModel</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Start IP Address</source>
        <translation>Start-IP-Adresse</translation>
    </message>
    <message>
        <source>End IP Address</source>
        <translation>End-IP-Adresse</translation>
    </message>
    <message>
        <source>Prefix Length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Assigned to Subnets</source>
        <translation>Subnetzen zugewiesen</translation>
    </message>
    <message>
        <source>Utilization %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>RIR</source>
        <translation>RIR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ipam::BulkLoad</name>
    <message>
        <source>the load is not open</source>
        <translation>das Laden ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>ipam::ChangeApplier</name>
    <message>
        <source>%1 no longer exists (removed by someone else?)</source>
        <translation>%1 existiert nicht mehr (von jemand anderem entfernt?)</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile (version %2, you edited version %3); refresh and try again</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert (Version %2, Sie haben Version %3 bearbeitet); aktualisieren Sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>only a create takes its parent from an earlier change</source>
        <translation>nur ein Anlegen übernimmt sein übergeordnetes Objekt aus einer früheren Änderung</translation>
    </message>
    <message>
        <source>its parent, change %1, is not an object created before it</source>
        <translation>sein übergeordnetes Objekt, Änderung %1, ist kein zuvor angelegtes Objekt</translation>
    </message>
    <message>
        <source>change %1 is no parent it can take</source>
        <translation>Änderung %1 ist kein übergeordnetes Objekt, das es übernehmen kann</translation>
    </message>
</context>
<context>
    <name>ipam::ChangeListener</name>
    <message>
        <source>live updates by NOTIFY need a PostgreSQL database</source>
        <translation>Live-Aktualisierungen per NOTIFY brauchen eine PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>cannot LISTEN on %1: %2</source>
        <translation>LISTEN auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation>Verbindung verloren (%1)</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); next in %3 s</source>
        <translation>Versuch %1 fehlgeschlagen (%2); nächster in %3 s</translation>
    </message>
    <message>
        <source>the change watcher needs an SQLite database</source>
        <translation>die Änderungsüberwachung braucht eine SQLite-Datenbank</translation>
    </message>
</context>
<context>
    <name>ipam::ChoiceListModel</name>
    <message>
        <source>Any logical network</source>
        <translation>Jedes logische Netzwerk</translation>
    </message>
    <message>
        <source>Any network site</source>
        <translation>Jeder Netzwerkstandort</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>ipam::ConflictVersionsModel</name>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>IPAM</source>
        <translation>IPAM</translation>
    </message>
    <message>
        <source>VMM</source>
        <translation>VMM</translation>
    </message>
</context>
<context>
    <name>ipam::ConsoleCommands</name>
    <message>
        <source>Add IP Address &amp;Space...</source>
        <translation>IP-Adress&amp;raum hinzufügen...</translation>
    </message>
    <message>
        <source>Add VMM &amp;Logical Network...</source>
        <translation>&amp;Logisches VMM-Netzwerk hinzufügen...</translation>
    </message>
    <message>
        <source>Add Network S&amp;ite...</source>
        <translation>Netzwerk&amp;standort hinzufügen...</translation>
    </message>
    <message>
        <source>Add &amp;VM Network...</source>
        <translation>&amp;VM-Netzwerk hinzufügen...</translation>
    </message>
    <message>
        <source>Add IP Address &amp;Block...</source>
        <translation>IP-Adress&amp;block hinzufügen...</translation>
    </message>
    <message>
        <source>Add IP Address S&amp;ubnet...</source>
        <translation>IP-Adress&amp;subnetz hinzufügen...</translation>
    </message>
    <message>
        <source>Add IP Address &amp;Range...</source>
        <translation>IP-Adress&amp;bereich hinzufügen...</translation>
    </message>
    <message>
        <source>Add IP &amp;Address...</source>
        <translation>IP-&amp;Adresse hinzufügen...</translation>
    </message>
    <message>
        <source>Find &amp;Free Subnet...</source>
        <translation>&amp;Freies Subnetz finden...</translation>
    </message>
    <message>
        <source>Find and Allocate Available IP A&amp;ddress...</source>
        <translation>Verfügbare IP-A&amp;dresse finden und zuteilen...</translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation>&amp;Eigenschaften...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Assign to Logical Network / &amp;Site...</source>
        <translation>Logischem Netzwerk / &amp;Standort zuweisen...</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Set Access Scope...</source>
        <translation>Zugriffsbereich festlegen...</translation>
    </message>
    <message>
        <source>Effective Permiss&amp;ions...</source>
        <translation>Effektive Berechti&amp;gungen...</translation>
    </message>
    <message>
        <source>&amp;Edit %1...</source>
        <translation>%1 &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Delete %1 Objects</source>
        <translation>%1 Objekte &amp;löschen</translation>
    </message>
    <message>
        <source>Edit %1...</source>
        <translation>%1 bearbeiten...</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Requires the operation “%1” in scope %2</source>
        <translation>Erfordert den Vorgang „%1“ im Bereich %2</translation>
    </message>
    <message>
        <source>Requires the operation “%1” in an access scope</source>
        <translation>Erfordert den Vorgang „%1“ in einem Zugriffsbereich</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Outside your access scopes: shown only as the path to the objects you may see</source>
        <translation>Außerhalb Ihrer Zugriffsbereiche: nur als Pfad zu den Objekten angezeigt, die Sie sehen dürfen</translation>
    </message>
    <message>
        <source>%1 %2s</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n subnet(s).</source>
        <translation>
            <numerusform>%n Subnetz zugewiesen.</numerusform>
            <numerusform>%n Subnetze zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n subnet(s): paste them onto a logical network, a network site or a provider space (unassigned) in the console tree.</source>
        <translation>
            <numerusform>%n Subnetz ausgeschnitten: fügen Sie es in der Konsolenstruktur auf einem logischen Netzwerk, einem Netzwerkstandort oder einem Anbieterraum (nicht zugewiesen) ein.</numerusform>
            <numerusform>%n Subnetze ausgeschnitten: fügen Sie sie in der Konsolenstruktur auf einem logischen Netzwerk, einem Netzwerkstandort oder einem Anbieterraum (nicht zugewiesen) ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed by someone else meanwhile.</source>
        <translation>%1 wurde inzwischen von jemand anderem entfernt.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile. Nothing was saved: this editor now shows the stored version (version %2); make your change again and press OK.</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert. Nichts wurde gespeichert: dieser Editor zeigt jetzt die gespeicherte Fassung (Version %2); nehmen Sie Ihre Änderung erneut vor und klicken Sie auf OK.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The object no longer exists.</source>
        <translation>Das Objekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Effective Permissions: %1</source>
        <translation>Effektive Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete these %1 objects?
%2</source>
        <translation>Diese %1 Objekte löschen?
%2</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleted %1 object(s).</source>
        <translation>%1 Objekt(e) gelöscht.</translation>
    </message>
    <message>
        <source>Paste (Assign &amp;Here)</source>
        <translation>Einfügen (&amp;hier zuweisen)</translation>
    </message>
    <message>
        <source>Set Access Sc&amp;ope...</source>
        <translation>Zugriffs&amp;bereich festlegen...</translation>
    </message>
</context>
<context>
    <name>ipam::ConsoleTreeModel</name>
    <message>
        <source>IP ADDRESS SPACE</source>
        <translation>IP-ADRESSRAUM</translation>
    </message>
    <message>
        <source>IP Address Blocks</source>
        <translation>IP-Adressblöcke</translation>
    </message>
    <message>
        <source>IP Address Inventory</source>
        <translation>IP-Adressinventar</translation>
    </message>
    <message>
        <source>IP Address Range Groups</source>
        <translation>IP-Adressbereichsgruppen</translation>
    </message>
    <message>
        <source>VIRTUALIZED IP ADDRESS SPACE</source>
        <translation>VIRTUALISIERTER IP-ADRESSRAUM</translation>
    </message>
    <message>
        <source>Provider IP Address Space</source>
        <translation>Anbieter-IP-Adressraum</translation>
    </message>
    <message>
        <source>Customer IP Address Space</source>
        <translation>Kunden-IP-Adressraum</translation>
    </message>
    <message>
        <source>ACCESS CONTROL</source>
        <translation>ZUGRIFFSSTEUERUNG</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Access Scopes</source>
        <translation>Zugriffsbereiche</translation>
    </message>
    <message>
        <source>Access Policies</source>
        <translation>Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>AUDIT</source>
        <translation>ÜBERWACHUNG</translation>
    </message>
    <message>
        <source>%1
%2 %3 subnets, %4 % of %5 addresses used</source>
        <translation>%1
%2 %3 Subnetze, %4 % von %5 Adressen belegt</translation>
    </message>
    <message>
        <source>ALERTS</source>
        <translation>WARNUNGEN</translation>
    </message>
</context>
<context>
    <name>ipam::ConstraintRefusal</name>
    <message>
        <source>subnet %1 already exists in address space %2</source>
        <translation>Subnetz %1 existiert bereits im Adressraum %2</translation>
    </message>
    <message>
        <source>subnet %1 overlaps subnet %2 in address space %3</source>
        <translation>Subnetz %1 überschneidet sich mit Subnetz %2 im Adressraum %3</translation>
    </message>
    <message>
        <source>subnet %1 overlaps a subnet starting at %2 in address space %3</source>
        <translation>Subnetz %1 überschneidet sich mit einem Subnetz, das bei %2 beginnt, im Adressraum %3</translation>
    </message>
</context>
<context>
    <name>ipam::CsvImporter</name>
    <message>
        <source>line %1, column %2: %3 (%4)</source>
        <translation>Zeile %1, Spalte %2: %3 (%4)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>no NetworkId column; a subnet file needs one</source>
        <translation>keine Spalte NetworkId; eine Subnetzdatei braucht eine</translation>
    </message>
    <message>
        <source>no StartAddress and EndAddress columns; a range file needs both</source>
        <translation>keine Spalten StartAddress und EndAddress; eine Bereichsdatei braucht beide</translation>
    </message>
    <message>
        <source>no IpAddress column; an address file needs one</source>
        <translation>keine Spalte IpAddress; eine Adressdatei braucht eine</translation>
    </message>
    <message>
        <source>%1 objects cannot be imported</source>
        <translation>Objekte vom Typ %1 können nicht importiert werden</translation>
    </message>
    <message>
        <source>unknown NetworkType; expected NonVirtualized, Provider or Customer</source>
        <translation>unbekannter NetworkType; erwartet wird NonVirtualized, Provider oder Customer</translation>
    </message>
    <message>
        <source>a Customer row needs its CustomerAddressSpace</source>
        <translation>eine Customer-Zeile braucht ihren CustomerAddressSpace</translation>
    </message>
    <message>
        <source>no such address space</source>
        <translation>kein solcher Adressraum</translation>
    </message>
    <message>
        <source>not the provider address space of %1</source>
        <translation>nicht der Anbieteradressraum von %1</translation>
    </message>
    <message>
        <source>the same object as line %1</source>
        <translation>dasselbe Objekt wie Zeile %1</translation>
    </message>
    <message>
        <source>VlanId is a list of numbers separated by commas</source>
        <translation>VlanId ist eine durch Kommas getrennte Liste von Zahlen</translation>
    </message>
    <message>
        <source>unknown AssignmentType; expected Static, Dynamic, Auto, Reserved or VIP</source>
        <translation>unbekannter AssignmentType; erwartet wird Static, Dynamic, Auto, Reserved oder VIP</translation>
    </message>
    <message>
        <source>no such logical network in address space %1</source>
        <translation>kein solches logisches Netzwerk im Adressraum %1</translation>
    </message>
    <message>
        <source>a NetworkSite needs its VmmLogicalNetwork</source>
        <translation>ein NetworkSite braucht sein VmmLogicalNetwork</translation>
    </message>
    <message>
        <source>no such network site in logical network %1</source>
        <translation>kein solcher Netzwerkstandort im logischen Netzwerk %1</translation>
    </message>
    <message>
        <source>no such VM network in address space %1</source>
        <translation>kein solches VM-Netzwerk im Adressraum %1</translation>
    </message>
    <message>
        <source>VirtualSubnetId is a number 0..4294967295</source>
        <translation>VirtualSubnetId ist eine Zahl 0..4294967295</translation>
    </message>
    <message>
        <source>range %1 does not lie in this subnet</source>
        <translation>der Bereich %1 liegt nicht in diesem Subnetz</translation>
    </message>
    <message>
        <source>no such subnet in address space %1</source>
        <translation>kein solches Subnetz im Adressraum %1</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>Import abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>no header row (the input is empty)</source>
        <translation>keine Kopfzeile (die Eingabe ist leer)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is named twice in the header (also column %2)</source>
        <translation>die Spalte &quot;%1&quot; steht zweimal in der Kopfzeile (auch Spalte %2)</translation>
    </message>
    <message>
        <source>%1 fields, header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>text after closing quote</source>
        <translation>Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>ipam::CustomField</name>
    <message>
        <source>%1 &quot;%2&quot; holds the control character %3</source>
        <translation>%1 „%2“ enthält das Steuerzeichen %3</translation>
    </message>
    <message>
        <source>custom fields apply to block, subnet, range or address, not &quot;%1&quot;</source>
        <translation>benutzerdefinierte Felder gelten für block, subnet, range oder address, nicht für &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name at least one of block, subnet, range, address (or all)</source>
        <translation>nennen Sie mindestens eines von block, subnet, range, address (oder all)</translation>
    </message>
    <message>
        <source>a custom field needs a name</source>
        <translation>ein benutzerdefiniertes Feld braucht einen Namen</translation>
    </message>
    <message>
        <source>custom field name &quot;%1&quot; starts or ends with a space</source>
        <translation>der Name &quot;%1&quot; des benutzerdefinierten Felds beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>custom field name</source>
        <translation>Name des benutzerdefinierten Felds</translation>
    </message>
    <message>
        <source>custom field name &quot;%1&quot; holds &apos;=&apos;, &apos;;&apos; or &apos;,&apos; (ipamctl&apos;s --field NAME=VALUE and CSV columns could not name it)</source>
        <translation>der Name &quot;%1&quot; des benutzerdefinierten Felds enthält &apos;=&apos;, &apos;;&apos; oder &apos;,&apos; (ipamctls --field NAME=WERT und CSV-Spalten könnten ihn nicht benennen)</translation>
    </message>
    <message>
        <source>custom field name &quot;%1&quot; is longer than 128 characters</source>
        <translation>der Name &quot;%1&quot; des benutzerdefinierten Felds ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <source>custom field name &quot;%1&quot; is already a property of IPAM&apos;s objects (a CSV column of that name exists)</source>
        <translation>der Name &quot;%1&quot; des benutzerdefinierten Felds ist bereits eine Eigenschaft der IPAM-Objekte (eine CSV-Spalte dieses Namens existiert)</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; must apply to blocks, subnets, ranges or addresses</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; muss für Blöcke, Subnetze, Bereiche oder Adressen gelten</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; is %2: only a list field has allowed values</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; ist vom Typ %2: nur ein Listenfeld hat zulässige Werte</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; is a list: give its values (--values A;B;C)</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; ist eine Liste: geben Sie seine Werte an (--values A;B;C)</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; offers more than %2 values</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; bietet mehr als %2 Werte an</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;: value &quot;%2&quot; is empty or starts or ends with a space</source>
        <translation>benutzerdefiniertes Feld &quot;%1&quot;: der Wert &quot;%2&quot; ist leer oder beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;: value &quot;%2&quot; holds &apos;;&apos; or is too long</source>
        <translation>benutzerdefiniertes Feld &quot;%1&quot;: der Wert &quot;%2&quot; enthält &apos;;&apos; oder ist zu lang</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; offers &quot;%2&quot; twice</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; bietet &quot;%2&quot; zweimal an</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>value of %1 is longer than %2 characters</source>
        <translation>der Wert von %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 does not offer &quot;%2&quot; (it offers %3)</source>
        <translation>%1 bietet &quot;%2&quot; nicht an (es bietet %3)</translation>
    </message>
    <message>
        <source>%1 is a number, not &quot;%2&quot;</source>
        <translation>%1 ist eine Zahl, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown type of %1</source>
        <translation>unbekannter Typ von %1</translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--field erwartet NAME=WERT, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>where %1 is &quot;%2&quot;, %3 offers %4, not &quot;%5&quot;</source>
        <translation>wo %1 &quot;%2&quot; ist, bietet %3 %4 an, nicht &quot;%5&quot;</translation>
    </message>
</context>
<context>
    <name>ipam::CustomFieldListModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>One of a list</source>
        <translation>Eines aus einer Liste</translation>
    </message>
    <message>
        <source>Several of a list</source>
        <translation>Mehrere aus einer Liste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>User-defined</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>ipam::CustomFieldStore</name>
    <message>
        <source>custom field &quot;%1&quot; already exists</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>there is no custom field &quot;%1&quot;</source>
        <translation>es gibt kein benutzerdefiniertes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; was changed by someone else meanwhile; refresh and try again</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; wurde inzwischen von jemand anderem geändert; aktualisieren Sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; is built in: only its values and description can change</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; ist integriert: nur seine Werte und seine Beschreibung können sich ändern</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; is built in: its value &quot;%2&quot; cannot be removed</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; ist integriert: sein Wert &quot;%2&quot; kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;: %2 objects of kind %3 hold values; it must still apply to them</source>
        <translation>benutzerdefiniertes Feld &quot;%1&quot;: %2 Objekte der Art %3 haben Werte; es muss weiterhin für sie gelten</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;: an object holds &quot;%2&quot;, which the new definition refuses (%3)</source>
        <translation>benutzerdefiniertes Feld &quot;%1&quot;: ein Objekt hat den Wert &quot;%2&quot;, den die neue Definition ablehnt (%3)</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; is built in and cannot be removed</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; ist integriert und kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot; groups the range group &quot;%2&quot;; change or remove the group first</source>
        <translation>das benutzerdefinierte Feld &quot;%1&quot; gruppiert die Bereichsgruppe &quot;%2&quot;; ändern oder entfernen Sie zuerst die Gruppe</translation>
    </message>
    <message>
        <source>a custom field cannot be associated with itself</source>
        <translation>ein benutzerdefiniertes Feld kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>give one value of %1</source>
        <translation>geben Sie einen Wert von %1 an</translation>
    </message>
    <message>
        <source>give the values %1 offers</source>
        <translation>geben Sie die Werte an, die %1 anbietet</translation>
    </message>
    <message>
        <source>there is no association #%1</source>
        <translation>es gibt keine Verknüpfung #%1</translation>
    </message>
    <message>
        <source>a range group needs a name</source>
        <translation>eine Bereichsgruppe braucht einen Namen</translation>
    </message>
    <message>
        <source>range group &quot;%1&quot; already exists</source>
        <translation>die Bereichsgruppe &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>range group &quot;%1&quot;: &quot;%2&quot; is neither a range property nor a custom field of ranges</source>
        <translation>Bereichsgruppe &quot;%1&quot;: &quot;%2&quot; ist weder eine Eigenschaft von Bereichen noch ein benutzerdefiniertes Feld von Bereichen</translation>
    </message>
    <message>
        <source>range group &quot;%1&quot;: %2</source>
        <translation>Bereichsgruppe &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>range group &quot;%1&quot;: the criteria name &quot;%2&quot;, which is neither a range property nor a custom field of ranges</source>
        <translation>Bereichsgruppe &quot;%1&quot;: die Kriterien nennen &quot;%2&quot;, das weder eine Eigenschaft von Bereichen noch ein benutzerdefiniertes Feld von Bereichen ist</translation>
    </message>
    <message>
        <source>range group &quot;%1&quot; is built in and cannot be removed</source>
        <translation>die Bereichsgruppe &quot;%1&quot; ist integriert und kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>there is no range group &quot;%1&quot;</source>
        <translation>es gibt keine Bereichsgruppe &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ipam::CustomFieldsDialog</name>
    <message>
        <source>Configure Custom Fields</source>
        <translation>Benutzerdefinierte Felder konfigurieren</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>One value per line (lists only)</source>
        <translation>Ein Wert pro Zeile (nur Listen)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove custom field</source>
        <translation>Benutzerdefiniertes Feld entfernen</translation>
    </message>
    <message>
        <source>Remove the custom field &quot;%1&quot; and its values from every object?</source>
        <translation>Das benutzerdefinierte Feld „%1“ und seine Werte aus allen Objekten entfernen?</translation>
    </message>
</context>
<context>
    <name>ipam::Database</name>
    <message>
        <source>the PostgreSQL driver (QPSQL) is not installed: apt-get install libqt6sql6-psql</source>
        <translation>der PostgreSQL-Treiber (QPSQL) ist nicht installiert: apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the SQLite driver (QSQLITE) is not installed: apt-get install libqt6sql6-sqlite</source>
        <translation>der SQLite-Treiber (QSQLITE) ist nicht installiert: apt-get install libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot migrate database %1: %2</source>
        <translation>Datenbank %1 kann nicht migriert werden: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program (%2); upgrade IPAM Console</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als dieses Programm (%2); aktualisieren Sie IPAM Console</translation>
    </message>
    <message>
        <source>search index: %1</source>
        <translation>Suchindex: %1</translation>
    </message>
</context>
<context>
    <name>ipam::DatabaseLocation</name>
    <message>
        <source>empty database location</source>
        <translation>leerer Datenbankort</translation>
    </message>
    <message>
        <source>invalid PostgreSQL URL &quot;%1&quot;: %2</source>
        <translation>ungültige PostgreSQL-URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>PostgreSQL URL &quot;%1&quot; names no database</source>
        <translation>die PostgreSQL-URL &quot;%1&quot; nennt keine Datenbank</translation>
    </message>
</context>
<context>
    <name>ipam::DetailsPane</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All Properties</source>
        <translation>&amp;Alle Eigenschaften kopieren</translation>
    </message>
    <message>
        <source>Configuration Details</source>
        <translation>Konfigurationsdetails</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Event Catalog</source>
        <translation>Ereigniskatalog</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
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
        <source>%1 %2 selected</source>
        <translation>%1 %2 ausgewählt</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>TotalAddresses</source>
        <translation>Adressen gesamt</translation>
    </message>
    <message>
        <source>UtilizedAddresses</source>
        <translation>Belegte Adressen</translation>
    </message>
    <message>
        <source>Assigned (subnets)</source>
        <translation>Zugewiesen (Subnetze)</translation>
    </message>
    <message>
        <source>Address map of %1: %2 cells of /%3, %4 subnets; colour = logical network (stronger = more assigned), dark band = used</source>
        <translation>Adresskarte von %1: %2 Zellen zu /%3, %4 Subnetze; Farbe = logisches Netzwerk (kräftiger = stärker zugewiesen), dunkles Band = belegt</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Address map of %1: %2 cells of /%3; coloured = in a range, dark band = addresses in use</source>
        <translation>Adresskarte von %1: %2 Zellen zu /%3; farbig = in einem Bereich, dunkles Band = belegte Adressen</translation>
    </message>
    <message>
        <source>%1 subnets</source>
        <translation>%1 Subnetze</translation>
    </message>
    <message>
        <source>%1 addresses in subnets</source>
        <translation>%1 Adressen in Subnetzen</translation>
    </message>
    <message>
        <source>%1 addresses used</source>
        <translation>%1 Adressen belegt</translation>
    </message>
    <message>
        <source>Details pane</source>
        <translation>Detailbereich</translation>
    </message>
    <message>
        <source>The properties and utilization of the selected object or node</source>
        <translation>Die Eigenschaften und die Auslastung des ausgewählten Objekts oder Knotens</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Utilization Trend</source>
        <translation>Auslastungsverlauf</translation>
    </message>
</context>
<context>
    <name>ipam::EditHistory</name>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>ipam::EffectivePermissionsDialog</name>
    <message>
        <source>Effective Permissions</source>
        <translation>Effektive Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Prinzipal:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Groups the user belongs to, separated by commas</source>
        <translation>Gruppen, zu denen der Benutzer gehört, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Member &amp;of:</source>
        <translation>&amp;Mitglied von:</translation>
    </message>
    <message>
        <source>Access &amp;scope:</source>
        <translation>Zugriffs&amp;bereich:</translation>
    </message>
    <message>
        <source>Enter a user or group.</source>
        <translation>Geben Sie einen Benutzer oder eine Gruppe ein.</translation>
    </message>
    <message>
        <source>%1 may perform %2 of %3 operations in %4, and %5 the objects there.</source>
        <translation>%1 darf %2 von %3 Vorgängen in %4 ausführen und %5 die Objekte dort.</translation>
    </message>
    <message>
        <source>can see</source>
        <translation>sieht</translation>
    </message>
    <message>
        <source>cannot see</source>
        <translation>sieht nicht</translation>
    </message>
</context>
<context>
    <name>ipam::EffectivePermissionsModel</name>
    <message>
        <source>%1 %2: %3 in %4</source>
        <translation>%1 %2: %3 in %4</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>No policy grants a role holding %1 in this scope or above it.</source>
        <translation>Keine Richtlinie gewährt in diesem Bereich oder darüber eine Rolle mit %1.</translation>
    </message>
    <message>
        <source>%1: granted by a role holding it in any scope</source>
        <translation>%1: gewährt durch eine Rolle, die ihn in irgendeinem Bereich enthält</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Operation Group</source>
        <translation>Vorgangsgruppe</translation>
    </message>
    <message>
        <source>Effective Permission</source>
        <translation>Effektive Berechtigung</translation>
    </message>
    <message>
        <source>Granted By</source>
        <translation>Gewährt durch</translation>
    </message>
</context>
<context>
    <name>ipam::FieldValueApplier</name>
    <message>
        <source>custom fields: %1</source>
        <translation>benutzerdefinierte Felder: %1</translation>
    </message>
    <message>
        <source>%1 has no custom fields</source>
        <translation>%1 hat keine benutzerdefinierten Felder</translation>
    </message>
    <message>
        <source>%1: there is no custom field &quot;%2&quot;</source>
        <translation>%1: es gibt kein benutzerdefiniertes Feld &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: custom field &quot;%2&quot; applies to %3, not to a %4</source>
        <translation>%1: das benutzerdefinierte Feld &quot;%2&quot; gilt für %3, nicht für %4</translation>
    </message>
    <message>
        <source>%1: custom field &quot;%2&quot; cannot be set here</source>
        <translation>%1: das benutzerdefinierte Feld &quot;%2&quot; kann hier nicht gesetzt werden</translation>
    </message>
    <message>
        <source>custom field &quot;%1&quot;: %2</source>
        <translation>benutzerdefiniertes Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>custom field values: %1</source>
        <translation>Werte benutzerdefinierter Felder: %1</translation>
    </message>
</context>
<context>
    <name>ipam::GlobalSearchDialog</name>
    <message>
        <source>Search Everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>&amp;Find an address, prefix, name, MAC or owner in every address space:</source>
        <translation>&amp;Adresse, Präfix, Name, MAC oder Besitzer in allen Adressräumen suchen:</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>10.1.2.3, contains 10.1.0.0/16, dc1-core, 00:15:5d:0a, owner</source>
        <translation>10.1.2.3, contains 10.1.0.0/16, dc1-core, 00:15:5d:0a, Besitzer</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source> (more match: type more to narrow)</source>
        <translation> (weitere Treffer: weiter tippen, um einzugrenzen)</translation>
    </message>
    <message>
        <source> · type at least 3 characters to search blocks, subnets, ranges and addresses</source>
        <translation> · mindestens 3 Zeichen eingeben, um Blöcke, Subnetze, Bereiche und Adressen zu durchsuchen</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
</context>
<context>
    <name>ipam::GroupedSubnetView</name>
    <message>
        <source>Result pane: IP Address Subnets, grouped</source>
        <translation>Ergebnisbereich: IP-Adresssubnetze, gruppiert</translation>
    </message>
</context>
<context>
    <name>ipam::HelpBrowser</name>
    <message>
        <source>IPAM Console Help</source>
        <translation>IPAM Console-Hilfe</translation>
    </message>
    <message>
        <source>The console</source>
        <translation>Die Konsole</translation>
    </message>
    <message>
        <source>The result pane</source>
        <translation>Der Ergebnisbereich</translation>
    </message>
    <message>
        <source>Global search</source>
        <translation>Globale Suche</translation>
    </message>
    <message>
        <source>Importing IPAM CSV files</source>
        <translation>IPAM-CSV-Dateien importieren</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>Zugriffssteuerung</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Das Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Walk-throughs</source>
        <translation>Schritt-für-Schritt-Anleitungen</translation>
    </message>
    <message>
        <source>%1 - IPAM Console Help</source>
        <translation>%1 - IPAM Console-Hilfe</translation>
    </message>
</context>
<context>
    <name>ipam::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>IP address subnets</source>
        <translation>IP-Adresssubnetze</translation>
    </message>
    <message>
        <source>IP address ranges</source>
        <translation>IP-Adressbereiche</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>&amp;Objects:</source>
        <translation>&amp;Objekte:</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>Address famil&amp;y:</source>
        <translation>Adress&amp;familie:</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>The refused line of the file</source>
        <translation>Die abgelehnte Zeile der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an IPAM CSV file.</source>
        <translation>Wählen Sie eine IPAM-CSV-Datei aus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>The file has no %1 column: it cannot be imported as %2.</source>
        <translation>Die Datei hat keine Spalte %1: sie kann nicht als %2 importiert werden.</translation>
    </message>
    <message>
        <source>Ready: %1 (%2 bytes)</source>
        <translation>Bereit: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows/s</source>
        <translation>%1 Zeilen gelesen, %2 Zeilen/s</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Imported %1 rows in %2 s (%3 rows/s): %4 added, %5 updated, %6 unchanged, %7 of the other family skipped.</source>
        <translation>%1 Zeilen in %2 s importiert (%3 Zeilen/s): %4 hinzugefügt, %5 aktualisiert, %6 unverändert, %7 der anderen Familie übersprungen.</translation>
    </message>
</context>
<context>
    <name>ipam::LogicalNetworkDialog</name>
    <message>
        <source>Edit VMM Logical Network</source>
        <translation>Logisches VMM-Netzwerk bearbeiten</translation>
    </message>
    <message>
        <source>Add VMM Logical Network</source>
        <translation>Logisches VMM-Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Provider IP address &amp;space:</source>
        <translation>Anbieter-IP-Adress&amp;raum:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Allow new VM networks to use network &amp;virtualization</source>
        <translation>Neuen VM-Netzwerken Netzwerk&amp;virtualisierung erlauben</translation>
    </message>
    <message>
        <source>Choose a provider address space.</source>
        <translation>Wählen Sie einen Anbieteradressraum.</translation>
    </message>
</context>
<context>
    <name>ipam::MainWindow</name>
    <message>
        <source>IPAM Console - %1</source>
        <translation>IPAM-Konsole - %1</translation>
    </message>
    <message>
        <source>Loaded %1 subnets.</source>
        <translation>%1 Subnetze geladen.</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Current View...</source>
        <translation>Aktuelle Ansicht &amp;exportieren...</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Current View</source>
        <translation>Aktuelle A&amp;nsicht</translation>
    </message>
    <message>
        <source>IPv&amp;4</source>
        <translation>IPv&amp;4</translation>
    </message>
    <message>
        <source>IPv&amp;6</source>
        <translation>IPv&amp;6</translation>
    </message>
    <message>
        <source>Console &amp;Tree</source>
        <translation>Konsolen&amp;struktur</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Actions Pane</source>
        <translation>&amp;Aktionsbereich</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About IPAM Console</source>
        <translation>&amp;Über IPAM-Konsole</translation>
    </message>
    <message>
        <source>About IPAM Console</source>
        <translation>Über IPAM-Konsole</translation>
    </message>
    <message>
        <source>&lt;b&gt;IPAM Console&lt;/b&gt; %1&lt;p&gt;IP address management for physical and virtualized address space: VMM logical networks, network sites, VM networks, blocks, subnets, ranges and addresses.&lt;/p&gt;</source>
        <translation>&lt;b&gt;IPAM-Konsole&lt;/b&gt; %1&lt;p&gt;IP-Adressverwaltung für physischen und virtualisierten Adressraum: logische VMM-Netzwerke, Netzwerkstandorte, VM-Netzwerke, Blöcke, Subnetze, Bereiche und Adressen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>VMM Synchronization</source>
        <translation>VMM-Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Synchronize</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>VMM Synchronization &amp;Pane</source>
        <translation>VMM-Synchronisierungs&amp;bereich</translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation>Live-Aktualisierung: ein</translation>
    </message>
    <message>
        <source>Live updates: reconnecting…</source>
        <translation>Live-Aktualisierung: verbindet erneut…</translation>
    </message>
    <message>
        <source>Live updates: off</source>
        <translation>Live-Aktualisierung: aus</translation>
    </message>
    <message>
        <source>Other consoles&apos; and ipamctl&apos;s changes appear as they are committed</source>
        <translation>Änderungen anderer Konsolen und von ipamctl erscheinen, sobald sie festgeschrieben sind</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Acting principal</source>
        <translation>Handelnder Prinzipal</translation>
    </message>
    <message>
        <source>Loading %v</source>
        <translation>Lade %v</translation>
    </message>
    <message>
        <source>Select a change to see who made it, when, and the object before and after.</source>
        <translation>Wählen Sie eine Änderung aus, um zu sehen, wer sie wann vorgenommen hat und wie das Objekt vorher und nachher aussah.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>%1: %2 of %3 shown</source>
        <translation>%1: %2 von %3 angezeigt</translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation>, %1 ausgewählt</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Aktualisiert.</translation>
    </message>
    <message>
        <source>Export Current View</source>
        <translation>Aktuelle Ansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Console tree</source>
        <translation>Konsolenstruktur</translation>
    </message>
    <message>
        <source>The address space, virtualized address space, access control and audit nodes; the selected node&apos;s objects appear in the result pane</source>
        <translation>Die Knoten für Adressraum, virtualisierten Adressraum, Zugriffssteuerung und Überwachung; die Objekte des ausgewählten Knotens erscheinen im Ergebnisbereich</translation>
    </message>
    <message>
        <source>Actions pane</source>
        <translation>Aktionsbereich</translation>
    </message>
    <message>
        <source>The commands available for the selected node and objects</source>
        <translation>Die für den ausgewählten Knoten und die Objekte verfügbaren Befehle</translation>
    </message>
    <message>
        <source>Live updates: off — %1</source>
        <translation>Live-Aktualisierung: aus — %1</translation>
    </message>
    <message>
        <source>Search &amp;Everywhere...</source>
        <translation>Üb&amp;erall suchen...</translation>
    </message>
    <message>
        <source>Find an address, prefix, name, MAC or owner in every address space (Ctrl+K)</source>
        <translation>Adresse, Präfix, Name, MAC oder Besitzer in allen Adressräumen suchen (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>IP Address Range Groups</source>
        <translation>IP-Adressbereichsgruppen</translation>
    </message>
    <message>
        <source>Range &amp;Groups</source>
        <translation>Bereichs&amp;gruppen</translation>
    </message>
    <message>
        <source>Configure &amp;Custom Fields...</source>
        <translation>&amp;Benutzerdefinierte Felder konfigurieren...</translation>
    </message>
    <message>
        <source>IPAM Console &amp;Help</source>
        <translation>IPAM Console-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Walk-throughs (README)</source>
        <translation>&amp;Schritt-für-Schritt-Anleitungen (README)</translation>
    </message>
</context>
<context>
    <name>ipam::NetworkSiteDialog</name>
    <message>
        <source>Edit Network Site</source>
        <translation>Netzwerkstandort bearbeiten</translation>
    </message>
    <message>
        <source>Add Network Site</source>
        <translation>Netzwerkstandort hinzufügen</translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation>&amp;Logisches VMM-Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host group:</source>
        <translation>&amp;Hostgruppe:</translation>
    </message>
    <message>
        <source>Choose the logical network the site belongs to.</source>
        <translation>Wählen Sie das logische Netzwerk, zu dem der Standort gehört.</translation>
    </message>
    <message>
        <source>&amp;VLAN IDs:</source>
        <translation>&amp;VLAN-IDs:</translation>
    </message>
</context>
<context>
    <name>ipam::ObjectDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>ipam::ObjectValidator</name>
    <message>
        <source>block %1 needs an existing address space</source>
        <translation>Block %1 braucht einen vorhandenen Adressraum</translation>
    </message>
    <message>
        <source>block %1 already exists</source>
        <translation>Block %1 existiert bereits</translation>
    </message>
    <message>
        <source>block %1 partly overlaps block %2</source>
        <translation>Block %1 überschneidet sich teilweise mit Block %2</translation>
    </message>
    <message>
        <source>subnet %1 needs an existing address space</source>
        <translation>Subnetz %1 braucht einen vorhandenen Adressraum</translation>
    </message>
    <message>
        <source>subnet %1 cannot move to another address space</source>
        <translation>Subnetz %1 kann nicht in einen anderen Adressraum verschoben werden</translation>
    </message>
    <message>
        <source>subnet %1 holds ranges or addresses; its NetworkId cannot change to %2</source>
        <translation>Subnetz %1 enthält Bereiche oder Adressen; seine NetworkId kann nicht zu %2 geändert werden</translation>
    </message>
    <message>
        <source>subnet %1: its network site does not exist</source>
        <translation>Subnetz %1: Sein Netzwerkstandort existiert nicht</translation>
    </message>
    <message>
        <source>subnet %1: its logical network does not exist</source>
        <translation>Subnetz %1: Sein logisches Netzwerk existiert nicht</translation>
    </message>
    <message>
        <source>subnet %1: its VM network is not in address space %2</source>
        <translation>Subnetz %1: Sein VM-Netzwerk liegt nicht im Adressraum %2</translation>
    </message>
    <message>
        <source>subnet %1: only customer subnets belong to a VM network</source>
        <translation>Subnetz %1: Nur Kundensubnetze gehören zu einem VM-Netzwerk</translation>
    </message>
    <message>
        <source>subnet %1 already exists in address space %2</source>
        <translation>Subnetz %1 existiert bereits im Adressraum %2</translation>
    </message>
    <message>
        <source>subnet %1 overlaps subnet %2 (%3) in address space %4</source>
        <translation>Subnetz %1 überschneidet sich mit Subnetz %2 (%3) im Adressraum %4</translation>
    </message>
    <message>
        <source>subnet %1: there are %2 range(s) associated with this subnet; remove them first</source>
        <translation>Subnetz %1: Diesem Subnetz sind %2 Bereich(e) zugeordnet; entfernen Sie diese zuerst</translation>
    </message>
    <message>
        <source>range %1 needs an existing address space</source>
        <translation>Bereich %1 braucht einen vorhandenen Adressraum</translation>
    </message>
    <message>
        <source>no subnet exists corresponding to the range %1 in address space %2</source>
        <translation>Zum Bereich %1 gibt es kein passendes Subnetz im Adressraum %2</translation>
    </message>
    <message>
        <source>range %1 does not lie in its subnet</source>
        <translation>Bereich %1 liegt nicht in seinem Subnetz</translation>
    </message>
    <message>
        <source>range %1 overlaps range %2-%3 in subnet %4</source>
        <translation>Bereich %1 überschneidet sich mit Bereich %2-%3 im Subnetz %4</translation>
    </message>
    <message>
        <source>range %1 needs ManagedByService and ServiceInstance</source>
        <translation>Bereich %1 braucht ManagedByService und ServiceInstance</translation>
    </message>
    <message>
        <source>range %1: ManagedByService &quot;MS DHCP&quot; is reserved for discovered DHCP scopes</source>
        <translation>Bereich %1: ManagedByService „MS DHCP“ ist für ermittelte DHCP-Bereiche reserviert</translation>
    </message>
    <message>
        <source>address %1 needs an existing address space</source>
        <translation>Adresse %1 braucht einen vorhandenen Adressraum</translation>
    </message>
    <message>
        <source>address %1 device name</source>
        <translation>Gerätename der Adresse %1</translation>
    </message>
    <message>
        <source>address %1 needs ManagedByService and ServiceInstance</source>
        <translation>Adresse %1 braucht ManagedByService und ServiceInstance</translation>
    </message>
    <message>
        <source>address %1 already exists in address space %2 (managed by %3 %4)</source>
        <translation>Adresse %1 existiert bereits im Adressraum %2 (verwaltet von %3 %4)</translation>
    </message>
    <message>
        <source>address space %1: its provider address space no longer exists</source>
        <translation>Adressraum %1: Sein Anbieter-Adressraum existiert nicht mehr</translation>
    </message>
    <message>
        <source>address space &quot;Default&quot; cannot be renamed</source>
        <translation>Der Adressraum „Default“ kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>address space %1 cannot change between provider and customer</source>
        <translation>Adressraum %1 kann nicht zwischen Anbieter und Kunde wechseln</translation>
    </message>
    <message>
        <source>an address space named %1 already exists</source>
        <translation>Ein Adressraum namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>address space &quot;Default&quot; always exists and cannot be removed</source>
        <translation>Der Adressraum „Default“ existiert immer und kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>address space %1 is the provider of %2 customer address space(s)</source>
        <translation>Adressraum %1 ist der Anbieter von %2 Kunden-Adressraum/-räumen</translation>
    </message>
    <message>
        <source>address space %1 still holds %2 subnet(s), %3 block(s), %4 address(es) and %5 logical network(s)</source>
        <translation>Adressraum %1 enthält noch %2 Subnetz(e), %3 Block/Blöcke, %4 Adresse(n) und %5 logische(s) Netzwerk(e)</translation>
    </message>
    <message>
        <source>logical network %1 needs an existing provider address space</source>
        <translation>Logisches Netzwerk %1 braucht einen vorhandenen Anbieter-Adressraum</translation>
    </message>
    <message>
        <source>logical network %1 cannot live in customer address space %2</source>
        <translation>Logisches Netzwerk %1 kann nicht im Kunden-Adressraum %2 liegen</translation>
    </message>
    <message>
        <source>logical network %1 cannot move to another address space</source>
        <translation>Logisches Netzwerk %1 kann nicht in einen anderen Adressraum verschoben werden</translation>
    </message>
    <message>
        <source>address space %1 already has a logical network named %2</source>
        <translation>Adressraum %1 hat bereits ein logisches Netzwerk namens %2</translation>
    </message>
    <message>
        <source>logical network %1 still has %2 network site(s), %3 assigned subnet(s) and %4 VM network(s)</source>
        <translation>Logisches Netzwerk %1 hat noch %2 Netzwerkstandort(e), %3 zugewiesene(s) Subnetz(e) und %4 VM-Netzwerk(e)</translation>
    </message>
    <message>
        <source>network site %1 needs an existing logical network</source>
        <translation>Netzwerkstandort %1 braucht ein vorhandenes logisches Netzwerk</translation>
    </message>
    <message>
        <source>network site %1 cannot move to another logical network</source>
        <translation>Netzwerkstandort %1 kann nicht in ein anderes logisches Netzwerk verschoben werden</translation>
    </message>
    <message>
        <source>logical network %1 already has a network site named %2</source>
        <translation>Logisches Netzwerk %1 hat bereits einen Netzwerkstandort namens %2</translation>
    </message>
    <message>
        <source>network site %1 still has %2 subnet(s); unassign them first</source>
        <translation>Netzwerkstandort %1 hat noch %2 Subnetz(e); heben Sie zuerst deren Zuweisung auf</translation>
    </message>
    <message>
        <source>VM network %1 belongs in a customer address space</source>
        <translation>VM-Netzwerk %1 gehört in einen Kunden-Adressraum</translation>
    </message>
    <message>
        <source>VM network %1: its logical network does not exist</source>
        <translation>VM-Netzwerk %1: Sein logisches Netzwerk existiert nicht</translation>
    </message>
    <message>
        <source>VM network %1: logical network %2 is not in the provider address space of %3</source>
        <translation>VM-Netzwerk %1: Logisches Netzwerk %2 liegt nicht im Anbieter-Adressraum von %3</translation>
    </message>
    <message>
        <source>address space %1 already has a VM network named %2</source>
        <translation>Adressraum %1 hat bereits ein VM-Netzwerk namens %2</translation>
    </message>
    <message>
        <source>VM network %1 still has %2 subnet(s)</source>
        <translation>VM-Netzwerk %1 hat noch %2 Subnetz(e)</translation>
    </message>
</context>
<context>
    <name>ipam::ObjectWriter</name>
    <message>
        <source>%1 refused by the database: %2</source>
        <translation>%1 von der Datenbank abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: concurrent change, try again (%2)</source>
        <translation>%1: gleichzeitige Änderung, versuchen Sie es erneut (%2)</translation>
    </message>
    <message>
        <source>%1: database error: %2</source>
        <translation>%1: Datenbankfehler: %2</translation>
    </message>
    <message>
        <source>refused by the database: %1</source>
        <translation>von der Datenbank abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; refresh and try again</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert; aktualisieren Sie und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>ipam::Operation</name>
    <message>
        <source>Add address space</source>
        <translation>Adressraum hinzufügen</translation>
    </message>
    <message>
        <source>Edit address space</source>
        <translation>Adressraum bearbeiten</translation>
    </message>
    <message>
        <source>Delete address space</source>
        <translation>Adressraum löschen</translation>
    </message>
    <message>
        <source>Add logical network</source>
        <translation>Logisches Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Edit logical network</source>
        <translation>Logisches Netzwerk bearbeiten</translation>
    </message>
    <message>
        <source>Delete logical network</source>
        <translation>Logisches Netzwerk löschen</translation>
    </message>
    <message>
        <source>Add network site</source>
        <translation>Netzwerkstandort hinzufügen</translation>
    </message>
    <message>
        <source>Edit network site</source>
        <translation>Netzwerkstandort bearbeiten</translation>
    </message>
    <message>
        <source>Delete network site</source>
        <translation>Netzwerkstandort löschen</translation>
    </message>
    <message>
        <source>Add VM network</source>
        <translation>VM-Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Edit VM network</source>
        <translation>VM-Netzwerk bearbeiten</translation>
    </message>
    <message>
        <source>Delete VM network</source>
        <translation>VM-Netzwerk löschen</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <source>Edit block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Block löschen</translation>
    </message>
    <message>
        <source>Add subnet</source>
        <translation>Subnetz hinzufügen</translation>
    </message>
    <message>
        <source>Edit subnet</source>
        <translation>Subnetz bearbeiten</translation>
    </message>
    <message>
        <source>Delete subnet</source>
        <translation>Subnetz löschen</translation>
    </message>
    <message>
        <source>Assign subnet</source>
        <translation>Subnetz zuweisen</translation>
    </message>
    <message>
        <source>Add range</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Edit range</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <source>Delete range</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>Adresse bearbeiten</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Adresse löschen</translation>
    </message>
    <message>
        <source>Set access scope</source>
        <translation>Zugriffsbereich festlegen</translation>
    </message>
    <message>
        <source>Add access scope</source>
        <translation>Zugriffsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Edit access scope</source>
        <translation>Zugriffsbereich bearbeiten</translation>
    </message>
    <message>
        <source>Delete access scope</source>
        <translation>Zugriffsbereich löschen</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Add access policy</source>
        <translation>Zugriffsrichtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Edit access policy</source>
        <translation>Zugriffsrichtlinie bearbeiten</translation>
    </message>
    <message>
        <source>Delete access policy</source>
        <translation>Zugriffsrichtlinie löschen</translation>
    </message>
    <message>
        <source>Import address space data</source>
        <translation>Adressraumdaten importieren</translation>
    </message>
    <message>
        <source>Export address space data</source>
        <translation>Adressraumdaten exportieren</translation>
    </message>
    <message>
        <source>View audit log</source>
        <translation>Überwachungsprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Purge audit log</source>
        <translation>Überwachungsprotokoll bereinigen</translation>
    </message>
    <message>
        <source>Run VMM synchronization</source>
        <translation>VMM-Synchronisierung ausführen</translation>
    </message>
    <message>
        <source>Edit VMM connection</source>
        <translation>VMM-Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit DHCP server</source>
        <translation>DHCP-Server bearbeiten</translation>
    </message>
    <message>
        <source>Add DHCP scope</source>
        <translation>DHCP-Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Edit DHCP scope</source>
        <translation>DHCP-Bereich bearbeiten</translation>
    </message>
    <message>
        <source>Delete DHCP scope</source>
        <translation>DHCP-Bereich löschen</translation>
    </message>
    <message>
        <source>Add DHCP reservation</source>
        <translation>DHCP-Reservierung hinzufügen</translation>
    </message>
    <message>
        <source>Edit DHCP reservation</source>
        <translation>DHCP-Reservierung bearbeiten</translation>
    </message>
    <message>
        <source>Delete DHCP reservation</source>
        <translation>DHCP-Reservierung löschen</translation>
    </message>
    <message>
        <source>Edit DNS zone</source>
        <translation>DNS-Zone bearbeiten</translation>
    </message>
    <message>
        <source>Add DNS resource record</source>
        <translation>DNS-Ressourceneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit DNS resource record</source>
        <translation>DNS-Ressourceneintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete DNS resource record</source>
        <translation>DNS-Ressourceneintrag löschen</translation>
    </message>
    <message>
        <source>Edit custom fields</source>
        <translation>Benutzerdefinierte Felder bearbeiten</translation>
    </message>
    <message>
        <source>Access policy operations</source>
        <translation>Vorgänge für Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>Access scope operations</source>
        <translation>Vorgänge für Zugriffsbereiche</translation>
    </message>
    <message>
        <source>IP address block operations</source>
        <translation>Vorgänge für IP-Adressblöcke</translation>
    </message>
    <message>
        <source>IP address operations</source>
        <translation>Vorgänge für IP-Adressen</translation>
    </message>
    <message>
        <source>IP address range operations</source>
        <translation>Vorgänge für IP-Adressbereiche</translation>
    </message>
    <message>
        <source>DHCP scope operations</source>
        <translation>Vorgänge für DHCP-Bereiche</translation>
    </message>
    <message>
        <source>IP address space operations</source>
        <translation>Vorgänge für IP-Adressräume</translation>
    </message>
    <message>
        <source>IP address subnet operations</source>
        <translation>Vorgänge für IP-Adresssubnetze</translation>
    </message>
    <message>
        <source>Virtualized address space operations</source>
        <translation>Vorgänge für virtualisierte Adressräume</translation>
    </message>
    <message>
        <source>User role operations</source>
        <translation>Vorgänge für Benutzerrollen</translation>
    </message>
    <message>
        <source>Import and export operations</source>
        <translation>Import- und Exportvorgänge</translation>
    </message>
    <message>
        <source>Audit operations</source>
        <translation>Überwachungsvorgänge</translation>
    </message>
    <message>
        <source>VMM synchronization operations</source>
        <translation>Vorgänge der VMM-Synchronisierung</translation>
    </message>
    <message>
        <source>Settings operations</source>
        <translation>Vorgänge für Einstellungen</translation>
    </message>
    <message>
        <source>DHCP server operations</source>
        <translation>Vorgänge für DHCP-Server</translation>
    </message>
    <message>
        <source>DHCP reservation operations</source>
        <translation>Vorgänge für DHCP-Reservierungen</translation>
    </message>
    <message>
        <source>DNS zone operations</source>
        <translation>Vorgänge für DNS-Zonen</translation>
    </message>
    <message>
        <source>DNS resource record operations</source>
        <translation>Vorgänge für DNS-Ressourceneinträge</translation>
    </message>
</context>
<context>
    <name>ipam::OperationTreeModel</name>
    <message>
        <source>Reserved to %1</source>
        <translation>Reserviert für %1</translation>
    </message>
    <message>
        <source>%1: reserved to %2</source>
        <translation>%1: reserviert für %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
</context>
<context>
    <name>ipam::PolicyDialog</name>
    <message>
        <source>Edit Access Policy - %1</source>
        <translation>Zugriffsrichtlinie bearbeiten - %1</translation>
    </message>
    <message>
        <source>Add Access Policy</source>
        <translation>Zugriffsrichtlinie hinzufügen</translation>
    </message>
    <message>
        <source>User or group name (a login or database role on PostgreSQL)</source>
        <translation>Benutzer- oder Gruppenname (unter PostgreSQL eine Anmeldung oder Datenbankrolle)</translation>
    </message>
    <message>
        <source>&amp;User or group:</source>
        <translation>&amp;Benutzer oder Gruppe:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Access settings (role and access scope):</source>
        <translation>Zugriffseinstellungen (Rolle und Zugriffsbereich):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Access Scope</source>
        <translation>Zugriffsbereich</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Enter the user or group the policy is for.</source>
        <translation>Geben Sie den Benutzer oder die Gruppe ein, für die die Richtlinie gilt.</translation>
    </message>
    <message>
        <source>Add at least one role and access scope.</source>
        <translation>Fügen Sie mindestens eine Rolle mit Zugriffsbereich hinzu.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 changes were applied before it)</source>
        <translation>%1 (%2 von %3 Änderungen wurden davor angewendet)</translation>
    </message>
</context>
<context>
    <name>ipam::Prefix</name>
    <message>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>In %1 sind Hostbits gesetzt; meinten Sie %2?</translation>
    </message>
    <message>
        <source>prefix length %1 is out of range 0..%2 for %3</source>
        <translation>Präfixlänge %1 liegt außerhalb von 0..%2 für %3</translation>
    </message>
</context>
<context>
    <name>ipam::RangeCriteria</name>
    <message>
        <source>the quote at character %1 is not closed</source>
        <translation>das Anführungszeichen an Zeichen %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;!&apos; at character %1 must be followed by &apos;=&apos;</source>
        <translation>auf &apos;!&apos; an Zeichen %1 muss &apos;=&apos; folgen</translation>
    </message>
    <message>
        <source>criteria are longer than %1 characters</source>
        <translation>die Kriterien sind länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>criteria hold the control character %1 at character %2</source>
        <translation>die Kriterien enthalten das Steuerzeichen %1 an Zeichen %2</translation>
    </message>
    <message>
        <source>the criteria end after AND/OR; a condition must follow</source>
        <translation>die Kriterien enden nach AND/OR; eine Bedingung muss folgen</translation>
    </message>
    <message>
        <source>a name is expected at character %1, not &quot;%2&quot;</source>
        <translation>an Zeichen %1 wird ein Name erwartet, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the name at character %1 is empty</source>
        <translation>der Name an Zeichen %1 ist leer</translation>
    </message>
    <message>
        <source>after &quot;%1&quot; an operator (=, != or ~) is expected at character %2</source>
        <translation>nach &quot;%1&quot; wird an Zeichen %2 ein Operator (=, != oder ~) erwartet</translation>
    </message>
    <message>
        <source>after &quot;%1 %2&quot; a value is expected at character %3</source>
        <translation>nach &quot;%1 %2&quot; wird an Zeichen %3 ein Wert erwartet</translation>
    </message>
    <message>
        <source>AND or OR is expected at character %1, not &quot;%2&quot;</source>
        <translation>an Zeichen %1 wird AND oder OR erwartet, nicht &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ipam::RangeDialog</name>
    <message>
        <source>Edit IP Address Range</source>
        <translation>IP-Adressbereich bearbeiten</translation>
    </message>
    <message>
        <source>Add IP Address Range</source>
        <translation>IP-Adressbereich hinzufügen</translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation>IP-Adress&amp;raum:</translation>
    </message>
    <message>
        <source>S&amp;tart IP address:</source>
        <translation>S&amp;tart-IP-Adresse:</translation>
    </message>
    <message>
        <source>&amp;End IP address:</source>
        <translation>&amp;End-IP-Adresse:</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>Subnetz:</translation>
    </message>
    <message>
        <source>&amp;Managed by service:</source>
        <translation>&amp;Verwaltet von Dienst:</translation>
    </message>
    <message>
        <source>Service &amp;instance:</source>
        <translation>Dienst&amp;instanz:</translation>
    </message>
    <message>
        <source>&amp;Assignment type:</source>
        <translation>&amp;Zuweisungstyp:</translation>
    </message>
    <message>
        <source>&amp;Reserved addresses:</source>
        <translation>&amp;Reservierte Adressen:</translation>
    </message>
    <message>
        <source>&amp;Gateways:</source>
        <translation>&amp;Gateways:</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Enter the first address of the range.</source>
        <translation>Geben Sie die erste Adresse des Bereichs ein.</translation>
    </message>
    <message>
        <source>Enter the last address of the range.</source>
        <translation>Geben Sie die letzte Adresse des Bereichs ein.</translation>
    </message>
    <message>
        <source>10.1.2.1/Automatic, or 10.1.2.1/5 for a metric</source>
        <translation>10.1.2.1/Automatic oder 10.1.2.1/5 für eine Metrik</translation>
    </message>
</context>
<context>
    <name>ipam::RangeGroupTreeModel</name>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>IP Address Range Groups</source>
        <translation>IP-Adressbereichsgruppen</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>ipam::RangeGroupsPane</name>
    <message>
        <source>IP Address Range Groups</source>
        <translation>IP-Adressbereichsgruppen</translation>
    </message>
    <message>
        <source>Range group tree</source>
        <translation>Baum der Bereichsgruppen</translation>
    </message>
    <message>
        <source>Fields, separated by &apos;;&apos; (e.g. Site; Owner)</source>
        <translation>Felder, getrennt durch &apos;;&apos; (z. B. Site; Owner)</translation>
    </message>
    <message>
        <source>e.g. &quot;Managed by Service&quot; = VMM AND Owner ~ ops</source>
        <translation>z. B. &quot;Managed by Service&quot; = VMM AND Owner ~ ops</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>C&amp;riteria:</source>
        <translation>K&amp;riterien:</translation>
    </message>
    <message>
        <source>&amp;Add Range Group</source>
        <translation>Bereichsgruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>ipam::RangeModel</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Start IP Address</source>
        <translation>Start-IP-Adresse</translation>
    </message>
    <message>
        <source>End IP Address</source>
        <translation>End-IP-Adresse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Utilization %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Managed by Service</source>
        <translation>Verwaltet von Dienst</translation>
    </message>
    <message>
        <source>Service Instance</source>
        <translation>Dienstinstanz</translation>
    </message>
    <message>
        <source>Assignment Type</source>
        <translation>Zuweisungstyp</translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation>Logisches VMM-Netzwerk</translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation>Netzwerkstandort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ipam::ResultPane</name>
    <message>
        <source>IP Address Subnets</source>
        <translation>IP-Adresssubnetze</translation>
    </message>
    <message>
        <source>IP Address Ranges</source>
        <translation>IP-Adressbereiche</translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>IP Address Blocks</source>
        <translation>IP-Adressblöcke</translation>
    </message>
    <message>
        <source>Show IPv4 address space (Alt+4)</source>
        <translation>IPv4-Adressraum anzeigen (Alt+4)</translation>
    </message>
    <message>
        <source>Show IPv6 address space (Alt+6)</source>
        <translation>IPv6-Adressraum anzeigen (Alt+6)</translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation>&amp;Logisches VMM-Netzwerk:</translation>
    </message>
    <message>
        <source>Search name, owner, description, prefix, or: contains 10.1.2.3</source>
        <translation>Name, Besitzer, Beschreibung, Präfix suchen, oder: contains 10.1.2.3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Result pane: %1</source>
        <translation>Ergebnisbereich: %1</translation>
    </message>
    <message>
        <source>The objects of the selected console tree node; the details pane shows the selected one</source>
        <translation>Die Objekte des ausgewählten Knotens der Konsolenstruktur; der Detailbereich zeigt das ausgewählte</translation>
    </message>
    <message>
        <source>Current vie&amp;w:</source>
        <translation>Aktuelle &amp;Ansicht:</translation>
    </message>
    <message>
        <source>Network Si&amp;te:</source>
        <translation>Netzwerk&amp;standort:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 of the first %2 read</source>
        <translation>%1 der ersten %2 gelesenen</translation>
    </message>
</context>
<context>
    <name>ipam::RoleDialog</name>
    <message>
        <source>Add User Role</source>
        <translation>Benutzerrolle hinzufügen</translation>
    </message>
    <message>
        <source>Edit User Role - %1</source>
        <translation>Benutzerrolle bearbeiten - %1</translation>
    </message>
    <message>
        <source>User Role - %1 (read-only)</source>
        <translation>Benutzerrolle - %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Filter operations (e.g. subnet, AddRange)</source>
        <translation>Vorgänge filtern (z. B. subnet, AddRange)</translation>
    </message>
    <message>
        <source>%1 of %2 operations selected</source>
        <translation>%1 von %2 Vorgängen ausgewählt</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Geben Sie einen Namen für die Rolle ein.</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists.</source>
        <translation>Eine Rolle namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>ipam::RoleListModel</name>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Built-in role: read-only; copy it to make a variant</source>
        <translation>Integrierte Rolle: schreibgeschützt; kopieren Sie sie, um eine Variante zu erstellen</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Benutzerdefinierte Rolle</translation>
    </message>
    <message>
        <source>%1 of %2 operations</source>
        <translation>%1 von %2 Vorgängen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>ipam::RolesPage</name>
    <message>
        <source>Add User Role...</source>
        <translation>Benutzerrolle hinzufügen...</translation>
    </message>
    <message>
        <source>Add a custom role</source>
        <translation>Eine benutzerdefinierte Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Edit User Role...</source>
        <translation>Benutzerrolle bearbeiten...</translation>
    </message>
    <message>
        <source>Edit the selected role (built-in roles open read-only)</source>
        <translation>Die ausgewählte Rolle bearbeiten (integrierte Rollen öffnen schreibgeschützt)</translation>
    </message>
    <message>
        <source>Copy User Role...</source>
        <translation>Benutzerrolle kopieren...</translation>
    </message>
    <message>
        <source>Add a role that starts from the selected one</source>
        <translation>Eine Rolle hinzufügen, die von der ausgewählten ausgeht</translation>
    </message>
    <message>
        <source>Delete User Role</source>
        <translation>Benutzerrolle löschen</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation>Die ausgewählte Rolle löschen</translation>
    </message>
    <message>
        <source>Select a role</source>
        <translation>Wählen Sie eine Rolle aus</translation>
    </message>
    <message>
        <source>View User Role...</source>
        <translation>Benutzerrolle anzeigen...</translation>
    </message>
    <message>
        <source>Built-in roles are read-only: copy one to change it</source>
        <translation>Integrierte Rollen sind schreibgeschützt: kopieren Sie eine, um sie zu ändern</translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation>Schreibgeschützt. %1</translation>
    </message>
    <message>
        <source>Select a role to copy</source>
        <translation>Wählen Sie eine Rolle zum Kopieren aus</translation>
    </message>
    <message>
        <source>Built-in roles cannot be deleted</source>
        <translation>Integrierte Rollen können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Role %1 added.</source>
        <translation>Rolle %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation>Rolle %1 gespeichert.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation>Die Rolle „%1“ löschen?</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>Rolle %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ipam::SavedView</name>
    <message>
        <source>the saved view&apos;s %1 is not valid</source>
        <translation>die Angabe „%1“ der gespeicherten Ansicht ist ungültig</translation>
    </message>
    <message>
        <source>column list</source>
        <translation>Spaltenliste</translation>
    </message>
    <message>
        <source>sort or group column</source>
        <translation>Sortier- oder Gruppierungsspalte</translation>
    </message>
</context>
<context>
    <name>ipam::SavedViewStore</name>
    <message>
        <source>refused by the database: %1</source>
        <translation>von der Datenbank abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid name for a saved view</source>
        <translation>%1 ist kein gültiger Name für eine gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>local views need the console&apos;s settings</source>
        <translation>lokale Ansichten brauchen die Einstellungen der Konsole</translation>
    </message>
    <message>
        <source>saved view %1 is no longer there</source>
        <translation>die gespeicherte Ansicht %1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>there is already a saved view named %1</source>
        <translation>es gibt bereits eine gespeicherte Ansicht namens %1</translation>
    </message>
</context>
<context>
    <name>ipam::SavedViewsMenu</name>
    <message>
        <source>Sa&amp;ved Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>Aktuelle Ansicht &amp;speichern...</translation>
    </message>
    <message>
        <source>Shared with everyone</source>
        <translation>Für alle freigegeben</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Nur dieser Computer</translation>
    </message>
    <message>
        <source>Saved View</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>&amp;Remove Saved View</source>
        <translation>Gespeicherte Ansicht &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove Saved View</source>
        <translation>Gespeicherte Ansicht entfernen</translation>
    </message>
    <message>
        <source>The console tree has no node %1 any more.</source>
        <translation>Die Konsolenstruktur hat keinen Knoten %1 mehr.</translation>
    </message>
    <message>
        <source>There is no logical network %1 any more.</source>
        <translation>Es gibt kein logisches Netzwerk %1 mehr.</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For &amp;me (in the store)</source>
        <translation>Für &amp;mich (im Speicher)</translation>
    </message>
    <message>
        <source>For &amp;everyone (in the store)</source>
        <translation>Für &amp;alle (im Speicher)</translation>
    </message>
    <message>
        <source>On this &amp;computer only</source>
        <translation>Nur auf diesem &amp;Computer</translation>
    </message>
    <message>
        <source>Shared:</source>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <source>Re&amp;name Saved View</source>
        <translation>Gespeicherte Ansicht &amp;umbenennen</translation>
    </message>
    <message>
        <source>Rename Saved View</source>
        <translation>Gespeicherte Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
</context>
<context>
    <name>ipam::SearchResultModel</name>
    <message>
        <source>Address Spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>Logical Networks</source>
        <translation>Logische Netzwerke</translation>
    </message>
    <message>
        <source>Network Sites</source>
        <translation>Netzwerkstandorte</translation>
    </message>
    <message>
        <source>VM Networks</source>
        <translation>VM-Netzwerke</translation>
    </message>
    <message>
        <source>IP Address Blocks</source>
        <translation>IP-Adressblöcke</translation>
    </message>
    <message>
        <source>IP Address Subnets</source>
        <translation>IP-Adresssubnetze</translation>
    </message>
    <message>
        <source>IP Address Ranges</source>
        <translation>IP-Adressbereiche</translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>%1 (first %2)</source>
        <translation>%1 (erste %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ipam::SearchText</name>
    <message>
        <source>&quot;contains&quot; needs an address or a prefix</source>
        <translation>&quot;contains&quot; braucht eine Adresse oder ein Präfix</translation>
    </message>
</context>
<context>
    <name>ipam::SetAccessScopeDialog</name>
    <message>
        <source>Set Access Scope</source>
        <translation>Zugriffsbereich festlegen</translation>
    </message>
    <message>
        <source>Access scope of %1:</source>
        <translation>Zugriffsbereich von %1:</translation>
    </message>
    <message>
        <source>&amp;Inherit access scope from parent</source>
        <translation>Zugriffsbereich vom übergeordneten Objekt &amp;erben</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) now inherit their access scope.</source>
        <translation>
            <numerusform>%n Objekt erbt jetzt seinen Zugriffsbereich.</numerusform>
            <numerusform>%n Objekte erben jetzt ihren Zugriffsbereich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) now in access scope %1.</source>
        <translation>
            <numerusform>%n Objekt ist jetzt im Zugriffsbereich %1.</numerusform>
            <numerusform>%n Objekte sind jetzt im Zugriffsbereich %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an access scope, or inherit the parent&apos;s.</source>
        <translation>Wählen Sie einen Zugriffsbereich oder erben Sie den des übergeordneten Objekts.</translation>
    </message>
</context>
<context>
    <name>ipam::SqliteFileGuard</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1 to guard it: %2</source>
        <translation>%1 kann zum Schützen nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
</context>
<context>
    <name>ipam::SubnetAssignment</name>
    <message>
        <source>1 subnet</source>
        <translation>1 Subnetz</translation>
    </message>
    <message>
        <source>%1 subnets</source>
        <translation>%1 Subnetze</translation>
    </message>
    <message>
        <source>provider address space %1</source>
        <translation>Anbieteradressraum %1</translation>
    </message>
    <message>
        <source>logical network %1</source>
        <translation>logisches Netzwerk %1</translation>
    </message>
    <message>
        <source>network site %1</source>
        <translation>Netzwerkstandort %1</translation>
    </message>
    <message>
        <source>subnets are assigned to logical networks and network sites of a provider space, not to customer address space</source>
        <translation>Subnetze werden logischen Netzwerken und Netzwerkstandorten eines Anbieterraums zugewiesen, nicht einem Kundenadressraum</translation>
    </message>
    <message>
        <source>subnets can be dropped onto a provider space, a logical network or a network site only</source>
        <translation>Subnetze können nur auf einem Anbieterraum, einem logischen Netzwerk oder einem Netzwerkstandort abgelegt werden</translation>
    </message>
    <message>
        <source>no subnets to assign</source>
        <translation>keine Subnetze zum Zuweisen</translation>
    </message>
    <message>
        <source>subnet %1 no longer exists</source>
        <translation>Subnetz %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>subnet %1 has no address space</source>
        <translation>Subnetz %1 hat keinen Adressraum</translation>
    </message>
    <message>
        <source>subnet %1 belongs to address space %2, not to %3</source>
        <translation>Subnetz %1 gehört zum Adressraum %2, nicht zu %3</translation>
    </message>
    <message>
        <source>some of the subnets no longer exist; refresh and try again</source>
        <translation>einige der Subnetze existieren nicht mehr; aktualisieren Sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation>%1 an %2 zuweisen</translation>
    </message>
    <message>
        <source>%1 already in %2</source>
        <translation>%1 bereits in %2</translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation>%1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>none of the dropped prefixes is a subnet of %1</source>
        <translation>keines der abgelegten Präfixe ist ein Subnetz von %1</translation>
    </message>
    <message>
        <source>nothing to assign</source>
        <translation>nichts zuzuweisen</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 an %2 zuweisen</translation>
    </message>
</context>
<context>
    <name>ipam::SubnetDialog</name>
    <message>
        <source>Edit IP Address Subnet</source>
        <translation>IP-Adresssubnetz bearbeiten</translation>
    </message>
    <message>
        <source>Add IP Address Subnet</source>
        <translation>IP-Adresssubnetz hinzufügen</translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation>IP-Adress&amp;raum:</translation>
    </message>
    <message>
        <source>&amp;Network (prefix):</source>
        <translation>&amp;Netzwerk (Präfix):</translation>
    </message>
    <message>
        <source>within, e.g. 10.0.0.0/8</source>
        <translation>innerhalb, z. B. 10.0.0.0/8</translation>
    </message>
    <message>
        <source>&amp;Find Free Subnet</source>
        <translation>Freies Subnetz &amp;finden</translation>
    </message>
    <message>
        <source>Free subnet:</source>
        <translation>Freies Subnetz:</translation>
    </message>
    <message>
        <source>the network, when left empty</source>
        <translation>das Netzwerk, wenn leer gelassen</translation>
    </message>
    <message>
        <source>Network &amp;type:</source>
        <translation>Netzwerk&amp;typ:</translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation>&amp;Logisches VMM-Netzwerk:</translation>
    </message>
    <message>
        <source>Network S&amp;ite:</source>
        <translation>Netzwerk&amp;standort:</translation>
    </message>
    <message>
        <source>&amp;VM network:</source>
        <translation>&amp;VM-Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Choose an IP address space.</source>
        <translation>Wählen Sie einen IP-Adressraum.</translation>
    </message>
    <message>
        <source>Enter the network as a prefix, e.g. 10.1.2.0/24.</source>
        <translation>Geben Sie das Netzwerk als Präfix ein, z. B. 10.1.2.0/24.</translation>
    </message>
    <message>
        <source>Free subnet: %1</source>
        <translation>Freies Subnetz: %1</translation>
    </message>
    <message>
        <source>No free /%1 is left in %2.</source>
        <translation>In %2 ist kein freies /%1 mehr übrig.</translation>
    </message>
    <message>
        <source>subnet edit</source>
        <translation>Subnetz bearbeiten</translation>
    </message>
    <message>
        <source>subnet add</source>
        <translation>Subnetz hinzufügen</translation>
    </message>
    <message>
        <source>Find a free subnet within</source>
        <translation>Freies Subnetz suchen innerhalb von</translation>
    </message>
    <message>
        <source>Prefix length of the free subnet</source>
        <translation>Präfixlänge des freien Subnetzes</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>VL&amp;AN IDs:</source>
        <translation>VL&amp;AN-IDs:</translation>
    </message>
    <message>
        <source>%1 is outside the address blocks of %2 (%3).</source>
        <translation>%1 liegt außerhalb der Adressblöcke von %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ipam::SubnetGroupModel</name>
    <message>
        <source>%1 (1 subnet)</source>
        <translation>%1 (1 Subnetz)</translation>
    </message>
    <message>
        <source>%1 (%2 subnets)</source>
        <translation>%1 (%2 Subnetze)</translation>
    </message>
</context>
<context>
    <name>ipam::SubnetGrouping</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
</context>
<context>
    <name>ipam::SubnetModel</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prefix Length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Utilization %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation>Logisches VMM-Netzwerk</translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation>Netzwerkstandort</translation>
    </message>
    <message>
        <source>VM Network</source>
        <translation>VM-Netzwerk</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>%1 of %2 addresses used</source>
        <translation>%1 von %2 Adressen belegt</translation>
    </message>
</context>
<context>
    <name>ipam::SyncConflictModel</name>
    <message>
        <source>(removed in IPAM)</source>
        <translation>(in IPAM entfernt)</translation>
    </message>
    <message>
        <source>(removed in VMM)</source>
        <translation>(in VMM entfernt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>VMM Entity Set</source>
        <translation>VMM-Entitätsmenge</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>IPAM Value</source>
        <translation>IPAM-Wert</translation>
    </message>
    <message>
        <source>VMM Value</source>
        <translation>VMM-Wert</translation>
    </message>
</context>
<context>
    <name>ipam::SyncLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>not in VMM</source>
        <translation>nicht in VMM</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>dry run, not written</source>
        <translation>Probelauf, nicht geschrieben</translation>
    </message>
    <message>
        <source>in VMM</source>
        <translation>in VMM</translation>
    </message>
</context>
<context>
    <name>ipam::SyncPane</name>
    <message>
        <source>&amp;Synchronize Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Synchronize the virtualized address space with VMM now</source>
        <translation>Den virtualisierten Adressraum jetzt mit VMM synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Synchronization</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Synchronization Se&amp;ttings...</source>
        <translation>Synchronisierungs&amp;einstellungen...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Select a conflict to compare IPAM&apos;s and VMM&apos;s versions.</source>
        <translation>Wählen Sie einen Konflikt aus, um die Fassungen von IPAM und VMM zu vergleichen.</translation>
    </message>
    <message>
        <source>Keep &amp;IPAM</source>
        <translation>&amp;IPAM behalten</translation>
    </message>
    <message>
        <source>Keep IPAM&apos;s version and write it to VMM</source>
        <translation>Die Fassung von IPAM behalten und nach VMM schreiben</translation>
    </message>
    <message>
        <source>Keep &amp;VMM</source>
        <translation>&amp;VMM behalten</translation>
    </message>
    <message>
        <source>Keep VMM&apos;s version and write it to IPAM</source>
        <translation>Die Fassung von VMM behalten und nach IPAM schreiben</translation>
    </message>
    <message>
        <source>IPAM objects the VMM service would not take (it answered that it does not allow the change), with its reason</source>
        <translation>IPAM-Objekte, die der VMM-Dienst nicht angenommen hat (er antwortete, dass er die Änderung nicht zulässt), mit seiner Begründung</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>VMM synchronization not started: %1</source>
        <translation>VMM-Synchronisierung nicht gestartet: %1</translation>
    </message>
    <message>
        <source>VMM sync %p%</source>
        <translation>VMM-Synchronisierung %p%</translation>
    </message>
    <message>
        <source>VMM synchronization in progress</source>
        <translation>VMM-Synchronisierung läuft</translation>
    </message>
    <message>
        <source>VMM synchronization started.</source>
        <translation>VMM-Synchronisierung gestartet.</translation>
    </message>
    <message>
        <source>Synchronization finished: %1</source>
        <translation>Synchronisierung beendet: %1</translation>
    </message>
    <message>
        <source>Synchronization stopped (%1); whole objects only were written, the next run completes it. So far: %2</source>
        <translation>Synchronisierung angehalten (%1); nur vollständige Objekte wurden geschrieben, der nächste Lauf vervollständigt sie. Bisher: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Resolved %1.</source>
        <translation>%1 gelöst.</translation>
    </message>
    <message>
        <source>Conflict on %1 resolved: kept IPAM&apos;s version</source>
        <translation>Konflikt bei %1 gelöst: Fassung von IPAM behalten</translation>
    </message>
    <message>
        <source>Conflict on %1 resolved: kept VMM&apos;s version</source>
        <translation>Konflikt bei %1 gelöst: Fassung von VMM behalten</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Nicht gelöst: %1</translation>
    </message>
    <message>
        <source>Conflict on %1 not resolved: %2</source>
        <translation>Konflikt bei %1 nicht gelöst: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): changed in IPAM and in VMM since the last synchronization. Differences: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3): seit der letzten Synchronisierung in IPAM und in VMM geändert. Unterschiede: %4.</translation>
    </message>
    <message>
        <source>Writing IPAM&apos;s version of %1 to VMM...</source>
        <translation>Fassung von IPAM für %1 wird nach VMM geschrieben...</translation>
    </message>
    <message>
        <source>Writing VMM&apos;s version of %1 to IPAM...</source>
        <translation>Fassung von VMM für %1 wird nach IPAM geschrieben...</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Not in VMM (%1)</source>
        <translation>Nicht in VMM (%1)</translation>
    </message>
    <message>
        <source>Not in VMM</source>
        <translation>Nicht in VMM</translation>
    </message>
    <message>
        <source>Synchronizing with %1...</source>
        <translation>Synchronisiere mit %1...</translation>
    </message>
    <message>
        <source>Not configured: set the VMM service URL in Synchronization Settings.</source>
        <translation>Nicht eingerichtet: legen Sie die URL des VMM-Dienstes in den Synchronisierungseinstellungen fest.</translation>
    </message>
    <message>
        <source>VMM %1: not synchronized in this session.</source>
        <translation>VMM %1: in dieser Sitzung nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Letzter Lauf %1: %2</translation>
    </message>
    <message>
        <source>stopped (%1)</source>
        <translation>angehalten (%1)</translation>
    </message>
    <message>
        <source> Runs every %1 min.</source>
        <translation> Läuft alle %1 Min.</translation>
    </message>
    <message>
        <source>VMM&apos;s service has no network site set: network sites were derived from its pools; their names and VLANs are IPAM&apos;s and are never written to VMM.</source>
        <translation>Der VMM-Dienst hat keine Menge von Netzwerkstandorten: die Netzwerkstandorte wurden aus seinen Pools abgeleitet; ihre Namen und VLANs gehören IPAM und werden nie in VMM geschrieben.</translation>
    </message>
    <message>
        <source>VMM Password</source>
        <translation>VMM-Passwort</translation>
    </message>
    <message>
        <source>Password of %1 at %2:</source>
        <translation>Passwort von %1 für %2:</translation>
    </message>
    <message>
        <source>no password is known for %1: enter it in Synchronize &gt; Settings</source>
        <translation>für %1 ist kein Passwort bekannt: geben Sie es unter Synchronisieren &gt; Einstellungen ein</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ipam::SyncPasswordStore</name>
    <message>
        <source>The password is kept in your desktop&apos;s Secret Service (keyring), never in the console&apos;s settings.</source>
        <translation>Das Passwort wird im Secret Service (Schlüsselbund) Ihres Desktops aufbewahrt, nie in den Einstellungen der Konsole.</translation>
    </message>
    <message>
        <source>No Secret Service (keyring) answers: the password is kept in this console&apos;s memory for this session only and asked again after a restart; it is never written to disk.</source>
        <translation>Kein Secret Service (Schlüsselbund) antwortet: das Passwort wird nur für diese Sitzung im Speicher der Konsole gehalten und nach einem Neustart erneut abgefragt; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>the Secret Service did not answer in time: the password is kept in memory for this session only</source>
        <translation>der Secret Service hat nicht rechtzeitig geantwortet: das Passwort wird nur für diese Sitzung im Speicher gehalten</translation>
    </message>
    <message>
        <source>the Secret Service refused the password (error %1): it is kept in memory for this session only</source>
        <translation>der Secret Service hat das Passwort abgelehnt (Fehler %1): es wird nur für diese Sitzung im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>ipam::SyncSettings</name>
    <message>
        <source>enter the URL of the VMM service</source>
        <translation>geben Sie die URL des VMM-Dienstes ein</translation>
    </message>
    <message>
        <source>the VMM service URL must start with http:// or https:// (&quot;%1&quot;)</source>
        <translation>die URL des VMM-Dienstes muss mit http:// oder https:// beginnen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the VMM stamp &quot;%1&quot; is not a GUID</source>
        <translation>der VMM-Stempel &quot;%1&quot; ist keine GUID</translation>
    </message>
    <message>
        <source>choose the file that holds the VMM credentials</source>
        <translation>wählen Sie die Datei mit den VMM-Anmeldeinformationen aus</translation>
    </message>
    <message>
        <source>certificate pin: %1</source>
        <translation>Zertifikats-Pin: %1</translation>
    </message>
    <message>
        <source>enter the VMM user (DOMAIN\user)</source>
        <translation>geben Sie den VMM-Benutzer ein (DOMÄNE\Benutzer)</translation>
    </message>
</context>
<context>
    <name>ipam::SyncSettingsDialog</name>
    <message>
        <source>VMM Synchronization Settings</source>
        <translation>VMM-Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>VMM service &amp;URL:</source>
        <translation>&amp;URL des VMM-Dienstes:</translation>
    </message>
    <message>
        <source>The provider address space that holds VMM&apos;s logical networks</source>
        <translation>Der Anbieteradressraum, der die logischen Netzwerke von VMM enthält</translation>
    </message>
    <message>
        <source>&amp;Provider address space:</source>
        <translation>&amp;Anbieteradressraum:</translation>
    </message>
    <message>
        <source>All host groups (or e.g. All Hosts\East, All Hosts\West)</source>
        <translation>Alle Hostgruppen (oder z. B. All Hosts\East, All Hosts\West)</translation>
    </message>
    <message>
        <source>&amp;Host groups:</source>
        <translation>&amp;Hostgruppen:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Off (synchronize on demand)</source>
        <translation>Aus (bei Bedarf synchronisieren)</translation>
    </message>
    <message>
        <source>Synchronize &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>P&amp;ull: bring VMM&apos;s changes into IPAM</source>
        <translation>&amp;Holen: Änderungen von VMM nach IPAM übernehmen</translation>
    </message>
    <message>
        <source>Pu&amp;sh: send IPAM&apos;s changes to VMM</source>
        <translation>&amp;Senden: Änderungen von IPAM an VMM übertragen</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>From the environment: %1, or %2 and %3</source>
        <translation>Aus der Umgebung: %1 oder %2 und %3</translation>
    </message>
    <message>
        <source>From a file readable only by you:</source>
        <translation>Aus einer nur für Sie lesbaren Datei:</translation>
    </message>
    <message>
        <source>a file with token=... or user=... and password=...</source>
        <translation>eine Datei mit token=... oder user=... und password=...</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Anmeldedaten:</translation>
    </message>
    <message>
        <source>A token is set in this console&apos;s environment.</source>
        <translation>In der Umgebung dieser Konsole ist ein Token gesetzt.</translation>
    </message>
    <message>
        <source>User %1 is set in this console&apos;s environment.</source>
        <translation>In der Umgebung dieser Konsole ist der Benutzer %1 gesetzt.</translation>
    </message>
    <message>
        <source>Neither is set in this console&apos;s environment.</source>
        <translation>In der Umgebung dieser Konsole ist keines von beiden gesetzt.</translation>
    </message>
    <message>
        <source>choose pull, push or both</source>
        <translation>wählen Sie Holen, Senden oder beides</translation>
    </message>
    <message>
        <source>VMM Credentials File</source>
        <translation>VMM-Anmeldedatendatei</translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation>Anmeldedatendatei</translation>
    </message>
    <message>
        <source>The service&apos;s only VMM server (or its stamp GUID)</source>
        <translation>Der einzige VMM-Server des Dienstes (oder seine Stempel-GUID)</translation>
    </message>
    <message>
        <source>SPF serves every VMM server registered with it: the stamp ID picks one (ipamctl sync --stamp)</source>
        <translation>SPF bedient jeden bei ihm registrierten VMM-Server: die Stempel-ID wählt einen aus (ipamctl sync --stamp)</translation>
    </message>
    <message>
        <source>VMM &amp;stamp:</source>
        <translation>VMM-&amp;Stempel:</translation>
    </message>
    <message>
        <source>Entered here:</source>
        <translation>Hier eingegeben:</translation>
    </message>
    <message>
        <source>VMM user</source>
        <translation>VMM-Benutzer</translation>
    </message>
    <message>
        <source>DOMAIN\user (Windows authentication) or user</source>
        <translation>DOMÄNE\Benutzer (Windows-Authentifizierung) oder Benutzer</translation>
    </message>
    <message>
        <source>VMM password</source>
        <translation>VMM-Passwort</translation>
    </message>
    <message>
        <source>(known: type a new one to change it)</source>
        <translation>(bekannt: zum Ändern ein neues eingeben)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>PEM file of a private CA (the system&apos;s CAs are always used)</source>
        <translation>PEM-Datei einer privaten CA (die CAs des Systems gelten immer)</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>SHA-256 of the service&apos;s own certificate (optional)</source>
        <translation>SHA-256 des eigenen Zertifikats des Dienstes (optional)</translation>
    </message>
    <message>
        <source>With a pin, the service&apos;s certificate is trusted if it is this one, whoever signed it, and any other is refused (ipamctl sync --pin)</source>
        <translation>Mit einem Pin wird dem Zertifikat des Dienstes vertraut, wenn es dieses ist, wer immer es signiert hat, und jedes andere wird abgelehnt (ipamctl sync --pin)</translation>
    </message>
    <message>
        <source>Certificate p&amp;in:</source>
        <translation>Zertifikats-&amp;Pin:</translation>
    </message>
    <message>
        <source>Passwords and tokens are never saved in the console&apos;s settings: they keep only where to read them (the environment or a file, read again before each synchronization) or the user entered here. Use HTTPS so that they do not cross the network in clear text.</source>
        <translation>Passwörter und Token werden nie in den Einstellungen der Konsole gespeichert: diese merken sich nur, woher sie gelesen werden (die Umgebung oder eine Datei, vor jeder Synchronisierung neu gelesen), oder den hier eingegebenen Benutzer. Verwenden Sie HTTPS, damit sie nicht im Klartext über das Netzwerk gehen.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1...</translation>
    </message>
    <message>
        <source>Connected. Entity sets: %1.</source>
        <translation>Verbunden. Entitätsmengen: %1.</translation>
    </message>
    <message>
        <source>No logical network yet, so no stamp is known.</source>
        <translation>Noch kein logisches Netzwerk, daher ist kein Stempel bekannt.</translation>
    </message>
    <message>
        <source>Stamps (VMM servers): %1.</source>
        <translation>Stempel (VMM-Server): %1.</translation>
    </message>
    <message>
        <source>Several stamps: enter the one to synchronize under VMM stamp.</source>
        <translation>Mehrere Stempel: geben Sie den zu synchronisierenden unter VMM-Stempel ein.</translation>
    </message>
    <message>
        <source>Network sites come from the service&apos;s site set.</source>
        <translation>Netzwerkstandorte kommen aus der Standortmenge des Dienstes.</translation>
    </message>
    <message>
        <source>No network site set (as SPF): sites are derived from the pools.</source>
        <translation>Keine Standortmenge (wie bei SPF): Standorte werden aus den Pools abgeleitet.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>CA Certificate (PEM)</source>
        <translation>CA-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ipam::ThresholdSetting</name>
    <message>
        <source>over-utilization threshold %1 %: expected more than 0 and at most 100</source>
        <translation>Schwellenwert für Überauslastung %1 %: erwartet mehr als 0 und höchstens 100</translation>
    </message>
    <message>
        <source>under-utilization threshold %1 %: expected at least 0 and less than 100</source>
        <translation>Schwellenwert für Unterauslastung %1 %: erwartet mindestens 0 und weniger als 100</translation>
    </message>
    <message>
        <source>full within %1 days: expected 0 (no forecast alert) to %2 days</source>
        <translation>voll innerhalb von %1 Tagen: erwartet 0 (keine Prognosewarnung) bis %2 Tage</translation>
    </message>
    <message>
        <source>set here</source>
        <translation>hier gesetzt</translation>
    </message>
    <message>
        <source>the store-wide setting</source>
        <translation>die Einstellung des gesamten Speichers</translation>
    </message>
    <message>
        <source>inherited from %1</source>
        <translation>geerbt von %1</translation>
    </message>
    <message>
        <source>under-utilization threshold %1 % (%2) is above the over-utilization threshold %3 % (%4)</source>
        <translation>Schwellenwert für Unterauslastung %1 % (%2) liegt über dem Schwellenwert für Überauslastung %3 % (%4)</translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationAlertModel</name>
    <message>
        <source>Over threshold</source>
        <translation>Über dem Schwellenwert</translation>
    </message>
    <message>
        <source>Under threshold</source>
        <translation>Unter dem Schwellenwert</translation>
    </message>
    <message>
        <source>Full soon</source>
        <translation>Bald voll</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Full by %1</source>
        <translation>Voll bis %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationAlertStore</name>
    <message>
        <source>refused by the database: %1</source>
        <translation>von der Datenbank abgelehnt: %1</translation>
    </message>
    <message>
        <source>snooze until %1: that is not in the future</source>
        <translation>zurückstellen bis %1: das liegt nicht in der Zukunft</translation>
    </message>
    <message>
        <source>snooze until %1: more than %2 days ahead</source>
        <translation>zurückstellen bis %1: mehr als %2 Tage voraus</translation>
    </message>
    <message>
        <source>no utilization alert #%1</source>
        <translation>keine Auslastungswarnung #%1</translation>
    </message>
    <message>
        <source>utilization alert #%1 (%2 of %3) is cleared</source>
        <translation>Auslastungswarnung #%1 (%2 von %3) ist aufgehoben</translation>
    </message>
    <message>
        <source>utilization alert #%1 was cleared meanwhile</source>
        <translation>Auslastungswarnung #%1 wurde inzwischen aufgehoben</translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationBreakdown</name>
    <message>
        <source>Assigned (ranges)</source>
        <translation>Zugewiesen (Bereiche)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Used (addresses)</source>
        <translation>Belegt (Adressen)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Assigned (subnets)</source>
        <translation>Zugewiesen (Subnetze)</translation>
    </message>
    <message>
        <source>Utilization chart</source>
        <translation>Auslastungsdiagramm</translation>
    </message>
    <message>
        <source>%1 addresses in total, %2 used</source>
        <translation>%1 Adressen insgesamt, %2 belegt</translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationThresholdStore</name>
    <message>
        <source>no %1 #%2 (removed by someone else?)</source>
        <translation>kein %1 #%2 (von jemand anderem entfernt?)</translation>
    </message>
    <message>
        <source>%1: only address spaces, logical networks, network sites, subnets and ranges hold utilization thresholds</source>
        <translation>%1: nur Adressräume, logische Netzwerke, Netzwerkstandorte, Subnetze und Bereiche haben Auslastungsschwellenwerte</translation>
    </message>
    <message>
        <source>the utilization threshold of %1 was changed by someone else meanwhile; refresh and try again</source>
        <translation>der Auslastungsschwellenwert von %1 wurde inzwischen von jemand anderem geändert; aktualisieren und erneut versuchen</translation>
    </message>
    <message>
        <source>refused by the database: %1</source>
        <translation>von der Datenbank abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationTrendChart</name>
    <message>
        <source>Utilization trend chart</source>
        <translation>Diagramm des Auslastungsverlaufs</translation>
    </message>
    <message numerus="yes">
        <source>%n changes; %1 % utilized at the end, from %2 % at the start</source>
        <translation>
            <numerusform>%n Änderung; am Ende %1 % ausgelastet, zu Beginn %2 %</numerusform>
            <numerusform>%n Änderungen; am Ende %1 % ausgelastet, zu Beginn %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 % (%3 of %4)</source>
        <translation>%1  %2 % (%3 von %4)</translation>
    </message>
    <message>
        <source>No utilization history</source>
        <translation>Kein Auslastungsverlauf</translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationTrendReader</name>
    <message>
        <source>no utilization history is kept for this kind of object (id %1)</source>
        <translation>für diese Art von Objekt wird kein Auslastungsverlauf geführt (ID %1)</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>kein %1 mit der ID %2</translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationTrendTab</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>not at the current rate</source>
        <translation>nicht beim derzeitigen Tempo</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n days (%1)</source>
        <translation>
            <numerusform>in %n Tag (%1)</numerusform>
            <numerusform>in %n Tagen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Over threshold (%1 %): %2. Full: %3. Growth: %4 addresses a day (least squares over the last 30 days).</source>
        <translation>Über dem Schwellenwert (%1 %): %2. Voll: %3. Wachstum: %4 Adressen pro Tag (kleinste Quadrate über die letzten 30 Tage).</translation>
    </message>
</context>
<context>
    <name>ipam::VmNetworkDialog</name>
    <message>
        <source>Edit VM Network</source>
        <translation>VM-Netzwerk bearbeiten</translation>
    </message>
    <message>
        <source>Add VM Network</source>
        <translation>VM-Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Customer IP address &amp;space:</source>
        <translation>Kunden-IP-Adress&amp;raum:</translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation>&amp;Logisches VMM-Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation>&amp;Isolation:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>A VM network belongs to a customer address space; add one first.</source>
        <translation>Ein VM-Netzwerk gehört zu einem Kundenadressraum; fügen Sie zuerst einen hinzu.</translation>
    </message>
</context>
<context>
    <name>ipam::VmmSync</name>
    <message>
        <source>unexpected end of the answer</source>
        <translation>unerwartetes Ende der Antwort</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>fehlerhafte \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 bei Byte %2 von %3</translation>
    </message>
    <message>
        <source>nesting deeper than 1024 levels</source>
        <translation>Verschachtelung tiefer als 1024 Ebenen</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>fehlerhafte Zahl</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>garbage after the answer</source>
        <translation>überzählige Zeichen nach der Antwort</translation>
    </message>
    <message>
        <source>malformed JSON answer (%1)</source>
        <translation>fehlerhafte JSON-Antwort (%1)</translation>
    </message>
    <message>
        <source>the answer holds no entity list (&quot;value&quot; or &quot;d.results&quot;)</source>
        <translation>die Antwort enthält keine Entitätenliste (&quot;value&quot; oder &quot;d.results&quot;)</translation>
    </message>
    <message>
        <source>the next link is empty</source>
        <translation>der Link zur nächsten Seite ist leer</translation>
    </message>
    <message>
        <source>the next link is not a string</source>
        <translation>der Link zur nächsten Seite ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>an entry of the list is not an object</source>
        <translation>ein Eintrag der Liste ist kein Objekt</translation>
    </message>
    <message>
        <source>the service document came as Atom/XML (%1), not JSON: IPAM asks for JSON (Accept: application/json, MaxDataServiceVersion: 3.0); point it at SPF&apos;s VMM service root, …/VMM/Microsoft.Management.Odata.svc</source>
        <translation>das Dienstdokument kam als Atom/XML (%1), nicht als JSON: IPAM fragt nach JSON (Accept: application/json, MaxDataServiceVersion: 3.0); geben Sie den Stamm des VMM-Dienstes von SPF an, …/VMM/Microsoft.Management.Odata.svc</translation>
    </message>
    <message>
        <source>the service document is not a JSON object (%1 at byte %2)</source>
        <translation>das Dienstdokument ist kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>the service document lists no entity sets (neither &quot;value&quot; nor &quot;d&quot;.&quot;EntitySets&quot;)</source>
        <translation>das Dienstdokument führt keine Entitätenmengen auf (weder &quot;value&quot; noch &quot;d&quot;.&quot;EntitySets&quot;)</translation>
    </message>
    <message>
        <source>no PEM certificate in the CA file %1</source>
        <translation>kein PEM-Zertifikat in der CA-Datei %1</translation>
    </message>
    <message>
        <source>the service&apos;s certificate (SHA-256 %1) is not the pinned one (%2)</source>
        <translation>das Zertifikat des Dienstes (SHA-256 %1) ist nicht das festgelegte (%2)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>%1: malformed JSON answer (%2 at byte %3 of %4)</source>
        <translation>%1: fehlerhafte JSON-Antwort (%2 bei Byte %3 von %4)</translation>
    </message>
    <message>
        <source>GET %1: the next link &quot;%2&quot; goes nowhere new</source>
        <translation>GET %1: der Link zur nächsten Seite &quot;%2&quot; führt nirgendwo neu hin</translation>
    </message>
    <message>
        <source>GET %1: more than %2 pages</source>
        <translation>GET %1: mehr als %2 Seiten</translation>
    </message>
    <message>
        <source>IPAM_VMM_USER is set but IPAM_VMM_PASSWORD is not</source>
        <translation>IPAM_VMM_USER ist gesetzt, IPAM_VMM_PASSWORD aber nicht</translation>
    </message>
    <message>
        <source>credentials file &quot;%1&quot; does not exist</source>
        <translation>die Datei mit den Anmeldeinformationen &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>credentials file &quot;%1&quot; is accessible by group or others; chmod 600 it</source>
        <translation>die Datei mit den Anmeldeinformationen &quot;%1&quot; ist für Gruppe oder andere zugänglich; setzen Sie chmod 600</translation>
    </message>
    <message>
        <source>cannot read credentials file &quot;%1&quot;: %2</source>
        <translation>die Datei mit den Anmeldeinformationen &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>credentials file &quot;%1&quot;, line %2: expected key = value</source>
        <translation>Datei mit den Anmeldeinformationen &quot;%1&quot;, Zeile %2: erwartet wird Schlüssel = Wert</translation>
    </message>
    <message>
        <source>credentials file &quot;%1&quot;, line %2: unknown key &quot;%3&quot; (token, user, password)</source>
        <translation>Datei mit den Anmeldeinformationen &quot;%1&quot;, Zeile %2: unbekannter Schlüssel &quot;%3&quot; (token, user, password)</translation>
    </message>
    <message>
        <source>credentials file &quot;%1&quot; holds neither a token nor a user</source>
        <translation>die Datei mit den Anmeldeinformationen &quot;%1&quot; enthält weder ein Token noch einen Benutzer</translation>
    </message>
    <message>
        <source>SPF does not say which logical network the network site %1 of pools %2 belongs to; create subnet %3 in IPAM on its logical network (or on a site of it, which names the site) and sync again</source>
        <translation>SPF sagt nicht, zu welchem logischen Netzwerk der Netzwerkstandort %1 der Pools %2 gehört; legen Sie das Subnetz %3 in IPAM in seinem logischen Netzwerk an (oder an einem seiner Standorte, der den Standort benennt) und synchronisieren Sie erneut</translation>
    </message>
    <message>
        <source>missing mandatory property %1</source>
        <translation>die Pflichteigenschaft %1 fehlt</translation>
    </message>
    <message>
        <source>missing mandatory property SubnetVLans</source>
        <translation>die Pflichteigenschaft SubnetVLans fehlt</translation>
    </message>
    <message>
        <source>property SubnetVLans is not a list</source>
        <translation>die Eigenschaft SubnetVLans ist keine Liste</translation>
    </message>
    <message>
        <source>missing mandatory property SubnetVLans.Subnet</source>
        <translation>die Pflichteigenschaft SubnetVLans.Subnet fehlt</translation>
    </message>
    <message>
        <source>SubnetVLans.VLanID of %1 is not a VLAN ID (0..4094)</source>
        <translation>SubnetVLans.VLanID von %1 ist keine VLAN-ID (0..4094)</translation>
    </message>
    <message>
        <source>SubnetVLans lists %1 twice</source>
        <translation>SubnetVLans führt %1 zweimal auf</translation>
    </message>
    <message>
        <source>property SubnetVLans is empty</source>
        <translation>die Eigenschaft SubnetVLans ist leer</translation>
    </message>
    <message>
        <source>property ID is not a GUID</source>
        <translation>die Eigenschaft ID ist keine GUID</translation>
    </message>
    <message>
        <source>missing mandatory property ID</source>
        <translation>die Pflichteigenschaft ID fehlt</translation>
    </message>
    <message>
        <source>property StampId is not a GUID</source>
        <translation>die Eigenschaft StampId ist keine GUID</translation>
    </message>
    <message>
        <source>missing mandatory property StampId</source>
        <translation>die Pflichteigenschaft StampId fehlt</translation>
    </message>
    <message>
        <source>missing mandatory property Name</source>
        <translation>die Pflichteigenschaft Name fehlt</translation>
    </message>
    <message>
        <source>missing mandatory property LogicalNetworkDefinitionId (or VMSubnetId)</source>
        <translation>die Pflichteigenschaft LogicalNetworkDefinitionId (oder VMSubnetId) fehlt</translation>
    </message>
    <message>
        <source>missing mandatory property Subnet</source>
        <translation>die Pflichteigenschaft Subnet fehlt</translation>
    </message>
    <message>
        <source>property IsolationType &quot;%1&quot; is not NoIsolation, WindowsNetworkVirtualization, External or VLANNetwork</source>
        <translation>die Eigenschaft IsolationType &quot;%1&quot; ist nicht NoIsolation, WindowsNetworkVirtualization, External oder VLANNetwork</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>Commit fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no longer in IPAM</source>
        <translation>nicht mehr in IPAM</translation>
    </message>
    <message>
        <source>its logical network %1 is not in IPAM</source>
        <translation>sein logisches Netzwerk %1 ist nicht in IPAM</translation>
    </message>
    <message>
        <source>VMM moved it to another logical network; IPAM keeps a site in its logical network</source>
        <translation>VMM hat ihn in ein anderes logisches Netzwerk verschoben; IPAM behält einen Standort in seinem logischen Netzwerk</translation>
    </message>
    <message>
        <source>its VM network %1 is not in IPAM</source>
        <translation>sein VM-Netzwerk %1 ist nicht in IPAM</translation>
    </message>
    <message>
        <source>unreadable subnet or bounds</source>
        <translation>unlesbares Subnetz oder unlesbare Grenzen</translation>
    </message>
    <message>
        <source>its VM subnet %1 is not in IPAM</source>
        <translation>sein VM-Subnetz %1 ist nicht in IPAM</translation>
    </message>
    <message>
        <source>its network site %1 is not in IPAM</source>
        <translation>sein Netzwerkstandort %1 ist nicht in IPAM</translation>
    </message>
    <message>
        <source>its subnet %1 is not in IPAM</source>
        <translation>sein Subnetz %1 ist nicht in IPAM</translation>
    </message>
    <message>
        <source>its subnet %1 is not the VM subnet&apos;s %2</source>
        <translation>sein Subnetz %1 ist nicht das des VM-Subnetzes (%2)</translation>
    </message>
    <message>
        <source>%1 offers no %2: not SPF&apos;s VMM service (it offers %3)</source>
        <translation>%1 bietet kein %2: nicht der VMM-Dienst von SPF (er bietet %3)</translation>
    </message>
    <message>
        <source>no entity sets</source>
        <translation>keine Entitätenmengen</translation>
    </message>
    <message>
        <source>the service serves %1 stamps (VMM servers): %2; pick one with --stamp GUID (or the console&apos;s VMM stamp setting)</source>
        <translation>der Dienst bedient %1 Stempel (VMM-Server): %2; wählen Sie einen mit --stamp GUID (oder der Einstellung VMM-Stempel der Konsole)</translation>
    </message>
    <message>
        <source>provider address space %1 does not exist</source>
        <translation>der Anbieteradressraum %1 existiert nicht</translation>
    </message>
    <message>
        <source>there is no open conflict #%1</source>
        <translation>es gibt keinen offenen Konflikt #%1</translation>
    </message>
    <message>
        <source>conflict #%1 has lost its link</source>
        <translation>Konflikt #%1 hat seine Verknüpfung verloren</translation>
    </message>
    <message>
        <source>keeping IPAM&apos;s version needs the VMM URL (--vmm)</source>
        <translation>um die Fassung von IPAM zu behalten, wird die VMM-URL gebraucht (--vmm)</translation>
    </message>
    <message>
        <source>VMM does not take the change</source>
        <translation>VMM übernimmt die Änderung nicht</translation>
    </message>
    <message>
        <source>the synchronized object was not written</source>
        <translation>das synchronisierte Objekt wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>$metadata is not XML (line %1: %2)</source>
        <translation>$metadata ist kein XML (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>$metadata is not an EDMX document (no edmx:Edmx element)</source>
        <translation>$metadata ist kein EDMX-Dokument (kein edmx:Edmx-Element)</translation>
    </message>
    <message>
        <source>%1 asks for Windows authentication (%2) over plain http: the NTLM exchange can be captured and the password of %3 attacked offline, and nothing that follows is protected; use https</source>
        <translation>%1 verlangt Windows-Authentifizierung (%2) über unverschlüsseltes http: der NTLM-Austausch kann mitgeschnitten und das Passwort von %3 offline angegriffen werden, und nichts Folgendes ist geschützt; verwenden Sie https</translation>
    </message>
    <message>
        <source>%1 asks for Basic authentication over plain http: the password of %2 travels readable by anyone on the path; use https</source>
        <translation>%1 verlangt Basic-Authentifizierung über unverschlüsseltes http: das Passwort von %2 ist für jeden auf dem Weg lesbar; verwenden Sie https</translation>
    </message>
    <message>
        <source>: HTTP 401: %1 did not accept the bearer token (it asks for %2)</source>
        <translation>: HTTP 401: %1 hat das Bearer-Token nicht angenommen (verlangt wird %2)</translation>
    </message>
    <message>
        <source>: HTTP 401: %1 did not accept the user %2 with the password given (%3): check the user name (DOMAIN\user for Windows authentication) and the password</source>
        <translation>: HTTP 401: %1 hat den Benutzer %2 mit dem angegebenen Passwort nicht angenommen (%3): prüfen Sie den Benutzernamen (DOMÄNE\Benutzer bei Windows-Authentifizierung) und das Passwort</translation>
    </message>
    <message>
        <source>: HTTP 401: %1 requires authentication (%2): give a user and password</source>
        <translation>: HTTP 401: %1 verlangt Authentifizierung (%2): geben Sie Benutzer und Passwort an</translation>
    </message>
    <message>
        <source>the $metadata of %1 declares no entity set %2, which its service document offers</source>
        <translation>das $metadata von %1 deklariert keine Entitätsmenge %2, die sein Dienstdokument anbietet</translation>
    </message>
    <message>
        <source>the $metadata of %1 gives %2 (entity type %3) no property %4, which the connector relies on (SPF documents it): not the SPF release the connector was built for</source>
        <translation>das $metadata von %1 gibt %2 (Entitätstyp %3) keine Eigenschaft %4, auf die sich der Konnektor stützt (SPF dokumentiert sie): nicht die SPF-Version, für die der Konnektor gebaut wurde</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the service serves no usable $metadata (%1): entity properties are checked as entities are read</source>
        <translation>der Dienst liefert kein brauchbares $metadata (%1): die Eigenschaften der Entitäten werden beim Lesen geprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 in hex (64 digits)</source>
        <translation>&quot;%1&quot; ist kein SHA-256 in Hex (64 Ziffern)</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>die CA-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ipam::WriteTransaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>Überwachungsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot announce the change: %1</source>
        <translation>Änderung kann nicht bekannt gegeben werden: %1</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>Commit fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ipam::rules</name>
    <message>
        <source>address space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>logical network</source>
        <translation>logisches Netzwerk</translation>
    </message>
    <message>
        <source>network site</source>
        <translation>Netzwerkstandort</translation>
    </message>
    <message>
        <source>VM network</source>
        <translation>VM-Netzwerk</translation>
    </message>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>network type %1 does not fit address space %2 (%3)</source>
        <translation>Netzwerktyp %1 passt nicht zum Adressraum %2 (%3)</translation>
    </message>
    <message>
        <source>network type cannot change from %1 to %2</source>
        <translation>Netzwerktyp kann nicht von %1 zu %2 wechseln</translation>
    </message>
    <message>
        <source>%1 %2 holds %3 %4 at character %5</source>
        <translation>%1 %2 enthält %3 %4 an Zeichen %5</translation>
    </message>
    <message>
        <source>the bidirectional control</source>
        <translation>das bidirektionale Steuerzeichen</translation>
    </message>
    <message>
        <source>the control character</source>
        <translation>das Steuerzeichen</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>Name fehlt (%1)</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>Name (%1)</translation>
    </message>
    <message>
        <source>%1 name %2 has leading or trailing spaces</source>
        <translation>Name %2 (%1) hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>%1 name is longer than 255 characters</source>
        <translation>Name (%1) ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>provider address space %1 cannot have an associated provider address space</source>
        <translation>Anbieter-Adressraum %1 kann keinen zugeordneten Anbieter-Adressraum haben</translation>
    </message>
    <message>
        <source>isolation method applies to customer address spaces only, not to %1</source>
        <translation>Eine Isolationsmethode gilt nur für Kunden-Adressräume, nicht für %1</translation>
    </message>
    <message>
        <source>address space &quot;Default&quot; is a provider space</source>
        <translation>Der Adressraum „Default“ ist ein Anbieter-Adressraum</translation>
    </message>
    <message>
        <source>customer address space %1 needs an associated provider address space</source>
        <translation>Kunden-Adressraum %1 braucht einen zugeordneten Anbieter-Adressraum</translation>
    </message>
    <message>
        <source>%1 is a customer address space; a customer space must be associated with a provider space</source>
        <translation>%1 ist ein Kunden-Adressraum; ein Kunden-Adressraum muss einem Anbieter-Adressraum zugeordnet sein</translation>
    </message>
    <message>
        <source>customer address space %1 needs an isolation method (NVGRE or IPRewrite)</source>
        <translation>Kunden-Adressraum %1 braucht eine Isolationsmethode (NVGRE oder IPRewrite)</translation>
    </message>
    <message>
        <source>VLAN ID %1 is out of range (0..4094)</source>
        <translation>VLAN-ID %1 liegt außerhalb des gültigen Bereichs (0..4094)</translation>
    </message>
    <message>
        <source>VLAN ID %1 is listed twice</source>
        <translation>VLAN-ID %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>network site %1 needs its logical network</source>
        <translation>Netzwerkstandort %1 braucht sein logisches Netzwerk</translation>
    </message>
    <message>
        <source>subnet %1 is in customer address space %2; only provider subnets are assigned to logical networks</source>
        <translation>Subnetz %1 liegt im Kunden-Adressraum %2; nur Anbieter-Subnetze werden logischen Netzwerken zugewiesen</translation>
    </message>
    <message>
        <source>logical network %1 belongs to another provider address space than subnet %2 (%3)</source>
        <translation>Logisches Netzwerk %1 gehört zu einem anderen Anbieter-Adressraum als Subnetz %2 (%3)</translation>
    </message>
    <message>
        <source>network site %1 is not a site of logical network %2</source>
        <translation>Netzwerkstandort %1 ist kein Standort des logischen Netzwerks %2</translation>
    </message>
    <message>
        <source>subnet %1 lies outside the subnets of VM network %2&apos;s logical network, which does not use network virtualization</source>
        <translation>Subnetz %1 liegt außerhalb der Subnetze des logischen Netzwerks von VM-Netzwerk %2, das keine Netzwerkvirtualisierung verwendet</translation>
    </message>
    <message>
        <source>gateway &quot;%1&quot; is not of the range&apos;s family</source>
        <translation>Gateway „%1“ gehört nicht zur Adressfamilie des Bereichs</translation>
    </message>
    <message>
        <source>range %1 mixes IPv4 and IPv6</source>
        <translation>Bereich %1 mischt IPv4 und IPv6</translation>
    </message>
    <message>
        <source>range %1 ends before it starts</source>
        <translation>Bereich %1 endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>range %1 does not lie inside subnet %2</source>
        <translation>Bereich %1 liegt nicht im Subnetz %2</translation>
    </message>
    <message>
        <source>block %1: start/end %2-%3 lie outside the network</source>
        <translation>Block %1: Anfang/Ende %2-%3 liegen außerhalb des Netzwerks</translation>
    </message>
    <message>
        <source>block %1 ends before it starts</source>
        <translation>Block %1 endet, bevor er beginnt</translation>
    </message>
</context>
<context>
    <name>ipamctl</name>
    <message>
        <source>The store: an SQLite file or postgresql://user@host:port/dbname (default: $IPAM_DB, else ipam.sqlite in the user&apos;s data folder).</source>
        <translation>Der Datenspeicher: eine SQLite-Datei oder postgresql://benutzer@host:port/dbname (Standard: $IPAM_DB, sonst ipam.sqlite im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Act as this principal (SQLite only, for holders of IPAM Administrator Role in Global; default: the OS user, or on PostgreSQL the login).</source>
        <translation>Als dieser Prinzipal handeln (nur SQLite, für Inhaber der IPAM Administrator Role in Global; Standard: der Betriebssystembenutzer, unter PostgreSQL die Anmeldung).</translation>
    </message>
    <message>
        <source>How results are printed: table (default, for people), json (an array of objects) or csv.</source>
        <translation>Wie Ergebnisse ausgegeben werden: table (Standard, für Menschen), json (ein Array von Objekten) oder csv.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Add a provider or customer address space.</source>
        <translation>Einen Anbieter- oder Kundenadressraum hinzufügen.</translation>
    </message>
    <message>
        <source>List the address spaces.</source>
        <translation>Die Adressräume auflisten.</translation>
    </message>
    <message>
        <source>Remove an empty address space.</source>
        <translation>Einen leeren Adressraum entfernen.</translation>
    </message>
    <message>
        <source>Put address spaces in an access scope, or let them inherit it again.</source>
        <translation>Adressräume in einen Zugriffsbereich legen oder ihn wieder erben lassen.</translation>
    </message>
    <message>
        <source>Add a VMM logical network.</source>
        <translation>Ein logisches VMM-Netzwerk hinzufügen.</translation>
    </message>
    <message>
        <source>List the logical networks.</source>
        <translation>Die logischen Netzwerke auflisten.</translation>
    </message>
    <message>
        <source>Remove a logical network.</source>
        <translation>Ein logisches Netzwerk entfernen.</translation>
    </message>
    <message>
        <source>Add a network site to a logical network.</source>
        <translation>Einem logischen Netzwerk einen Netzwerkstandort hinzufügen.</translation>
    </message>
    <message>
        <source>List the network sites.</source>
        <translation>Die Netzwerkstandorte auflisten.</translation>
    </message>
    <message>
        <source>Remove a network site.</source>
        <translation>Einen Netzwerkstandort entfernen.</translation>
    </message>
    <message>
        <source>Add a subnet.</source>
        <translation>Ein Subnetz hinzufügen.</translation>
    </message>
    <message>
        <source>List subnets, filtered by space, logical network, site, address family or an address they contain.</source>
        <translation>Subnetze auflisten, gefiltert nach Raum, logischem Netzwerk, Standort, Adressfamilie oder einer enthaltenen Adresse.</translation>
    </message>
    <message>
        <source>Change a subnet&apos;s properties.</source>
        <translation>Die Eigenschaften eines Subnetzes ändern.</translation>
    </message>
    <message>
        <source>Remove a subnet.</source>
        <translation>Ein Subnetz entfernen.</translation>
    </message>
    <message>
        <source>Assign subnets to a logical network (and site).</source>
        <translation>Subnetze einem logischen Netzwerk (und Standort) zuweisen.</translation>
    </message>
    <message>
        <source>Take subnets off their logical network.</source>
        <translation>Die Zuweisung von Subnetzen an ihr logisches Netzwerk aufheben.</translation>
    </message>
    <message>
        <source>Put subnets in an access scope, or let them inherit it again.</source>
        <translation>Subnetze in einen Zugriffsbereich legen oder ihn wieder erben lassen.</translation>
    </message>
    <message>
        <source>Add an IP address block.</source>
        <translation>Einen IP-Adressblock hinzufügen.</translation>
    </message>
    <message>
        <source>List the IP address blocks.</source>
        <translation>Die IP-Adressblöcke auflisten.</translation>
    </message>
    <message>
        <source>Remove an IP address block.</source>
        <translation>Einen IP-Adressblock entfernen.</translation>
    </message>
    <message>
        <source>Add an IP address range inside a subnet.</source>
        <translation>Einen IP-Adressbereich in einem Subnetz hinzufügen.</translation>
    </message>
    <message>
        <source>List IP address ranges.</source>
        <translation>IP-Adressbereiche auflisten.</translation>
    </message>
    <message>
        <source>Remove an IP address range.</source>
        <translation>Einen IP-Adressbereich entfernen.</translation>
    </message>
    <message>
        <source>Record an IP address.</source>
        <translation>Eine IP-Adresse erfassen.</translation>
    </message>
    <message>
        <source>List IP addresses.</source>
        <translation>IP-Adressen auflisten.</translation>
    </message>
    <message>
        <source>Remove an IP address.</source>
        <translation>Eine IP-Adresse entfernen.</translation>
    </message>
    <message>
        <source>Find free subnets of a prefix length inside a prefix.</source>
        <translation>Freie Subnetze einer Präfixlänge innerhalb eines Präfixes finden.</translation>
    </message>
    <message>
        <source>Find free addresses in a subnet.</source>
        <translation>Freie Adressen in einem Subnetz finden.</translation>
    </message>
    <message>
        <source>Import subnets, ranges or addresses from an IPAM CSV file, all or nothing.</source>
        <translation>Subnetze, Bereiche oder Adressen aus einer IPAM-CSV-Datei importieren, alles oder nichts.</translation>
    </message>
    <message>
        <source>Export subnets, ranges or addresses as IPAM CSV.</source>
        <translation>Subnetze, Bereiche oder Adressen als IPAM-CSV exportieren.</translation>
    </message>
    <message>
        <source>Show the newest changes (audit log).</source>
        <translation>Die neuesten Änderungen anzeigen (Überwachungsprotokoll).</translation>
    </message>
    <message>
        <source>Add an access scope.</source>
        <translation>Einen Zugriffsbereich hinzufügen.</translation>
    </message>
    <message>
        <source>List the access scopes.</source>
        <translation>Die Zugriffsbereiche auflisten.</translation>
    </message>
    <message>
        <source>Move an access scope to a new parent.</source>
        <translation>Einen Zugriffsbereich unter einen neuen übergeordneten Bereich verschieben.</translation>
    </message>
    <message>
        <source>Remove an access scope.</source>
        <translation>Einen Zugriffsbereich entfernen.</translation>
    </message>
    <message>
        <source>List the roles and their operations.</source>
        <translation>Die Rollen und ihre Vorgänge auflisten.</translation>
    </message>
    <message>
        <source>Add a role.</source>
        <translation>Eine Rolle hinzufügen.</translation>
    </message>
    <message>
        <source>Copy a role under a new name.</source>
        <translation>Eine Rolle unter neuem Namen kopieren.</translation>
    </message>
    <message>
        <source>Add operations to a role or remove them.</source>
        <translation>Einer Rolle Vorgänge hinzufügen oder sie entfernen.</translation>
    </message>
    <message>
        <source>Remove a role.</source>
        <translation>Eine Rolle entfernen.</translation>
    </message>
    <message>
        <source>Give a user or group a role in an access scope.</source>
        <translation>Einem Benutzer oder einer Gruppe eine Rolle in einem Zugriffsbereich geben.</translation>
    </message>
    <message>
        <source>List the access policies.</source>
        <translation>Die Zugriffsrichtlinien auflisten.</translation>
    </message>
    <message>
        <source>Remove access policies.</source>
        <translation>Zugriffsrichtlinien entfernen.</translation>
    </message>
    <message>
        <source>Show the acting principal, its groups and its roles.</source>
        <translation>Den handelnden Prinzipal, seine Gruppen und seine Rollen anzeigen.</translation>
    </message>
    <message>
        <source>Tell whether the acting principal may perform an operation on a subnet.</source>
        <translation>Angeben, ob der handelnde Prinzipal einen Vorgang an einem Subnetz ausführen darf.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>A value refused: not one of an option&apos;s choices, not an address, an unknown name, an overlap, a bad CSV row.</source>
        <translation>Ein Wert abgelehnt: keine der Auswahlmöglichkeiten einer Option, keine Adresse, ein unbekannter Name, eine Überschneidung, eine fehlerhafte CSV-Zeile.</translation>
    </message>
    <message>
        <source>Usage: unknown command, object kind or option, missing or extra operand, option or value.</source>
        <translation>Aufruf: unbekannter Befehl, unbekannte Objektart oder Option, fehlender oder überzähliger Operand, fehlende Option oder fehlender Wert.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Conflict with a concurrent change.</source>
        <translation>Konflikt mit einer gleichzeitigen Änderung.</translation>
    </message>
    <message>
        <source>The store when --db is not given (file path or postgresql:// URL).</source>
        <translation>Der Datenspeicher, wenn --db nicht angegeben ist (Dateipfad oder postgresql://-URL).</translation>
    </message>
    <message>
        <source>The PostgreSQL password when the URL has none.</source>
        <translation>Das PostgreSQL-Passwort, wenn die URL keines enthält.</translation>
    </message>
    <message>
        <source>sync: the VMM bearer token, when no --credentials-file is given.</source>
        <translation>sync: das Bearer-Token für VMM, wenn keine --credentials-file angegeben ist.</translation>
    </message>
    <message>
        <source>sync: the VMM user and password, when neither --credentials-file nor IPAM_VMM_TOKEN is given.</source>
        <translation>sync: Benutzer und Passwort für VMM, wenn weder --credentials-file noch IPAM_VMM_TOKEN angegeben ist.</translation>
    </message>
    <message>
        <source>The language of messages and help (English and German).</source>
        <translation>Die Sprache der Meldungen und der Hilfe (Englisch und Deutsch).</translation>
    </message>
    <message>
        <source>The default store, shared with ipam-console ($XDG_DATA_HOME/ipam-console/ipam.sqlite).</source>
        <translation>Der Standard-Datenspeicher, gemeinsam mit ipam-console ($XDG_DATA_HOME/ipam-console/ipam.sqlite).</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>exit codes:</source>
        <translation>Rückgabewerte:</translation>
    </message>
    <message>
        <source>environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>The JSON keys of each kind are listed in ipamctl(1).</source>
        <translation>Die JSON-Schlüssel jeder Art stehen in ipamctl(1).</translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>unbekannte Operation „%1“</translation>
    </message>
    <message>
        <source>--assignment-type must be Static, Dynamic, Auto, Reserved or VIP, not &quot;%1&quot;</source>
        <translation>--assignment-type muss Static, Dynamic, Auto, Reserved oder VIP sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>das Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>--start and --end go together</source>
        <translation>--start und --end gehören zusammen</translation>
    </message>
    <message>
        <source>unknown RIR &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannte RIR „%1“; erwartet wird eine von %2</translation>
    </message>
    <message>
        <source>usage: ipamctl [--db URL] [--as PRINCIPAL] [--format table|json|csv] %1</source>
        <translation>Aufruf: ipamctl [--db URL] [--as PRINCIPAL] [--format table|json|csv] %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>give either --scope PATH or --inherit</source>
        <translation>geben Sie entweder --scope PATH oder --inherit an</translation>
    </message>
    <message>
        <source>missing --lnet NAME</source>
        <translation>--lnet NAME fehlt</translation>
    </message>
    <message>
        <source>cannot import &quot;%1&quot;: expected subnet, range or address</source>
        <translation>„%1“ kann nicht importiert werden: erwartet wird subnet, range oder address</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot export &quot;%1&quot;: expected subnet, range or address</source>
        <translation>„%1“ kann nicht exportiert werden: erwartet wird subnet, range oder address</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>missing --within PREFIX and --length N</source>
        <translation>--within PREFIX und --length N fehlen</translation>
    </message>
    <message>
        <source>--length must be a prefix length from %1 to %2 inside %3, not &quot;%4&quot;</source>
        <translation>--length muss eine Präfixlänge von %1 bis %2 innerhalb von %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>no free /%1 in %2 in address space &quot;%3&quot;</source>
        <translation>kein freies /%1 in %2 im Adressraum „%3“</translation>
    </message>
    <message>
        <source>give one of --subnet PREFIX or --range START-END</source>
        <translation>geben Sie --subnet PREFIX oder --range START-END an</translation>
    </message>
    <message>
        <source>--range must be START-END (two addresses), not &quot;%1&quot;</source>
        <translation>--range muss START-END (zwei Adressen) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>no range %1 in address space &quot;%2&quot;</source>
        <translation>kein Bereich %1 im Adressraum „%2“</translation>
    </message>
    <message>
        <source>range %1 has no subnet</source>
        <translation>Bereich %1 hat kein Subnetz</translation>
    </message>
    <message>
        <source>range %1 in address space &quot;%2&quot; has no free address</source>
        <translation>Bereich %1 im Adressraum „%2“ hat keine freie Adresse</translation>
    </message>
    <message>
        <source>subnet %1 in address space &quot;%2&quot; has no free address</source>
        <translation>Subnetz %1 im Adressraum „%2“ hat keine freie Adresse</translation>
    </message>
    <message>
        <source>created a new, empty store %1 (%2; the console&apos;s --demo store is %3)</source>
        <translation>neuer, leerer Datenspeicher %1 angelegt (%2; der --demo-Datenspeicher der Konsole ist %3)</translation>
    </message>
    <message>
        <source>the default: no --db or IPAM_DB given</source>
        <translation>der Standard: weder --db noch IPAM_DB angegeben</translation>
    </message>
    <message>
        <source>from IPAM_DB</source>
        <translation>aus IPAM_DB</translation>
    </message>
    <message>
        <source>permission denied: %1 may not view %2 (scope %3)</source>
        <translation>Zugriff verweigert: %1 darf %2 nicht anzeigen (Zugriffsbereich %3)</translation>
    </message>
    <message>
        <source>missing value after %1</source>
        <translation>Wert nach %1 fehlt</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;</source>
        <translation>--format muss table, json oder csv sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>COMMAND ...  (ipamctl --help lists them)</source>
        <translation>COMMAND ...  (ipamctl --help listet sie auf)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;</source>
        <translation>unbekannter Befehl „%1 %2“</translation>
    </message>
    <message>
        <source>missing subcommand after &quot;%1&quot;</source>
        <translation>Unterbefehl nach „%1“ fehlt</translation>
    </message>
    <message>
        <source>no address space %1</source>
        <translation>kein Adressraum %1</translation>
    </message>
    <message>
        <source>no logical network %1 in address space %2</source>
        <translation>kein logisches Netzwerk %1 im Adressraum %2</translation>
    </message>
    <message>
        <source>no network site %1 in logical network %2</source>
        <translation>kein Netzwerkstandort %1 im logischen Netzwerk %2</translation>
    </message>
    <message>
        <source>no subnet %1 in address space %2</source>
        <translation>kein Subnetz %1 im Adressraum %2</translation>
    </message>
    <message>
        <source>no block %1 in address space %2</source>
        <translation>kein Block %1 im Adressraum %2</translation>
    </message>
    <message>
        <source>no range %1-%2 in address space %3</source>
        <translation>kein Bereich %1-%2 im Adressraum %3</translation>
    </message>
    <message>
        <source>no address %1 in address space %2%3</source>
        <translation>keine Adresse %1 im Adressraum %2%3</translation>
    </message>
    <message>
        <source> for that service</source>
        <translation> für diesen Dienst</translation>
    </message>
    <message>
        <source>address %1 is recorded %2 times in address space %3 (%4); choose one with --managed-by and --service-instance</source>
        <translation>Adresse %1 ist %2-mal im Adressraum %3 erfasst (%4); wählen Sie eine mit --managed-by und --service-instance</translation>
    </message>
    <message>
        <source>--family must be 4 or 6, not %1</source>
        <translation>--family muss 4 oder 6 sein, nicht %1</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to %2, not %3</source>
        <translation>--%1 muss eine Zahl von 1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>VLAN ID %1 is not a number</source>
        <translation>VLAN-ID %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>Principal  %1
Groups     %2

</source>
        <translation>Prinzipal  %1
Gruppen    %2

</translation>
    </message>
    <message>
        <source>no access policy: nothing is visible
</source>
        <translation>keine Zugriffsrichtlinie: nichts ist sichtbar
</translation>
    </message>
    <message>
        <source>missing --subnet PREFIX</source>
        <translation>--subnet PREFIX fehlt</translation>
    </message>
    <message>
        <source>allowed: %1 may %2 on %3 (scope %4), granted by:
</source>
        <translation>erlaubt: %1 darf %2 auf %3 ausführen (Zugriffsbereich %4), gewährt durch:
</translation>
    </message>
    <message>
        <source>missing --role ROLE and --scope PATH</source>
        <translation>--role ROLE und --scope PATH fehlen</translation>
    </message>
    <message>
        <source>nothing to change: give --add or --remove</source>
        <translation>nichts zu ändern: geben Sie --add oder --remove an</translation>
    </message>
    <message>
        <source>missing --type provider|customer</source>
        <translation>--type provider|customer fehlt</translation>
    </message>
    <message>
        <source>--type must be provider or customer, not &quot;%1&quot;</source>
        <translation>--type muss provider oder customer sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--isolation must be NVGRE or IPRewrite, not &quot;%1&quot;</source>
        <translation>--isolation muss NVGRE oder IPRewrite sein, nicht „%1“</translation>
    </message>
    <message>
        <source>no network site %1 in address space %2</source>
        <translation>kein Netzwerkstandort %1 im Adressraum %2</translation>
    </message>
    <message>
        <source>network site %1 exists in several logical networks of address space %2; name one with --lnet</source>
        <translation>Netzwerkstandort %1 gibt es in mehreren logischen Netzwerken des Adressraums %2; nennen Sie eines mit --lnet</translation>
    </message>
    <message>
        <source>--network-type must be NonVirtualized, Provider or Customer, not %1</source>
        <translation>--network-type muss NonVirtualized, Provider oder Customer sein, nicht %1</translation>
    </message>
    <message>
        <source>--virtual-subnet-id must be a number 0..4294967295, not %1</source>
        <translation>--virtual-subnet-id muss eine Zahl von 0..4294967295 sein, nicht %1</translation>
    </message>
    <message>
        <source>nothing to change: give at least one option</source>
        <translation>nichts zu ändern: geben Sie mindestens eine Option an</translation>
    </message>
    <message>
        <source>VMM user (empty for none): </source>
        <translation>VMM-Benutzer (leer für keinen): </translation>
    </message>
    <message>
        <source>VMM password: </source>
        <translation>VMM-Kennwort: </translation>
    </message>
    <message>
        <source>give either --conflicts or --resolve</source>
        <translation>geben Sie entweder --conflicts oder --resolve an</translation>
    </message>
    <message>
        <source>missing --vmm URL</source>
        <translation>--vmm URL fehlt</translation>
    </message>
    <message>
        <source>give either --once or --interval</source>
        <translation>geben Sie entweder --once oder --interval an</translation>
    </message>
    <message>
        <source>--resolve ID goes with --keep ipam|vmm</source>
        <translation>--resolve ID gehört zu --keep ipam|vmm</translation>
    </message>
    <message>
        <source>--vmm &quot;%1&quot; is not an http(s) URL</source>
        <translation>--vmm „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--interval must be at least 1 second</source>
        <translation>--interval muss mindestens 1 Sekunde sein</translation>
    </message>
    <message>
        <source>--resolve takes a conflict id, not &quot;%1&quot;</source>
        <translation>--resolve erwartet eine Konflikt-ID, nicht „%1“</translation>
    </message>
    <message>
        <source>--keep must be ipam or vmm, not &quot;%1&quot;</source>
        <translation>--keep muss ipam oder vmm sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--keep ipam sends IPAM&apos;s version to VMM: give --vmm URL</source>
        <translation>--keep ipam sendet die Fassung von IPAM an VMM: geben Sie --vmm URL an</translation>
    </message>
    <message>
        <source>resolved conflict #%1: kept %2&apos;s version
</source>
        <translation>Konflikt #%1 gelöst: Fassung von %2 behalten
</translation>
    </message>
    <message>
        <source>not in VMM: %1</source>
        <translation>nicht in VMM: %1</translation>
    </message>
    <message>
        <source>sync did not complete: %1</source>
        <translation>Synchronisierung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>note: blocks, subnets, ranges and addresses are searched for 3 characters or more</source>
        <translation>Hinweis: Blöcke, Subnetze, Bereiche und Adressen werden ab 3 Zeichen durchsucht</translation>
    </message>
    <message>
        <source>note: more %1 objects match than --limit %2 shows</source>
        <translation>Hinweis: mehr %1-Objekte passen, als --limit %2 zeigt</translation>
    </message>
    <message>
        <source>no saved view %1</source>
        <translation>keine gespeicherte Ansicht %1</translation>
    </message>
    <message>
        <source>saved view %1 lists %2, not subnets</source>
        <translation>gespeicherte Ansicht %1 listet %2, keine Subnetze</translation>
    </message>
    <message>
        <source>Find objects in every address space: an address or prefix (&quot;contains 10.1.2.3&quot;), a name, a MAC, an owner.</source>
        <translation>Objekte in allen Adressräumen suchen: eine Adresse oder ein Präfix (&quot;contains 10.1.2.3&quot;), einen Namen, eine MAC, einen Besitzer.</translation>
    </message>
    <message>
        <source>--type must be Text, Number, OneOf or ManyOf, not &quot;%1&quot;</source>
        <translation>--type muss Text, Number, OneOf oder ManyOf sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no custom field &quot;%1&quot;</source>
        <translation>es gibt kein benutzerdefiniertes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--criteria: %1</source>
        <translation>--criteria: %1</translation>
    </message>
    <message>
        <source>--stamp &quot;%1&quot; is not a GUID</source>
        <translation>--stamp &quot;%1&quot; ist keine GUID</translation>
    </message>
    <message>
        <source>Synchronize a provider space with VMM (once, or every --interval seconds; --stamp GUID picks the VMM server when SPF serves several); list conflicts; resolve one.</source>
        <translation>Einen Anbieteradressraum mit VMM synchronisieren (einmal oder alle --interval Sekunden; --stamp GUID wählt den VMM-Server, wenn SPF mehrere bedient); Konflikte auflisten; einen lösen.</translation>
    </message>
    <message>
        <source>Show an object&apos;s utilization over time (default: the last 30 days, each change; --step samples at fixed steps such as 1d). KIND is subnet, range (START-END), block, site (with --lnet), lnet or space.</source>
        <translation>Die Auslastung eines Objekts über die Zeit zeigen (Standard: die letzten 30 Tage, jede Änderung; --step nimmt Stichproben in festen Schritten wie 1d). ART ist subnet, range (START-ENDE), block, site (mit --lnet), lnet oder space.</translation>
    </message>
    <message>
        <source>Forecast when an object crosses the over-utilization threshold and is full (least squares over the last --days days).</source>
        <translation>Vorhersagen, wann ein Objekt den Schwellenwert der Überauslastung überschreitet und voll ist (kleinste Quadrate über die letzten --days Tage).</translation>
    </message>
    <message>
        <source>Define a custom field for blocks, subnets, ranges or addresses.</source>
        <translation>Ein benutzerdefiniertes Feld für Blöcke, Subnetze, Bereiche oder Adressen definieren.</translation>
    </message>
    <message>
        <source>List the custom fields, IPAM&apos;s built-in ones first.</source>
        <translation>Die benutzerdefinierten Felder auflisten, die integrierten von IPAM zuerst.</translation>
    </message>
    <message>
        <source>Rename a custom field or change the values it offers.</source>
        <translation>Ein benutzerdefiniertes Feld umbenennen oder die angebotenen Werte ändern.</translation>
    </message>
    <message>
        <source>Remove a custom field and its values from every object.</source>
        <translation>Ein benutzerdefiniertes Feld und seine Werte aus allen Objekten entfernen.</translation>
    </message>
    <message>
        <source>Where a field holds a value, let another field offer only the given values.</source>
        <translation>Wo ein Feld einen Wert hat, ein anderes Feld nur die angegebenen Werte anbieten lassen.</translation>
    </message>
    <message>
        <source>Add an IP address range group.</source>
        <translation>Eine IP-Adressbereichsgruppe hinzufügen.</translation>
    </message>
    <message>
        <source>List the IP address range groups.</source>
        <translation>Die IP-Adressbereichsgruppen auflisten.</translation>
    </message>
    <message>
        <source>Remove an IP address range group.</source>
        <translation>Eine IP-Adressbereichsgruppe entfernen.</translation>
    </message>
    <message>
        <source>range %1: expected START-END, e.g. 10.0.0.10-10.0.0.99</source>
        <translation>Bereich %1: erwartet wird START-ENDE, z. B. 10.0.0.10-10.0.0.99</translation>
    </message>
    <message>
        <source>site %1: missing --lnet NAME</source>
        <translation>Standort %1: --lnet NAME fehlt</translation>
    </message>
    <message>
        <source>unknown object kind %1 (subnet, range, block, site, lnet or space)</source>
        <translation>unbekannte Objektart %1 (subnet, range, block, site, lnet oder space)</translation>
    </message>
    <message>
        <source>--%1 %2: expected a date or time such as 2026-01-31 or 2026-01-31T08:00:00Z, or now</source>
        <translation>--%1 %2: erwartet wird ein Datum oder eine Uhrzeit wie 2026-01-31 oder 2026-01-31T08:00:00Z, oder now</translation>
    </message>
    <message>
        <source>--step %1: expected a count and a unit, m, h, d or w (e.g. 1d)</source>
        <translation>--step %1: erwartet werden eine Anzahl und eine Einheit, m, h, d oder w (z. B. 1d)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>--step %1: more than 100,000 steps from --from to --to</source>
        <translation>--step %1: mehr als 100.000 Schritte von --from bis --to</translation>
    </message>
    <message>
        <source>--days %1: a trend needs at least 2 days</source>
        <translation>--days %1: ein Verlauf braucht mindestens 2 Tage</translation>
    </message>
    <message>
        <source>least squares over the last %1 days, daily samples</source>
        <translation>kleinste Quadrate über die letzten %1 Tage, tägliche Stichproben</translation>
    </message>
    <message>
        <source>List the utilization alerts raised now, with their Id and state (Raised, Acknowledged, Snoozed): subnets (and ranges that set a threshold themselves) over their effective over-utilization threshold, forecast full within their &quot;full within&quot; days, under the under-utilization threshold where one is set. --full-within DAYS (0: none) and --under (everywhere) evaluate what-ifs. Exit 5 when any is raised and neither acknowledged nor snoozed.</source>
        <translation>Die jetzt ausgelösten Auslastungswarnungen mit Id und Zustand (Raised, Acknowledged, Snoozed) auflisten: Subnetze (und Bereiche mit eigenem Schwellenwert) über ihrem wirksamen Schwellenwert für Überauslastung, laut Prognose voll innerhalb ihrer &quot;voll innerhalb&quot;-Tage, unter dem Schwellenwert für Unterauslastung, wo einer gesetzt ist. --full-within TAGE (0: keine) und --under (überall) werten Was-wäre-wenn aus. Exit 5, wenn eine ausgelöst und weder bestätigt noch zurückgestellt ist.</translation>
    </message>
    <message>
        <source>Acknowledge a raised utilization alert (until it clears).</source>
        <translation>Eine ausgelöste Auslastungswarnung bestätigen (bis sie aufgehoben wird).</translation>
    </message>
    <message>
        <source>Snooze a raised utilization alert for a while (--for 7d) or until a date (--until 2026-02-01).</source>
        <translation>Eine ausgelöste Auslastungswarnung eine Weile (--for 7d) oder bis zu einem Datum (--until 2026-02-01) zurückstellen.</translation>
    </message>
    <message>
        <source>Set an object&apos;s own utilization thresholds (space, lnet, site, subnet or range): over and under percent, full within days (0: no forecast alert); inherit unsets one. What is not set is inherited: space &gt; lnet &gt; site &gt; subnet &gt; range, then the store-wide setting.</source>
        <translation>Die eigenen Auslastungsschwellenwerte eines Objekts setzen (space, lnet, site, subnet oder range): Über- und Unterauslastung in Prozent, voll innerhalb von Tagen (0: keine Prognosewarnung); inherit hebt einen auf. Was nicht gesetzt ist, wird geerbt: space &gt; lnet &gt; site &gt; subnet &gt; range, dann die Einstellung des gesamten Speichers.</translation>
    </message>
    <message>
        <source>Show an object&apos;s own utilization thresholds and the effective ones, with where each comes from.</source>
        <translation>Die eigenen und die wirksamen Auslastungsschwellenwerte eines Objekts zeigen, jeweils mit ihrer Herkunft.</translation>
    </message>
    <message>
        <source>Remove an object&apos;s own utilization thresholds: it inherits them again.</source>
        <translation>Die eigenen Auslastungsschwellenwerte eines Objekts entfernen: es erbt sie wieder.</translation>
    </message>
    <message>
        <source>alert list: at least one alert is raised and neither acknowledged nor snoozed.</source>
        <translation>alert list: mindestens eine Warnung ist ausgelöst und weder bestätigt noch zurückgestellt.</translation>
    </message>
    <message>
        <source>alert state not updated: %1</source>
        <translation>Warnungszustand nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>alert %1: expected the Id that alert list prints</source>
        <translation>alert %1: erwartet die Id, die alert list ausgibt</translation>
    </message>
    <message>
        <source>--for %1: expected a count and a unit, m, h, d or w (e.g. 7d)</source>
        <translation>--for %1: erwartet eine Anzahl und eine Einheit, m, h, d oder w (z. B. 7d)</translation>
    </message>
    <message>
        <source>alert snooze: give either --for DURATION or --until WHEN</source>
        <translation>alert snooze: entweder --for DAUER oder --until ZEITPUNKT angeben</translation>
    </message>
    <message>
        <source>--%1 %2: expected a percentage such as 85 or 12.5, or inherit</source>
        <translation>--%1 %2: erwartet einen Prozentwert wie 85 oder 12.5, oder inherit</translation>
    </message>
    <message>
        <source>--full-within %1: expected a number of days such as 14 (0: no forecast alert), or inherit</source>
        <translation>--full-within %1: erwartet eine Anzahl Tage wie 14 (0: keine Prognosewarnung), oder inherit</translation>
    </message>
    <message>
        <source>threshold set: give --over, --under or --full-within</source>
        <translation>threshold set: --over, --under oder --full-within angeben</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
</TS>
