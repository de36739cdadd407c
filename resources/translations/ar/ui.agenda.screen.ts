<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N or Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peakers of the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and language (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ripple: shift the following sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda — choose a Morning first (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda — {title}, {date} ({start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: {n} ({blocking} blocking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {title} ({start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {title} ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {title} {old}–{old_end} → {new}–{new_end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers changed: {title}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session at {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{title}” to {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “{title}” {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “{text}”; one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the room of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the speakers of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the details of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSpeakersDialog</name>
    <message>
        <source>Speakers of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not a number of minutes: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
