<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>badges</name>
    <message>
        <source>Print badges</source>
        <translation>طباعة الشارات</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>حفظ الشارات بصيغة PDF</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the badge file {file}.</source>
        <translation>تتعذّر قراءة ملف الشارات {file}.</translation>
    </message>
    <message>
        <source>The badges made for the printer could not be read back.</source>
        <translation>تعذّرت إعادة قراءة الشارات المُعدّة للطابعة.</translation>
    </message>
    <message>
        <source>The printer {printer} could not start printing.</source>
        <translation>تعذّر على الطابعة {printer} بدء الطباعة.</translation>
    </message>
</context>
</TS>