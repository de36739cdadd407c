<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MorningsScreen</name>
    <message>
        <source>Mornings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Morning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Morning yet. Press Ctrl+N to create one, or use File ▸ Create a demo Morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
