<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This database already holds data of another organisation; it cannot join this one. Use a new database file to join.</source>
        <translation>تحتوي قاعدة البيانات هذه على بيانات مؤسسة أخرى؛ لا يمكنها الانضمام إلى هذه المؤسسة. استعمل ملف قاعدة بيانات جديدًا للانضمام.</translation>
    </message>
    <message>
        <source>Setup files are no longer used: on the organiser's computer, make a join file with 'mornings desk add NAME --role door -o FILE', then run 'mornings join FILE' on the desk.</source>
        <translation>لم تعد ملفات الإعداد مستخدمة: على حاسوب المنظم، أنشئ ملف انضمام بالأمر «mornings desk add NAME --role door -o FILE»، ثم شغّل «mornings join FILE» على المكتب.</translation>
    </message>
    <message>
        <source>This join file was already used, or replaced by a newer one; ask the organiser for a new join file ('mornings hub reset-desk').</source>
        <translation>استُخدم ملف الانضمام هذا من قبل، أو استُبدل بملف أحدث؛ اطلب ملف انضمام جديدًا من المنظم («mornings hub reset-desk»).</translation>
    </message>
    <message>
        <source>This database already joined the hub as the desk “{desk}”; join with a new database file, or ask the organiser to reset that desk.</source>
        <translation>انضمت قاعدة البيانات هذه إلى المحور من قبل بوصفها المكتب «{desk}»؛ انضم بملف قاعدة بيانات جديد، أو اطلب من المنظم إعادة تعيين ذلك المكتب.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so it cannot keep the desk's hub password; join from a computer with a keyring, or use bundle files.</source>
        <translation>لا يحتوي هذا الحاسوب على مخزن لكلمات المرور (keyring)، فلا يمكنه حفظ كلمة مرور المحور لهذا المكتب؛ انضم من حاسوب فيه مخزن، أو استعمل ملفات الحزم.</translation>
    </message>
    <message>
        <source>The hub named in this join file belongs to another organisation; nothing was changed.</source>
        <translation>المحور المذكور في ملف الانضمام هذا تابع لمنظمة أخرى؛ لم يتغير شيء.</translation>
    </message>
</context>
</TS>