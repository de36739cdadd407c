<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>Ceci est un poste d&apos;accueil : les postes se gèrent depuis un poste organisateur.</translation>
    </message>
    <message>
        <source>A desk is a door desk or an organiser desk, not {role}.</source>
        <translation>Un poste est un poste d&apos;accueil ou un poste organisateur, pas {role}.</translation>
    </message>
    <message>
        <source>Give the desk a name of 1 to 190 characters.</source>
        <translation>Donnez au poste un nom de 1 à 190 caractères.</translation>
    </message>
</context>
</TS>
