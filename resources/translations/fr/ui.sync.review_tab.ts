<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ReviewTab</name>
    <message>
        <source>Tickets admitted twice (for instance at two desks while they were apart): keep both scans, or annul the one that was a mistake. A scan that one desk recorded again within a minute is the same arrival: it is not listed here, and stays in the person&apos;s history.</source>
        <translation>Billets admis deux fois (par exemple à deux postes déconnectés) : gardez les deux passages, ou annulez celui qui était une erreur. Un passage qu&apos;un poste a enregistré de nouveau dans la minute est la même arrivée : il n&apos;est pas listé ici et reste dans l&apos;historique de la personne.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Annul this scan</source>
        <translation>&amp;Annuler ce passage</translation>
    </message>
</context>
</TS>
