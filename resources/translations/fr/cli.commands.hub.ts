<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Give the join file the organiser made for this desk ('mornings join FILE', or 'mornings join -' to read it from standard input).</source>
        <translation>Donnez le fichier d'adhésion que l'organisateur a créé pour ce poste (« mornings join FICHIER », ou « mornings join - » pour le lire sur l'entrée standard).</translation>
    </message>
</context>
</TS>