<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Attendees must be between 0 and {max}.</source>
        <translation>Le nombre de participants doit être compris entre 0 et {max}.</translation>
    </message>
</context>
</TS>
