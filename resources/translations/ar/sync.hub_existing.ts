<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This computer holds no certificate of a desk named {name}; run the command on the organiser's computer that made its join file ('mornings desk add'), or import a bundle of that desk first.</source>
        <translation>لا يحمل هذا الحاسوب أي شهادة لمكتب اسمه {name}؛ شغّل الأمر على حاسوب المنظِّم الذي أنشأ ملف انضمامه ('mornings desk add')، أو استورد أولًا حزمة من ذلك المكتب.</translation>
    </message>
    <message>
        <source>This computer does not hold the organisation key; run this on the organiser's computer.</source>
        <translation>لا يحمل هذا الحاسوب مفتاح المنظمة؛ شغّل هذا على حاسوب المنظِّم.</translation>
    </message>
</context>
</TS>