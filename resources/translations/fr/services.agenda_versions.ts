<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Cannot publish: the agenda has blocking warnings (✖); fix them first.</source>
        <translation>Publication impossible : le programme a des alertes bloquantes (✖) ; corrigez-les d’abord.</translation>
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
