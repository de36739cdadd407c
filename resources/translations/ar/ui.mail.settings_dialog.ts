<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>إعدادات البريد</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادة المنفذ 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS منذ البداية (عادة المنفذ 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>بدون (غير مشفر)</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>فقط لجهة تصديق خاصة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بدون حد</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>إرسال رسالة ا&amp;ختبار</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;خادم البريد:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>الأ&amp;مان:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم الد&amp;خول:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>اسم ال&amp;مرسل:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>عن&amp;وان المرسل:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>ال&amp;رد إلى:</translation>
    </message>
    <message>
        <source>Certificate authorit&amp;y:</source>
        <translation>جهة الت&amp;صديق:</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>عدد الرسائل في الد&amp;قيقة:</translation>
    </message>
    <message>
        <source>Test message t&amp;o:</source>
        <translation>رسالة الاختبار إ&amp;لى:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>محفوظة في سلسلة المفاتيح؛ اكتبها لتغييرها</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>جهة التصديق</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>شهادات (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The settings are saved, but this computer has no keyring to keep the password: the window will ask for it when sending.</source>
        <translation>حُفظت الإعدادات، لكن هذا الحاسوب ليس فيه سلسلة مفاتيح لحفظ كلمة المرور: ستطلبها النافذة عند الإرسال.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Type the password of {user} to send a test message.</source>
        <translation>اكتب كلمة مرور {user} لإرسال رسالة اختبار.</translation>
    </message>
    <message>
        <source>Sending a test message to {to}…</source>
        <translation>جارٍ إرسال رسالة اختبار إلى {to}…</translation>
    </message>
    <message>
        <source>The test message was sent to {to}; the server answered {answer}.</source>
        <translation>أُرسلت رسالة الاختبار إلى {to}؛ وأجاب الخادم {answer}.</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>رسالة اختبار</translation>
    </message>
</context>
</TS>