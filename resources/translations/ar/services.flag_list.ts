<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No flag {ref} in the list.</source>
        <translation>لا يوجد تنبيه {ref} في القائمة.</translation>
    </message>
    <message>
        <source>A flag's label is at most {n} characters.</source>
        <translation>لا يتجاوز اسم التنبيه {n} حرفًا.</translation>
    </message>
    <message>
        <source>This is a door desk: the list of flags is kept on an organiser desk; tick the flags a registration needs in its form.</source>
        <translation>هذا مكتب استقبال: قائمة التنبيهات تُدار من مكتب المنظِّم؛ ضع علامة على تنبيهات التسجيل في بطاقته.</translation>
    </message>
    <message>
        <source>A flag needs a label.</source>
        <translation>يحتاج التنبيه إلى اسم.</translation>
    </message>
    <message>
        <source>The flag {label} is already in the list.</source>
        <translation>التنبيه {label} موجود في القائمة.</translation>
    </message>
    <message>
        <source>The list holds {n} flags in use at most: retire one first.</source>
        <translation>تضم القائمة {n} تنبيهًا مستعملًا على الأكثر: أوقف واحدًا أولًا.</translation>
    </message>
</context>
</TS>