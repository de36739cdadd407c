<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Badge template</source>
        <translation>قالب الشارة</translation>
    </message>
    <message>
        <source>For example: Badges 90 × 55 mm, 10 per sheet</source>
        <translation>مثلًا: شارات 90 × 55 مم، 10 في كل ورقة</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>علامات القص</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Ticket QR code</source>
        <translation>رمز QR للتذكرة</translation>
    </message>
    <message>
        <source>Category band</source>
        <translation>شريط الفئة</translation>
    </message>
    <message>
        <source>Flags printed on badges (VIP…), in the band</source>
        <translation>التنبيهات المطبوعة على الشارات (شخصية مهمة…)، في الشريط</translation>
    </message>
    <message>
        <source>Morning&apos;s title and date</source>
        <translation>عنوان اللقاء الصباحي وتاريخه</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>اللقاء الصباحي</translation>
    </message>
    <message>
        <source>Smallest size for long names</source>
        <translation>أصغر حجم للأسماء الطويلة</translation>
    </message>
    <message>
        <source>The association&apos;s logo</source>
        <translation>شعار الجمعية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Page width:</source>
        <translation>عرض الصفحة:</translation>
    </message>
    <message>
        <source>Page height:</source>
        <translation>ارتفاع الصفحة:</translation>
    </message>
    <message>
        <source>Badge width:</source>
        <translation>عرض الشارة:</translation>
    </message>
    <message>
        <source>Badge height:</source>
        <translation>ارتفاع الشارة:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>First badge from the left:</source>
        <translation>أول شارة من اليسار:</translation>
    </message>
    <message>
        <source>First badge from the top:</source>
        <translation>أول شارة من الأعلى:</translation>
    </message>
    <message>
        <source>Horizontal pitch:</source>
        <translation>الخطوة الأفقية:</translation>
    </message>
    <message>
        <source>Vertical pitch:</source>
        <translation>الخطوة العمودية:</translation>
    </message>
    <message>
        <source>Inner margin:</source>
        <translation>الهامش الداخلي:</translation>
    </message>
    <message>
        <source>On the badge</source>
        <translation>على الشارة</translation>
    </message>
    <message>
        <source>Font sizes</source>
        <translation>أحجام الخط</translation>
    </message>
    <message>
        <source>Colours per category</source>
        <translation>الألوان حسب الفئة</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(افتراضي)</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>يحتاج القالب إلى اسم.</translation>
    </message>
    <message>
        <source>The logo file {file} does not exist.</source>
        <translation>ملف الشعار {file} غير موجود.</translation>
    </message>
</context>
</TS>
