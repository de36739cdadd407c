<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>JoinProgress</name>
    <message>
        <source>Receiving the current Mornings: {count} operations so far…</source>
        <translation>جارٍ استلام اللقاءات الحالية: {count} عملية حتى الآن…</translation>
    </message>
    <message>
        <source>Current Morning ready — the door can admit people; history {percent} % received…</source>
        <translation>اللقاء الحالي جاهز — يمكن للاستقبال إدخال المشاركين؛ تم استلام {percent} % من السجل…</translation>
    </message>
    <message>
        <source>Operations received: {count}</source>
        <translation>العمليات المستلمة: {count}</translation>
    </message>
    <message>
        <source>History complete.</source>
        <translation>اكتمل السجل.</translation>
    </message>
</context>
</TS>