<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The hub {hub} refused the admin login: wrong login or password; nothing was changed.</source>
        <translation>رفض الخادم المركزي {hub} دخول المدير: المعرّف أو كلمة المرور غير صحيحة؛ لم يتغير شيء.</translation>
    </message>
</context>
</TS>
