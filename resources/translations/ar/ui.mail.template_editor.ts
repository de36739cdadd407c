<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Mail templates</source>
        <translation>نماذج البريد</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>&amp;Built-in words</source>
        <translation>النص الأ&amp;صلي</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;قالب جديد…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>ال&amp;قالب:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>معاينة &amp;لـ:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>الر&amp;سالة:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>&amp;Placeholders (Enter inserts):</source>
        <translation>الح&amp;قول (Enter للإدراج):</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>entry code</source>
        <translation>رمز الدخول</translation>
    </message>
    <message>
        <source>the Morning&apos;s title</source>
        <translation>عنوان اللقاء الصباحي</translation>
    </message>
    <message>
        <source>the date, written out</source>
        <translation>التاريخ مكتوبا بالحروف</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>ساعة البداية</translation>
    </message>
    <message>
        <source>the venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>the sender&apos;s name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>Leave the changes to this template unsaved?</source>
        <translation>هل تريد التخلي عن التغييرات غير المحفوظة في هذا النموذج؟</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>قالب جديد</translation>
    </message>
    <message>
        <source>Name of the new template (lower-case letters, digits, - or _):</source>
        <translation>اسم القالب الجديد (حروف لاتينية صغيرة أو أرقام أو - أو _):</translation>
    </message>
    <message>
        <source>New template “{name}”, starting from the words of “{origin}”: edit them and save.</source>
        <translation>قالب جديد «{name}» انطلاقًا من نص «{origin}»: عدّله ثم احفظه.</translation>
    </message>
    <message>
        <source>The preview needs a Morning with a ticket for someone with an e-mail address.</source>
        <translation>تحتاج المعاينة إلى لقاء صباحي فيه تذكرة لشخص لديه عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>The organiser</source>
        <translation>المنظم</translation>
    </message>
    <message>
        <source>Saved: the template “{name}” in {language}.</source>
        <translation>حُفظ النموذج «{name}» باللغة {language}.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Go back to the built-in words of this template?</source>
        <translation>هل تريد الرجوع إلى النص الأصلي لهذا النموذج؟</translation>
    </message>
    <message>
        <source>Back to the built-in words.</source>
        <translation>تم الرجوع إلى النص الأصلي.</translation>
    </message>
</context>
</TS>
