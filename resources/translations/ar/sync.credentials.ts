<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This computer has no password store (keyring), so the hub password cannot be remembered; give the full desk URL with its password each time.</source>
        <translation>لا يتوفر هذا الحاسوب على مخزن لكلمات المرور (keyring)، لذا لا يمكن حفظ كلمة مرور الخادم المركزي؛ أدخل في كل مرة عنوان URL الكامل للمكتب مع كلمة مروره.</translation>
    </message>
    <message>
        <source>The password store refused the hub password: {detail}</source>
        <translation>رفض مخزن كلمات المرور كلمة مرور الخادم المركزي: {detail}</translation>
    </message>
    <message>
        <source>The password store cannot be read: {detail}</source>
        <translation>تتعذّر قراءة مخزن كلمات المرور: {detail}</translation>
    </message>
    <message>
        <source>No password is stored for the hub login {hub}; give the desk URL with its password once (Sync settings or &apos;mornings join&apos;).</source>
        <translation>لا توجد كلمة مرور محفوظة لمعرّف الخادم المركزي {hub}؛ أدخل مرة واحدة عنوان URL للمكتب مع كلمة مروره (إعدادات المزامنة أو &apos;mornings join&apos;).</translation>
    </message>
</context>
</TS>
