<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>PinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Check-ins of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} — desk {desk} — {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (e.g. wrong person admitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and &amp;admit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
