<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The operator name holds an invisible character; retype it.</source>
        <translation>يحتوي اسم الشخص في المكتب على حرف غير مرئي؛ أعد كتابته.</translation>
    </message>
    <message>
        <source>Type the name of the person at the desk.</source>
        <translation>اكتب اسم الشخص الموجود في المكتب.</translation>
    </message>
    <message>
        <source>The operator name is too long (at most {n} characters).</source>
        <translation>اسم الشخص في المكتب طويل جدًا ({n} حرفًا على الأكثر).</translation>
    </message>
</context>
</TS>