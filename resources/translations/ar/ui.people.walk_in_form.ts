<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>WalkInForm</name>
    <message>
        <source>First and last name</source>
        <translation>الاسم الشخصي والعائلي</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Agrees to receive the &amp;newsletter</source>
        <translation>يوافق على تلقي ال&amp;نشرة الإخبارية</translation>
    </message>
    <message>
        <source>Agrees to be in photo&amp;s</source>
        <translation>يوافق على الظهور في ال&amp;صور</translation>
    </message>
    <message>
        <source>&amp;Register walk-in</source>
        <translation>&amp;تسجيل في عين المكان</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>الف&amp;ئة</translation>
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
        <source>Known from past Mornings: {name}.</source>
        <translation>معروف(ة) من اللقاءات الصباحية السابقة: {name}.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>النشرة الإخبارية</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Corrected at the door, to copy to their record: {changes}</source>
        <translation>صُحِّح عند الاستقبال، يُنقل إلى بطاقته: {changes}</translation>
    </message>
    <message>
        <source>The details you corrected are saved to their record.</source>
        <translation>حُفظت البيانات المصحَّحة في بطاقته.</translation>
    </message>
    <message>
        <source>This door desk may not change a record it did not create: the details you corrected are kept in the registration's note for an organiser.</source>
        <translation>لا يمكن لمكتب الاستقبال هذا تعديل بطاقة لم يُنشئها: احتُفظ بالبيانات المصحَّحة في ملاحظة التسجيل ليطّلع عليها أحد المنظمين.</translation>
    </message>
    <message>
        <source>✓ {name} is registered.</source>
        <translation>✓ تم تسجيل {name}.</translation>
    </message>
</context>
</TS>
