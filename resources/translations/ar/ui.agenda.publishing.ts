<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Publish the programme</source>
        <translation>نشر البرنامج</translation>
    </message>
    <message>
        <source>Version {n} will keep the programme as it stands now; later changes are listed against it, and no one is e-mailed.</source>
        <translation>ستحفظ النسخة {n} البرنامج كما هو الآن؛ وستُعرض التغييرات اللاحقة مقارنةً بها، ولن تُرسل أي رسالة إلكترونية.</translation>
    </message>
    <message>
        <source>&amp;Publish version {n}</source>
        <translation>&amp;نشر النسخة {n}</translation>
    </message>
    <message>
        <source>Published version {n}.</source>
        <translation>نُشرت النسخة {n}.</translation>
    </message>
</context>
</TS>
