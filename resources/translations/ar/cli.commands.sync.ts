<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No hub is set up for this desk; give --hub URL or run &apos;mornings join&apos;.</source>
        <translation>لم يُضبط أي خادم مركزي لهذا المكتب؛ أدخل --hub URL أو شغّل &apos;mornings join&apos;.</translation>
    </message>
</context>
</TS>
