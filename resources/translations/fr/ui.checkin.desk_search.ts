<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DeskSearch</name>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Several people found: choose with ↑ ↓, then Enter.</source>
        <translation>Plusieurs personnes trouvées : choisissez avec ↑ ↓, puis Entrée.</translation>
    </message>
</context>
</TS>
