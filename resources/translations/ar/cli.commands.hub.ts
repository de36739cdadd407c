<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Give the join file the organiser made for this desk ('mornings join FILE', or 'mornings join -' to read it from standard input).</source>
        <translation>قدّم ملف الانضمام الذي أنشأه المنظم لهذا المكتب («mornings join FILE»، أو «mornings join -» لقراءته من المدخل القياسي).</translation>
    </message>
</context>
</TS>