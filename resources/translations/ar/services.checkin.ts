<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No Morning {ref}.</source>
        <translation>لا يوجد لقاء صباحي {ref}.</translation>
    </message>
    <message>
        <source>No registration {ref}.</source>
        <translation>لا يوجد تسجيل {ref}.</translation>
    </message>
</context>
</TS>
