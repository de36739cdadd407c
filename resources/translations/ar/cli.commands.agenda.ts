<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Say which Morning with --event.</source>
        <translation>حدِّد اللقاء الصباحي باستعمال --event.</translation>
    </message>
    <message>
        <source>Give -o FILE (.pdf, .ics or .json), or a subcommand.</source>
        <translation>أدخل -o FILE (.pdf أو .ics أو .json)، أو أمرًا فرعيًا.</translation>
    </message>
    <message>
        <source>Cannot write {suffix} files; use .pdf, .ics or .json.</source>
        <translation>تتعذّر كتابة ملفات {suffix}؛ استعمل .pdf أو .ics أو .json.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>No session {ref}.</source>
        <translation>لا توجد جلسة {ref}.</translation>
    </message>
</context>
</TS>
