<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Ajouter une séance</translation>
    </message>
    <message>
        <source>Ctrl+N or Insert</source>
        <translation>Ctrl+N ou Inser</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>S&amp;peakers of the session…</source>
        <translation>&amp;Intervenants de la séance…</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <source>Description and language (F4)</source>
        <translation>Description et langue (F4)</translation>
    </message>
    <message>
        <source>&amp;Ripple: shift the following sessions</source>
        <translation>&amp;Décaler les séances suivantes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler : {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rétablir : {what}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Accepter l&apos;alerte</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Modifications depuis la dernière version publiée</translation>
    </message>
    <message>
        <source>Agenda — choose a Morning first (Ctrl+1)</source>
        <translation>Programme — choisissez d&apos;abord une Matinale (Ctrl+1)</translation>
    </message>
    <message>
        <source>Agenda — {title}, {date} ({start}–{end})</source>
        <translation>Programme — {title}, {date} ({start}–{end})</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>Warnings: {n} ({blocking} blocking)</source>
        <translation>Alertes : {n} (dont {blocking} bloquantes)</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Pas encore publié</translation>
    </message>
    <message>
        <source>Changes since version {n}</source>
        <translation>Modifications depuis la version {n}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Added: {title} ({start}–{end})</source>
        <translation>Ajoutée : {title} ({start}–{end})</translation>
    </message>
    <message>
        <source>Removed: {title} ({start})</source>
        <translation>Supprimée : {title} ({start})</translation>
    </message>
    <message>
        <source>Moved: {title} {old}–{old_end} → {new}–{new_end}</source>
        <translation>Déplacée : {title} {old}–{old_end} → {new}–{new_end}</translation>
    </message>
    <message>
        <source>Speakers changed: {title}: {what}</source>
        <translation>Intervenants modifiés : {title} : {what}</translation>
    </message>
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
    <message>
        <source>Published version {n}.</source>
        <translation>Version {n} publiée.</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>SessionSpeakersDialog</name>
    <message>
        <source>Speakers of “{title}”</source>
        <translation>Intervenants de « {title} »</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
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
