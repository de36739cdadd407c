<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Say which person: id, e-mail or phone.</source>
        <translation>Indiquez la personne : identifiant, e-mail ou téléphone.</translation>
    </message>
    <message>
        <source>No person {ref}.</source>
        <translation>Aucune personne {ref}.</translation>
    </message>
    <message>
        <source>{ref} is more than one person: {candidates}.</source>
        <translation>{ref} correspond à plusieurs personnes : {candidates}.</translation>
    </message>
</context>
</TS>
