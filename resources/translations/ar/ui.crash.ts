<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>crash</name>
    <message>
        <source>Unexpected problem</source>
        <translation>مشكل غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change is saved whole or not at all.

The details are in the log:
%1

(%2)</source>
        <translation>حدث خطأ، لكن بياناتك في أمان: كل تغيير يُحفظ كاملًا أو لا يُحفظ إطلاقًا.

التفاصيل موجودة في السجل:
%1

(%2)</translation>
    </message>
</context>
</TS>
