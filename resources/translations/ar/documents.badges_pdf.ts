<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Logo {path} could not be used ({reason}); badges without logo.</source>
        <translation>تعذّر استعمال الشعار {path} ({reason})؛ ستكون الشارات بدون شعار.</translation>
    </message>
    <message>
        <source>No badges to print in this selection.</source>
        <translation>لا توجد شارات للطباعة في هذا الاختيار.</translation>
    </message>
</context>
</TS>
