<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>ال&amp;قاعة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
</context>
<context>
    <name>SessionSpeakersDialog</name>
    <message>
        <source>Speakers of “{title}”</source>
        <translation>متدخلو «⁨{title}⁩»</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتدخل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
</TS>
