<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This computer holds no certificate of a desk named {name}; run the command on the organiser's computer that made its join file ('mornings desk add'), or import a bundle of that desk first.</source>
        <translation>Cet ordinateur ne détient aucun certificat d'un poste nommé {name} ; lancez la commande sur l'ordinateur de l'organisateur qui a fait son fichier d'adhésion (« mornings desk add »), ou importez d'abord un lot de ce poste.</translation>
    </message>
    <message>
        <source>This computer does not hold the organisation key; run this on the organiser's computer.</source>
        <translation>Cet ordinateur ne détient pas la clé de l'organisation ; lancez ceci sur l'ordinateur de l'organisateur.</translation>
    </message>
</context>
</TS>