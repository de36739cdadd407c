<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddDeskDialog</name>
    <message>
        <source>Add a desk</source>
        <translation>إضافة مكتب</translation>
    </message>
    <message>
        <source>The join file is written where you choose; give it to the new desk on a USB stick (it works once and holds secrets), then delete it.</source>
        <translation>يُكتب ملف الانضمام حيث تختار؛ سلّمه للمكتب الجديد على مفتاح USB (يعمل مرة واحدة ويحوي أسرارًا)، ثم احذفه.</translation>
    </message>
    <message>
        <source>Without a hub, the join file holds the desk&apos;s key: one file for one laptop. Give it on a USB stick, then delete it; the desks then exchange bundles.</source>
        <translation>بدون خادم مركزي، يحوي ملف الانضمام مفتاح المكتب: ملف واحد لحاسوب واحد. سلّمه على مفتاح USB، ثم احذفه؛ وبعدها تتبادل المكاتب الحزم.</translation>
    </message>
    <message>
        <source>Accueil 2</source>
        <translation>الاستقبال 2</translation>
    </message>
    <message>
        <source>door desk (check-in)</source>
        <translation>مكتب استقبال (الدخول)</translation>
    </message>
    <message>
        <source>organiser desk (everything)</source>
        <translation>مكتب منظِّم (كل شيء)</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>&amp;اسم المكتب:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Choose the join file…</source>
        <translation>ا&amp;ختيار ملف الانضمام…</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Hub administrator</source>
        <translation>مدير الخادم المركزي</translation>
    </message>
    <message>
        <source>Listing and managing desks needs the hub&apos;s administrator login (the one the hub was set up with). The password is kept in memory until the window closes, never on disk.</source>
        <translation>عرض المكاتب وإدارتها يتطلب معرّف مدير الخادم المركزي (الذي أُعد به الخادم). تبقى كلمة المرور في الذاكرة حتى إغلاق النافذة، ولا تُكتب على القرص أبدًا.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;عنوان الخادم المركزي:</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>م&amp;عرّف المدير:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a desk</source>
        <translation>إلغاء مكتب</translation>
    </message>
    <message>
        <source>%1 will no longer log in to the hub. What the hub received from it after the time below is set aside and every desk refuses it; what came before is kept. An operation set aside that you know is genuine can be taken back one at a time (&apos;mornings sync accept&apos;).</source>
        <translation>لن يتمكن %1 من الدخول إلى الخادم المركزي. ما استلمه الخادم منه بعد الوقت أدناه يوضع جانبًا ويرفضه كل مكتب؛ وما سبقه يُحتفظ به. العملية الموضوعة جانبًا التي تعرف أنها صحيحة يمكن استعادتها واحدة تلو الأخرى («mornings sync accept»).</translation>
    </message>
    <message>
        <source>Without a hub, the revocation is signed here and travels in the next bundle you export: every desk that imports it refuses what %1 made after the time below; what came before is kept. Import the latest bundles first: what this desk has not received of it is not kept. An operation refused that you know is genuine can be taken back one at a time (&apos;mornings sync accept&apos;).</source>
        <translation>بدون خادم مركزي، يُوقَّع الإلغاء هنا وينتقل في الحزمة التالية التي تصدّرها: كل مكتب يستوردها يرفض ما أنتجه %1 بعد الوقت أدناه؛ وما سبقه يُحتفظ به. استورد آخر الحزم أولًا: ما لم يستلمه هذا المكتب منه لا يُحتفظ به. العملية المرفوضة التي تعرف أنها صحيحة يمكن استعادتها واحدة تلو الأخرى («mornings sync accept»).</translation>
    </message>
    <message>
        <source>From &amp;now</source>
        <translation>ابتداءً من ال&amp;آن</translation>
    </message>
    <message>
        <source>From a &amp;time that has passed:</source>
        <translation>ابتداءً من &amp;وقت مضى:</translation>
    </message>
    <message>
        <source>The desk&apos;s name, to confirm</source>
        <translation>اسم المكتب، للتأكيد</translation>
    </message>
    <message>
        <source>Type %1 to &amp;confirm:</source>
        <translation>اكتب %1 لل&amp;تأكيد:</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>إ&amp;لغاء المكتب</translation>
    </message>
</context>
</TS>
