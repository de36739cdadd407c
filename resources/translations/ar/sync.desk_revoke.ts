<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This desk does not recognise the key that signed the revocation; give this organisation's recovery key. Nothing was changed.</source>
        <translation>لا يتعرّف هذا المكتب على المفتاح الذي وقّع الإلغاء؛ أعطِ مفتاح الاسترداد الخاص بهذه المنظمة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{until} is not a date and time such as 2026-11-30T10:00; nothing was revoked.</source>
        <translation>{until} ليس تاريخًا ووقتًا مثل 2026-11-30T10:00؛ لم يُلغَ شيء.</translation>
    </message>
    <message>
        <source>The revocation time {until} is in the future; give a time that has passed (or none, for now).</source>
        <translation>وقت الإلغاء {until} في المستقبل؛ أعطِ وقتًا قد مضى (أو لا شيء، للآن).</translation>
    </message>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>هذا مكتب استقبال: تُدار المكاتب من مكتب منظم.</translation>
    </message>
    <message>
        <source>This computer does not hold the organisation key, so it cannot revoke a desk; run the command on the organiser's computer that holds it, or give --recovery-key FILE.</source>
        <translation>لا يحمل هذا الحاسوب مفتاح المنظمة، فلا يمكنه إلغاء مكتب؛ شغّل الأمر على حاسوب المنظم الذي يحمله، أو أعطِ --recovery-key FILE.</translation>
    </message>
    <message>
        <source>No desk named {name} is known here; check the name given to 'mornings desk add', or import the bundle that carries that desk's certificate first.</source>
        <translation>لا يُعرف هنا مكتب باسم {name}؛ تحقّق من الاسم المعطى لـ 'mornings desk add'، أو استورد أولًا الحزمة التي تحمل شهادة ذلك المكتب.</translation>
    </message>
    <message>
        <source>{name} is this desk: revoke it from another organiser desk (or restore a backup to start it afresh).</source>
        <translation>{name} هو هذا المكتب: ألغِه من مكتب منظم آخر (أو استعد نسخة احتياطية لتبدأه من جديد).</translation>
    </message>
</context>
</TS>