<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This computer does not hold the organisation key; run this on the organiser's computer.</source>
        <translation>هذا الحاسوب لا يحمل مفتاح المنظمة؛ شغّل هذا على حاسوب المنظِّم.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name (a recovery key file is never overwritten).</source>
        <translation>{path} موجود مسبقًا؛ اختر اسم ملف آخر (لا يُكتب أبدًا فوق ملف مفتاح استرداد).</translation>
    </message>
    <message>
        <source>The recovery key was already exported on {when}; it is not kept here, so it cannot be exported twice (--again makes a new one).</source>
        <translation>سبق تصدير مفتاح الاسترداد في {when}؛ لا يُحفظ هنا، لذا لا يمكن تصديره مرتين (--again ينشئ مفتاحًا جديدًا).</translation>
    </message>
    <message>
        <source>This recovery key is not the one this organisation's desks know; use the file from 'mornings org recovery-key'.</source>
        <translation>مفتاح الاسترداد هذا ليس الذي تعرفه مكاتب المنظمة؛ استخدم الملف الناتج عن 'mornings org recovery-key'.</translation>
    </message>
    <message>
        <source>No desk of this organisation is named {name}.</source>
        <translation>لا يوجد مكتب في هذه المنظمة باسم {name}.</translation>
    </message>
</context>
</TS>