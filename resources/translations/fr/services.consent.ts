<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Consent is asked for tickets, newsletter or photos.</source>
        <translation>Le consentement porte sur les billets, la newsletter ou les photos.</translation>
    </message>
    <message>
        <source>A consent is yes, no or not_asked.</source>
        <translation>Un consentement vaut yes, no ou not_asked.</translation>
    </message>
    <message>
        <source>Unknown consent source {source}.</source>
        <translation>Origine de consentement inconnue : {source}.</translation>
    </message>
    <message>
        <source>Unknown purpose {purpose}.</source>
        <translation>Finalité inconnue : {purpose}.</translation>
    </message>
</context>
</TS>
