<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Say which Morning with --event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give -o FILE (.pdf, .ics or .json), or a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {suffix} files; use .pdf, .ics or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
