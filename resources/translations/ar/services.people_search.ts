<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>There is no Morning yet.</source>
        <translation>لا يوجد أي لقاء صباحي بعد.</translation>
    </message>
    <message>
        <source>Type a name to search for.</source>
        <translation>اكتب اسمًا للبحث عنه.</translation>
    </message>
</context>
</TS>