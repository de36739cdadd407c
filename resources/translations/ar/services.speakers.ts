<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>A speaker needs a name.</source>
        <translation>يحتاج المتدخل إلى اسم.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}</source>
        <translation>ليس عنوان بريد إلكتروني: {email}</translation>
    </message>
    <message>
        <source>Cannot read the photo {file}.</source>
        <translation>تتعذّر قراءة الصورة {file}.</translation>
    </message>
    <message>
        <source>The photo {file} is too large (at most 20 MB).</source>
        <translation>الصورة {file} كبيرة جدًا (20 ميغابايت كحد أقصى).</translation>
    </message>
    <message>
        <source>The file {file} is not an image (a PNG or JPEG photo is expected).</source>
        <translation>الملف {file} ليس صورة (المطلوب صورة PNG أو JPEG).</translation>
    </message>
    <message>
        <source>A speaker named {name} is already in the directory (id {id}); use that one, or add a namesake on purpose.</source>
        <translation>يوجد متحدث باسم {name} في الدليل (المعرّف {id})؛ استخدمه، أو أضف شخصًا بالاسم نفسه عن قصد.</translation>
    </message>
    <message>
        <source>No speaker {ref}.</source>
        <translation>لا يوجد متدخل {ref}.</translation>
    </message>
    <message>
        <source>Several speakers match {name}: {names}.</source>
        <translation>يطابق {name} عدة متدخلين: {names}.</translation>
    </message>
    <message>
        <source>No speaker named {name}.</source>
        <translation>لا يوجد متدخل باسم {name}.</translation>
    </message>
    <message>
        <source>Choose two different speakers to merge.</source>
        <translation>اختر متدخلَين مختلفَين لدمجهما.</translation>
    </message>
    <message>
        <source>These speakers are already merged.</source>
        <translation>هذان المتدخلان مدمجان مسبقًا.</translation>
    </message>
</context>
</TS>