<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>errors</name>
        <message>
            <source>--only is not-sent or changed, not {value}.</source>
            <translation>قيمة --only هي not-sent أو changed، وليست {value}.</translation>
        </message>
        <message>
            <source>There is no mail template named {name}.</source>
            <translation>لا يوجد قالب رسالة باسم {name}.</translation>
        </message>
    </context>
</TS>
