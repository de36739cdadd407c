<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Give --event and -o FILE.pdf.</source>
        <translation>Indiquez --event et -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>Badges are written as PDF: name the file {name}.pdf.</source>
        <translation>Les badges sont écrits en PDF : nommez le fichier {name}.pdf.</translation>
    </message>
</context>
</TS>
