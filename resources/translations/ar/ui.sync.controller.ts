<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>SyncController</name>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>%1 operations received</source>
        <translation>استُلمت %1 عملية</translation>
    </message>
</context>
</TS>