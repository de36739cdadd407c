<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The signature check answered for other operations than those it was given, so none of them was applied: run the sync again.</source>
        <translation>La vérification des signatures a répondu pour d&apos;autres opérations que celles qu&apos;elle avait reçues, aucune n&apos;a donc été appliquée : relancez la synchronisation.</translation>
    </message>
    <message>
        <source>The signature check stopped before it finished, so what it had not answered for was not applied: run the sync again.</source>
        <translation>La vérification des signatures s&apos;est arrêtée avant la fin, ce qu&apos;elle n&apos;avait pas encore vérifié n&apos;a donc pas été appliqué : relancez la synchronisation.</translation>
    </message>
</context>
</TS>
