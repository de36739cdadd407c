<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Attendees must be between 0 and {max}.</source>
        <translation>يجب أن يكون عدد الحاضرين ما بين 0 و{max}.</translation>
    </message>
</context>
</TS>
