<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SendTicketsDialog</name>
    <message numerus="yes">
        <source>%n people will get their ticket.</source>
        <translation>
            <numerusform>%n person will get their ticket.</numerusform>
            <numerusform>%n people will get their ticket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people have no e-mail address.</source>
        <translation>
            <numerusform>%n person has no e-mail address.</numerusform>
            <numerusform>%n people have no e-mail address.</numerusform>
        </translation>
    </message>
</context>
</TS>
