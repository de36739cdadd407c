<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The CSV separator is “;” or “,”, not “{sep}”.</source>
        <translation>فاصل CSV هو «;» أو «,» وليس «{sep}».</translation>
    </message>
    <message>
        <source>Unknown language {language} (choose fr, en or ar).</source>
        <translation>لغة غير معروفة {language} (اختر fr أو en أو ar).</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({from_}).</source>
        <translation>تنتهي الفترة ({to}) قبل أن تبدأ ({from_}).</translation>
    </message>
    <message>
        <source>No Morning in this period.</source>
        <translation>لا يوجد أي لقاء صباحي في هذه الفترة.</translation>
    </message>
    <message>
        <source>The file name {name} contains characters Windows does not allow ({chars}); choose another name.</source>
        <translation>يحتوي اسم الملف {name} على أحرف لا يسمح بها Windows ({chars})؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>{name} cannot be used as a file name; choose another.</source>
        <translation>لا يمكن استعمال {name} اسمًا لملف؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Unknown file type {suffix} (use {formats}).</source>
        <translation>نوع ملف غير معروف {suffix} (استعمل {formats}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} مجلد؛ أدخل اسم ملف.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}; choose another folder.</source>
        <translation>تتعذّر الكتابة في المجلد {folder}؛ اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Cannot replace {path}: it may be open in another program (close it in Excel) or read-only.</source>
        <translation>يتعذّر استبدال {path}: قد يكون مفتوحًا في برنامج آخر (أغلقه في Excel) أو للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>تتعذّر كتابة {path}: {reason}</translation>
    </message>
</context>
</TS>
