<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Unknown selection {only}; use {choices}.</source>
        <translation>Sélection inconnue {only} ; utilisez {choices}.</translation>
    </message>
    <message>
        <source>No registration {ref} for this Morning.</source>
        <translation>Aucune inscription {ref} pour cette Matinale.</translation>
    </message>
    <message>
        <source>No registration {ref}.</source>
        <translation>Aucune inscription {ref}.</translation>
    </message>
</context>
</TS>
