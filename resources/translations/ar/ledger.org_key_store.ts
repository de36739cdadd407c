<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>تعذّرت قراءة ملف عبارة المرور {path}: {reason}</translation>
    </message>
    <message>
        <source>The organisation key on this computer is protected by a passphrase; give it (at the prompt, or in the file named by MORNINGS_ORG_PASSPHRASE_FILE).</source>
        <translation>مفتاح المنظمة على هذا الحاسوب محمي بعبارة مرور؛ أدخلها (عند الطلب، أو في الملف المحدد في MORNINGS_ORG_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>This computer has no keyring: the organisation key is kept in a file, so choose a passphrase for it (at the prompt, or in the file named by MORNINGS_ORG_PASSPHRASE_FILE).</source>
        <translation>لا توجد على هذا الحاسوب خزنة كلمات مرور: يُحفظ مفتاح المنظمة في ملف، فاختر له عبارة مرور (عند الطلب، أو في الملف المحدد في MORNINGS_ORG_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>The password store refused the desk's key: {detail}</source>
        <translation>رفضت خزنة كلمات المرور مفتاح المكتب: {detail}</translation>
    </message>
</context>
</TS>