<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No column of {file} holds names (looked for Nom, Prénom, Name…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Row {line}: blank row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: totals row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: “{email}” is not a valid e-mail; imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: “{phone}” is not a phone number; kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: no name; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: no name and no contact; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: same person as row {first}; rows merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {line}: someone called {name} is already in the directory with other contact details; kept apart (see duplicate suggestions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
