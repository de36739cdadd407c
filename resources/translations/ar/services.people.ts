<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No person {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already merged the other way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not merged into anyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
