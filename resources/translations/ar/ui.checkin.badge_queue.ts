<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Print the badge on arrival</source>
        <translation>طباعة الشارة عند الوصول</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>إعادة طباعة الشارة</translation>
    </message>
    <message>
        <source>Reprint the badge of the person chosen in the list, or of the last person admitted.</source>
        <translation>يعيد طباعة شارة الشخص المختار في القائمة، أو آخر شخص أُدخل.</translation>
    </message>
    <message>
        <source>Badge being printed…</source>
        <translation>الشارة قيد الطباعة…</translation>
    </message>
    <message>
        <source>The arrival of {name} was undone: no badge reprinted.</source>
        <translation>أُلغي تسجيل حضور {name}: لم يُعَد طبع أي شارة.</translation>
    </message>
    <message>
        <source>Nobody to reprint: admit or find the person first.</source>
        <translation>لا أحد لإعادة الطباعة: أدخِل الشخص أو ابحث عنه أولًا.</translation>
    </message>
    <message>
        <source>⚠ Badge of {name} NOT reprinted: {problem}</source>
        <translation>⚠ لم تُعَد طباعة شارة {name}: {problem}</translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer again.</source>
        <translation>أُرسلت شارة {name} إلى الطابعة مرة أخرى.</translation>
    </message>
    <message>
        <source>⚠ Badge NOT printed: {problem}</source>
        <translation>⚠ لم تُطبع الشارة: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Badge printed %n time(s).</source>
        <translation>
            <numerusform>لم تُطبع الشارة بعد.</numerusform>
            <numerusform>طُبعت الشارة مرة واحدة.</numerusform>
            <numerusform>طُبعت الشارة مرتين.</numerusform>
            <numerusform>طُبعت الشارة %n مرات.</numerusform>
            <numerusform>طُبعت الشارة %n مرة.</numerusform>
            <numerusform>طُبعت الشارة %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge not printed yet.</source>
        <translation>لم تُطبع الشارة بعد.</translation>
    </message>
</context>
</TS>
