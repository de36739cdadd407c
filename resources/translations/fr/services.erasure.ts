<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No erasure request is pending for {ref}.</source>
        <translation>Aucune demande d’effacement en attente pour {ref}.</translation>
    </message>
</context>
</TS>
