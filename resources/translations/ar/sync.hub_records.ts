<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The hub refused the organisation key rotation: it names {count} desks and this hub, made by an older version, takes at most {max}; run 'mornings hub init' on it to upgrade it, then sync again (bundles still carry the rotation to the desks).</source>
        <translation>رفض المركز تغيير مفتاح المنظمة: فهو يسمّي {count} مكتبًا وهذا المركز، الذي أنشأه إصدار أقدم، يقبل {max} على الأكثر؛ شغّل 'mornings hub init' عليه لتحديثه ثم زامن من جديد (الحزم ما زالت تنقل التغيير إلى المكاتب).</translation>
    </message>
    <message>
        <source>The hub refused the organisation key rotation: it names {count} desks, more than the {max} a hub takes; rotate again leaving out the desks no longer used ('mornings org rotate --without DESK'), and carry it by bundle meanwhile.</source>
        <translation>رفض المركز تغيير مفتاح المنظمة: فهو يسمّي {count} مكتبًا، أكثر من {max} التي يقبلها المركز؛ أعد التغيير دون المكاتب التي لم تعد مستعملة ('mornings org rotate --without DESK') وانقله بحزمة في الأثناء.</translation>
    </message>
    <message>
        <source>The hub refused a signed record of the organisation ({reason}); the desks still get it by bundle ('mornings sync export').</source>
        <translation>رفض المركز سجلًا موقّعًا للمنظمة ({reason})؛ ما زالت المكاتب تتلقاه بحزمة ('mornings sync export').</translation>
    </message>
</context>
</TS>