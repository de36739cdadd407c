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
</context>
</TS>