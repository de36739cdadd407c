<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;البرنامج</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>ال&amp;متدخلون</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;إضافة جلسة</translation>
    </message>
    <message>
        <source>Ctrl+N or Insert</source>
        <translation>Ctrl+N أو Insert</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>S&amp;peakers of the session…</source>
        <translation>&amp;متدخلو الجلسة…</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>ال&amp;تفاصيل…</translation>
    </message>
    <message>
        <source>Description and language (F4)</source>
        <translation>الوصف واللغة (F4)</translation>
    </message>
    <message>
        <source>&amp;Ripple: shift the following sessions</source>
        <translation>&amp;إزاحة الجلسات الموالية</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>&amp;نشر…</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>تراجع: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>إعادة: {what}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;قبول التنبيه</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>التغييرات منذ آخر نسخة منشورة</translation>
    </message>
    <message>
        <source>Agenda — choose a Morning first (Ctrl+1)</source>
        <translation>البرنامج — اختر لقاءً صباحيًا أولًا (Ctrl+1)</translation>
    </message>
    <message>
        <source>Agenda — {title}, {date} ({start}–{end})</source>
        <translation>البرنامج — ⁨{title}⁩، ⁨{date}⁩ (⁨{start}–{end}⁩)</translation>
    </message>
</context>
</TS>
