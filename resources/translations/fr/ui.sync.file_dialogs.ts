<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SyncFiles</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Mornings bundles (*.mornings-bundle)</source>
        <translation>Paquets Mornings (*.mornings-bundle)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Join with a file</source>
        <translation>Rejoindre avec un fichier</translation>
    </message>
    <message>
        <source>Mornings join files (*.mornings-join *.json);;All files (*)</source>
        <translation>Fichiers d&apos;adhésion Mornings (*.mornings-join *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Write the join file</source>
        <translation>Écrire le fichier d&apos;adhésion</translation>
    </message>
    <message>
        <source>Mornings join files (*.mornings-join)</source>
        <translation>Fichiers d&apos;adhésion Mornings (*.mornings-join)</translation>
    </message>
</context>
</TS>
