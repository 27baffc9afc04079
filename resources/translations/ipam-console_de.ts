<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>IP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN ID &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam-console</name>
    <message>
        <source>IP address management console: browse and manage physical and virtualized address space (VMM logical networks, network sites, VM networks, blocks, subnets, ranges, addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: an SQLite file or postgresql://user@host:port/dbname (default: $IPAM_DB, else ipam.sqlite in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo store (demo.sqlite in the data folder unless --db is given) and fill it with the demo data set when it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AccessControlPage</name>
    <message>
        <source>Effective Permissions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which operations a user or group may perform in an access scope, and which policy grants each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 in %2 (%3 %4)&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Access control&lt;/h3&gt;&lt;p&gt;Roles are sets of operations; access scopes form a tree under Global that every object lies in; an access policy grants a user or group roles in access scopes, which reach the scopes below them.&lt;/p&gt;&lt;p&gt;%1 roles (%2 built-in), %3 access scopes, access policies for %4 users and groups.&lt;/p&gt;&lt;p&gt;You act as &lt;b&gt;%5&lt;/b&gt;. Your policies:&lt;/p&gt;&lt;ul&gt;%6&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;none: nothing is visible to you&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roles are read-only: copy one to make a variant. A role in use by an access policy cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an access scope onto another to move it there. Objects keep their scope; the policies that reach them follow the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user or group holds one or more roles in access scopes; a role granted in a scope applies to every scope below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, access scopes and access policies decide who may do what, and where.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AccessControlView</name>
    <message>
        <source>Requires the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AccessPoliciesPage</name>
    <message>
        <source>Add Access Policy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a user or group roles in access scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Access Policy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the roles and access scopes of the selected user or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Access Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every role and access scope of the selected user or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the access policy of %1 (%2 role and access scope pairs)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy of %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AccessPolicyModel</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and Access Scopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AccessScopeDialog</name>
    <message>
        <source>Add Access Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Access Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the access scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access scope name cannot contain / or \ (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AccessScopeModel</name>
    <message>
        <source>Address-space objects whose access scope is %1 (not counting its child scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That access scope no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access scope Global cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move into itself or one of its child scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an access scope named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AccessScopesPage</name>
    <message>
        <source>Add Access Scope...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an access scope under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Access Scope...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected access scope or edit its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Access Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected access scope and its child scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Access Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the access scope to add under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an access scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access scope Global cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access scope %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access scope %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the access scope %1 and its %2 child scopes? Its %3 objects move to %4; the access policies granted in it are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access scope %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::ActionsPane</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AddressDialog</name>
    <message>
        <source>Edit IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in subnet, e.g. 10.1.2.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Free Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet / range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed &amp;by service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service i&amp;nstance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IP address, or find a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs a managing service and a service instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded in this address space (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subnet: the address will be unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnet %1 in this address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet %1 has no free address left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AddressMapWidget</name>
    <message>
        <source>
%1 % assigned, %2 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AddressModel</name>
    <message>
        <source>IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AddressSpaceDialog</name>
    <message>
        <source>Edit IP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of IP address space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider IP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer IP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated &amp;provider space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isolation method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VM network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address space named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AssignSubnetsDialog</name>
    <message>
        <source>Assign to Logical Network / Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected subnet to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the %1 selected subnets to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected subnets cannot be assigned to any logical network or site: only provider subnets are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign: no logical network, no site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AuditLogModel</name>
    <message>
        <source>Before: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::AuditPane</name>
    <message>
        <source>Show the changes of one principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes of a recent period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object or operation (e.g. 10.1.0.0/24, Storage, Assign)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::BlockDialog</name>
    <message>
        <source>Edit IP Address Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network (prefix):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RIR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the block as a prefix, e.g. 10.0.0.0/8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 partly overlaps block %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::BlockModel</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::ChoiceListModel</name>
    <message>
        <source>Any logical network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any network site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::ConflictVersionsModel</name>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::ConsoleCommands</name>
    <message>
        <source>Add IP Address &amp;Space...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add VMM &amp;Logical Network...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Network S&amp;ite...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;VM Network...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address &amp;Block...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address S&amp;ubnet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address &amp;Range...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP &amp;Address...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Free Subnet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Allocate Available IP A&amp;ddress...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to Logical Network / &amp;Site...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste (Assign Here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Access Sco&amp;pe...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Access Scope...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective Permiss&amp;ions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete %1 Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires the operation “%1” in scope %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires the operation “%1” in an access scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your access scopes: shown only as the path to the objects you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n subnet(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n subnet(s): paste them onto a logical network, a network site or a provider space (unassigned) in the console tree.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile. Nothing was saved: this editor now shows the stored version (version %2); make your change again and press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective Permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 objects?
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 object(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::ConsoleTreeModel</name>
    <message>
        <source>IP ADDRESS SPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Range Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIRTUALIZED IP ADDRESS SPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider IP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer IP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCESS CONTROL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 %3 subnets, %4 % of %5 addresses used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::DetailsPane</name>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TotalAddresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UtilizedAddresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (subnets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address map of %1: %2 cells of /%3, %4 subnets; colour = logical network (stronger = more assigned), dark band = used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address map of %1: %2 cells of /%3; coloured = in a range, dark band = addresses in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses in subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::EditHistory</name>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::EffectivePermissionsDialog</name>
    <message>
        <source>Effective Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the user belongs to, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may perform %2 of %3 operations in %4, and %5 the objects there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::EffectivePermissionsModel</name>
    <message>
        <source>%1 %2: %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy grants a role holding %1 in this scope or above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: granted by a role holding it in any scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::LogicalNetworkDialog</name>
    <message>
        <source>Edit VMM Logical Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add VMM Logical Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider IP address &amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow new VM networks to use network &amp;virtualization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This space already has a logical network named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::MainWindow</name>
    <message>
        <source>IPAM Console - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 subnets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Current View...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Current View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv&amp;6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IPAM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IPAM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;IPAM Console&lt;/b&gt; %1&lt;p&gt;IP address management for physical and virtualized address space: VMM logical networks, network sites, VM networks, blocks, subnets, ranges and addresses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Synchronization &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other consoles&apos; and ipamctl&apos;s changes appear as they are committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see who made it, when, and the object before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Current View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::NetworkSiteDialog</name>
    <message>
        <source>Edit Network Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Network Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;LAN IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logical network the site belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This logical network already has a site named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::ObjectDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::OperationTreeModel</name>
    <message>
        <source>Reserved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reserved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::PolicyDialog</name>
    <message>
        <source>Edit Access Policy - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Access Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group name (a login or database role on PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access settings (role and access scope):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user or group the policy is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one role and access scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 changes were applied before it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::RangeDialog</name>
    <message>
        <source>Edit IP Address Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Managed by service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserved addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first address of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last address of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnet of this address space holds %1; add the subnet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps range %2-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range needs a managing service and a service instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;MS DHCP&quot; is reserved for discovered DHCP scopes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::RangeModel</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::ResultPane</name>
    <message>
        <source>IP Address Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show IPv4 address space (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show IPv6 address space (Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, owner, description, prefix, or: contains 10.1.2.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::RoleDialog</name>
    <message>
        <source>Add User Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User Role - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Role - %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter operations (e.g. subnet, AddRange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 operations selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::RoleListModel</name>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in role: read-only; copy it to make a variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::RolesPage</name>
    <message>
        <source>Add User Role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User Role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected role (built-in roles open read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy User Role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a role that starts from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete User Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View User Role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roles are read-only: copy one to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roles cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SetAccessScopeDialog</name>
    <message>
        <source>Set Access Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access scope of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inherit access scope from parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) now inherit their access scope.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) now in access scope %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an access scope, or inherit the parent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SubnetAssignment</name>
    <message>
        <source>1 subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider address space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnets are assigned to logical networks and network sites of a provider space, not to customer address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnets can be dropped onto a provider space, a logical network or a network site only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subnets to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 has no address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 belongs to address space %2, not to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of the subnets no longer exist; refresh and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the dropped prefixes is a subnet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SubnetDialog</name>
    <message>
        <source>Edit IP Address Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Address Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address &amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network (prefix):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within, e.g. 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Free Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network, when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VM network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;LAN IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an IP address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the network as a prefix, e.g. 10.1.2.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet %1 already exists in address space &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps subnet %2 (%3) in address space &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet %1 holds ranges or addresses; its network cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free /%1 is left in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SubnetModel</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Logical Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 addresses used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SyncConflictModel</name>
    <message>
        <source>(removed in IPAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed in VMM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Entity Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SyncLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SyncPane</name>
    <message>
        <source>&amp;Synchronize Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the virtualized address space with VMM now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization Se&amp;ttings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict to compare IPAM&apos;s and VMM&apos;s versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;IPAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep IPAM&apos;s version and write it to VMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;VMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep VMM&apos;s version and write it to IPAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM objects the VMM service would not take (it answered that it does not allow the change), with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM synchronization not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM sync %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM synchronization in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM synchronization started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization stopped (%1); whole objects only were written, the next run completes it. So far: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict on %1 resolved: kept IPAM&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict on %1 resolved: kept VMM&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict on %1 not resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): changed in IPAM and in VMM since the last synchronization. Differences: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing IPAM&apos;s version of %1 to VMM...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing VMM&apos;s version of %1 to IPAM...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in VMM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in VMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing with %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured: set the VMM service URL in Synchronization Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM %1: not synchronized in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Runs every %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::SyncSettingsDialog</name>
    <message>
        <source>VMM Synchronization Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM service &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider address space that holds VMM&apos;s logical networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider address space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All host groups (or e.g. All Hosts\East, All Hosts\West)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (synchronize on demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull: bring VMM&apos;s changes into IPAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;sh: send IPAM&apos;s changes to VMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment: %1, or %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file readable only by you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with token=... or user=... and password=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens are never saved: the settings keep only where to read them, and they are read again before each synchronization. Use HTTPS so that they do not cross the network in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is set in this console&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is set in this console&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither is set in this console&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose pull, push or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM Credentials File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::UtilizationBreakdown</name>
    <message>
        <source>Assigned (ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used (addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (subnets)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipam::VmNetworkDialog</name>
    <message>
        <source>Edit VM Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add VM Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer IP address &amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMM &amp;Logical Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Isolation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM network belongs to a customer address space; add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This space already has a VM network named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipamctl</name>
    <message>
        <source>The store: an SQLite file or postgresql://user@host:port/dbname (default: $IPAM_DB, else ipam.sqlite in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this principal (SQLite only, for holders of IPAM Administrator Role in Global; default: the OS user, or on PostgreSQL the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How results are printed: table (default, for people), json (an array of objects) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider or customer address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the address spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an empty address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put address spaces in an access scope, or let them inherit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a VMM logical network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the logical networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a logical network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a network site to a logical network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the network sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a network site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List subnets, filtered by space, logical network, site, address family or an address they contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a subnet&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign subnets to a logical network (and site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take subnets off their logical network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put subnets in an access scope, or let them inherit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an IP address block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the IP address blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an IP address block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an IP address range inside a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List IP address ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an IP address range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find free subnets of a prefix length inside a prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find free addresses in a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import subnets, ranges or addresses from an IPAM CSV file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export subnets, ranges or addresses as IPAM CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest changes (audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an access scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the access scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an access scope to a new parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an access scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the roles and their operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a role under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operations to a role or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user or group a role in an access scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the acting principal, its groups and its roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell whether the acting principal may perform an operation on a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize a provider space with VMM (once, or every --interval seconds); list conflicts; resolve one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input refused: parse error, overlap, unknown name, rule broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: unknown command or option, missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with a concurrent change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store when --db is not given (file path or postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL password when the URL has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: the VMM bearer token, when no --credentials-file is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: the VMM user and password, when neither --credentials-file nor IPAM_VMM_TOKEN is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages and help (English and German).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default store, shared with ipam-console ($XDG_DATA_HOME/ipam-console/ipam.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON keys of each kind are listed in ipamctl(1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
