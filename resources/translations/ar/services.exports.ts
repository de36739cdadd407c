<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Unknown language {language} (choose fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({from_}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Morning in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name {name} contains characters Windows does not allow ({chars}); choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be used as a file name; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type {suffix} (use {formats}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace {path}: it may be open in another program (close it in Excel) or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
