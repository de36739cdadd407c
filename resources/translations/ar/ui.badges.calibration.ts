<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate a printer</source>
        <translation>معايرة طابعة</translation>
    </message>
    <message>
        <source>1. Print the test page on plain paper. 2. Measure where the crosshairs landed against the numbers printed beside them (or hold the page against a sheet of labels). 3. Type the differences: a positive offset moves the print right or down; a scale of 100 % prints exactly. 4. Print the test page again to check.</source>
        <translation>1. اطبع صفحة الاختبار على ورق عادي. 2. قِس موضع علامات التصويب مقارنةً بالأرقام المطبوعة بجانبها (أو ضع الصفحة على ورقة ملصقات). 3. أدخل الفروق: الإزاحة الموجبة تنقل الطباعة إلى اليمين أو إلى الأسفل؛ والمقياس 100 % يطبع بالحجم الحقيقي. 4. اطبع صفحة الاختبار مرة أخرى للتحقق.</translation>
    </message>
    <message>
        <source>No printer is installed: you can still save the test page as a PDF.</source>
        <translation>لا توجد أي طابعة مثبتة: يمكنك مع ذلك حفظ صفحة الاختبار بصيغة PDF.</translation>
    </message>
    <message>
        <source>&amp;Print test page</source>
        <translation>&amp;طباعة صفحة الاختبار</translation>
    </message>
    <message>
        <source>Save test page as P&amp;DF…</source>
        <translation>حفظ صفحة الاختبار بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>ال&amp;طابعة:</translation>
    </message>
    <message>
        <source>Move right by:</source>
        <translation>إزاحة إلى اليمين بمقدار:</translation>
    </message>
    <message>
        <source>Move down by:</source>
        <translation>إزاحة إلى الأسفل بمقدار:</translation>
    </message>
    <message>
        <source>Horizontal scale:</source>
        <translation>المقياس الأفقي:</translation>
    </message>
    <message>
        <source>Vertical scale:</source>
        <translation>المقياس العمودي:</translation>
    </message>
</context>
</TS>
