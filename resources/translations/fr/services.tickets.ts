<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Tickets are written as .pdf or .xlsx, not {ext}.</source>
        <translation>Les billets s’écrivent en .pdf ou .xlsx, pas en {ext}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
</context>
</TS>