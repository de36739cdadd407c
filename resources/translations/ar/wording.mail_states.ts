<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>outbox</name>
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
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>without e-mail</source>
        <translation>بدون بريد إلكتروني</translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation>موجود في صندوق الإرسال</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>أعيد إلى الانتظار</translation>
    </message>
    <message>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>to</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>when</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>unknown — send again?</source>
        <translation>غير معروف — إعادة الإرسال؟</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Not written in {language} yet: readers in {language} get the {source} words below; edit and save them to write it.</source>
        <translation>لم يُكتب بـ{language} بعد: يتلقى قرّاء {language} النص المكتوب بـ{source} أدناه؛ عدّله واحفظه لكتابته.</translation>
    </message>
</context>
</TS>