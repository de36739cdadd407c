<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>هذا مكتب استقبال: تُدار المكاتب من مكتب منظم.</translation>
    </message>
</context>
</TS>