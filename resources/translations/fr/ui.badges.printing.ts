<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>badges</name>
    <message>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Enregistrer les badges en PDF</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the badge file {file}.</source>
        <translation>Impossible de lire le fichier de badges {file}.</translation>
    </message>
    <message>
        <source>The badges made for the printer could not be read back.</source>
        <translation>Les badges préparés pour l’imprimante n’ont pas pu être relus.</translation>
    </message>
    <message>
        <source>The printer {printer} could not start printing.</source>
        <translation>L’imprimante {printer} n’a pas pu démarrer l’impression.</translation>
    </message>
</context>
</TS>