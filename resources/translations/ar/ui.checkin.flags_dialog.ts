<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>DoorFlagsDialog</name>
    <message>
        <source>Flags and note of {name}</source>
        <translation>تنبيهات وملاحظة {name}</translation>
    </message>
    <message>
        <source>{flag} (retired)</source>
        <translation>{flag} (موقوف)</translation>
    </message>
    <message>
        <source>Note shown at the door</source>
        <translation>ملاحظة تظهر عند الاستقبال</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
</TS>