<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Backup of {path} failed: {detail}</source>
        <translation>فشل النسخ الاحتياطي لـ {path}: {detail}</translation>
    </message>
    <message>
        <source>Cannot write the backup {dest}: {detail}</source>
        <translation>تتعذّر كتابة النسخة الاحتياطية {dest}: {detail}</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>لا يوجد ملف نسخة احتياطية في {path}.</translation>
    </message>
    <message>
        <source>{path} is not a database backup.</source>
        <translation>{path} ليس نسخة احتياطية لقاعدة بيانات.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged.</source>
        <translation>النسخة الاحتياطية {path} تالفة.</translation>
    </message>
    <message>
        <source>{path} is not a Mornings Desktop backup.</source>
        <translation>{path} ليس نسخة احتياطية لـ Mornings Desktop.</translation>
    </message>
</context>
</TS>
