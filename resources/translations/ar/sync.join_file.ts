<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>{path} is not a Mornings join file; ask the organiser for the file made by 'mornings hub add-desk' (or 'mornings desk add', without a hub).</source>
        <translation>{path} ليس ملف انضمام Mornings؛ اطلب من المنظم الملف الذي أنشأه «mornings hub add-desk» (أو «mornings desk add» دون خادم مركزي).</translation>
    </message>
    <message>
        <source>Cannot read the join file {path}: {reason}</source>
        <translation>تعذرت قراءة ملف الانضمام {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Mornings Desktop; install it.</source>
        <translation>أُنشئ {path} بإصدار أحدث من Mornings Desktop؛ ثبّته.</translation>
    </message>
    <message>
        <source>The join file {path} is damaged (checksum mismatch); ask the organiser for a new one. Nothing was changed.</source>
        <translation>ملف الانضمام {path} تالف (المجموع الاختباري غير مطابق)؛ اطلب ملفًا جديدًا من المنظم. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The desk certificate in {path} is not signed by the organisation; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>شهادة المكتب في {path} غير موقعة من المنظمة؛ اطلب ملف انضمام جديدًا من المنظم. لم يتغير شيء.</translation>
    </message>
</context>
</TS>