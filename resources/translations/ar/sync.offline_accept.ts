<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This computer does not hold the organisation key, so it cannot take back what a revocation refused; run the command on the organiser's computer that holds it, or give --recovery-key FILE.</source>
        <translation>لا يحمل هذا الحاسوب مفتاح المنظمة، فلا يمكنه استرجاع ما رفضه الإلغاء؛ شغّل الأمر على حاسوب المنظم الذي يحمله، أو أعطِ --recovery-key FILE.</translation>
    </message>
    <message>
        <source>{digest} is not an operation a revocation refused on this desk; 'mornings sync accept' with no digest lists them.</source>
        <translation>{digest} ليست عملية رفضها إلغاء على هذا المكتب؛ 'mornings sync accept' دون بصمة يسردها.</translation>
    </message>
</context>
</TS>