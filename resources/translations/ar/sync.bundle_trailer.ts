<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>{path} is not signed by the desk that wrote it (an earlier version of Mornings Desktop, or a forged file); ask that desk to export it again with this version. Nothing was imported.</source>
        <translation>{path} غير موقّع من المكتب الذي كتبه (إصدار سابق من Mornings Desktop، أو ملف مزوّر)؛ اطلب من ذلك المكتب تصديره من جديد بهذا الإصدار. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path} is signed by a desk the organisation has not certified (or whose certificate is damaged); ask an organiser for a join file for that desk, then export again. Nothing was imported.</source>
        <translation>{path} موقّع من مكتب لم تصدر له المؤسسة شهادة (أو شهادته تالفة)؛ اطلب من أحد المنظمين ملف انضمام لذلك المكتب، ثم صدّر من جديد. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path} does not match the signature of the desk {desk}: lines were removed, added, moved or changed after it was written; ask that desk to export it again. Nothing was imported.</source>
        <translation>{path} لا يطابق توقيع المكتب {desk}: حُذفت أسطر أو أُضيفت أو نُقلت أو عُدّلت بعد كتابته؛ اطلب من ذلك المكتب تصديره من جديد. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{path} is signed by the desk {desk}, not by the desk its header names, so it may be forged; ask the desk that wrote it to export it again. Nothing was imported.</source>
        <translation>{path} موقّع من المكتب {desk} لا من المكتب المذكور في رأسه، فقد يكون مزوّرًا؛ اطلب من المكتب الذي كتبه تصديره من جديد. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>This desk has no certified key to sign a bundle with; join the organisation again with a join file from an organiser, then export.</source>
        <translation>ليس لهذا المكتب مفتاح معتمد لتوقيع حزمة؛ انضم إلى المؤسسة من جديد بملف انضمام من أحد المنظمين، ثم صدّر.</translation>
    </message>
</context>
</TS>