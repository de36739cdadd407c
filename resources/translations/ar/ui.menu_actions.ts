<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>menu</name>
    <message>
        <source>&amp;File</source>
        <translation>مل&amp;ف</translation>
    </message>
    <message>
        <source>Create a &amp;demo Morning…</source>
        <translation>إنشاء لقاء صباحي &amp;تجريبي…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Change the &amp;person at the desk…</source>
        <translation>تغيير ال&amp;شخص في مكتب الاستقبال…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>فتح مجلد ال&amp;بيانات</translation>
    </message>
    <message>
        <source>&amp;About Mornings Desktop</source>
        <translation>&amp;حول Mornings Desktop</translation>
    </message>
    <message>
        <source>About Mornings Desktop</source>
        <translation>حول Mornings Desktop</translation>
    </message>
    <message>
        <source>Mornings Desktop %1 — the Club Made in Morocco's Mornings, offline.</source>
        <translation>Mornings Desktop %1 — اللقاءات الصباحية لـ Club Made in Morocco، دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Now at the desk: %1</source>
        <translation>في مكتب الاستقبال الآن: %1</translation>
    </message>
    <message>
        <source>Demo Morning created.</source>
        <translation>تم إنشاء اللقاء الصباحي التجريبي.</translation>
    </message>
    <message>
        <source>Creating the demo Morning…</source>
        <translation>جارٍ إنشاء اللقاء الصباحي التجريبي…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>كُتبت النسخة الاحتياطية: %1</translation>
    </message>
</context>
</TS>