<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>recovery</name>
    <message>
        <source>Export the recovery key</source>
        <translation>تصدير مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Mornings recovery keys (*.mornings-key)</source>
        <translation>مفاتيح استرداد Mornings (*.mornings-key)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Choose the passphrase of the recovery key file %1. Keep the file and its passphrase apart, away from this computer (a safe, a second USB stick): with both, anyone can replace the organisation key.</source>
        <translation>اختر عبارة المرور لملف مفتاح الاسترداد %1. احفظ الملف وعبارة مروره منفصلين، بعيدًا عن هذا الحاسوب (خزنة، مفتاح USB ثانٍ): من يملك الاثنين يستطيع استبدال مفتاح المنظمة.</translation>
    </message>
    <message>
        <source>Recovery key %1 written to %2: keep it offline, away from this computer, with its passphrase apart.</source>
        <translation>كُتب مفتاح الاسترداد %1 في %2: احفظه دون اتصال، بعيدًا عن هذا الحاسوب، وعبارة مروره منفصلة عنه.</translation>
    </message>
    <message>
        <source>Writing the recovery key…</source>
        <translation>جارٍ كتابة مفتاح الاسترداد…</translation>
    </message>
</context>
</TS>