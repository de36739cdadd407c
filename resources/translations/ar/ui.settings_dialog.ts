<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند التشغيل المقبل للبرنامج.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>E&amp;xport the recovery key…</source>
        <translation>ت&amp;صدير مفتاح الاسترداد…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Flags…</source>
        <translation>ال&amp;تنبيهات…</translation>
    </message>
    <message>
        <source>Registration flags</source>
        <translation>تنبيهات التسجيلات</translation>
    </message>
    <message>
        <source>Exported on %1.</source>
        <translation>صُدّر في %1.</translation>
    </message>
    <message>
        <source>Not exported yet: export it once, and keep it away from this computer.</source>
        <translation>لم يُصدَّر بعد: صدّره مرة واحدة واحفظه بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>A &amp;tone for each result at the check-in desk</source>
        <translation>&amp;نغمة لكل نتيجة في مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
</context>
</TS>