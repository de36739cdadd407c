<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search the directory (name, organisation, e-mail…)</source>
        <translation>البحث في الدليل (الاسم، المؤسسة، البريد الإلكتروني…)</translation>
    </message>
    <message>
        <source>Show &amp;merged people</source>
        <translation>عرض الأشخاص ال&amp;مدمجين</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Mer&amp;ge selected</source>
        <translation>&amp;دمج المحدَّدين</translation>
    </message>
    <message>
        <source>&amp;Un-merge</source>
        <translation>&amp;فك الدمج</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;محو…</translation>
    </message>
    <message>
        <source>Duplicate suggestions</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Possible duplicates (same name, different contact details): check, then merge.</source>
        <translation>تكرارات محتملة (الاسم نفسه وبيانات اتصال مختلفة): تحقّق ثم ادمج.</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n people</source>
        <translation>
            <numerusform>⁨{name}⁩ — لا أحد</numerusform>
            <numerusform>⁨{name}⁩ — شخص واحد</numerusform>
            <numerusform>⁨{name}⁩ — شخصان</numerusform>
            <numerusform>⁨{name}⁩ — %n أشخاص</numerusform>
            <numerusform>⁨{name}⁩ — %n شخصًا</numerusform>
            <numerusform>⁨{name}⁩ — %n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Erase a person</source>
        <translation>محو شخص</translation>
    </message>
    <message>
        <source>Erase {name} for good? Their name and contact details are removed from this desk and, after sync, from every desk. Attendance counts stay, anonymous. This cannot be undone.</source>
        <translation>هل تريد محو {name} نهائيًا؟ سيُزال اسمه وبيانات اتصاله من هذا المكتب، ثم من جميع المكاتب بعد المزامنة. تبقى إحصاءات الحضور مجهولة الهوية. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>دمج أشخاص</translation>
    </message>
    <message>
        <source>Merge {names} into {into}? You can un-merge later.</source>
        <translation>هل تريد دمج {names} في {into}؟ يمكنك فك الدمج لاحقًا.</translation>
    </message>
</context>
</TS>
