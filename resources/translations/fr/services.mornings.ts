<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>A Morning needs a title.</source>
        <translation>Une Matinale doit avoir un titre.</translation>
    </message>
    <message>
        <source>A Morning needs a date.</source>
        <translation>Une Matinale doit avoir une date.</translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>La fin ({end}) doit être après le début ({start}).</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>La capacité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>Statut inconnu : {status}.</translation>
    </message>
    <message>
        <source>No Morning {ref}.</source>
        <translation>Aucune Matinale {ref}.</translation>
    </message>
    <message>
        <source>No Morning given.</source>
        <translation>Aucune Matinale indiquée.</translation>
    </message>
    <message>
        <source>Several Mornings on {ref}; give the id instead ({ids}).</source>
        <translation>Plusieurs Matinales le {ref} ; indiquez plutôt l&apos;identifiant ({ids}).</translation>
    </message>
</context>
</TS>
