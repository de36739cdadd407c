<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BadgesScreen</name>
    <message numerus="yes">
        <source>%n badge(s) saved in {file}</source>
        <translation>
            <numerusform>%n badge saved in {file}</numerusform>
            <numerusform>%n badges saved in {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to {printer}</source>
        <translation>
            <numerusform>%n badge sent to {printer}</numerusform>
            <numerusform>%n badges sent to {printer}</numerusform>
        </translation>
    </message>
</context>
</TS>
