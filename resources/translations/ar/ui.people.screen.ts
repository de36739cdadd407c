<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Search: name, organisation, e-mail, phone…</source>
        <translation>بحث: الاسم، المؤسسة، البريد الإلكتروني، الهاتف…</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>البحث في التسجيلات</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجل</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>لم يصلوا بعد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>الملغاة</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>إ&amp;لغاء التسجيل</translation>
    </message>
    <message>
        <source>Re-issue &amp;code</source>
        <translation>إعادة إصدار ال&amp;رمز</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Tickets…</source>
        <translation>ال&amp;تذاكر…</translation>
    </message>
    <message>
        <source>For &amp;everyone…</source>
        <translation>لل&amp;جميع…</translation>
    </message>
    <message>
        <source>For the &amp;selection…</source>
        <translation>لل&amp;محدَّدين…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>ال&amp;خصوصية</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>في عين المكان</translation>
    </message>
    <message>
        <source>&amp;Registrations</source>
        <translation>ال&amp;تسجيلات</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>ال&amp;دليل</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>جميع الفئات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>People — {title}</source>
        <translation>الأشخاص — {title}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} من أصل {total}</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>إ&amp;عادة التفعيل</translation>
    </message>
    <message>
        <source>Re-issue the ticket code</source>
        <translation>إعادة إصدار رمز التذكرة</translation>
    </message>
    <message>
        <source>Give {name} a new ticket code? The old code {code} will be refused at the desk.</source>
        <translation>هل تريد منح {name} رمز تذكرة جديدًا؟ سيُرفض الرمز القديم {code} عند الاستقبال.</translation>
    </message>
    <message>
        <source>Writing tickets</source>
        <translation>جارٍ كتابة التذاكر</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) written to {file}.</source>
        <translation>
            <numerusform>لم تُكتب أي تذكرة في ⁨{file}⁩.</numerusform>
            <numerusform>كُتبت تذكرة واحدة في ⁨{file}⁩.</numerusform>
            <numerusform>كُتبت تذكرتان في ⁨{file}⁩.</numerusform>
            <numerusform>كُتبت %n تذاكر في ⁨{file}⁩.</numerusform>
            <numerusform>كُتبت %n تذكرة في ⁨{file}⁩.</numerusform>
            <numerusform>كُتبت %n تذكرة في ⁨{file}⁩.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Save tickets</source>
        <translation>حفظ التذاكر</translation>
    </message>
    <message>
        <source>PDF tickets (*.pdf);;Mail-merge workbook (*.xlsx)</source>
        <translation>تذاكر PDF (*.pdf);;مصنف الدمج البريدي (*.xlsx)</translation>
    </message>
</context>
</TS>