<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No database at {path}.</source>
        <translation>Aucune base de données à l&apos;emplacement {path}.</translation>
    </message>
</context>
</TS>
