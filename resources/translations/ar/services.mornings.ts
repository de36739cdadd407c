<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>A Morning needs a title.</source>
        <translation>يحتاج اللقاء الصباحي إلى عنوان.</translation>
    </message>
    <message>
        <source>A Morning needs a date.</source>
        <translation>يحتاج اللقاء الصباحي إلى تاريخ.</translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>يجب أن تكون النهاية ({end}) بعد البداية ({start}).</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>لا يمكن أن تكون الطاقة الاستيعابية سالبة.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>حالة غير معروفة: {status}.</translation>
    </message>
    <message>
        <source>No Morning {ref}.</source>
        <translation>لا يوجد لقاء صباحي {ref}.</translation>
    </message>
    <message>
        <source>No Morning given.</source>
        <translation>لم يُحدَّد أي لقاء صباحي.</translation>
    </message>
    <message>
        <source>Several Mornings on {ref}; give the id instead ({ids}).</source>
        <translation>توجد عدة لقاءات صباحية في {ref}؛ أدخل المعرّف بدلًا من ذلك ({ids}).</translation>
    </message>
</context>
</TS>
