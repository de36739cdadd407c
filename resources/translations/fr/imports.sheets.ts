<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} is protected by a password.</source>
        <translation>Le fichier {file} est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>The file {file} has no rows.</source>
        <translation>Le fichier {file} ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>The file {file} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>Le fichier {file} n’a pas de feuille « {sheet} » ; ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} claims {rows} rows; at most {max} can be imported at once.</source>
        <translation>La feuille « {sheet} » de {file} annonce {rows} lignes ; on peut en importer au plus {max} à la fois.</translation>
    </message>
    <message>
        <source>The file {file} is damaged and cannot be read ({reason}).</source>
        <translation>Le fichier {file} est endommagé et ne peut pas être lu ({reason}).</translation>
    </message>
</context>
</TS>