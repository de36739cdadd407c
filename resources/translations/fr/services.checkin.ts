<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No Morning {ref}.</source>
        <translation>Aucune Matinale {ref}.</translation>
    </message>
    <message>
        <source>No registration {ref}.</source>
        <translation>Aucune inscription {ref}.</translation>
    </message>
</context>
</TS>
