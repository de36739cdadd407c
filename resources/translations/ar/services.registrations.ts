<?xml version='1.0' encoding='utf-8'?>
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
    <message>
        <source>{name}'s registration for this Morning was cancelled: an organiser desk reinstates it.</source>
        <translation>أُلغي تسجيل {name} في هذا اللقاء الصباحي: يمكن لمكتب المنظِّم إعادة تفعيله.</translation>
    </message>
</context>
</TS>