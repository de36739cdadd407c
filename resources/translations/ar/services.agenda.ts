<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Unknown kind of session {kind} (one of: {kinds}).</source>
        <translation>نوع جلسة غير معروف {kind} (اختر من: {kinds}).</translation>
    </message>
    <message>
        <source>The session is on {day}, but the Morning is on {morning_day}.</source>
        <translation>الجلسة مقررة يوم {day}، لكن اللقاء الصباحي يوم {morning_day}.</translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>يجب أن تكون النهاية ({end}) بعد البداية ({start}).</translation>
    </message>
    <message>
        <source>A session needs a duration.</source>
        <translation>تحتاج الجلسة إلى مدة.</translation>
    </message>
    <message>
        <source>The duration must be at least one minute (got {minutes}).</source>
        <translation>يجب ألا تقل المدة عن دقيقة واحدة (القيمة المدخلة: {minutes}).</translation>
    </message>
    <message>
        <source>The session would end on another day; it must end on the Morning&apos;s day ({day}).</source>
        <translation>ستنتهي الجلسة في يوم آخر؛ يجب أن تنتهي في يوم اللقاء الصباحي ({day}).</translation>
    </message>
    <message>
        <source>Unknown role {role} (one of: {roles}).</source>
        <translation>دور غير معروف {role} (اختر من: {roles}).</translation>
    </message>
    <message>
        <source>No speaker {ref}.</source>
        <translation>لا يوجد متدخل {ref}.</translation>
    </message>
    <message>
        <source>No session {ref}.</source>
        <translation>لا توجد جلسة {ref}.</translation>
    </message>
    <message>
        <source>Shifting the following sessions would move {title} to another day.</source>
        <translation>إزاحة الجلسات الموالية ستنقل {title} إلى يوم آخر.</translation>
    </message>
    <message>
        <source>No such warning on this agenda.</source>
        <translation>هذا التنبيه غير موجود في هذا البرنامج.</translation>
    </message>
    <message>
        <source>A blocking warning cannot be acknowledged; fix it instead.</source>
        <translation>لا يمكن قبول تنبيه مانع؛ قم بتصحيحه بدلًا من ذلك.</translation>
    </message>
</context>
</TS>
