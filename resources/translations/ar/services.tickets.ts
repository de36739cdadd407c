<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Tickets are written as .pdf or .xlsx, not {ext}.</source>
        <translation>تُكتب التذاكر بصيغة .pdf أو .xlsx، وليس {ext}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
</context>
</TS>
