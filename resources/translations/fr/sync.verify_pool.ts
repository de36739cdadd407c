<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The signature check answered for other operations than those it was given, so none of them was applied: run the sync again.</source>
        <translation>La vérification des signatures a répondu pour d'autres opérations que celles qu'elle avait reçues, aucune n'a donc été appliquée : relancez la synchronisation.</translation>
    </message>
    <message>
        <source>The signature check stopped before it finished, so what it had not answered for was not applied: run the sync again.</source>
        <translation>La vérification des signatures s'est arrêtée avant la fin, ce qu'elle n'avait pas encore vérifié n'a donc pas été appliqué : relancez la synchronisation.</translation>
    </message>
</context>
</TS>