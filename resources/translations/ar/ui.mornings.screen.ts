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
    <message numerus="yes">
        <source>%n people are past the retention period: erase them with 'mornings people purge'.</source>
        <translation>
            <numerusform>لم يتجاوز أحد مدة الاحتفاظ.</numerusform>
            <numerusform>تجاوز شخص واحد مدة الاحتفاظ: امحُه بالأمر ⁨'mornings people purge'⁩.</numerusform>
            <numerusform>تجاوز شخصان مدة الاحتفاظ: امحُهما بالأمر ⁨'mornings people purge'⁩.</numerusform>
            <numerusform>%n أشخاص تجاوزوا مدة الاحتفاظ: امحُهم بالأمر ⁨'mornings people purge'⁩.</numerusform>
            <numerusform>%n شخصًا تجاوزوا مدة الاحتفاظ: امحُهم بالأمر ⁨'mornings people purge'⁩.</numerusform>
            <numerusform>%n شخص تجاوزوا مدة الاحتفاظ: امحُهم بالأمر ⁨'mornings people purge'⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure request(s) wait (People ▸ Privacy ▸ Erasure requests).</source>
        <translation>
            <numerusform>لا طلب محو في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).</numerusform>
            <numerusform>طلب محو واحد في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).</numerusform>
            <numerusform>طلبا محو في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).</numerusform>
            <numerusform>%n طلبات محو في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).</numerusform>
            <numerusform>%n طلب محو في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).</numerusform>
            <numerusform>%n طلب محو في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>إعادة &amp;فتح</translation>
    </message>
</context>
</TS>