<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>A category key is made of letters a–z, digits, - or _.</source>
        <translation>يتكوّن مفتاح الفئة من الحروف a–z والأرقام و- و_.</translation>
    </message>
    <message>
        <source>A category needs a label.</source>
        <translation>تحتاج الفئة إلى تسمية.</translation>
    </message>
    <message>
        <source>{colour} is not a colour like #2E7D32.</source>
        <translation>{colour} ليس لونًا على شكل #2E7D32.</translation>
    </message>
    <message>
        <source>No category {ref}.</source>
        <translation>لا توجد فئة {ref}.</translation>
    </message>
</context>
</TS>
