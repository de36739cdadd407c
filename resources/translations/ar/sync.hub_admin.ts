<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The hub login may not change the rights on database {name}; run &apos;mornings hub init&apos; with a superuser login, or give the hub its own cluster.</source>
        <translation>لا يمكن لمعرّف الخادم المركزي تغيير الصلاحيات على قاعدة البيانات {name}؛ شغّل &apos;mornings hub init&apos; بمعرّف مستخدم فائق، أو خصّص للخادم المركزي خادمًا خاصًا به.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation; it was left untouched.</source>
        <translation>هذا الخادم المركزي تابع لمؤسسة أخرى؛ لم يتم تغييره.</translation>
    </message>
    <message>
        <source>This database is not a Mornings hub (run &apos;mornings hub init&apos; first).</source>
        <translation>قاعدة البيانات هذه ليست خادمًا مركزيًا لـ Mornings (شغّل &apos;mornings hub init&apos; أولًا).</translation>
    </message>
    <message>
        <source>This hub was made by an older version; run &apos;mornings hub init&apos; on it first.</source>
        <translation>أُعدّ هذا الخادم المركزي بإصدار أقدم؛ شغّل &apos;mornings hub init&apos; عليه أولًا.</translation>
    </message>
    <message>
        <source>A desk login {login} already exists on this hub.</source>
        <translation>معرّف المكتب {login} موجود مسبقًا في هذا الخادم المركزي.</translation>
    </message>
</context>
</TS>
