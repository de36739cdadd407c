<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
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
        <source>This login is not a desk of this hub ({hub}); ask the organiser for a desk login.</source>
        <translation>هذا المعرّف ليس مكتبًا تابعًا لهذا الخادم المركزي (⁨{hub}⁩)؛ اطلب من المنظّم معرّف مكتب.</translation>
    </message>
    <message>
        <source>The hub {hub} has no database of that name; ask the organiser for the right hub address.</source>
        <translation>لا توجد لدى الخادم المركزي ⁨{hub}⁩ قاعدة بيانات بهذا الاسم؛ اطلب من المنظّم العنوان الصحيح للخادم.</translation>
    </message>
    <message>
        <source>The hub {hub} does not accept this computer's connection (its access rules may require a secure connection); ask the organiser to check the hub's address and its access rules.</source>
        <translation>لا يقبل الخادم المركزي ⁨{hub}⁩ اتصال هذا الحاسوب (قد تشترط قواعد الوصول فيه اتصالًا آمنًا)؛ اطلب من المنظّم التحقق من عنوان الخادم وقواعد الوصول فيه.</translation>
    </message>
    <message>
        <source>The hub {hub} does not offer a secure connection, but this desk's hub address requires one; ask the organiser to check the hub's address.</source>
        <translation>لا يوفّر الخادم المركزي ⁨{hub}⁩ اتصالًا آمنًا، لكن عنوان الخادم في هذا المكتب يشترطه؛ اطلب من المنظّم التحقق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>This desk could not check the certificate of the hub {hub} (a missing or wrong certificate file, or another server answered); nothing was sent: ask the organiser.</source>
        <translation>تعذّر على هذا المكتب التحقق من شهادة الخادم المركزي ⁨{hub}⁩ (ملف شهادة مفقود أو خاطئ، أو أجاب خادم آخر)؛ لم يُرسَل شيء: اسأل المنظّم.</translation>
    </message>
    <message>
        <source>The secure connection to the hub {hub} broke off; try again in a moment, and if it happens again, ask the organiser to check the hub.</source>
        <translation>انقطع الاتصال الآمن بالخادم المركزي ⁨{hub}⁩؛ أعد المحاولة بعد قليل، وإن تكرر ذلك فاطلب من المنظّم التحقق من الخادم.</translation>
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
        <source>The hub {hub} stopped this desk's request before it was done (it restarted, or its administrator stopped it); try again in a moment.</source>
        <translation>أوقف الخادم المركزي ⁨{hub}⁩ طلب هذا المكتب قبل إتمامه (أُعيد تشغيله، أو أوقفه مديره)؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The hub {hub} is too busy to serve this desk just now; try again in a moment.</source>
        <translation>الخادم المركزي ⁨{hub}⁩ مشغول جدًا عن خدمة هذا المكتب الآن؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The hub {hub} cannot store anything just now (its disk is full, or it was made read-only); what this desk holds is kept for a later sync: tell the organiser.</source>
        <translation>لا يستطيع الخادم المركزي ⁨{hub}⁩ حفظ أي شيء الآن (قرصه ممتلئ، أو جُعل للقراءة فقط)؛ ما يحمله هذا المكتب محفوظ لمزامنة لاحقة: أخبر المنظّم.</translation>
    </message>
    <message>
        <source>The hub {hub} is not set up completely for this version of Mornings Desktop; ask the organiser to run 'mornings hub init' on it again.</source>
        <translation>الخادم المركزي ⁨{hub}⁩ غير مُعدّ بالكامل لهذا الإصدار من Mornings Desktop؛ اطلب من المنظّم تشغيل «mornings hub init» عليه مجددًا.</translation>
    </message>
    <message>
        <source>The hub {hub} refused this desk a right it needs; ask the organiser to run 'mornings hub init' on it again (it gives the desks their rights back).</source>
        <translation>رفض الخادم المركزي ⁨{hub}⁩ منح هذا المكتب صلاحية يحتاجها؛ اطلب من المنظّم تشغيل «mornings hub init» عليه مجددًا (فهو يعيد إلى المكاتب صلاحياتها).</translation>
    </message>
    <message>
        <source>The hub {hub} refused what this desk sent: it expects another version of Mornings Desktop; update Mornings Desktop on this desk.</source>
        <translation>رفض الخادم المركزي ⁨{hub}⁩ ما أرسله هذا المكتب: إنه ينتظر إصدارًا آخر من Mornings Desktop؛ حدّث Mornings Desktop على هذا المكتب.</translation>
    </message>
    <message>
        <source>This desk has used its quota of operations for this hour on the hub {hub}; it can send again next hour.</source>
        <translation>استنفد هذا المكتب حصته من العمليات لهذه الساعة على الخادم المركزي ⁨{hub}⁩؛ يمكنه الإرسال مجددًا في الساعة القادمة.</translation>
    </message>
    <message>
        <source>The hub {hub} could not do what this desk asked; try again in a moment, and if it happens again, tell the organiser (the details are in this desk's log).</source>
        <translation>تعذّر على الخادم المركزي ⁨{hub}⁩ تنفيذ ما طلبه هذا المكتب؛ أعد المحاولة بعد قليل، وإن تكرر ذلك فأخبر المنظّم (التفاصيل في سجل هذا المكتب).</translation>
    </message>
</context>
</TS>
