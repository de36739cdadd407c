<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: desks are added on an organiser desk.</source>
        <translation>Ceci est un poste d'accueil : les postes s'ajoutent depuis un poste organisateur.</translation>
    </message>
    <message>
        <source>Give the join file from 'mornings hub add-desk' ('mornings join FILE', or 'mornings join -' to read it from standard input).</source>
        <translation>Donnez le fichier d'adhésion créé par « mornings hub add-desk » (« mornings join FICHIER », ou « mornings join - » pour le lire sur l'entrée standard).</translation>
    </message>
</context>
</TS>