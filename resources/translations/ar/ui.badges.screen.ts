<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Badge template</source>
        <translation>قالب الشارة</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>&amp;تعديل القالب…</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>قالب &amp;جديد…</translation>
    </message>
    <message>
        <source>Ca&amp;librate printer…</source>
        <translation>&amp;معايرة الطابعة…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Checked in only</source>
        <translation>الحاضرون فقط</translation>
    </message>
    <message>
        <source>Not yet printed</source>
        <translation>لم تُطبع بعد</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>فئة واحدة</translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation>الشخص المحدد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>&amp;Double-sided (mirrored backs)</source>
        <translation>&amp;على الوجهين (ظهر معكوس)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;حفظ PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>People on the badges</source>
        <translation>الأشخاص على الشارات</translation>
    </message>
    <message>
        <source>Preview of the first page at true scale</source>
        <translation>معاينة الصفحة الأولى بالحجم الحقيقي</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>ال&amp;قالب:</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>&amp;لمن:</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation> (خاص بي)</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n شارة</numerusform>
            <numerusform>شارة واحدة</numerusform>
            <numerusform>شارتان</numerusform>
            <numerusform>%n شارات</numerusform>
            <numerusform>%n شارة</numerusform>
            <numerusform>%n شارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge in this selection.</source>
        <translation>لا توجد أي شارة في هذا الاختيار.</translation>
    </message>
    <message>
        <source>Page 1 at true scale ({w} × {h} mm)</source>
        <translation>الصفحة 1 بالحجم الحقيقي ({w} × {h} مم)</translation>
    </message>
</context>
</TS>
