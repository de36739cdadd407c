<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>startup</name>
    <message>
        <source>Name this desk</source>
        <translation>سمِّ هذا المكتب</translation>
    </message>
    <message>
        <source>This laptop's desk name (for example "Accueil 1"). It appears on check-ins and reports and must differ from the other desks'.</source>
        <translation>اسم المكتب لهذا الحاسوب (مثلًا "Accueil 1"). يظهر في تسجيلات الحضور والتقارير، ويجب أن يختلف عن أسماء المكاتب الأخرى.</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>من في مكتب الاستقبال؟</translation>
    </message>
    <message>
        <source>Your name, recorded with every change made at this desk until the next person (File &gt; Change the person at the desk).</source>
        <translation>اسمك، يُسجَّل مع كل تغيير يُجرى في هذا المكتب حتى الشخص التالي (ملف &gt; تغيير الشخص في مكتب الاستقبال).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>There is no Morning in this database yet.

Create a demo Morning with an agenda and 150 registrations, to try the program?</source>
        <translation>لا يوجد أي لقاء صباحي في قاعدة البيانات هذه بعد.

هل تريد إنشاء لقاء صباحي تجريبي ببرنامج و150 تسجيلًا لتجربة البرنامج؟</translation>
    </message>
</context>
</TS>