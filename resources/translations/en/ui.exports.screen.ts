<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportsScreen</name>
    <message numerus="yes">
        <source>Saved {file} (%n row(s)).</source>
        <translation>
            <numerusform>Saved {file} (%n row).</numerusform>
            <numerusform>Saved {file} (%n rows).</numerusform>
        </translation>
    </message>
</context>
</TS>
