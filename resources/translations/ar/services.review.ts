<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Registration {ref} has no duplicate admission to review.</source>
        <translation>التسجيل {ref} ليس له دخول مكرر للمراجعة.</translation>
    </message>
    <message>
        <source>Scan {ref} is not one of this registration&apos;s admissions.</source>
        <translation>المسح {ref} ليس من عمليات دخول هذا التسجيل.</translation>
    </message>
</context>
</TS>
