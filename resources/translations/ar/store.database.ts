<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The database {path} is locked by another program; close it and retry.</source>
        <translation>قاعدة البيانات {path} مقفلة من طرف برنامج آخر؛ أغلقه وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The database {path} is read-only; copy it to a folder you can write to.</source>
        <translation>قاعدة البيانات {path} للقراءة فقط؛ انسخها إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The database {path} is damaged; restore a backup with &apos;mornings restore&apos;.</source>
        <translation>قاعدة البيانات {path} تالفة؛ استرجع نسخة احتياطية باستعمال &apos;mornings restore&apos;.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: the disk is full or was removed ({detail}).</source>
        <translation>تتعذّر الكتابة في {path}: القرص ممتلئ أو تمت إزالته ({detail}).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {detail}</source>
        <translation>يتعذّر استعمال قاعدة البيانات {path}: {detail}</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>لا توجد قاعدة بيانات في {path}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {detail}</source>
        <translation>يتعذّر إنشاء المجلد {folder}: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} مجلد، وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}); restore a backup with &apos;mornings restore&apos;.</source>
        <translation>قاعدة البيانات {path} تالفة ({detail})؛ استرجع نسخة احتياطية باستعمال &apos;mornings restore&apos;.</translation>
    </message>
</context>
</TS>
