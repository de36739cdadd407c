<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: desks are added on an organiser desk.</source>
        <translation>هذا مكتب استقبال: تُضاف المكاتب من مكتب منظم.</translation>
    </message>
    <message>
        <source>Give the join file from 'mornings hub add-desk' ('mornings join FILE', or 'mornings join -' to read it from standard input).</source>
        <translation>أعطِ ملف الانضمام الذي أنشأه «mornings hub add-desk» («mornings join FILE»، أو «mornings join -» لقراءته من الإدخال القياسي).</translation>
    </message>
</context>
</TS>