<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>A period is like 3y, 18m or 400d, not {text}.</source>
        <translation>Une durée s’écrit 3y, 18m ou 400d, pas {text}.</translation>
    </message>
</context>
</TS>
