<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>A demo series has between 1 and {max} Mornings.</source>
        <translation>تضم سلسلة العرض التجريبي ما بين 1 و{max} لقاءات.</translation>
    </message>
</context>
</TS>