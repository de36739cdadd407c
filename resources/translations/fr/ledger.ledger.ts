<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: this change is made on an organiser desk.</source>
        <translation>Ce poste est un poste d’accueil : cette modification se fait sur un poste organisateur.</translation>
    </message>
</context>
</TS>