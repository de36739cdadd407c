<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This computer does not hold the organisation key; run this on the organiser's computer.</source>
        <translation>Cet ordinateur ne détient pas la clé de l'organisation ; lancez ceci sur l'ordinateur de l'organisateur.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name (a recovery key file is never overwritten).</source>
        <translation>{path} existe déjà ; choisissez un autre nom de fichier (un fichier de clé de secours n'est jamais écrasé).</translation>
    </message>
    <message>
        <source>The recovery key was already exported on {when}; it is not kept here, so it cannot be exported twice (--again makes a new one).</source>
        <translation>La clé de secours a déjà été exportée le {when} ; elle n'est pas gardée ici, elle ne peut donc pas être exportée deux fois (--again en crée une nouvelle).</translation>
    </message>
    <message>
        <source>This recovery key is not the one this organisation's desks know; use the file from 'mornings org recovery-key'.</source>
        <translation>Cette clé de secours n'est pas celle que connaissent les postes de l'organisation ; utilisez le fichier de « mornings org recovery-key ».</translation>
    </message>
    <message>
        <source>No desk of this organisation is named {name}.</source>
        <translation>Aucun poste de l'organisation ne s'appelle {name}.</translation>
    </message>
</context>
</TS>