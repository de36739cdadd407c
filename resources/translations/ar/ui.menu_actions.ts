<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>menu</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;demo Morning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mornings Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mornings Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mornings Desktop %1 — the Club Made in Morocco&apos;s Mornings, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Morning created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo Morning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
