<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The desk name cannot be empty.</source>
        <translation>لا يمكن أن يكون اسم المكتب فارغًا.</translation>
    </message>
    <message>
        <source>The desk name is too long (at most {n} characters).</source>
        <translation>اسم المكتب طويل جدًا ({n} حرفًا كحد أقصى).</translation>
    </message>
</context>
</TS>
