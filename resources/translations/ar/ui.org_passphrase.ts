<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Organisation key</source>
        <translation>مفتاح المنظمة</translation>
    </message>
    <message>
        <source>This computer has no password store: the organisation key is kept in a file protected by a passphrase. Choose it, and keep it somewhere safe.</source>
        <translation>لا توجد خزنة كلمات مرور على هذا الحاسوب: يُحفظ مفتاح المنظمة في ملف محمي بعبارة مرور. اخترها واحفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key (%1):</source>
        <translation>عبارة مرور مفتاح المنظمة (%1):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>مرة &amp;أخرى:</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
</TS>