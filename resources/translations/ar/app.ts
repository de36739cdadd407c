<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>startup</name>
    <message>
        <source>Name this desk</source>
        <translation>سمِّ هذا المكتب</translation>
    </message>
    <message>
        <source>This laptop&apos;s desk name (for example &quot;Accueil 1&quot;). It appears on check-ins and reports and must differ from the other desks&apos;.</source>
        <translation>اسم المكتب لهذا الحاسوب (مثلًا &quot;Accueil 1&quot;). يظهر في تسجيلات الحضور والتقارير، ويجب أن يختلف عن أسماء المكاتب الأخرى.</translation>
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
