<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No database at {path}.</source>
        <translation>لا توجد قاعدة بيانات في {path}.</translation>
    </message>
</context>
</TS>
