<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckinScreen</name>
    <message numerus="yes">
        <source>Badge printed %n time(s).</source>
        <translation>
            <numerusform>Badge printed once.</numerusform>
            <numerusform>Badge printed %n times.</numerusform>
        </translation>
    </message>
</context>
</TS>
