<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>dialogs</name>
    <message>
        <source>Problem</source>
        <translation>مشكل</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
</context>
</TS>
