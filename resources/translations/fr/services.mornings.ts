<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>A Morning needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Morning needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Morning {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Morning given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several Mornings on {ref}; give the id instead ({ids}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
