<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No column of {file} holds names (looked for Nom, Prénom, Name…).</source>
        <translation>لا يحتوي أي عمود في {file} على أسماء (تم البحث عن Nom وPrénom وName…).</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Row {line}: someone called {name} is already in the directory with other contact details; kept apart (see duplicate suggestions).</source>
        <translation>الصف {line}: يوجد في الدليل شخص باسم {name} ببيانات اتصال مختلفة؛ تم الاحتفاظ بهما منفصلين (انظر التكرارات المحتملة).</translation>
    </message>
    <message>
        <source>Rows {rows}: “{category}” is not one of the desk's categories, so they have the default category; correct the file and import it again, or change their category in People.</source>
        <translation>الصفوف {rows}: «{category}» ليست من فئات هذا المكتب، فأُعطيت الفئة الافتراضية؛ صحّح الملف واستورده من جديد، أو غيّر فئتها في الأشخاص.</translation>
    </message>
</context>
</TS>
