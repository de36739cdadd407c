<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RequestsDialog</name>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n request waiting.</numerusform>
            <numerusform>%n requests waiting.</numerusform>
        </translation>
    </message>
</context>
</TS>
