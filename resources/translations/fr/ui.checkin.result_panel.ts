<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckinResult</name>
    <message>
        <source>Check-in result</source>
        <translation>Résultat de l’accueil</translation>
    </message>
    <message>
        <source>The check-in of {time} no longer counts.</source>
        <translation>L’arrivée de {time} ne compte plus.</translation>
    </message>
</context>
</TS>
