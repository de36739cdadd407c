<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Choose a passphrase for the key file.</source>
        <translation>اختر عبارة مرور لملف المفتاح.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written: {detail}</source>
        <translation>تعذّرت كتابة ملف المفتاح {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a readable key file of this kind (organisation or recovery key).</source>
        <translation>{path} ليس ملف مفتاح مقروءًا من هذا النوع (مفتاح المنظمة أو مفتاح الاسترداد).</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {detail}</source>
        <translation>تعذّرت قراءة ملف المفتاح {path}: {detail}</translation>
    </message>
    <message>
        <source>This passphrase does not open the key file {path}; check it and try again.</source>
        <translation>عبارة المرور هذه لا تفتح ملف المفتاح {path}؛ تحقّق منها وحاول مجددًا.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) for the desk's key; install or unlock one (e.g. GNOME Keyring or KWallet) and join again.</source>
        <translation>لا يحتوي هذا الحاسوب على مخزن لكلمات المرور لمفتاح المكتب؛ ثبّت واحدًا أو افتح قفله (مثل GNOME Keyring أو KWallet) ثم انضم مجددًا.</translation>
    </message>
    <message>
        <source>The password store refused the desk's key: {detail}</source>
        <translation>رفض مخزن كلمات المرور مفتاح المكتب: {detail}</translation>
    </message>
</context>
</TS>