<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MorningsScreen</name>
    <message numerus="yes">
        <source>%n people are past the retention period: erase them with 'mornings people purge'.</source>
        <translation>
            <numerusform>%n person is past the retention period: erase them with 'mornings people purge'.</numerusform>
            <numerusform>%n people are past the retention period: erase them with 'mornings people purge'.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure request(s) wait (People ▸ Privacy ▸ Erasure requests).</source>
        <translation>
            <numerusform>%n erasure request waits (People ▸ Privacy ▸ Erasure requests).</numerusform>
            <numerusform>%n erasure requests wait (People ▸ Privacy ▸ Erasure requests).</numerusform>
        </translation>
    </message>
</context>
</TS>
