<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>تعذّرت قراءة ملف عبارة المرور {path}: {reason}</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Give the recovery key file's passphrase (--recovery-passphrase-file FILE, or at the prompt).</source>
        <translation>أدخل عبارة مرور ملف مفتاح الاسترداد (--recovery-passphrase-file FILE، أو عند الطلب).</translation>
    </message>
</context>
</TS>