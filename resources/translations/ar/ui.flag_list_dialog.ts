<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>FlagListDialog</name>
    <message>
        <source>Flags</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>The flags a registration may carry; at the door they make the admission “admitted — attention” and are named. A retired flag is no longer offered, but the registrations that hold it keep it.</source>
        <translation>التنبيهات التي يمكن أن يحملها التسجيل؛ عند الاستقبال تجعل الدخول «مقبول — انتباه» وتُذكر بأسمائها. التنبيه الموقوف لم يعد يُقترح، لكن التسجيلات التي تحمله تحتفظ به.</translation>
    </message>
    <message>
        <source>One label for every language</source>
        <translation>اسم واحد لكل اللغات</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>ال&amp;فرنسية</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>الإن&amp;جليزية</translation>
    </message>
    <message>
        <source>A&amp;rabic</source>
        <translation>ال&amp;عربية</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>إعادة ال&amp;تسمية</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Printed on &amp;badges, beside the category</source>
        <translation>يُطبع على ال&amp;شارات، بجانب الفئة</translation>
    </message>
    <message>
        <source>{flag} (retired)</source>
        <translation>{flag} (موقوف)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>إعادة الت&amp;فعيل</translation>
    </message>
    <message>
        <source>{flag} added.</source>
        <translation>أضيف {flag}.</translation>
    </message>
    <message>
        <source>Renamed {flag}.</source>
        <translation>أعيدت التسمية: {flag}.</translation>
    </message>
    <message>
        <source>{flag} is offered again.</source>
        <translation>يُقترح {flag} من جديد.</translation>
    </message>
    <message>
        <source>{flag} retired.</source>
        <translation>أوقف {flag}.</translation>
    </message>
    <message>
        <source>{flag} is printed on badges.</source>
        <translation>يُطبع {flag} على الشارات.</translation>
    </message>
    <message>
        <source>{flag} is not printed on badges.</source>
        <translation>لم يعد {flag} يُطبع على الشارات.</translation>
    </message>
</context>
</TS>