<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The desk identity in this join file does not hold together; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>L'identité de poste de ce fichier d'adhésion n'est pas cohérente ; demandez un nouveau fichier à l'organisateur. Rien n'a été modifié.</translation>
    </message>
</context>
</TS>