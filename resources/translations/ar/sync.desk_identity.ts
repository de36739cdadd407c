<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This computer does not hold the organisation key, so it cannot certify a desk; issue the join file on the organiser's computer that holds it.</source>
        <translation>لا يحمل هذا الحاسوب مفتاح المنظمة، فلا يمكنه اعتماد مكتب؛ أنشئ ملف الانضمام على حاسوب المنظم الذي يحمله.</translation>
    </message>
    <message>
        <source>The desk identity in this join file does not hold together; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>هوية المكتب في ملف الانضمام هذا غير متّسقة؛ اطلب ملف انضمام جديدًا من المنظِّم. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The organisation settings in this join file are not the ones the organisation signed; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>إعدادات المنظمة في ملف الانضمام هذا ليست التي وقّعتها المنظمة؛ اطلب من المنظِّم ملف انضمام جديدًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This join file carries no desk identity (it was made on a computer without the organisation key); ask the organiser for a new join file. Nothing was changed.</source>
        <translation>لا يحمل ملف الانضمام هذا أي هوية مكتب (أُنشئ على حاسوب لا يحمل مفتاح المنظمة)؛ اطلب ملف انضمام جديدًا من المنظم. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This join file is for the desk {name}, which this computer is not: join it on the laptop that joined as {name} without a hub. Nothing was changed.</source>
        <translation>ملف الانضمام هذا خاص بالمكتب {name}، وهذا الحاسوب ليس ذلك المكتب: استعمله على الحاسوب المحمول الذي انضم باسم {name} دون مركز. لم يتغير شيء.</translation>
    </message>
</context>
</TS>