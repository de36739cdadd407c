<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>من يشغل المكتب؟</translation>
    </message>
    <message>
        <source>Your name. It is recorded with every admission, edit and export made at this desk until someone else takes over (Ctrl+Shift+O).</source>
        <translation>اسمك. يُسجَّل مع كل دخول وتعديل وتصدير يتم في هذا المكتب إلى أن يتسلّم شخص آخر (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>الشخص في المكتب</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
</context>
</TS>