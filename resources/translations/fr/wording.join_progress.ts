<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>JoinProgress</name>
    <message>
        <source>Receiving the current Mornings: {count} operations so far…</source>
        <translation>Réception des Matinales en cours : {count} opérations pour l’instant…</translation>
    </message>
    <message>
        <source>Current Morning ready — the door can admit people; history {percent} % received…</source>
        <translation>Matinale en cours prête — l’accueil peut admettre les participants ; historique reçu à {percent} %…</translation>
    </message>
    <message>
        <source>Operations received: {count}</source>
        <translation>Opérations reçues : {count}</translation>
    </message>
    <message>
        <source>History complete.</source>
        <translation>Historique complet.</translation>
    </message>
</context>
</TS>