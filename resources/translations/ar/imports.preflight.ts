<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} has cells as far as {cell} in the sheet “{sheet}”, beyond what can be imported ({rows} rows, {columns} columns): delete the cells below and to the right of the list (or the sheet, if it is not needed) and import it again.</source>
        <translation>يحتوي الملف {file} على خلايا تمتد حتى {cell} في الورقة «{sheet}»، أبعد مما يمكن استيراده ({rows} صف، {columns} عمود): احذف الخلايا أسفل القائمة وعلى يمينها (أو الورقة إن لم تكن لازمة) ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>The file {file} has cells as far as {cell}, beyond what can be imported ({rows} rows, {columns} columns): delete the cells below and to the right of the list (or copy the list into a new sheet) and import it again.</source>
        <translation>يحتوي الملف {file} على خلايا حتى {cell}، أبعد مما يمكن استيراده ({rows} صف، {columns} عمود): احذف الخلايا أسفل القائمة وعلى يمينها (أو انسخ القائمة إلى ورقة جديدة) ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {file} has a cell of more than {max} characters ({where}): no list of people has one; remove it (or export the list again) and import it again.</source>
        <translation>يحتوي الملف {file} على خلية تتجاوز {max} حرفًا ({where})، وهذا لا يوجد في أي قائمة أشخاص: احذفها (أو صدّر القائمة من جديد) ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {file} unpacks to more than {max} MB, far more than a list of people: it is damaged or not a real export; export the list again from its source.</source>
        <translation>يتجاوز حجم الملف {file} بعد فك ضغطه {max} ميغابايت، وهو أكبر بكثير من قائمة أشخاص: الملف تالف أو ليس تصديرًا حقيقيًا؛ صدّر القائمة من جديد من مصدرها.</translation>
    </message>
    <message>
        <source>The file {file} is damaged or truncated: it cannot be opened.</source>
        <translation>الملف {file} تالف أو مبتور: لا يمكن فتحه.</translation>
    </message>
</context>
</TS>