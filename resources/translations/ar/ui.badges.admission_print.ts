<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>No badge printer is set: choose one once from the Badges screen.</source>
        <translation>لم تُحدَّد أي طابعة للشارات: اخترها مرة واحدة من شاشة الشارات.</translation>
    </message>
</context>
</TS>
