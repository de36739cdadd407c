<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CheckinScreen</name>
    <message>
        <source>undo at the desk</source>
        <translation>annulée à l’accueil</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>Rien à annuler à ce poste.</translation>
    </message>
    <message>
        <source>Find the person first (type their name), then open their history.</source>
        <translation>Trouvez d’abord la personne (tapez son nom), puis ouvrez son historique.</translation>
    </message>
    <message>
        <source>{name} has no check-in to undo.</source>
        <translation>{name} n’a aucune arrivée à annuler.</translation>
    </message>
    <message>
        <source>undone from history</source>
        <translation>annulée depuis l’historique</translation>
    </message>
    <message>
        <source>Find the person first (type their name), then Ctrl+E for their flags.</source>
        <translation>Trouvez d’abord la personne (tapez son nom), puis Ctrl+E pour ses signalements.</translation>
    </message>
    <message>
        <source>Flags and note of {name} saved.</source>
        <translation>Signalements et remarque de {name} enregistrés.</translation>
    </message>
    <message>
        <source>Undo an earlier arrival</source>
        <translation>Annuler une arrivée précédente</translation>
    </message>
    <message>
        <source>The last arrival was undone already. Undo the arrival of {name} at {time} too?</source>
        <translation>La dernière arrivée est déjà annulée. Annuler aussi l’arrivée de {name} à {time} ?</translation>
    </message>
</context>
</TS>