<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The passphrase is too short (at least {n} characters).</source>
        <translation>La phrase secrète est trop courte (au moins {n} caractères).</translation>
    </message>
    <message>
        <source>A desk is a door desk or an organiser desk, not {role}.</source>
        <translation>Un poste est un poste d’accueil ou un poste organisateur, pas {role}.</translation>
    </message>
    <message>
        <source>Set the organiser passphrase first, then make this a door desk.</source>
        <translation>Définissez d’abord la phrase secrète de l’organisateur, puis faites de ce poste un poste d’accueil.</translation>
    </message>
    <message>
        <source>This is a door desk: erasure and purge are done on an organiser desk.</source>
        <translation>Ce poste est un poste d’accueil : l’effacement et la purge se font sur un poste organisateur.</translation>
    </message>
    <message>
        <source>This is a door desk: the organiser passphrase is needed for this.</source>
        <translation>Ce poste est un poste d’accueil : il faut la phrase secrète de l’organisateur.</translation>
    </message>
</context>
</TS>
