<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the bundle {path}: {detail}</source>
        <translation>تتعذّر قراءة الحزمة {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Mornings bundle file.</source>
        <translation>{path} ليس ملف حزمة Mornings.</translation>
    </message>
    <message>
        <source>{path} is an old bundle (format 1) that anyone could have altered; ask the desk that wrote it to export it again with this version. Nothing was imported.</source>
        <translation>{path} حزمة قديمة (الصيغة 1) كان بإمكان أي شخص تعديلها؛ اطلب من المكتب الذي كتبها تصديرها من جديد بهذا الإصدار. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Mornings Desktop; install it to import this bundle. Nothing was imported.</source>
        <translation>كُتب {path} بإصدار أحدث من Mornings Desktop؛ ثبّته لاستيراد هذه الحزمة. لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>{path} comes from another organisation; nothing was imported.</source>
        <translation>{path} صادر عن مؤسسة أخرى؛ لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>{path} was altered, damaged or cut short, or was not written by a desk of this organisation; nothing was imported.</source>
        <translation>{path} عُدِّل أو تلف أو اقتُطع، أو لم يكتبه مكتب من هذه المنظمة؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path} is incomplete (truncated copy?); nothing was imported.</source>
        <translation>{path} غير مكتمل (نسخة مبتورة؟)؛ لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>{path}, line {line}: not an operation ({detail}); nothing imported.</source>
        <translation>{path}، السطر {line}: ليس عملية ({detail})؛ لم يتم استيراد أي شيء.</translation>
    </message>
</context>
</TS>
