<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Give the passphrase in a file.</source>
        <translation>قدّم عبارة المرور في ملف.</translation>
    </message>
</context>
</TS>
