<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Add a session at {start}</source>
        <translation>Ajouter une séance à {start}</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Supprimer « {title} »</translation>
    </message>
    <message>
        <source>Move “{title}” to {start}</source>
        <translation>Déplacer « {title} » à {start}</translation>
    </message>
    <message>
        <source>Make “{title}” {n} minutes</source>
        <translation>Passer « {title} » à {n} minutes</translation>
    </message>
    <message>
        <source>Unknown kind “{text}”; one of: {kinds}.</source>
        <translation>Type inconnu « {text} » ; au choix : {kinds}.</translation>
    </message>
    <message>
        <source>Change the kind of “{title}”</source>
        <translation>Changer le type de « {title} »</translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation>Renommer « {title} »</translation>
    </message>
    <message>
        <source>Change the room of “{title}”</source>
        <translation>Changer la salle de « {title} »</translation>
    </message>
    <message>
        <source>Change the speakers of “{title}”</source>
        <translation>Changer les intervenants de « {title} »</translation>
    </message>
    <message>
        <source>Edit the details of “{title}”</source>
        <translation>Modifier les détails de « {title} »</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not a number of minutes: {text}</source>
        <translation>Ce n&apos;est pas un nombre de minutes : {text}</translation>
    </message>
</context>
</TS>
