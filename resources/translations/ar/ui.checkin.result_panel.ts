<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CheckinResult</name>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: scan a ticket or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Category: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at {time} at desk {desk} — do not admit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is for {title} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration was cancelled. Send the person to an organiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid ticket of ours, not yet on this desk: sync, or find the person by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket matches. Find the person by name, or register a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was replaced by a newer one: ask for the new ticket, or search by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid ticket code (misread, altered, or another organisation&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in was NOT saved: {problem} The queue can go on; scan again once fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in of {time} no longer counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
