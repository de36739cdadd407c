<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>Ceci est un poste d'accueil : les postes se gèrent depuis un poste organisateur.</translation>
    </message>
    <message>
        <source>A desk is a door desk or an organiser desk, not {role}.</source>
        <translation>Un poste est un poste d'accueil ou un poste organisateur, pas {role}.</translation>
    </message>
    <message>
        <source>Give the desk a name of 1 to 190 characters.</source>
        <translation>Donnez au poste un nom de 1 à 190 caractères.</translation>
    </message>
    <message>
        <source>This computer does not hold the organisation key, so it cannot certify a desk; issue the join file on the organiser's computer that holds it.</source>
        <translation>Cet ordinateur ne détient pas la clé de l'organisation : il ne peut pas certifier un poste ; créez le fichier d'adhésion sur l'ordinateur de l'organisateur qui la détient.</translation>
    </message>
</context>
</TS>