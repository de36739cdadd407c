<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Scan a ticket, or type a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History / undo… (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the current Morning first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound off (no audio device, or turned off in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current Morning: choose one before checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Badge NOT printed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Badge printed %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Badge not printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person first (type their name), then open their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no check-in to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone from history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
