<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>MorningsScreen</name>
    <message>
        <source>Mornings</source>
        <translation>اللقاءات الصباحية</translation>
    </message>
    <message>
        <source>&amp;New Morning…</source>
        <translation>لقاء صباحي &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>جعله ال&amp;حالي</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;أرشفة</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>عرض ال&amp;مؤرشفة</translation>
    </message>
    <message>
        <source>No Morning yet. Press Ctrl+N to create one, or use File ▸ Create a demo Morning.</source>
        <translation>لا يوجد لقاء صباحي بعد. اضغط Ctrl+N لإنشاء لقاء، أو استعمل ملف ◂ إنشاء لقاء صباحي تجريبي.</translation>
    </message>
    <message>
        <source>No Morning yet: Mornings come from an organiser desk (Sync).</source>
        <translation>لا يوجد لقاء صباحي بعد: تأتي اللقاءات الصباحية من مكتب المنظِّم (المزامنة).</translation>
    </message>
    <message>
        <source>Privacy reminder</source>
        <translation>تذكير بالخصوصية</translation>
    </message>
    <message>
        <source>{n} people are past the retention period: erase them with 'mornings people purge'.</source>
        <translation>{n} شخصًا تجاوزوا مدة الاحتفاظ: امحُهم بالأمر 'mornings people purge'.</translation>
    </message>
    <message>
        <source>{n} erasure request(s) wait (People ▸ Privacy ▸ Erasure requests).</source>
        <translation>{n} طلب(ات) محو في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>إعادة &amp;فتح</translation>
    </message>
</context>
</TS>