<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No registration {ref}.</source>
        <translation>Aucune inscription {ref}.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>{name}'s registration for this Morning was cancelled: an organiser desk reinstates it.</source>
        <translation>L’inscription de {name} à cette Matinale a été annulée : un poste organisateur peut la rétablir.</translation>
    </message>
</context>
</TS>