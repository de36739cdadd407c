<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LiveView</name>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation>
            <numerusform>%n checked in</numerusform>
            <numerusform>%n checked in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
</context>
</TS>
