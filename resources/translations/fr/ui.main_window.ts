<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <source>Mornings Desktop</source>
        <translation>Mornings Desktop</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Current Morning</source>
        <translation>Matinale en cours</translation>
    </message>
    <message>
        <source>Current &amp;Morning:</source>
        <translation>&amp;Matinale en cours :</translation>
    </message>
    <message>
        <source>Change the person at the desk (Ctrl+Shift+O)</source>
        <translation>Changer la personne au poste (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>(no Morning yet)</source>
        <translation>(aucune Matinale pour l'instant)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>Not yet synced: %1</source>
        <translation>À synchroniser : %1</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>Au poste : %1</translation>
    </message>
    <message>
        <source>This is now a door desk: restart the program to see what it may do.</source>
        <translation>Ce poste est maintenant un poste d’accueil : redémarrez le programme pour voir ce qu’il peut faire.</translation>
    </message>
    <message>
        <source>This is now an organiser desk: restart the program to see what it may do.</source>
        <translation>Ce poste est maintenant un poste organisateur : redémarrez le programme pour voir ce qu’il peut faire.</translation>
    </message>
    <message>
        <source>%1 is now at the desk.</source>
        <translation>%1 tient maintenant le poste.</translation>
    </message>
    <message>
        <source>Today's Morning is chosen: %1</source>
        <translation>La Matinale du jour est choisie : %1</translation>
    </message>
</context>
</TS>