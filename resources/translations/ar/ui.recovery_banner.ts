<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>The organisation's recovery key has not been exported yet. Export it once and keep it away from this computer, with its passphrase apart: %1</source>
        <translation>لم يتم تصدير مفتاح الاسترداد الخاص بالمنظمة بعد. صدّره مرة واحدة واحفظه بعيدًا عن هذا الحاسوب، مع عبارة المرور في مكان آخر: %1</translation>
    </message>
    <message>
        <source>Export the recovery key…</source>
        <translation>تصدير مفتاح الاسترداد…</translation>
    </message>
    <message>
        <source>Export the recovery key</source>
        <translation>تصدير مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Recovery key reminder</source>
        <translation>تذكير بمفتاح الاسترداد</translation>
    </message>
</context>
</TS>