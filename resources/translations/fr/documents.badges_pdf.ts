<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Logo {path} could not be used ({reason}); badges without logo.</source>
        <translation>Le logo {path} est inutilisable ({reason}) ; badges sans logo.</translation>
    </message>
    <message>
        <source>No badges to print in this selection.</source>
        <translation>Aucun badge à imprimer dans cette sélection.</translation>
    </message>
</context>
</TS>
