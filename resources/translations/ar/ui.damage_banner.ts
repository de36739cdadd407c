<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>DamageBanner</name>
    <message>
        <source>Damaged database</source>
        <translation>قاعدة بيانات تالفة</translation>
    </message>
</context>
</TS>