<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Unknown kind of session {kind} (one of: {kinds}).</source>
        <translation>Type de séance inconnu {kind} (au choix : {kinds}).</translation>
    </message>
    <message>
        <source>The session is on {day}, but the Morning is on {morning_day}.</source>
        <translation>La séance est le {day}, mais la Matinale a lieu le {morning_day}.</translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>La fin ({end}) doit être après le début ({start}).</translation>
    </message>
    <message>
        <source>A session needs a duration.</source>
        <translation>Une séance doit avoir une durée.</translation>
    </message>
    <message>
        <source>The duration must be at least one minute (got {minutes}).</source>
        <translation>La durée doit être d&apos;au moins une minute (reçu : {minutes}).</translation>
    </message>
    <message>
        <source>The session would end on another day; it must end on the Morning&apos;s day ({day}).</source>
        <translation>La séance finirait un autre jour ; elle doit finir le jour de la Matinale ({day}).</translation>
    </message>
    <message>
        <source>Unknown role {role} (one of: {roles}).</source>
        <translation>Rôle inconnu {role} (au choix : {roles}).</translation>
    </message>
    <message>
        <source>No speaker {ref}.</source>
        <translation>Aucun intervenant {ref}.</translation>
    </message>
    <message>
        <source>No session {ref}.</source>
        <translation>Aucune séance {ref}.</translation>
    </message>
    <message>
        <source>Shifting the following sessions would move {title} to another day.</source>
        <translation>Décaler les séances suivantes ferait passer {title} à un autre jour.</translation>
    </message>
    <message>
        <source>No such warning on this agenda.</source>
        <translation>Cette alerte n&apos;existe pas dans ce programme.</translation>
    </message>
    <message>
        <source>A blocking warning cannot be acknowledged; fix it instead.</source>
        <translation>Une alerte bloquante ne peut pas être acceptée ; corrigez-la.</translation>
    </message>
</context>
</TS>
