<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Unknown kind of session {kind} (one of: {kinds}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is on {day}, but the Morning is on {morning_day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be at least one minute (got {minutes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session would end on another day; it must end on the Morning&apos;s day ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {role} (one of: {roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifting the following sessions would move {title} to another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such warning on this agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocking warning cannot be acknowledged; fix it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
