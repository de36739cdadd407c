<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>SyncController</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 operations received</source>
        <translation>%1 opérations reçues</translation>
    </message>
</context>
</TS>