<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
    <message>
        <source>Show Date Modified</source>
        <translation>إظهار تاريخ التعديل</translation>
    </message>
    <message>
        <source>Show Size</source>
        <translation>إظهار الحجم</translation>
    </message>
    <message>
        <source>Show Type</source>
        <translation>إظهار النوع</translation>
    </message>
</context>
</TS>
