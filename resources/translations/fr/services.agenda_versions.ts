<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Cannot publish: {n} blocking warning(s) on the agenda; fix them first.</source>
        <translation>Publication impossible : {n} alerte(s) bloquante(s) dans le programme ; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot publish an empty agenda.</source>
        <translation>Impossible de publier un programme vide.</translation>
    </message>
    <message>
        <source>Nothing changed since version {n}; there is nothing to publish.</source>
        <translation>Rien n&apos;a changé depuis la version {n} ; rien à publier.</translation>
    </message>
</context>
</TS>
