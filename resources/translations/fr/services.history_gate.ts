<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The history of past Mornings is still arriving from the hub; this will be possible once the sync has received all of it.</source>
        <translation>L’historique des Matinales passées arrive encore du hub ; ce sera possible quand la synchronisation l’aura reçu en entier.</translation>
    </message>
</context>
</TS>