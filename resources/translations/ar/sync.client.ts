<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The hub belongs to another organisation; nothing was sent or received. Join the organisation first (&apos;mornings join&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
