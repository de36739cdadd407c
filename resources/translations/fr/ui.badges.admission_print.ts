<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No badge printer is set: choose one once from the Badges screen.</source>
        <translation>Aucune imprimante de badges n’est choisie : choisissez-en une une fois depuis l’écran Badges.</translation>
    </message>
</context>
</TS>
