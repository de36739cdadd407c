<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>startup</name>
    <message>
        <source>Name this desk</source>
        <translation>Nommer ce poste</translation>
    </message>
    <message>
        <source>This laptop's desk name (for example "Accueil 1"). It appears on check-ins and reports and must differ from the other desks'.</source>
        <translation>Le nom de poste de cet ordinateur (par exemple « Accueil 1 »). Il figure sur les pointages et les rapports et doit différer de celui des autres postes.</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Qui est à l'accueil ?</translation>
    </message>
    <message>
        <source>Your name, recorded with every change made at this desk until the next person (File &gt; Change the person at the desk).</source>
        <translation>Votre nom, enregistré avec chaque modification faite à cet accueil jusqu'à la personne suivante (Fichier &gt; Changer la personne à l'accueil).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>There is no Morning in this database yet.

Create a demo Morning with an agenda and 150 registrations, to try the program?</source>
        <translation>Cette base ne contient encore aucune Matinale.

Créer une Matinale de démonstration, avec un programme et 150 inscriptions, pour essayer le logiciel ?</translation>
    </message>
</context>
</TS>