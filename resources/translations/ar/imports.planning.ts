<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>imports</name>
    <message>
        <source>Row {line}: first name longer than {max} characters; skipped.</source>
        <translation>السطر {line}: الاسم الشخصي يتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: last name longer than {max} characters; skipped.</source>
        <translation>السطر {line}: اسم العائلة يتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: name longer than {max} characters; skipped.</source>
        <translation>السطر {line}: الاسم الكامل يتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: organisation longer than {max} characters; skipped.</source>
        <translation>السطر {line}: المؤسسة تتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: job title longer than {max} characters; skipped.</source>
        <translation>السطر {line}: الوظيفة تتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: e-mail longer than {max} characters; skipped.</source>
        <translation>السطر {line}: البريد الإلكتروني يتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: phone longer than {max} characters; skipped.</source>
        <translation>السطر {line}: رقم الهاتف يتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: category longer than {max} characters; skipped.</source>
        <translation>السطر {line}: الفئة تتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: ticket number longer than {max} characters; skipped.</source>
        <translation>السطر {line}: رقم التذكرة يتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: note longer than {max} characters; skipped.</source>
        <translation>السطر {line}: الملاحظة تتجاوز {max} حرفًا — تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: blank row.</source>
        <translation>الصف {line}: صف فارغ.</translation>
    </message>
    <message>
        <source>Row {line}: totals row.</source>
        <translation>الصف {line}: صف المجاميع.</translation>
    </message>
    <message>
        <source>Row {line}: invisible control characters removed (they could reorder or hide text).</source>
        <translation>السطر {line}: أزيلت أحرف تحكم غير مرئية (قد تعيد ترتيب النص أو تخفيه).</translation>
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
        <source>Row {line}: “{words}” is not in the list of flags (Settings, Flags…); ignored.</source>
        <translation>السطر {line}: «{words}» ليس في قائمة التنبيهات (الإعدادات، التنبيهات…)؛ تم تجاهله.</translation>
    </message>
    <message>
        <source>Row {line}: same person as row {first}; rows merged.</source>
        <translation>الصف {line}: نفس الشخص الوارد في الصف {first}؛ تم دمج الصفين.</translation>
    </message>
</context>
</TS>