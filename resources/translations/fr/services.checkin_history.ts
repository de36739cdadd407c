<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No check-in {ref}.</source>
        <translation>Aucun enregistrement d’arrivée {ref}.</translation>
    </message>
</context>
</TS>
