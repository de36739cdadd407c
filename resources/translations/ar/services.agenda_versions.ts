<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Cannot publish: the agenda has blocking warnings (✖); fix them first.</source>
        <translation>يتعذّر النشر: في البرنامج تنبيهات مانعة (✖)؛ صحّحها أولًا.</translation>
    </message>
    <message>
        <source>Cannot publish an empty agenda.</source>
        <translation>لا يمكن نشر برنامج فارغ.</translation>
    </message>
    <message>
        <source>Nothing changed since version {n}; there is nothing to publish.</source>
        <translation>لم يتغير شيء منذ النسخة {n}؛ لا يوجد ما يُنشر.</translation>
    </message>
</context>
</TS>
