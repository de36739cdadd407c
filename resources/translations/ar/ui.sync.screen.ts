<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Hub and bundles</source>
        <translation>الخادم المركزي والحزم</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Hub settings</source>
        <translation>إعدادات الخادم المركزي</translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation>&amp;حفظ واتصال</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;عنوان الخادم المركزي:</translation>
    </message>
    <message>
        <source>Desk &amp;login:</source>
        <translation>&amp;معرّف المكتب:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Join with a file…</source>
        <translation>الانضمام بملف…</translation>
    </message>
    <message>
        <source>The join file the organiser made for this desk (&apos;mornings hub add-desk&apos;, or &apos;mornings desk add&apos; without a hub).</source>
        <translation>ملف الانضمام الذي أنشأه المنظم لهذا المكتب («mornings hub add-desk»، أو «mornings desk add» بدون محور).</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, not in a file.</source>
        <translation>تُحفظ كلمة المرور في مخزن كلمات المرور لهذا الحاسوب، وليس في ملف.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <source>Bundle files (no network)</source>
        <translation>ملفات الحزم (بدون شبكة)</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>المراجعة (%1)</translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation>جارٍ قراءة حالة المزامنة…</translation>
    </message>
    <message>
        <source>Joining the organisation</source>
        <translation>الانضمام إلى المنظمة</translation>
    </message>
    <message>
        <source>The first sync was stopped. This desk has joined the hub: the next sync brings the rest.</source>
        <translation>توقّفت المزامنة الأولى. انضمّ هذا المكتب إلى الخادم المركزي: المزامنة التالية ستجلب الباقي.</translation>
    </message>
    <message>
        <source>Give the hub address and the desk login.</source>
        <translation>أدخل عنوان الخادم المركزي ومعرّف المكتب.</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>جارٍ الاتصال بالخادم المركزي</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>جارٍ تصدير حزمة</translation>
    </message>
    <message>
        <source>%1 operations written to %2</source>
        <translation>كُتبت %1 عملية في %2</translation>
    </message>
    <message>
        <source>Importing a bundle</source>
        <translation>جارٍ استيراد حزمة</translation>
    </message>
    <message>
        <source>%1 operations read: %2 new, %3 already here</source>
        <translation>قُرئت %1 عملية: %2 جديدة، و%3 موجودة مسبقًا</translation>
    </message>
</context>
</TS>
