<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>--map {item}: write COLUMN=FIELD with a column of the file ({columns}) and one of {fields}.</source>
        <translation>‎--map {item}: اكتب العمود=الحقل بعمود من الملف ({columns}) وأحد الحقول {fields}.</translation>
    </message>
</context>
</TS>