<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PeopleScreen</name>
    <message numerus="yes">
        <source>%n ticket(s) written to {file}.</source>
        <translation>
            <numerusform>%n ticket written to {file}.</numerusform>
            <numerusform>%n tickets written to {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
