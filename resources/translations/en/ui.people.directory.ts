<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <source>{name} — %n people</source>
        <translation>
            <numerusform>{name} — %n person</numerusform>
            <numerusform>{name} — %n people</numerusform>
        </translation>
    </message>
</context>
</TS>
