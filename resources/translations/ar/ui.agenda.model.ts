<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتدخلون</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>See the warnings panel</source>
        <translation>انظر لوحة التنبيهات</translation>
    </message>
</context>
</TS>
