<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ReviewTab</name>
    <message>
        <source>Tickets admitted twice (for instance at two desks while they were apart): keep both scans, or annul the one that was a mistake. A scan that one desk recorded again within a minute is the same arrival: it is not listed here, and stays in the person&apos;s history.</source>
        <translation>تذاكر سُمح بها مرتين (مثلًا في مكتبين غير متصلين): احتفظ بعمليتي المسح، أو ألغِ العملية الخاطئة. المسح الذي سجّله مكتب واحد مرة أخرى خلال دقيقة هو الوصول نفسه: لا يُدرج هنا، ويبقى في سجل الشخص.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>ا&amp;لاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <source>&amp;Annul this scan</source>
        <translation>إ&amp;لغاء هذا المسح</translation>
    </message>
</context>
</TS>
