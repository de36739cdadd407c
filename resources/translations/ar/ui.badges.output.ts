<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BadgesScreen</name>
    <message numerus="yes">
        <source>%n badge(s) saved in {file}</source>
        <translation>
            <numerusform>حُفظت %n شارة في {file}</numerusform>
            <numerusform>حُفظت شارة واحدة في {file}</numerusform>
            <numerusform>حُفظت شارتان في {file}</numerusform>
            <numerusform>حُفظت %n شارات في {file}</numerusform>
            <numerusform>حُفظت %n شارة في {file}</numerusform>
            <numerusform>حُفظت %n شارة في {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Making badges…</source>
        <translation>جارٍ إنشاء الشارات…</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>لا توجد طابعة</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the badges as a PDF instead?</source>
        <translation>لا توجد أي طابعة مثبتة على هذا الحاسوب. هل تريد حفظ الشارات بصيغة PDF بدلًا من ذلك؟</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to {printer}</source>
        <translation>
            <numerusform>أُرسلت %n شارة إلى {printer}</numerusform>
            <numerusform>أُرسلت شارة واحدة إلى {printer}</numerusform>
            <numerusform>أُرسلت شارتان إلى {printer}</numerusform>
            <numerusform>أُرسلت %n شارات إلى {printer}</numerusform>
            <numerusform>أُرسلت %n شارة إلى {printer}</numerusform>
            <numerusform>أُرسلت %n شارة إلى {printer}</numerusform>
        </translation>
    </message>
</context>
</TS>
