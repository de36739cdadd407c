<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The first name is longer than {max} characters.</source>
        <translation>الاسم الشخصي يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The last name is longer than {max} characters.</source>
        <translation>اسم العائلة يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>الاسم الكامل يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The organisation is longer than {max} characters.</source>
        <translation>اسم المؤسسة يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The job title is longer than {max} characters.</source>
        <translation>الوظيفة تتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The e-mail address is longer than {max} characters.</source>
        <translation>عنوان البريد الإلكتروني يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The phone number is longer than {max} characters.</source>
        <translation>رقم الهاتف يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The category is longer than {max} characters.</source>
        <translation>الفئة تتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The ticket number is longer than {max} characters.</source>
        <translation>رقم التذكرة يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>The note is longer than {max} characters.</source>
        <translation>الملاحظة تتجاوز {max} حرفًا.</translation>
    </message>
</context>
</TS>
