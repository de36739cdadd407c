<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Give the join file the organiser made for this desk ('mornings join FILE', or 'mornings join -' to read it from standard input).</source>
        <translation>قدّم ملف الانضمام الذي أنشأه المنظم لهذا المكتب («mornings join FILE»، أو «mornings join -» لقراءته من المدخل القياسي).</translation>
    </message>
    <message>
        <source>Give the desk's role: --role door or --role organiser (or --existing, for a desk that joined without a hub).</source>
        <translation>حدّد دور المكتب: --role door أو --role organiser (أو --existing لمكتب انضم دون مركز).</translation>
    </message>
    <message>
        <source>--spare makes new desks; it does not go with --existing.</source>
        <translation>الخيار --spare ينشئ مكاتب جديدة؛ ولا يُستعمل مع --existing.</translation>
    </message>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>هذا مكتب استقبال: تُدار المكاتب من مكتب منظم.</translation>
    </message>
</context>
</TS>