<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration</source>
        <translation>تعديل التسجيل</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>تسجيل جديد</translation>
    </message>
    <message>
        <source>{flag} (retired)</source>
        <translation>{flag} (موقوف)</translation>
    </message>
    <message>
        <source>At a door desk, only the note and the flags of this registration can be changed.</source>
        <translation>في مكتب الاستقبال، لا يمكن تعديل سوى الملاحظة والإشارات الخاصة بهذا التسجيل.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>الاسم ال&amp;شخصي</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>الاسم ال&amp;عائلي</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>ال&amp;وظيفة</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>الف&amp;ئة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
</context>
</TS>