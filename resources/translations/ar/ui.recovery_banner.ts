<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>The organisation's recovery key has not been exported yet. Export it once with the button beside this message, and keep it away from this computer, with its passphrase apart.</source>
        <translation>لم يتم تصدير مفتاح الاسترداد الخاص بالمنظمة بعد. صدّره مرة واحدة بالزر الذي بجانب هذه الرسالة، واحفظه بعيدًا عن هذا الحاسوب، مع عبارة المرور في مكان آخر.</translation>
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