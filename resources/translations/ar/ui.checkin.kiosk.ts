<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>KioskWindow</name>
    <message>
        <source>Self check-in</source>
        <translation>تسجيل الحضور الذاتي</translation>
    </message>
    <message>
        <source>PIN to leave kiosk mode:</source>
        <translation>الرمز السري للخروج من وضع الخدمة الذاتية:</translation>
    </message>
    <message>
        <source>Choose a PIN (at least 4 digits) to leave kiosk mode:</source>
        <translation>اختر رمزًا سريًا (4 أرقام على الأقل) للخروج من وضع الخدمة الذاتية:</translation>
    </message>
    <message>
        <source>Kiosk mode needs a PIN of at least 4 characters.</source>
        <translation>يتطلب وضع الخدمة الذاتية رمزًا سريًا من 4 أحرف على الأقل.</translation>
    </message>
</context>
</TS>
