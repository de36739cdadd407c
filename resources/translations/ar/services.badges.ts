<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Unknown selection {only}; use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration {ref} for this Morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
