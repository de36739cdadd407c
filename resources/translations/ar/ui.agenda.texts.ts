<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>agenda</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panellist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{first}” and “{second}” overlap in the same room {room}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is in two places at once: “{first}” and “{second}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” ({start}–{end}) is outside the Morning&apos;s hours ({opens}–{closes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” ({kind}) has no speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is on the agenda but not registered for this Morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
