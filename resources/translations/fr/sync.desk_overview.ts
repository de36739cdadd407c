<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The hub {hub} refused the admin login: wrong login or password; nothing was changed.</source>
        <translation>Le hub {hub} a refusé l&apos;administrateur : identifiant ou mot de passe erroné ; rien n&apos;a été changé.</translation>
    </message>
</context>
</TS>
