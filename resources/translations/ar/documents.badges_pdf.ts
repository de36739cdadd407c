<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Logo {path} could not be used ({reason}); badges without logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badges to print in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
