<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>هذا مكتب استقبال: تُدار المكاتب من مكتب منظم.</translation>
    </message>
    <message>
        <source>A desk is a door desk or an organiser desk, not {role}.</source>
        <translation>المكتب إما مكتب استقبال أو مكتب منظم، وليس {role}.</translation>
    </message>
    <message>
        <source>Give the desk a name of 1 to 190 characters.</source>
        <translation>أعطِ المكتب اسمًا من 1 إلى 190 حرفًا.</translation>
    </message>
</context>
</TS>
