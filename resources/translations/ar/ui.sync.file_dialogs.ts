<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SyncFiles</name>
    <message>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Mornings bundles (*.mornings-bundle)</source>
        <translation>حزم Mornings (*.mornings-bundle)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Join with a file</source>
        <translation>الانضمام بملف</translation>
    </message>
    <message>
        <source>Mornings join files (*.mornings-join *.json);;All files (*)</source>
        <translation>ملفات انضمام Mornings (*.mornings-join *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Write the join file</source>
        <translation>كتابة ملف الانضمام</translation>
    </message>
    <message>
        <source>Mornings join files (*.mornings-join)</source>
        <translation>ملفات انضمام Mornings (*.mornings-join)</translation>
    </message>
</context>
</TS>
