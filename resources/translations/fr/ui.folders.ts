<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
    <message>
        <source>Show Date Modified</source>
        <translation>Afficher la date de modification</translation>
    </message>
    <message>
        <source>Show Size</source>
        <translation>Afficher la taille</translation>
    </message>
    <message>
        <source>Show Type</source>
        <translation>Afficher le type</translation>
    </message>
</context>
</TS>
