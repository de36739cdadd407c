<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>errors</name>
        <message>
            <source>Sending is in progress from the desk {desk}; take over only if that desk has stopped (--take-over).</source>
            <translation>الإرسال جارٍ من المكتب {desk}؛ لا تتولَّ الإرسال إلا إذا توقف ذلك المكتب (--take-over).</translation>
        </message>
    </context>
</TS>
