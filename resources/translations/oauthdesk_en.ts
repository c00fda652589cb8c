<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuthorizationFilterProxyModel</name>
    <message numerus="yes">
        <location filename="../../models/authorizationfilterproxymodel.cpp" line="+101"/>
        <source>%Ln authorization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln authorization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PkceFlow</name>
    <message numerus="yes">
        <location filename="../../app/auth/pkceflow.cpp" line="+158"/>
        <source>The browser sign-in did not finish within %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeFilterProxyModel</name>
    <message numerus="yes">
        <location filename="../../models/scopefilterproxymodel.cpp" line="+74"/>
        <source>%Ln scope(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln scope(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeListModel</name>
    <message numerus="yes">
        <location filename="../../models/scopelistmodel.cpp" line="+51"/>
        <source>%Ln of this org&apos;s clients use this scope.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
