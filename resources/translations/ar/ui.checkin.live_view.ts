<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>الوافدون كل 5 دقائق</translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>لا يوجد وافدون بعد</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Checked in / registered</source>
        <translation>الحاضرون / المسجلون</translation>
    </message>
    <message>
        <source>Checked in by category</source>
        <translation>الحضور حسب الفئة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتدخل</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>الوافدون كل 5 دقائق</translation>
    </message>
    <message>
        <source>{arrived} of {registered}</source>
        <translation>{arrived} من أصل {registered}</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation>
            <numerusform>لم يصل أحد</numerusform>
            <numerusform>وصل شخص واحد</numerusform>
            <numerusform>وصل شخصان</numerusform>
            <numerusform>وصل %n أشخاص</numerusform>
            <numerusform>وصل %n شخصًا</numerusform>
            <numerusform>وصل %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n مسجل</numerusform>
            <numerusform>مسجل واحد</numerusform>
            <numerusform>مسجلان</numerusform>
            <numerusform>%n مسجلين</numerusform>
            <numerusform>%n مسجلًا</numerusform>
            <numerusform>%n مسجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتدخلون</translation>
    </message>
    <message>
        <source>No current Morning</source>
        <translation>لا يوجد لقاء صباحي حالي</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
</TS>
