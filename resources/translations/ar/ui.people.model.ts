<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>اللقاءات الصباحية</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>مرات الحضور</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(ممحو)</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>✗ Cancelled</source>
        <translation>✗ ملغى</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>في عين المكان</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجل</translation>
    </message>
    <message>
        <source>Arrived at {time}</source>
        <translation>وصل على الساعة {time}</translation>
    </message>
</context>
</TS>
