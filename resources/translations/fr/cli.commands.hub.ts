<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Give the join file the organiser made for this desk ('mornings join FILE', or 'mornings join -' to read it from standard input).</source>
        <translation>Donnez le fichier d'adhésion que l'organisateur a créé pour ce poste (« mornings join FICHIER », ou « mornings join - » pour le lire sur l'entrée standard).</translation>
    </message>
    <message>
        <source>Give the desk's role: --role door or --role organiser (or --existing, for a desk that joined without a hub).</source>
        <translation>Donnez le rôle du poste : --role door ou --role organiser (ou --existing, pour un poste qui a adhéré sans hub).</translation>
    </message>
    <message>
        <source>--spare makes new desks; it does not go with --existing.</source>
        <translation>--spare crée de nouveaux postes ; il ne va pas avec --existing.</translation>
    </message>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>Ceci est un poste d'accueil : les postes se gèrent depuis un poste organisateur.</translation>
    </message>
</context>
</TS>