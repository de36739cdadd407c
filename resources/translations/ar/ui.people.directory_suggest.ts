<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DirectorySuggestions</name>
    <message>
        <source>People from past Mornings</source>
        <translation>أشخاص من اللقاءات الصباحية السابقة</translation>
    </message>
    <message>
        <source>last Morning {date}</source>
        <translation>آخر لقاء صباحي {date}</translation>
    </message>
</context>
</TS>
