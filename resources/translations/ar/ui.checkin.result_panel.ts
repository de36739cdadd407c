<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CheckinResult</name>
    <message>
        <source>Check-in result</source>
        <translation>نتيجة تسجيل الحضور</translation>
    </message>
    <message>
        <source>The check-in of {time} no longer counts.</source>
        <translation>لم يعد تسجيل الحضور على الساعة {time} محتسبًا.</translation>
    </message>
</context>
</TS>
