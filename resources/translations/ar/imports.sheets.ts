<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} is protected by a password.</source>
        <translation>الملف {file} محمي بكلمة مرور.</translation>
    </message>
    <message>
        <source>The file {file} has no rows.</source>
        <translation>الملف {file} لا يحتوي على أي صف.</translation>
    </message>
    <message>
        <source>The file {file} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>لا يحتوي الملف {file} على ورقة «{sheet}»؛ أوراقه هي: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} claims {rows} rows; at most {max} can be imported at once.</source>
        <translation>تعلن الورقة «{sheet}» في {file} عن {rows} سطرًا؛ لا يمكن استيراد أكثر من {max} دفعة واحدة.</translation>
    </message>
    <message>
        <source>The file {file} is damaged and cannot be read ({reason}).</source>
        <translation>الملف {file} تالف ولا يمكن قراءته ({reason}).</translation>
    </message>
</context>
</TS>