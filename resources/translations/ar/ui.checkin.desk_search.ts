<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DeskSearch</name>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين تم العثور عليهم</translation>
    </message>
    <message>
        <source>Several people found: choose with ↑ ↓, then Enter.</source>
        <translation>عُثر على عدة أشخاص: اختر بـ ↑ ↓ ثم Enter.</translation>
    </message>
</context>
</TS>
