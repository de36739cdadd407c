<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This hub was made by an older version; run 'mornings hub init' on it first.</source>
        <translation>أُنشئ هذا المحور بإصدار أقدم؛ شغّل عليه «mornings hub init» أولًا.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation than this database; run the command on the organiser's desk of this hub.</source>
        <translation>هذا المحور تابع لمنظمة غير منظمة قاعدة البيانات هذه؛ شغّل الأمر على مكتب المنظم الخاص بهذا المحور.</translation>
    </message>
    <message>
        <source>No desk {name} on this hub ('mornings hub desks' lists them).</source>
        <translation>لا يوجد مكتب {name} على هذا المحور («mornings hub desks» يعرض المكاتب).</translation>
    </message>
    <message>
        <source>A desk is a door desk or an organiser desk, not {role}.</source>
        <translation>المكتب إما مكتب استقبال أو مكتب منظم، وليس {role}.</translation>
    </message>
    <message>
        <source>The desk {name} was revoked; it cannot be reset. Add a new desk instead.</source>
        <translation>أُلغي المكتب {name}؛ لا يمكن إعادة تعيينه. أضف مكتبًا جديدًا بدلًا منه.</translation>
    </message>
    <message>
        <source>The revocation time {until} is in the future; give a time that has passed (or none, for now).</source>
        <translation>وقت الإلغاء {until} في المستقبل؛ أعطِ وقتًا قد مضى (أو لا شيء، للآن).</translation>
    </message>
    <message>
        <source>No operation set aside on this hub has the digest {digest} ('mornings sync accept --url ADMIN_URL' lists them); nothing was accepted.</source>
        <translation>لا توجد على هذا المحور عملية موضوعة جانبًا بالبصمة {digest} («mornings sync accept --url ADMIN_URL» يعرضها)؛ لم يُقبل شيء.</translation>
    </message>
</context>
</TS>