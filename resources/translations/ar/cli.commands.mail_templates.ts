<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>There is no mail template named {name}.</source>
        <translation>لا يوجد قالب رسالة باسم {name}.</translation>
    </message>
    <message>
        <source>Cannot read {file} as UTF-8 text.</source>
        <translation>تعذرت قراءة {file} كنص UTF-8.</translation>
    </message>
</context>
</TS>