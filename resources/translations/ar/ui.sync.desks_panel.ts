<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DesksPanel</name>
    <message>
        <source>The organisation&apos;s desks</source>
        <translation>مكاتب المؤسسة</translation>
    </message>
    <message>
        <source>&amp;Show the desks</source>
        <translation>&amp;عرض المكاتب</translation>
    </message>
    <message>
        <source>A&amp;dd a desk…</source>
        <translation>إ&amp;ضافة مكتب…</translation>
    </message>
    <message>
        <source>R&amp;eset a desk…</source>
        <translation>إعادة &amp;تعيين مكتب…</translation>
    </message>
    <message>
        <source>A new join file for a lost or reinstalled laptop; the old password stops.</source>
        <translation>ملف انضمام جديد لحاسوب ضائع أو أعيد تثبيته؛ تتوقف كلمة المرور القديمة.</translation>
    </message>
    <message>
        <source>Re&amp;voke a desk…</source>
        <translation>إ&amp;لغاء مكتب…</translation>
    </message>
    <message>
        <source>A lost or stolen laptop: refuse what it makes.</source>
        <translation>حاسوب ضائع أو مسروق: رفض ما ينتجه.</translation>
    </message>
    <message>
        <source>Desks: what happened</source>
        <translation>المكاتب: ما حدث</translation>
    </message>
    <message>
        <source>The desks of the organisation, as the hub knows them. Showing or changing them asks for the hub&apos;s administrator password once.</source>
        <translation>مكاتب المؤسسة كما يعرفها الخادم المركزي. عرضها أو تغييرها يطلب كلمة مرور مدير الخادم المركزي مرة واحدة.</translation>
    </message>
    <message>
        <source>No hub: the desks this desk knows from their join files and bundles (last contact: their latest operation received here).</source>
        <translation>بدون خادم مركزي: المكاتب التي يعرفها هذا المكتب من ملفات انضمامها والحزم (آخر اتصال: آخر عملية منها وصلت هنا).</translation>
    </message>
    <message>
        <source>Desks listed: %1</source>
        <translation>المكاتب المعروضة: %1</translation>
    </message>
    <message>
        <source>Reading the desks…</source>
        <translation>قراءة المكاتب…</translation>
    </message>
    <message>
        <source>Reading the desks from the hub…</source>
        <translation>قراءة المكاتب من الخادم المركزي…</translation>
    </message>
    <message>
        <source>Join file of the desk %1 written: %2. Give it to that desk on a USB stick (Sync, &apos;Join with a file…&apos;), then delete it.</source>
        <translation>كُتب ملف انضمام المكتب %1: %2. سلّمه لذلك المكتب على مفتاح USB (المزامنة، «الانضمام بملف…»)، ثم احذفه.</translation>
    </message>
    <message>
        <source>Adding the desk…</source>
        <translation>إضافة المكتب…</translation>
    </message>
    <message>
        <source>New join file of the desk %1 written: %2. Its old password no longer works; join the laptop again with this file.</source>
        <translation>كُتب ملف انضمام جديد للمكتب %1: %2. لم تعد كلمة مروره القديمة تعمل؛ أعد ضم الحاسوب بهذا الملف.</translation>
    </message>
    <message>
        <source>Resetting the desk…</source>
        <translation>إعادة تعيين المكتب…</translation>
    </message>
    <message>
        <source>Revoking the desk…</source>
        <translation>إلغاء المكتب…</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer log in, and %2 of its operations received after %3 are set aside.</source>
        <translation>أُلغي %1: لم يعد بإمكانه الدخول، ووُضعت جانبًا عملياته المستلمة بعد %3 (%2).</translation>
    </message>
    <message>
        <source>Every desk refuses its later operations from its next sync.</source>
        <translation>كل مكتب يرفض عملياته اللاحقة ابتداءً من مزامنته التالية.</translation>
    </message>
    <message>
        <source>This computer does not hold the organisation key, so only the hub refuses them: revoke it again from the organiser&apos;s computer that holds it.</source>
        <translation>هذا الحاسوب لا يملك مفتاح المؤسسة، لذا يرفضها الخادم المركزي وحده: ألغِه مرة أخرى من حاسوب المنظِّم الذي يملكه.</translation>
    </message>
    <message>
        <source>%1 is revoked here. The revocation travels in the next bundle you export: every desk that imports it refuses what %1 made after %2.</source>
        <translation>أُلغي %1 هنا. ينتقل الإلغاء في الحزمة التالية التي تصدّرها: كل مكتب يستوردها يرفض ما أنتجه %1 بعد %2.</translation>
    </message>
</context>
</TS>
