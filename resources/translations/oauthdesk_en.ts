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
    <name>PkceFlow</name>
    <message numerus="yes">
        <location filename="../../app/auth/pkceflow.cpp" line="+158"/>
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
</TS>
