<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>No warnings</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>Warnings: {n} ({blocking})</source>
        <translation>Alertes : {n} ({blocking})</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>dont %n bloquante</numerusform>
            <numerusform>dont %n bloquantes</numerusform>
        </translation>
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
        <source>{old_room} → {new_room}</source>
        <translation>{old_room} → {new_room}</translation>
    </message>
</context>
</TS>
