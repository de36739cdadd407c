<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Mornings Desktop is already open on this database ({path}): switch to that window, or close it before starting again.</source>
        <translation>برنامج Mornings Desktop مفتوح من قبل على قاعدة البيانات هذه ({path}): انتقل إلى تلك النافذة، أو أغلقها قبل إعادة التشغيل.</translation>
    </message>
</context>
</TS>
