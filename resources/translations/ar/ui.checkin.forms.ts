<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>PinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>الرمز السري لوضع الخدمة الذاتية</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Check-ins of {name}</source>
        <translation>تسجيلات حضور {name}</translation>
    </message>
    <message>
        <source>{time} — desk {desk} — {method}</source>
        <translation>{time} — المكتب {desk} — {method}</translation>
    </message>
    <message>
        <source>undone ({reason})</source>
        <translation>أُلغي ({reason})</translation>
    </message>
    <message>
        <source>Why (e.g. wrong person admitted)</source>
        <translation>السبب (مثلًا: إدخال الشخص الخطأ)</translation>
    </message>
    <message>
        <source>&amp;Undo this check-in</source>
        <translation>&amp;إلغاء تسجيل الحضور هذا</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>تسجيل شخص في عين المكان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Register and &amp;admit</source>
        <translation>تسجيل و&amp;إدخال</translation>
    </message>
</context>
</TS>
