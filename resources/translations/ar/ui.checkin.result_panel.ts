<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>CheckinResult</name>
    <message>
        <source>Check-in result</source>
        <translation>نتيجة تسجيل الحضور</translation>
    </message>
    <message>
        <source>1 person found: Enter to admit.</source>
        <translation>عُثر على شخص واحد: Enter للإدخال.</translation>
    </message>
    <message numerus="yes">
        <source>%n people found: Enter or ↑ ↓ to choose, then Enter to admit.</source>
        <translation>
            <numerusform>لم يُعثر على أحد.</numerusform>
            <numerusform>عُثر على شخص واحد: Enter للإدخال.</numerusform>
            <numerusform>عُثر على شخصين: Enter أو ↑ ↓ للاختيار، ثم Enter للإدخال.</numerusform>
            <numerusform>عُثر على %n أشخاص: Enter أو ↑ ↓ للاختيار، ثم Enter للإدخال.</numerusform>
            <numerusform>عُثر على %n شخصًا: Enter أو ↑ ↓ للاختيار، ثم Enter للإدخال.</numerusform>
            <numerusform>عُثر على %n شخص: Enter أو ↑ ↓ للاختيار، ثم Enter للإدخال.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one of this Morning matches. Check the spelling, or press Ctrl+N to register a walk-in with this name.</source>
        <translation>لا أحد من هذه الصبيحة يطابق. تحقّق من الإملاء، أو اضغط Ctrl+N لتسجيل حضور فوري بهذا الاسم.</translation>
    </message>
    <message>
        <source>The check-in of {time} no longer counts.</source>
        <translation>لم يعد تسجيل الحضور على الساعة {time} محتسبًا.</translation>
    </message>
</context>
</TS>