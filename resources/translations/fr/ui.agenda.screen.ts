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
        <translation>Dé&amp;caler les séances suivantes</translation>
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
</context>
</TS>
