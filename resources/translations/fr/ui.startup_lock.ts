<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Mornings Desktop is already open on this database ({path}): switch to that window, or close it before starting again.</source>
        <translation>Mornings Desktop est déjà ouvert sur cette base de données ({path}) : passez à cette fenêtre, ou fermez-la avant de relancer.</translation>
    </message>
</context>
</TS>
