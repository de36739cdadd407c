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
        <translation>البرنامج — {title}، {date} ({start}–{end})</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>لا توجد تنبيهات</translation>
    </message>
    <message>
        <source>Warnings: {n} ({blocking} blocking)</source>
        <translation>التنبيهات: {n} (منها {blocking} مانعة)</translation>
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
        <translation>أُضيفت: {title} ({start}–{end})</translation>
    </message>
    <message>
        <source>Removed: {title} ({start})</source>
        <translation>حُذفت: {title} ({start})</translation>
    </message>
    <message>
        <source>Moved: {title} {old}–{old_end} → {new}–{new_end}</source>
        <translation>نُقلت: {title} {old}–{old_end} ← {new}–{new_end}</translation>
    </message>
    <message>
        <source>Speakers changed: {title}: {what}</source>
        <translation>تغيّر المتدخلون: {title}: {what}</translation>
    </message>
    <message>
        <source>Add a session at {start}</source>
        <translation>إضافة جلسة على الساعة {start}</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>حذف «{title}»</translation>
    </message>
    <message>
        <source>Move “{title}” to {start}</source>
        <translation>نقل «{title}» إلى {start}</translation>
    </message>
    <message>
        <source>Make “{title}” {n} minutes</source>
        <translation>جعل مدة «{title}» {n} دقيقة</translation>
    </message>
    <message>
        <source>Unknown kind “{text}”; one of: {kinds}.</source>
        <translation>نوع غير معروف «{text}»؛ اختر من: {kinds}.</translation>
    </message>
    <message>
        <source>Change the kind of “{title}”</source>
        <translation>تغيير نوع «{title}»</translation>
    </message>
    <message>
        <source>Rename “{title}”</source>
        <translation>إعادة تسمية «{title}»</translation>
    </message>
    <message>
        <source>Change the room of “{title}”</source>
        <translation>تغيير قاعة «{title}»</translation>
    </message>
    <message>
        <source>Change the speakers of “{title}”</source>
        <translation>تغيير متدخلي «{title}»</translation>
    </message>
    <message>
        <source>Edit the details of “{title}”</source>
        <translation>تعديل تفاصيل «{title}»</translation>
    </message>
    <message>
        <source>Published version {n}.</source>
        <translation>نُشرت النسخة {n}.</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>ال&amp;قاعة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
</context>
<context>
    <name>SessionSpeakersDialog</name>
    <message>
        <source>Speakers of “{title}”</source>
        <translation>متدخلو «{title}»</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتدخل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not a number of minutes: {text}</source>
        <translation>ليس عددًا من الدقائق: {text}</translation>
    </message>
</context>
</TS>
