<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>speakers_action</name>
    <message numerus="yes">
        <source>Send version {version} of the programme to %n speaker(s) ({names})?</source>
        <translation>
            <numerusform>Send version {version} of the programme to %n speaker ({names})?</numerusform>
            <numerusform>Send version {version} of the programme to %n speakers ({names})?</numerusform>
        </translation>
    </message>
</context>
</TS>
