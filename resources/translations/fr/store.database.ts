<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The database {path} is locked by another program; close it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is read-only; copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged; restore a backup with &apos;mornings restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {path}: the disk is full or was removed ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}); restore a backup with &apos;mornings restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
