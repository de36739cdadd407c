<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <source>Mornings Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;Morning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no Morning yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
