<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Erasure requests</source>
        <translation>طلبات المحو</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
    </message>
    <message>
        <source>&amp;Keep (reverse the request)</source>
        <translation>&amp;إبقاء (إلغاء الطلب)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>لا طلب في الانتظار.</numerusform>
            <numerusform>طلب واحد في الانتظار.</numerusform>
            <numerusform>طلبان في الانتظار.</numerusform>
            <numerusform>%n طلبات في الانتظار.</numerusform>
            <numerusform>%n طلبًا في الانتظار.</numerusform>
            <numerusform>%n طلب في الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>An organiser desk confirms or reverses these requests.</source>
        <translation>مكتب منظِّم يؤكد هذه الطلبات أو يلغيها.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>محو شخص</translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation>المحو نهائيًا؟</translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>Erased. Rotating backups rewritten with the erasure: {rewritten}; deleted (they could not be rewritten): {deleted}. Copies made elsewhere with 'Back up to…' are not touched: whoever made them must delete them.</source>
        <translation>تم المحو. النسخ الاحتياطية الدورية المعاد كتابتها مع المحو: {rewritten}؛ المحذوفة (تعذّرت إعادة كتابتها): {deleted}. النسخ المصنوعة في مكان آخر بـ'نسخ احتياطي إلى…' لا تُمس: على من صنعها أن يحذفها.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>محو شخص</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>جارٍ المحو…</translation>
    </message>
    <message>
        <source>Request erasure</source>
        <translation>طلب المحو</translation>
    </message>
    <message>
        <source>Hide {name} now and ask an organiser to erase them? An organiser desk confirms or reverses the request.</source>
        <translation>إخفاء {name} الآن وطلب محوه من منظِّم؟ مكتب منظِّم يؤكد الطلب أو يلغيه.</translation>
    </message>
    <message>
        <source>Erase {name} everywhere, for good? Their name and contact details leave this database, its log and its rotating backups, and every desk after sync. Attendance counts stay, anonymous. This cannot be undone.</source>
        <translation>محو {name} في كل مكان ونهائيًا؟ يُزال اسمه وبيانات الاتصال به من قاعدة البيانات هذه وسجلها ونسخها الاحتياطية الدورية، ومن كل مكتب بعد المزامنة. تبقى أعداد الحضور مجهولة الهوية. لا يمكن التراجع عن هذا.</translation>
    </message>
</context>
</TS>