<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The hub login may not change the rights on database {name}; run 'mornings hub init' with a superuser login, or give the hub its own cluster.</source>
        <translation>لا يمكن لمعرّف الخادم المركزي تغيير الصلاحيات على قاعدة البيانات {name}؛ شغّل 'mornings hub init' بمعرّف مستخدم فائق، أو خصّص للخادم المركزي خادمًا خاصًا به.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation; it was left untouched.</source>
        <translation>هذا الخادم المركزي تابع لمؤسسة أخرى؛ لم يتم تغييره.</translation>
    </message>
    <message>
        <source>This database is not a Mornings hub (run 'mornings hub init' first).</source>
        <translation>قاعدة البيانات هذه ليست خادمًا مركزيًا لـ Mornings (شغّل 'mornings hub init' أولًا).</translation>
    </message>
    <message>
        <source>This hub was made by an older version; run 'mornings hub init' on it first.</source>
        <translation>أُعدّ هذا الخادم المركزي بإصدار أقدم؛ شغّل 'mornings hub init' عليه أولًا.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation than this database; run the command on the organiser's desk of this hub.</source>
        <translation>هذا المحور تابع لمنظمة غير منظمة قاعدة البيانات هذه؛ شغّل الأمر على مكتب المنظم الخاص بهذا المحور.</translation>
    </message>
    <message>
        <source>A desk named “{name}” is already on this hub: give another name, or reset it ('mornings hub reset-desk').</source>
        <translation>يوجد على هذا المحور مكتب باسم «{name}»: اختر اسمًا آخر، أو أعد تعيينه ('mornings hub reset-desk').</translation>
    </message>
</context>
</TS>