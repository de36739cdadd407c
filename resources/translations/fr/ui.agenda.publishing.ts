<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Publish the programme</source>
        <translation>Publier le programme</translation>
    </message>
    <message>
        <source>Version {n} will keep the programme as it stands now; later changes are listed against it, and no one is e-mailed.</source>
        <translation>La version {n} gardera le programme tel qu’il est maintenant ; les changements suivants seront listés par rapport à elle, et aucun e-mail ne sera envoyé.</translation>
    </message>
    <message>
        <source>&amp;Publish version {n}</source>
        <translation>&amp;Publier la version {n}</translation>
    </message>
    <message>
        <source>Published version {n}.</source>
        <translation>Version {n} publiée.</translation>
    </message>
</context>
</TS>
