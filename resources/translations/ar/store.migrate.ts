<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>{path} is not a Mornings Desktop database; it was left untouched.</source>
        <translation>{path} ليس قاعدة بيانات لـ Mornings Desktop؛ لم يتم تغييره.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Mornings Desktop (schema {revision}); install the newer version. The file was left untouched.</source>
        <translation>كُتب {path} بإصدار أحدث من Mornings Desktop (المخطط {revision})؛ ثبّت الإصدار الأحدث. لم يتم تغيير الملف.</translation>
    </message>
</context>
</TS>
