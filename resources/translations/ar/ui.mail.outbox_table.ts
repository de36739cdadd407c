<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>OutboxTable</name>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>unknown — send again?</source>
        <translation>غير معروف — إعادة الإرسال؟</translation>
    </message>
</context>
</TS>
