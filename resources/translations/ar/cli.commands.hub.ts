<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Give the join file from &apos;mornings hub add-desk&apos; (&apos;mornings join FILE&apos;, or &apos;mornings join -&apos; to read it from standard input).</source>
        <translation>أعطِ ملف الانضمام الذي أنشأه «mornings hub add-desk» («mornings join FILE»، أو «mornings join -» لقراءته من الإدخال القياسي).</translation>
    </message>
</context>
</TS>
