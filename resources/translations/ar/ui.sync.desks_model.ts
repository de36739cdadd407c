<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DesksModel</name>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>door</source>
        <translation>استقبال</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <source>right</source>
        <translation>مضبوطة</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>متقدمة %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>متأخرة %1</translation>
    </message>
    <message>
        <source>copied database</source>
        <translation>قاعدة بيانات منسوخة</translation>
    </message>
    <message>
        <source>revoked since %1</source>
        <translation>ملغى منذ %1</translation>
    </message>
    <message>
        <source>%1 set aside</source>
        <translation>موضوعة جانبًا: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
</context>
</TS>
