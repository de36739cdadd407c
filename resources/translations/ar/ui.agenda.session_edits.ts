<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Add a session at {start}</source>
        <translation>إضافة جلسة على الساعة {start}</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>حذف «⁨{title}⁩»</translation>
    </message>
    <message>
        <source>Move “{title}” to {start}</source>
        <translation>نقل «⁨{title}⁩» إلى {start}</translation>
    </message>
    <message>
        <source>Make “{title}” {n} minutes</source>
        <translation>جعل مدة «⁨{title}⁩» {n} دقيقة</translation>
    </message>
    <message>
        <source>Unknown kind “{text}”; one of: {kinds}.</source>
        <translation>نوع غير معروف «{text}»؛ اختر من: {kinds}.</translation>
    </message>
    <message>
        <source>Change the kind of “{title}”</source>
        <translation>تغيير نوع «⁨{title}⁩»</translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation>إعادة تسمية «⁨{title}⁩»</translation>
    </message>
    <message>
        <source>Change the room of “{title}”</source>
        <translation>تغيير قاعة «⁨{title}⁩»</translation>
    </message>
    <message>
        <source>Change the speakers of “{title}”</source>
        <translation>تغيير متدخلي «⁨{title}⁩»</translation>
    </message>
    <message>
        <source>Edit the details of “{title}”</source>
        <translation>تعديل تفاصيل «⁨{title}⁩»</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not a number of minutes: {text}</source>
        <translation>ليس عددًا من الدقائق: {text}</translation>
    </message>
</context>
</TS>
