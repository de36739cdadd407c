<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ExportsScreen</name>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>&amp;Attendance workbook of a Morning (.xlsx)</source>
        <translation>مصنف &amp;الحضور للقاء صباحي (.xlsx)</translation>
    </message>
    <message>
        <source>Attendance list for Excel (.&amp;csv)</source>
        <translation>لائحة الحضور لـ Excel (.&amp;csv)</translation>
    </message>
    <message>
        <source>&amp;Series report over a period (.xlsx)</source>
        <translation>&amp;حصيلة السلسلة خلال فترة (.xlsx)</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>اللقاء الصباحي</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>فق&amp;ط بين</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>فاصل CSV</translation>
    </message>
    <message>
        <source>; (Excel in French or Arabic)</source>
        <translation>; (إكسل بالفرنسية أو العربية)</translation>
    </message>
    <message>
        <source>, (Excel in English)</source>
        <translation>, (إكسل بالإنجليزية)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>مكان حفظ الملف</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Morning:</source>
        <translation>اللقاء الصباحي:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>لغة الملف:</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>فاصل CSV:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>العرض في ال&amp;مجلد</translation>
    </message>
    <message>
        <source>series</source>
        <translation>series</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n row(s)).</source>
        <translation>
            <numerusform>حُفظ ⁨{file}⁩ (بلا صفوف).</numerusform>
            <numerusform>حُفظ ⁨{file}⁩ (صف واحد).</numerusform>
            <numerusform>حُفظ ⁨{file}⁩ (صفان).</numerusform>
            <numerusform>حُفظ ⁨{file}⁩ (%n صفوف).</numerusform>
            <numerusform>حُفظ ⁨{file}⁩ (%n صفًا).</numerusform>
            <numerusform>حُفظ ⁨{file}⁩ (%n صف).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>لم يتم التصدير: {reason}</translation>
    </message>
</context>
</TS>