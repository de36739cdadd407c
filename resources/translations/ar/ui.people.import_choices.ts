<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>EncodingDialog</name>
    <message>
        <source>Check the accents</source>
        <translation>تحقّق من الحروف المشكولة</translation>
    </message>
    <message>
        <source>The text encoding of {file} is not stated in the file; it was read as {encoding}. Check the names below: if the accents look wrong (“Ã©” instead of “é”), choose another encoding.</source>
        <translation>ترميز نص الملف {file} غير مذكور فيه؛ قُرئ بترميز {encoding}. تحقّق من الأسماء أدناه: إن بدت الحروف خاطئة («Ã©» بدل «é»)، اختر ترميزًا آخر.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>ترميز النص</translation>
    </message>
    <message>
        <source>The file's first rows</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>قراءة {file}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Which sheet holds the people?</source>
        <translation>أي ورقة تضم الأشخاص؟</translation>
    </message>
    <message>
        <source>{file} has several sheets. The sheet “{sheet}” looks like the list of people; choose another if it is not.</source>
        <translation>يحتوي {file} على عدة أوراق. تبدو الورقة «{sheet}» قائمة الأشخاص؛ اختر غيرها إن لم تكن كذلك.</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>الورقة المراد استيرادها</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (يونيكود)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (أوروبا الغربية)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (لاتيني 1)</translation>
    </message>
    <message>
        <source>Mac Roman (old Mac Excel)</source>
        <translation>Mac Roman (إكسل ماك القديم)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode)</source>
        <translation>UTF-16 (يونيكود)</translation>
    </message>
</context>
</TS>