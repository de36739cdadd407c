<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This database already holds data of another organisation; it cannot join this one. Use a new database file to join.</source>
        <translation>تحتوي قاعدة البيانات هذه على بيانات مؤسسة أخرى؛ لا يمكنها الانضمام إلى هذه المؤسسة. استعمل ملف قاعدة بيانات جديدًا للانضمام.</translation>
    </message>
    <message>
        <source>{path} is not a Mornings setup file.</source>
        <translation>{path} ليس ملف إعداد Mornings.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Mornings Desktop; install it.</source>
        <translation>أُنشئ {path} بإصدار أحدث من Mornings Desktop؛ ثبّته.</translation>
    </message>
    <message>
        <source>{path} is damaged (checksum mismatch); nothing was changed.</source>
        <translation>{path} تالف (مجموع التحقق غير مطابق)؛ لم يتم تغيير أي شيء.</translation>
    </message>
</context>
</TS>
