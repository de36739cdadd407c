<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Print the badge on arrival</source>
        <translation>Imprimer le badge à l'arrivée</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <source>Reprint the badge of the person chosen in the list, or of the last person admitted.</source>
        <translation>Réimprime le badge de la personne choisie dans la liste, ou de la dernière personne admise.</translation>
    </message>
    <message>
        <source>Badge being printed…</source>
        <translation>Badge en cours d'impression…</translation>
    </message>
    <message>
        <source>The arrival of {name} was undone: no badge reprinted.</source>
        <translation>L'arrivée de {name} a été annulée : aucun badge réimprimé.</translation>
    </message>
    <message>
        <source>Nobody to reprint: admit or find the person first.</source>
        <translation>Personne à réimprimer : admettez ou trouvez d'abord la personne.</translation>
    </message>
    <message>
        <source>⚠ Badge of {name} NOT reprinted: {problem}</source>
        <translation>⚠ Badge de {name} NON réimprimé : {problem}</translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer again.</source>
        <translation>Badge de {name} renvoyé à l'imprimante.</translation>
    </message>
    <message>
        <source>⚠ Badge NOT printed: {problem}</source>
        <translation>⚠ Badge NON imprimé : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Badge printed %n time(s).</source>
        <translation>
            <numerusform>Badge imprimé %n fois.</numerusform>
            <numerusform>Badge imprimé %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge not printed yet.</source>
        <translation>Badge pas encore imprimé.</translation>
    </message>
</context>
</TS>
