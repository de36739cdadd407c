<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This database already holds data of another organisation; it cannot join this one. Use a new database file to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Mornings setup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Mornings Desktop; install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged (checksum mismatch); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
