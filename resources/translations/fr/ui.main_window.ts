<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <source>Mornings Desktop</source>
        <translation>Mornings Desktop</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Current Morning</source>
        <translation>Matinale en cours</translation>
    </message>
    <message>
        <source>Current &amp;Morning:</source>
        <translation>&amp;Matinale en cours :</translation>
    </message>
    <message>
        <source>(no Morning yet)</source>
        <translation>(aucune Matinale pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>Not yet synced: %1</source>
        <translation>À synchroniser : %1</translation>
    </message>
</context>
</TS>
