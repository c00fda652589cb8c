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
    <name>DiffReport</name>
    <message numerus="yes">
        <location filename="../../models/config/diffreport.cpp" line="+21"/>
        <source>%1 (%2, %n client(s))</source>
        <translation>
            <numerusform>%1 (%2, %n client)</numerusform>
            <numerusform>%1 (%2, %n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
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
        <location filename="../../models/config/snapshot.cpp" line="+106"/>
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
