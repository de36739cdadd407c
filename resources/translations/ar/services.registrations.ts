<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No registration {ref}.</source>
        <translation>لا يوجد تسجيل {ref}.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>يحتاج الشخص إلى اسم.</translation>
    </message>
</context>
</TS>
