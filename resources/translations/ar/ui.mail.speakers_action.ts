<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>speakers_action</name>
    <message>
        <source>Te&amp;ll speakers…</source>
        <translation>إ&amp;خبار المتدخلين…</translation>
    </message>
    <message>
        <source>E-mail each speaker the sessions that changed for them since their last version</source>
        <translation>إرسال الجلسات التي تغيرت لكل متدخل منذ آخر نسخة توصل بها</translation>
    </message>
    <message>
        <source>Mail is not set up: open People ▸ Tickets ▸ Mail settings… first.</source>
        <translation>البريد الإلكتروني غير مُعدّ: افتح أولا الأشخاص ▸ التذاكر ▸ إعدادات البريد….</translation>
    </message>
    <message>
        <source>No speaker has a change since the version they were sent.</source>
        <translation>لا يوجد أي تغيير لأي متدخل منذ النسخة التي توصل بها.</translation>
    </message>
    <message numerus="yes">
        <source>Send version {version} of the programme to %n speaker(s) ({names})?</source>
        <translation>
            <numerusform>هل تريد إرسال النسخة {version} من البرنامج ({names})؟</numerusform>
            <numerusform>هل تريد إرسال النسخة {version} من البرنامج إلى متدخل واحد ({names})؟</numerusform>
            <numerusform>هل تريد إرسال النسخة {version} من البرنامج إلى اثنين من المتدخلين ({names})؟</numerusform>
            <numerusform>هل تريد إرسال النسخة {version} من البرنامج إلى %n متدخلين ({names})؟</numerusform>
            <numerusform>هل تريد إرسال النسخة {version} من البرنامج إلى %n متدخلًا ({names})؟</numerusform>
            <numerusform>هل تريد إرسال النسخة {version} من البرنامج إلى %n متدخل ({names})؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell speakers</source>
        <translation>إخبار المتدخلين</translation>
    </message>
    <message>
        <source>Speakers told: sent {sent}; failed {failed}; unknown {unknown}.</source>
        <translation>تم إخبار المتدخلين: أُرسل {sent}؛ فشل {failed}؛ غير معروف {unknown}.</translation>
    </message>
    <message>
        <source>Telling the speakers</source>
        <translation>جارٍ إخبار المتدخلين</translation>
    </message>
</context>
</TS>