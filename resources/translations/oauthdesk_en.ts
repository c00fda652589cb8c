<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuthorizationFilterProxyModel</name>
    <message numerus="yes">
        <location filename="../../models/itemmodels/authorizationfilterproxymodel.cpp" line="+75"/>
        <source>%Ln authorization(s)</source>
        <translation>
            <numerusform>%Ln authorization</numerusform>
            <numerusform>%Ln authorizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln authorization(s)</source>
        <translation>
            <numerusform>%1 of %Ln authorization</numerusform>
            <numerusform>%1 of %Ln authorizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <location filename="../../ui/bulk/bulkconfirmdialog.cpp" line="+150"/>
        <source>Deactivate %n Clients</source>
        <translation>
            <numerusform>Deactivate %n Client</numerusform>
            <numerusform>Deactivate %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Deactivate %n selected clients?&lt;/b&gt; An inactive client gets no new tokens; it can be set active again until the platform deletes it.</source>
        <translation>
            <numerusform>&lt;b&gt;Deactivate %n selected client?&lt;/b&gt; An inactive client gets no new tokens; it can be set active again until the platform deletes it.</numerusform>
            <numerusform>&lt;b&gt;Deactivate %n selected clients?&lt;/b&gt; An inactive client gets no new tokens; it can be set active again until the platform deletes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n will be deactivated</source>
        <translation>
            <numerusform>%n will be deactivated</numerusform>
            <numerusform>%n will be deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Deactivate %n Clients</source>
        <translation>
            <numerusform>&amp;Deactivate %n Client</numerusform>
            <numerusform>&amp;Deactivate %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Activate %n Clients</source>
        <translation>
            <numerusform>Activate %n Client</numerusform>
            <numerusform>Activate %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Activate %n selected clients?&lt;/b&gt; Inactive clients are set active again before the platform deletes them.</source>
        <translation>
            <numerusform>&lt;b&gt;Activate %n selected client?&lt;/b&gt; Inactive clients are set active again before the platform deletes them.</numerusform>
            <numerusform>&lt;b&gt;Activate %n selected clients?&lt;/b&gt; Inactive clients are set active again before the platform deletes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n will be activated</source>
        <translation>
            <numerusform>%n will be activated</numerusform>
            <numerusform>%n will be activated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Activate %n Clients</source>
        <translation>
            <numerusform>&amp;Activate %n Client</numerusform>
            <numerusform>&amp;Activate %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n Clients</source>
        <translation>
            <numerusform>Delete %n Client</numerusform>
            <numerusform>Delete %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Delete %n selected clients?&lt;/b&gt; Active clients are set inactive first, then deleted. Apps that use them stop working. This cannot be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;Delete %n selected client?&lt;/b&gt; Active clients are set inactive first, then deleted. Apps that use them stop working. This cannot be undone.</numerusform>
            <numerusform>&lt;b&gt;Delete %n selected clients?&lt;/b&gt; Active clients are set inactive first, then deleted. Apps that use them stop working. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n will be deleted</source>
        <translation>
            <numerusform>%n will be deleted</numerusform>
            <numerusform>%n will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Delete %n Clients</source>
        <translation>
            <numerusform>&amp;Delete %n Client</numerusform>
            <numerusform>&amp;Delete %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %n requests.</source>
        <translation>
            <numerusform>About %n request.</numerusform>
            <numerusform>About %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n of these clients had requests in the last %1 days: apps still use them.</source>
        <translation>
            <numerusform>%n of these clients had requests in the last %1 days: apps still use it.</numerusform>
            <numerusform>%n of these clients had requests in the last %1 days: apps still use them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message numerus="yes">
        <location filename="../../ui/bulk/bulkexport.cpp" line="+48"/>
        <source>Export Configuration of %n Clients</source>
        <translation>
            <numerusform>Export Configuration of %n Client</numerusform>
            <numerusform>Export Configuration of %n Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the configuration of %n clients</source>
        <translation>
            <numerusform>the configuration of %n client</numerusform>
            <numerusform>the configuration of %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressWindow</name>
    <message numerus="yes">
        <location filename="../../ui/bulk/bulkprogresswindow.cpp" line="+75"/>
        <source>Deactivating %n clients</source>
        <translation>
            <numerusform>Deactivating %n client</numerusform>
            <numerusform>Deactivating %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Activating %n clients</source>
        <translation>
            <numerusform>Activating %n client</numerusform>
            <numerusform>Activating %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleting %n clients</source>
        <translation>
            <numerusform>Deleting %n client</numerusform>
            <numerusform>Deleting %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+201"/>
        <source>Copied the results of %n clients.</source>
        <translation>
            <numerusform>Copied the result of %n client.</numerusform>
            <numerusform>Copied the results of %n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResults</name>
    <message numerus="yes">
        <location filename="../../ui/bulk/bulkresults.cpp" line="+87"/>
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n deactivated</numerusform>
            <numerusform>%n deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n activated</source>
        <translation>
            <numerusform>%n activated</numerusform>
            <numerusform>%n activated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not done yet</source>
        <translation>
            <numerusform>%n not done yet</numerusform>
            <numerusform>%n not done yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSelectionPane</name>
    <message numerus="yes">
        <location filename="../../ui/bulk/bulkselectionpane.cpp" line="+43"/>
        <source>%n clients selected: %1</source>
        <translation>
            <numerusform>%n client selected: %1</numerusform>
            <numerusform>%n clients selected: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message numerus="yes">
        <location filename="../../models/config/diffreport.cpp" line="+29"/>
        <source>%1 (%2, %n client(s))</source>
        <translation>
            <numerusform>%1 (%2, %n client)</numerusform>
            <numerusform>%1 (%2, %n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>No differences: %n client(s) equal.</source>
        <translation>
            <numerusform>No differences: %n client equal.</numerusform>
            <numerusform>No differences: %n clients equal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n difference: </numerusform>
            <numerusform>%n differences: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <location filename="../../ui/insights/insightspage.cpp" line="+428"/>
        <source>&amp;Deactivate %n Selected…</source>
        <translation>
            <numerusform>&amp;Deactivate %n Selected…</numerusform>
            <numerusform>&amp;Deactivate %n Selected…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PkceFlow</name>
    <message numerus="yes">
        <location filename="../../app/auth/pkceflow.cpp" line="+153"/>
        <source>The browser sign-in did not finish within %n minute(s).</source>
        <translation>
            <numerusform>The browser sign-in did not finish within %n minute.</numerusform>
            <numerusform>The browser sign-in did not finish within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeDetailsView</name>
    <message numerus="yes">
        <location filename="../../ui/catalog/scopedetailsview.cpp" line="+184"/>
        <source>Clients &amp;with this scope (%Ln):</source>
        <translation>
            <numerusform>Clients &amp;with this scope (%Ln):</numerusform>
            <numerusform>Clients &amp;with this scope (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeFilterProxyModel</name>
    <message numerus="yes">
        <location filename="../../models/itemmodels/scopefilterproxymodel.cpp" line="+53"/>
        <source>%Ln scope(s)</source>
        <translation>
            <numerusform>%Ln scope</numerusform>
            <numerusform>%Ln scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln scope(s)</source>
        <translation>
            <numerusform>%1 of %Ln scope</numerusform>
            <numerusform>%1 of %Ln scopes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeListModel</name>
    <message numerus="yes">
        <location filename="../../models/itemmodels/scopelistmodel.cpp" line="+53"/>
        <source>Used by %Ln client(s) of this org.</source>
        <translation>
            <numerusform>Used by %Ln client of this org.</numerusform>
            <numerusform>Used by %Ln clients of this org.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message numerus="yes">
        <location filename="../../models/config/snapshot.cpp" line="+147"/>
        <source>%n role(s) could not be named (not in the org&apos;s role list, or it could not be read): %1</source>
        <translation>
            <numerusform>%n role could not be named (not in the org&apos;s role list, or it could not be read): %1</numerusform>
            <numerusform>%n roles could not be named (not in the org&apos;s role list, or it could not be read): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n division(s) could not be named: %1</source>
        <translation>
            <numerusform>%n division could not be named: %1</numerusform>
            <numerusform>%n divisions could not be named: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
