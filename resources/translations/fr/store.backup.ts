<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Backup of {path} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup {dest}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a database backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Mornings Desktop backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
