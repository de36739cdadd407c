<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Give --event and -o FILE.pdf.</source>
        <translation>أدخل --event و-o FILE.pdf.</translation>
    </message>
    <message>
        <source>Badges are written as PDF: name the file {name}.pdf.</source>
        <translation>تُكتب الشارات بصيغة PDF: سمِّ الملف {name}.pdf.</translation>
    </message>
</context>
</TS>
