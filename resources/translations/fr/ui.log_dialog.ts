<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LogDialog</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>id, e-mail or phone</source>
        <translation>identifiant, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>e.g. person.erased, or checkin</source>
        <translation>p. ex. person.erased, ou checkin</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>P&amp;oste</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Depuis</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>log</name>
    <message>
        <source>Organiser passphrase</source>
        <translation>Phrase secrète de l’organisateur</translation>
    </message>
    <message>
        <source>This is a door desk. Organiser passphrase:</source>
        <translation>Ce poste est un poste d’accueil. Phrase secrète de l’organisateur :</translation>
    </message>
</context>
</TS>
