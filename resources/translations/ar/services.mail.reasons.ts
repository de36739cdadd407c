<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The mail server {host} cannot be found (DNS); check its name and this computer's network.</source>
        <translation>تعذر العثور على خادم البريد {host} (DNS)؛ تحقق من اسمه ومن شبكة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} does not verify ({detail}); check the server name or give its authority with --cafile.</source>
        <translation>تعذر التحقق من شهادة خادم البريد {host} ({detail})؛ تحقق من اسم الخادم أو حدد جهة إصدارها بـ --cafile.</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a login on this connection; check the security setting (a login usually needs starttls or tls).</source>
        <translation>خادم البريد {host} لا يقبل تسجيل الدخول على هذا الاتصال؛ تحقق من إعداد الأمان (يتطلب تسجيل الدخول عادة starttls أو tls).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection with the mail server {host}:{port} failed ({detail}); check the security setting (starttls, tls or none) and the port.</source>
        <translation>فشل الاتصال الآمن (TLS) بخادم البريد {host}:{port} ({detail})؛ تحقق من إعداد الأمان (starttls أو tls أو none) ومن المنفذ.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login {user}: check the user name and the password.</source>
        <translation>رفض خادم البريد {host} تسجيل دخول {user}: تحقق من اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>The mail server {host} answered {answer}.</source>
        <translation>أجاب خادم البريد {host} بـ {answer}.</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server {host}:{port} ({detail}); check the port and that the server is running.</source>
        <translation>تعذر الاتصال بخادم البريد {host}:{port} ({detail})؛ تحقق من المنفذ ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>The mail server refused the message: {answer}.</source>
        <translation>رفض خادم البريد الرسالة: {answer}.</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost while sending ({detail}).</source>
        <translation>انقطع الاتصال بخادم البريد أثناء الإرسال ({detail}).</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address} ({answer}); use an address this login may send from.</source>
        <translation>رفض خادم البريد عنوان المرسل {address} ({answer})؛ استعمل عنوانا يسمح لهذا الحساب بالإرسال منه.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient {address} ({answer}).</source>
        <translation>رفض خادم البريد المستلم {address} ({answer}).</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent; the server may have it: send it again only if the person did not get it.</source>
        <translation>توقف البرنامج أثناء إرسال هذه الرسالة؛ ربما وصلت إلى الخادم: أعد إرسالها فقط إذا لم يتوصل بها الشخص.</translation>
    </message>
</context>
</TS>