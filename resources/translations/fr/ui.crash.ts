<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>crash</name>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change is saved whole or not at all.

The details are in the log:
%1

(%2)</source>
        <translation>Un problème est survenu, mais vos données sont intactes : chaque modification est enregistrée en entier ou pas du tout.

Les détails sont dans le journal :
%1

(%2)</translation>
    </message>
</context>
</TS>
