<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>agenda</name>
    <message>
        <source>Welcome</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>محاضرة افتتاحية</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>مداخلة</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>مائدة مستديرة</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>تواصل مهني</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>متدخل</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>مسيّر</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>مشارك في النقاش</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” overlap in the same room {room}.</source>
        <translation>«⁨{first}⁩» و«⁨{second}⁩» متداخلتان في القاعة نفسها ⁨{room}⁩.</translation>
    </message>
    <message>
        <source>{speaker} is in two places at once: “{first}” and “{second}”.</source>
        <translation>⁨{speaker}⁩ في مكانين في الوقت نفسه: «⁨{first}⁩» و«⁨{second}⁩».</translation>
    </message>
    <message>
        <source>“{title}” ({start}–{end}) is outside the Morning&apos;s hours ({opens}–{closes}).</source>
        <translation>«⁨{title}⁩» (⁨{start}–{end}⁩) خارج توقيت اللقاء الصباحي (⁨{opens}–{closes}⁩).</translation>
    </message>
    <message>
        <source>A session has no title.</source>
        <translation>توجد جلسة بدون عنوان.</translation>
    </message>
    <message>
        <source>“{title}” ({kind}) has no speaker.</source>
        <translation>«⁨{title}⁩» ({kind}) بدون متدخل.</translation>
    </message>
    <message>
        <source>{speaker} is on the agenda but not registered for this Morning.</source>
        <translation>⁨{speaker}⁩ مدرج في البرنامج لكنه غير مسجل في هذا اللقاء الصباحي.</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>مانع:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>مقبول:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>تنبيه:</translation>
    </message>
</context>
</TS>
