<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>SendTicketsDialog</name>
    <message>
        <source>Send tickets</source>
        <translation>إرسال التذاكر</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>لم تُرسل بعد</translation>
    </message>
    <message>
        <source>Changed since sent</source>
        <translation>تغيّرت منذ الإرسال</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;إرسال</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>إعادة &amp;محاولة ما فشل</translation>
    </message>
    <message>
        <source>Send &amp;unknown again</source>
        <translation>إعادة إرسال &amp;غير المعروفة</translation>
    </message>
    <message>
        <source>Mail se&amp;ttings…</source>
        <translation>إعدادات البري&amp;د…</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>الإرسال إلى:</translation>
    </message>
    <message>
        <source>Preview of one message:</source>
        <translation>معاينة رسالة:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>صندوق الإرسال:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message numerus="yes">
        <source>%n people will get their ticket.</source>
        <translation>
            <numerusform>لن يتلقى أحد تذكرته.</numerusform>
            <numerusform>سيتلقى شخص واحد تذكرته.</numerusform>
            <numerusform>سيتلقى شخصان تذكرتيهما.</numerusform>
            <numerusform>سيتلقى %n أشخاص تذاكرهم.</numerusform>
            <numerusform>سيتلقى %n شخصًا تذاكرهم.</numerusform>
            <numerusform>سيتلقى %n شخص تذاكرهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is not set up: open the mail settings first.</source>
        <translation>البريد الإلكتروني غير مُعدّ: افتح إعدادات البريد أولا.</translation>
    </message>
    <message>
        <source>Sent: {sent}; failed: {failed}; unknown: {unknown}.</source>
        <translation>أُرسل: {sent}؛ فشل: {failed}؛ غير معروف: {unknown}.</translation>
    </message>
    <message>
        <source>Sending tickets</source>
        <translation>إرسال التذاكر جارٍ</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message numerus="yes">
        <source>%n people have no e-mail address.</source>
        <translation>
            <numerusform>لا أحد بدون عنوان بريد إلكتروني.</numerusform>
            <numerusform>شخص واحد بدون عنوان بريد إلكتروني.</numerusform>
            <numerusform>شخصان بدون عنوان بريد إلكتروني.</numerusform>
            <numerusform>%n أشخاص بدون عنوان بريد إلكتروني.</numerusform>
            <numerusform>%n شخصًا بدون عنوان بريد إلكتروني.</numerusform>
            <numerusform>%n شخص بدون عنوان بريد إلكتروني.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>Mail password</source>
        <translation>كلمة مرور البريد</translation>
    </message>
    <message>
        <source>Password of {user}:</source>
        <translation>كلمة مرور {user}:</translation>
    </message>
    <message>
        <source>Send tickets</source>
        <translation>إرسال التذاكر</translation>
    </message>
    <message>
        <source>&amp;Send tickets by e-mail…</source>
        <translation>&amp;إرسال التذاكر بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <source>Send the selected ticket on &amp;WhatsApp</source>
        <translation>إرسال التذكرة المحددة عبر &amp;واتساب</translation>
    </message>
    <message>
        <source>Mail &amp;templates…</source>
        <translation>&amp;نماذج البريد…</translation>
    </message>
    <message>
        <source>Mail se&amp;ttings…</source>
        <translation>إعدادات البري&amp;د…</translation>
    </message>
</context>
</TS>