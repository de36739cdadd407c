<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>No warnings</source>
        <translation>لا توجد تنبيهات</translation>
    </message>
    <message>
        <source>Warnings: {n} ({blocking})</source>
        <translation>التنبيهات: {n} ({blocking})</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>لا شيء منها مانع</numerusform>
            <numerusform>منها واحد مانع</numerusform>
            <numerusform>منها اثنان مانعان</numerusform>
            <numerusform>منها %n مانعة</numerusform>
            <numerusform>منها %n مانعة</numerusform>
            <numerusform>منها %n مانعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>لم يُنشر بعد</translation>
    </message>
    <message>
        <source>Changes since version {n}</source>
        <translation>التغييرات منذ النسخة {n}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Added: {title} ({start}–{end})</source>
        <translation>أُضيفت: ⁨{title}⁩ (⁨{start}–{end}⁩)</translation>
    </message>
    <message>
        <source>Removed: {title} ({start})</source>
        <translation>حُذفت: ⁨{title}⁩ ({start})</translation>
    </message>
    <message>
        <source>Moved: {title} {old}–{old_end} → {new}–{new_end}</source>
        <translation>نُقلت: ⁨{title}⁩ ⁨{old}–{old_end}⁩ ← ⁨{new}–{new_end}⁩</translation>
    </message>
    <message>
        <source>Speakers changed: {title}: {what}</source>
        <translation>تغيّر المتدخلون: ⁨{title}⁩: {what}</translation>
    </message>
    <message>
        <source>{old_room} → {new_room}</source>
        <translation>{old_room} ← {new_room}</translation>
    </message>
</context>
</TS>
