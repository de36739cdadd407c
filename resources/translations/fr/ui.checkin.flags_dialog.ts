<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>DoorFlagsDialog</name>
    <message>
        <source>Flags and note of {name}</source>
        <translation>Signalements et remarque de {name}</translation>
    </message>
    <message>
        <source>{flag} (retired)</source>
        <translation>{flag} (retiré)</translation>
    </message>
    <message>
        <source>Note shown at the door</source>
        <translation>Remarque affichée à l’accueil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
</TS>