<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>الملف {file} غير موجود.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>تتعذّر قراءة الملف {file}: {reason}.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>الملف {file} فارغ.</translation>
    </message>
    <message>
        <source>The file {file} is too large ({mb} MB; at most {max} MB can be imported).</source>
        <translation>الملف {file} كبير جدًا ({mb} ميغابايت؛ الحد الأقصى للاستيراد {max} ميغابايت).</translation>
    </message>
    <message>
        <source>The file {file} is damaged or truncated: it cannot be opened.</source>
        <translation>الملف {file} تالف أو مبتور: يتعذّر فتحه.</translation>
    </message>
    <message>
        <source>The file {file} is an archive, not a spreadsheet (.xlsx, .ods or .csv).</source>
        <translation>الملف {file} أرشيف، وليس جدول بيانات (.xlsx أو .ods أو .csv).</translation>
    </message>
    <message>
        <source>The file {file} is neither a spreadsheet nor a text (CSV) file.</source>
        <translation>الملف {file} ليس جدول بيانات ولا ملفًا نصيًا (CSV).</translation>
    </message>
    <message>
        <source>The file {file} is protected by a password. Open it in Excel, remove the password (File › Info › Protect workbook), save it, and import it again.</source>
        <translation>الملف {file} محمي بكلمة مرور. افتحه في Excel، وأزل كلمة المرور (ملف › معلومات › حماية المصنف)، ثم احفظه واستورده من جديد.</translation>
    </message>
    <message>
        <source>The file {file} has no rows.</source>
        <translation>الملف {file} لا يحتوي على أي صف.</translation>
    </message>
    <message>
        <source>The file {file} mixes text encodings; save it again as CSV UTF-8.</source>
        <translation>يخلط الملف {file} بين عدة ترميزات نصية؛ احفظه من جديد بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file {file} is not valid CSV ({reason}).</source>
        <translation>الملف {file} ليس CSV صالحًا ({reason}).</translation>
    </message>
    <message>
        <source>The file {file} has a cell or a line of more than {max} characters: no list of people has one; remove it (or export the list again) and import it again.</source>
        <translation>يحتوي الملف {file} على خلية أو سطر يتجاوز {max} حرفًا، وهذا لا يوجد في أي قائمة أشخاص: احذفه (أو صدّر القائمة من جديد) ثم استورده مرة أخرى.</translation>
    </message>
</context>
</TS>
