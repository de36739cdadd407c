<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>MainWindow</name>
    <message>
        <source>Mornings Desktop</source>
        <translation>Mornings Desktop</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Current Morning</source>
        <translation>اللقاء الصباحي الحالي</translation>
    </message>
    <message>
        <source>Current &amp;Morning:</source>
        <translation>اللقاء الصباحي ال&amp;حالي:</translation>
    </message>
    <message>
        <source>Change the person at the desk (Ctrl+Shift+O)</source>
        <translation>تغيير الشخص في المكتب (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>(no Morning yet)</source>
        <translation>(لا يوجد لقاء صباحي بعد)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <source>Not yet synced: %1</source>
        <translation>في انتظار المزامنة: %1</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>في المكتب: %1</translation>
    </message>
    <message>
        <source>This is now a door desk: restart the program to see what it may do.</source>
        <translation>أصبح هذا المكتب مكتب استقبال: أعد تشغيل البرنامج لرؤية ما يمكنه القيام به.</translation>
    </message>
    <message>
        <source>This is now an organiser desk: restart the program to see what it may do.</source>
        <translation>أصبح هذا المكتب مكتب المنظِّم: أعد تشغيل البرنامج لرؤية ما يمكنه القيام به.</translation>
    </message>
    <message>
        <source>%1 is now at the desk.</source>
        <translation>%1 يشغل المكتب الآن.</translation>
    </message>
    <message>
        <source>Today's Morning is chosen: %1</source>
        <translation>اختير اللقاء الصباحي لهذا اليوم: %1</translation>
    </message>
</context>
</TS>