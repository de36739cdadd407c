<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Unknown selection {only}; use {choices}.</source>
        <translation>اختيار غير معروف {only}؛ استعمل {choices}.</translation>
    </message>
    <message>
        <source>No registration {ref} for this Morning.</source>
        <translation>لا يوجد تسجيل {ref} لهذا اللقاء الصباحي.</translation>
    </message>
    <message>
        <source>No registration {ref}.</source>
        <translation>لا يوجد تسجيل {ref}.</translation>
    </message>
</context>
</TS>
