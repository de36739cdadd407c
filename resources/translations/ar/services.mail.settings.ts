<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Give the server as smtp://USER@HOST:PORT?security=starttls, not {url}.</source>
        <translation>اكتب الخادم على شكل smtp://USER@HOST:PORT?security=starttls، وليس {url}.</translation>
    </message>
    <message>
        <source>Do not put the password in the server address; give it in MORNINGS_SMTP_PASSWORD or when asked.</source>
        <translation>لا تضع كلمة المرور في عنوان الخادم؛ أدخلها في MORNINGS_SMTP_PASSWORD أو عند طلبها.</translation>
    </message>
    <message>
        <source>security must be starttls, tls or none, not {value}.</source>
        <translation>قيمة security هي starttls أو tls أو none، وليست {value}.</translation>
    </message>
    <message>
        <source>The port of {url} is not a number.</source>
        <translation>منفذ {url} ليس رقما.</translation>
    </message>
    <message>
        <source>Mail is not set up on this desk; run 'mornings mail setup' or open the mail settings.</source>
        <translation>البريد غير مُعدّ على هذا المكتب؛ شغّل «mornings mail setup» أو افتح إعدادات البريد.</translation>
    </message>
    <message>
        <source>Give the mail server's name, such as mail.example.ma.</source>
        <translation>أدخل اسم خادم البريد، مثل mail.example.ma.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون المنفذ رقما من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>The certificate file {file} does not exist.</source>
        <translation>ملف الشهادة {file} غير موجود.</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>لا يمكن أن يكون معدل الإرسال سالبا.</translation>
    </message>
</context>
</TS>