<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>الوافدون كل 5 دقائق</translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>لا يوجد وافدون بعد</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Checked in / registered</source>
        <translation>الحاضرون / المسجلون</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتدخل</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>الوافدون كل 5 دقائق</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتدخلون</translation>
    </message>
    <message>
        <source>No current Morning</source>
        <translation>لا يوجد لقاء صباحي حالي</translation>
    </message>
    <message>
        <source>{n} checked in of {m} registered</source>
        <translation>{n} حاضر من أصل {m} مسجل</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
</TS>
