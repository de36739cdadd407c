<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the bundle {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Mornings bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Mornings Desktop; install it to import this bundle. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} comes from another organisation; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is incomplete (truncated copy?); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was altered or damaged (checksum mismatch); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {line}: not an operation ({detail}); nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
