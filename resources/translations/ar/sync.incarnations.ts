<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The join file of the desk {name} was used on two computers: both write as that desk (nothing is lost); give one of them a join file of its own ('mornings desk add') and join it again.</source>
        <translation>استُعمل ملف الانضمام الخاص بالمكتب {name} على حاسوبين: كلاهما يكتب باسم ذلك المكتب (لم يضع شيء)؛ أعطِ أحدهما ملف انضمام خاصًا به ('mornings desk add') ثم أعد انضمامه.</translation>
    </message>
</context>
</TS>