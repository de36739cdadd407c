<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ReviewTab</name>
    <message>
        <source>Registrations admitted more than once (for instance at two desks while they were apart). Keep both scans, or annul the one that was a mistake.</source>
        <translation>تسجيلات سُمح لها بالدخول أكثر من مرة (مثلًا في مكتبين غير متصلين). احتفظ بعمليتي المسح، أو ألغِ العملية الخاطئة.</translation>
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
