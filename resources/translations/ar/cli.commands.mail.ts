<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>errors</name>
        <message>
            <source>No password is known for the mail login {user}; set MORNINGS_SMTP_PASSWORD or run 'mornings mail setup' again.</source>
            <translation>لا توجد كلمة مرور معروفة لحساب البريد {user}؛ عيّن MORNINGS_SMTP_PASSWORD أو أعد تشغيل «mornings mail setup».</translation>
        </message>
    </context>
</TS>
