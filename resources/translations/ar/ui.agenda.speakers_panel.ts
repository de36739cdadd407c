<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SpeakerEditor</name>
    <message>
        <source>Speaker</source>
        <translation>المتدخل</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;وظيفة</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>&amp;Languages (fr,en,ar)</source>
        <translation>ال&amp;لغات (fr,en,ar)</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>&amp;نبذة</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or e-mail</source>
        <translation>ابحث بالاسم أو المؤسسة أو الوظيفة أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation>متدخل &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Photo…</source>
        <translation>ال&amp;صورة…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected</source>
        <translation>&amp;دمج المحدَّدَين</translation>
    </message>
    <message>
        <source>Keep “{keep}” and merge “{other}” into it? Their sessions move too.</source>
        <translation>الاحتفاظ بـ «{keep}» ودمج «{other}» فيه؟ ستُنقل جلساته أيضًا.</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>دمج متدخلين</translation>
    </message>
</context>
</TS>
