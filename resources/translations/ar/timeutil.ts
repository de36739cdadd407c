<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Not a date (expected YYYY-MM-DD): {text}</source>
        <translation>ليس تاريخًا (الصيغة المنتظرة YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <source>Not a time (expected HH:MM): {text}</source>
        <translation>ليس وقتًا (الصيغة المنتظرة HH:MM): {text}</translation>
    </message>
</context>
</TS>
