<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Cannot publish: {n} blocking warning(s) on the agenda; fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish an empty agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since version {n}; there is nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
