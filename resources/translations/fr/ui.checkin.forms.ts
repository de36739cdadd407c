<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>Code du mode borne</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Check-ins of {name}</source>
        <translation>Arrivées de {name}</translation>
    </message>
    <message>
        <source>{time} — desk {desk} — {method}</source>
        <translation>{time} — poste {desk} — {method}</translation>
    </message>
    <message>
        <source>undone ({reason})</source>
        <translation>annulée ({reason})</translation>
    </message>
    <message>
        <source>Why (e.g. wrong person admitted)</source>
        <translation>Pourquoi (ex. : mauvaise personne admise)</translation>
    </message>
    <message>
        <source>&amp;Undo this check-in</source>
        <translation>&amp;Annuler cette arrivée</translation>
    </message>
    <message>
        <source>Check-ins of this person</source>
        <translation>Arrivées de cette personne</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscrire une personne sur place</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Register and &amp;admit</source>
        <translation>Inscrire et &amp;admettre</translation>
    </message>
</context>
</TS>
