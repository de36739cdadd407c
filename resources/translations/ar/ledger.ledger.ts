<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This is a door desk: this change is made on an organiser desk.</source>
        <translation>هذا مكتب استقبال: يُجرى هذا التعديل على مكتب المنظِّم.</translation>
    </message>
</context>
</TS>