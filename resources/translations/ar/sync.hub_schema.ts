<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The login {login} may not manage the hub's desks: give the hub's administrator login (the one 'mornings hub init' was run with); nothing was changed.</source>
        <translation>لا يمكن للمعرّف {login} إدارة مكاتب الخادم المركزي: أدخل معرّف مدير الخادم المركزي (الذي شُغّل به «mornings hub init»)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The hub address is not a valid URL: {detail}</source>
        <translation>عنوان الخادم المركزي ليس URL صالحًا: {detail}</translation>
    </message>
    <message>
        <source>This database is not a Mornings hub (run 'mornings hub init' first).</source>
        <translation>قاعدة البيانات هذه ليست خادمًا مركزيًا لـ Mornings (شغّل 'mornings hub init' أولًا).</translation>
    </message>
    <message>
        <source>This login is not a desk of the hub.</source>
        <translation>هذا المعرّف ليس مكتبًا تابعًا للخادم المركزي.</translation>
    </message>
    <message>
        <source>The hub has no organisation yet; run 'mornings hub init'.</source>
        <translation>لا توجد مؤسسة في الخادم المركزي بعد؛ شغّل 'mornings hub init'.</translation>
    </message>
    <message>
        <source>The hub was set up by a newer version of Mornings Desktop (hub schema {version}, this version knows {known}); install the newer version.</source>
        <translation>أُعدّ الخادم المركزي بإصدار أحدث من Mornings Desktop (المخطط {version}، وهذا الإصدار يعرف {known})؛ ثبّت الإصدار الأحدث.</translation>
    </message>
</context>
</TS>