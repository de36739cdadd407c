<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The signature check answered for other operations than those it was given, so none of them was applied: run the sync again.</source>
        <translation>أجاب التحقق من التوقيعات عن عمليات غير التي أُعطيت له، لذلك لم تُطبَّق أيٌّ منها: أعد تشغيل المزامنة.</translation>
    </message>
    <message>
        <source>The signature check stopped before it finished, so what it had not answered for was not applied: run the sync again.</source>
        <translation>توقف التحقق من التوقيعات قبل أن ينتهي، لذلك لم يُطبَّق ما لم يتحقق منه بعد: أعد تشغيل المزامنة.</translation>
    </message>
</context>
</TS>
