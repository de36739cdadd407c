<?xml version='1.0' encoding='utf-8'?>
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
        <translation>Fichiers d'adhésion Mornings (*.mornings-join *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>