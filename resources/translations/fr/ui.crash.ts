<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>crash</name>
    <message>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change is saved whole or not at all.

The details are in the log:
%1

(%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
