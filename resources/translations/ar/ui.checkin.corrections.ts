<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>CheckinScreen</name>
    <message>
        <source>undo at the desk</source>
        <translation>إلغاء عند المكتب</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>لا يوجد ما يُلغى في هذا المكتب.</translation>
    </message>
    <message>
        <source>Find the person first (type their name), then open their history.</source>
        <translation>ابحث عن الشخص أولًا (اكتب اسمه)، ثم افتح سجله.</translation>
    </message>
    <message>
        <source>{name} has no check-in to undo.</source>
        <translation>ليس لـ {name} أي تسجيل حضور يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>undone from history</source>
        <translation>أُلغي من السجل</translation>
    </message>
    <message>
        <source>Find the person first (type their name), then Ctrl+E for their flags.</source>
        <translation>ابحث عن الشخص أولًا (اكتب اسمه)، ثم Ctrl+E لتنبيهاته.</translation>
    </message>
    <message>
        <source>Flags and note of {name} saved.</source>
        <translation>حُفظت تنبيهات وملاحظة {name}.</translation>
    </message>
    <message>
        <source>Undo an earlier arrival</source>
        <translation>إلغاء وصول سابق</translation>
    </message>
    <message>
        <source>The last arrival was undone already. Undo the arrival of {name} at {time} too?</source>
        <translation>أُلغي آخر وصول من قبل. هل يُلغى أيضًا وصول {name} في {time}؟</translation>
    </message>
</context>
</TS>