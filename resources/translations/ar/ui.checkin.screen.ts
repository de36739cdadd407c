<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Scan a ticket, or type a name to search</source>
        <translation>امسح تذكرة، أو اكتب اسمًا للبحث</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>المسح أو البحث</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>إلغاء الأخير (Ctrl+Z)</translation>
    </message>
    <message>
        <source>History / undo… (Ctrl+H)</source>
        <translation>السجل / إلغاء… (Ctrl+H)</translation>
    </message>
    <message>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>في عين المكان… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Kiosk mode…</source>
        <translation>وضع الخدمة الذاتية…</translation>
    </message>
    <message>
        <source>Desk: {desk}</source>
        <translation>المكتب: {desk}</translation>
    </message>
    <message>
        <source>Choose the current Morning first.</source>
        <translation>اختر اللقاء الصباحي الحالي أولًا.</translation>
    </message>
    <message>
        <source>No current Morning: choose one before checking in.</source>
        <translation>لا يوجد لقاء صباحي حالي: اختر واحدًا قبل تسجيل الحضور.</translation>
    </message>
    <message>
        <source>Sound turned off in Settings.</source>
        <translation>الصوت موقوف في الإعدادات.</translation>
    </message>
    <message>
        <source>Sound off: this computer has no audio device.</source>
        <translation>الصوت متوقف: لا يوجد في هذا الحاسوب جهاز صوت.</translation>
    </message>
    <message>
        <source>Show your ticket's QR code</source>
        <translation>يُرجى إظهار رمز QR الخاص بتذكرتك</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>تذكرتك</translation>
    </message>
</context>
</TS>
