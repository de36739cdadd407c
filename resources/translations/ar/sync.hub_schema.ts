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
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>The hub {hub} refused the desk login: wrong login or password.</source>
        <translation>رفض الخادم المركزي {hub} دخول المكتب: المعرّف أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The hub {hub} no longer lets this desk log in: the organiser revoked it. Ask the organiser what to do.</source>
        <translation>لم يعد المحور {hub} يسمح لهذا المكتب بالدخول: ألغاه المنظم. اسأل المنظم عما يجب فعله.</translation>
    </message>
    <message>
        <source>The hub {hub} refused another connection of this desk login (too many connections open); close the other Mornings windows of this desk and try again.</source>
        <translation>رفض الخادم المركزي {hub} اتصالًا إضافيًا لهذا المكتب (اتصالات مفتوحة كثيرة)؛ أغلق نوافذ Mornings الأخرى لهذا المكتب وأعد المحاولة.</translation>
    </message>
    <message>
        <source>This login may not use the hub {hub}; check the hub address or ask the organiser for a desk login.</source>
        <translation>لا يمكن لهذا المعرّف استخدام الخادم المركزي {hub}؛ تحقّق من عنوان الخادم أو اطلب من المنظّم معرّف مكتب.</translation>
    </message>
    <message>
        <source>Secure connection to the hub {hub} failed: {detail}</source>
        <translation>فشل الاتصال الآمن بالخادم المركزي {hub}: {detail}</translation>
    </message>
    <message>
        <source>The hub {hub} did not answer in time.</source>
        <translation>لم يستجب الخادم المركزي {hub} في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The hub {hub} is not reachable: it is stopped, or this computer is not on its network.</source>
        <translation>الخادم المركزي ⁨{hub}⁩ غير متاح: إنه متوقف، أو أن هذا الحاسوب ليس على شبكته.</translation>
    </message>
    <message>
        <source>The connection to the hub {hub} was lost during the sync; what was sent and received is kept.</source>
        <translation>انقطع الاتصال بالخادم المركزي ⁨{hub}⁩ أثناء المزامنة؛ ما أُرسل وما استُقبل محفوظ.</translation>
    </message>
    <message>
        <source>Cannot reach the hub {hub}: {detail}</source>
        <translation>يتعذّر الوصول إلى الخادم المركزي {hub}: {detail}</translation>
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