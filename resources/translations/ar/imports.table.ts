<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} has more than {max} rows, the most that can be imported at once. Split it into smaller files.</source>
        <translation>يحتوي الملف {file} على أكثر من {max} صف، وهو أقصى ما يمكن استيراده دفعة واحدة. قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>The file {file} has {rows} rows; at most {max} can be imported at once. Split it into smaller files.</source>
        <translation>يحتوي الملف {file} على {rows} صف؛ ولا يمكن استيراد أكثر من {max} دفعة واحدة. قسّمه إلى ملفات أصغر.</translation>
    </message>
</context>
</TS>