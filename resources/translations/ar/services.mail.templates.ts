<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>A template name is lower-case letters, digits, - or _ (such as reminder-j1), not {name}.</source>
        <translation>يُكتب اسم النموذج بحروف لاتينية صغيرة أو أرقام أو - أو _ (مثل reminder-j1)، وليس {name}.</translation>
    </message>
    <message>
        <source>Give the new template a name.</source>
        <translation>أعطِ القالب الجديد اسمًا.</translation>
    </message>
    <message>
        <source>A template called “{name}” already exists; choose another name.</source>
        <translation>يوجد قالب باسم «{name}» من قبل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The subject cannot be empty.</source>
        <translation>لا يمكن أن يكون الموضوع فارغا.</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>يجب أن يكون الموضوع في سطر واحد.</translation>
    </message>
    <message>
        <source>The message cannot be empty.</source>
        <translation>لا يمكن أن تكون الرسالة فارغة.</translation>
    </message>
    <message>
        <source>A brace is not closed; placeholders are written like {example}.</source>
        <translation>هناك قوس معقوف غير مغلق؛ تُكتب الحقول هكذا {example}.</translation>
    </message>
    <message>
        <source>{placeholder} is not a placeholder; use one of {known}.</source>
        <translation>الحقل {placeholder} غير معروف؛ استعمل أحد هذه الحقول: {known}.</translation>
    </message>
    <message>
        <source>The language must be fr, en or ar, not {language}.</source>
        <translation>يجب أن تكون اللغة fr أو en أو ar، وليس {language}.</translation>
    </message>
</context>
</TS>