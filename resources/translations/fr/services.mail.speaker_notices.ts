<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>errors</name>
        <message>
            <source>Publish the programme before telling the speakers.</source>
            <translation>Publiez le programme avant de prévenir les intervenants.</translation>
        </message>
    </context>
</TS>
