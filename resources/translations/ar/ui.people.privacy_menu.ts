<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>privacy_menu</name>
    <message>
        <source>Select one registration first.</source>
        <translation>اختر تسجيلًا واحدًا أولًا.</translation>
    </message>
    <message>
        <source>Everything held about this person</source>
        <translation>كل ما هو محفوظ عن هذا الشخص</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>كُتب في {path}.</translation>
    </message>
    <message>
        <source>&amp;Erase the selected person…</source>
        <translation>&amp;محو الشخص المختار…</translation>
    </message>
    <message>
        <source>&amp;What we hold about them…</source>
        <translation>&amp;ما نحتفظ به عنه…</translation>
    </message>
    <message>
        <source>Erasure &amp;requests…</source>
        <translation>&amp;طلبات المحو…</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
</context>
</TS>