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
        <source>Row {line}: blank row.</source>
        <translation>الصف {line}: صف فارغ.</translation>
    </message>
    <message>
        <source>Row {line}: totals row.</source>
        <translation>الصف {line}: صف المجاميع.</translation>
    </message>
    <message>
        <source>Row {line}: “{email}” is not a valid e-mail; imported without it.</source>
        <translation>الصف {line}: «{email}» ليس بريدًا إلكترونيًا صالحًا؛ تم الاستيراد بدونه.</translation>
    </message>
    <message>
        <source>Row {line}: “{phone}” is not a phone number; kept as typed.</source>
        <translation>الصف {line}: «{phone}» ليس رقم هاتف؛ احتُفظ به كما كُتب.</translation>
    </message>
    <message>
        <source>Row {line}: no name; skipped.</source>
        <translation>الصف {line}: لا يوجد اسم؛ تم تخطيه.</translation>
    </message>
    <message>
        <source>Row {line}: no name and no contact; skipped.</source>
        <translation>الصف {line}: لا اسم ولا وسيلة اتصال؛ تم تخطيه.</translation>
    </message>
    <message>
        <source>Row {line}: same person as row {first}; rows merged.</source>
        <translation>الصف {line}: نفس الشخص الوارد في الصف {first}؛ تم دمج الصفين.</translation>
    </message>
    <message>
        <source>Row {line}: someone called {name} is already in the directory with other contact details; kept apart (see duplicate suggestions).</source>
        <translation>الصف {line}: يوجد في الدليل شخص باسم {name} ببيانات اتصال مختلفة؛ تم الاحتفاظ بهما منفصلين (انظر التكرارات المحتملة).</translation>
    </message>
</context>
</TS>
