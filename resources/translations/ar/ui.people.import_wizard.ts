<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MappingDialog</name>
    <message>
        <source>Which column holds what?</source>
        <translation>ماذا يحتوي كل عمود؟</translation>
    </message>
    <message>
        <source>The file's first rows</source>
        <translation>الأسطر الأولى من الملف</translation>
    </message>
    <message>
        <source>What the column “{header}” holds</source>
        <translation>ما يحتويه العمود «{header}»</translation>
    </message>
    <message>
        <source>Not recognised with confidence: please check.</source>
        <translation>لم يُتعرّف عليه بثقة: يرجى التحقق.</translation>
    </message>
    <message>
        <source>Choose, for each column, what it holds. Columns in bold were not recognised with confidence. Your choice is remembered for files with the same columns.</source>
        <translation>اختر لكل عمود ما يحتويه. الأعمدة المكتوبة بخط عريض لم يُتعرّف عليها بثقة. يُحفظ اختيارك للملفات التي لها الأعمدة نفسها.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>(not imported)</source>
        <translation>(غير مستورد)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Ticket number (other system)</source>
        <translation>رقم التذكرة (نظام آخر)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Flags (VIP, payment due, dietary…)</source>
        <translation>تنبيهات (شخصية مهمة، مبلغ للتحصيل، نظام غذائي…)</translation>
    </message>
    <message>
        <source>Consent: tickets and information</source>
        <translation>الموافقة: التذاكر والمعلومات</translation>
    </message>
    <message>
        <source>Consent: newsletter</source>
        <translation>الموافقة: النشرة الإخبارية</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>الموافقة: الصور</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>تجربة دون تنفيذ: لم يُكتب أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s) read.</source>
        <translation>
            <numerusform>⁨{file}⁩: لم يُقرأ أي صف.</numerusform>
            <numerusform>⁨{file}⁩: قُرئ صف واحد.</numerusform>
            <numerusform>⁨{file}⁩: قُرئ صفان.</numerusform>
            <numerusform>⁨{file}⁩: قُرئت %n صفوف.</numerusform>
            <numerusform>⁨{file}⁩: قُرئ %n صفًا.</numerusform>
            <numerusform>⁨{file}⁩: قُرئ %n صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet read: {sheet}.</source>
        <translation>الورقة المقروءة: {sheet}.</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>ترميز النص: {encoding}.</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>استيراد تسجيلات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.xls *.ods *.csv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation>لم يتم الاستيراد</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is not offered, as it cannot be read: {reason}.</source>
        <translation>الورقة «{sheet}» غير معروضة لأنه تتعذر قراءتها: {reason}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>جارٍ استيراد {file}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>جارٍ قراءة {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) created, updated: {updated}, unchanged: {unchanged}.</source>
        <translation>
            <numerusform>لم يُنشأ أي تسجيل، وحُدّث {updated}، وبقي {unchanged} دون تغيير.</numerusform>
            <numerusform>أُنشئ تسجيل واحد، وحُدّث {updated}، وبقي {unchanged} دون تغيير.</numerusform>
            <numerusform>أُنشئ تسجيلان، وحُدّث {updated}، وبقي {unchanged} دون تغيير.</numerusform>
            <numerusform>أُنشئت %n تسجيلات، وحُدّث {updated}، وبقي {unchanged} دون تغيير.</numerusform>
            <numerusform>أُنشئ %n تسجيلًا، وحُدّث {updated}، وبقي {unchanged} دون تغيير.</numerusform>
            <numerusform>أُنشئ %n تسجيل، وحُدّث {updated}، وبقي {unchanged} دون تغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) within the file merged.</source>
        <translation>
            <numerusform>لم يُدمج أي تكرار داخل الملف.</numerusform>
            <numerusform>دُمج تكرار واحد داخل الملف.</numerusform>
            <numerusform>دُمج تكراران داخل الملف.</numerusform>
            <numerusform>دُمجت %n تكرارات داخل الملف.</numerusform>
            <numerusform>دُمج %n تكرارًا داخل الملف.</numerusform>
            <numerusform>دُمج %n تكرار داخل الملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people already in the directory.</source>
        <translation>
            <numerusform>لا أحد موجود مسبقًا في الدليل.</numerusform>
            <numerusform>شخص واحد موجود مسبقًا في الدليل.</numerusform>
            <numerusform>شخصان موجودان مسبقًا في الدليل.</numerusform>
            <numerusform>%n أشخاص موجودون مسبقًا في الدليل.</numerusform>
            <numerusform>%n شخصًا موجودون مسبقًا في الدليل.</numerusform>
            <numerusform>%n شخص موجودون مسبقًا في الدليل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي صف.</numerusform>
            <numerusform>تُخطّي صف واحد.</numerusform>
            <numerusform>تُخطّي صفان.</numerusform>
            <numerusform>تُخطّيت %n صفوف.</numerusform>
            <numerusform>تُخطّي %n صفًا.</numerusform>
            <numerusform>تُخطّي %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>لا تنبيه.</numerusform>
            <numerusform>تنبيه واحد.</numerusform>
            <numerusform>تنبيهان.</numerusform>
            <numerusform>%n تنبيهات.</numerusform>
            <numerusform>%n تنبيهًا.</numerusform>
            <numerusform>%n تنبيه.</numerusform>
        </translation>
    </message>
</context>
</TS>
