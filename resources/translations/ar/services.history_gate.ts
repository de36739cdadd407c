<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The history of past Mornings is still arriving from the hub; this will be possible once the sync has received all of it.</source>
        <translation>لا يزال سجل اللقاءات السابقة يصل من الخادم المركزي؛ سيصبح ذلك ممكنًا عندما تستلمه المزامنة كاملًا.</translation>
    </message>
</context>
</TS>