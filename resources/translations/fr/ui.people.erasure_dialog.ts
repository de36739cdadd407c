<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Erasure requests</source>
        <translation>Demandes d’effacement</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Keep (reverse the request)</source>
        <translation>&amp;Garder (annuler la demande)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n demande en attente.</numerusform>
            <numerusform>%n demandes en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>An organiser desk confirms or reverses these requests.</source>
        <translation>Un poste organisateur confirme ou annule ces demandes.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation>Effacer définitivement ?</translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>Erased. Rotating backups rewritten with the erasure: {rewritten}; deleted (they could not be rewritten): {deleted}. Copies made elsewhere with 'Back up to…' are not touched: whoever made them must delete them.</source>
        <translation>Effacé. Sauvegardes automatiques réécrites avec l’effacement : {rewritten} ; supprimées (impossibles à réécrire) : {deleted}. Les copies faites ailleurs avec « Sauvegarder vers… » ne sont pas touchées : qui les a faites doit les supprimer.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Request erasure</source>
        <translation>Demander l’effacement</translation>
    </message>
    <message>
        <source>Hide {name} now and ask an organiser to erase them? An organiser desk confirms or reverses the request.</source>
        <translation>Masquer {name} dès maintenant et demander à un organisateur de l’effacer ? Un poste organisateur confirme ou annule la demande.</translation>
    </message>
    <message>
        <source>Erase {name} everywhere, for good? Their name and contact details leave this database, its log and its rotating backups, and every desk after sync. Attendance counts stay, anonymous. This cannot be undone.</source>
        <translation>Effacer {name} partout, définitivement ? Son nom et ses coordonnées quittent cette base, son journal et ses sauvegardes automatiques, et chaque poste après synchronisation. Les comptes de présence restent, anonymes. C’est irréversible.</translation>
    </message>
</context>
</TS>