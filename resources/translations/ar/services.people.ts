<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No person {ref}.</source>
        <translation>لا يوجد شخص {ref}.</translation>
    </message>
    <message>
        <source>{email} is not a valid e-mail address.</source>
        <translation>{email} ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>يحتاج الشخص إلى اسم.</translation>
    </message>
    <message>
        <source>This person was erased.</source>
        <translation>تم محو هذا الشخص.</translation>
    </message>
    <message>
        <source>A person cannot be merged into itself.</source>
        <translation>لا يمكن دمج شخص في نفسه.</translation>
    </message>
    <message>
        <source>{name} is already merged the other way.</source>
        <translation>{name} مدمج مسبقًا في الاتجاه المعاكس.</translation>
    </message>
    <message>
        <source>{name} is not merged into anyone.</source>
        <translation>{name} غير مدمج في أي شخص.</translation>
    </message>
</context>
</TS>
