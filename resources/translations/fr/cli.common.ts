<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>Ceci est un poste d'accueil : les postes se gèrent depuis un poste organisateur.</translation>
    </message>
</context>
</TS>