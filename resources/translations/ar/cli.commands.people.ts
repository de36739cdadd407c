<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Confirm with --yes.</source>
        <translation>أكّد باستعمال ‎--yes.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>لم يُمحَ أي شيء.</translation>
    </message>
</context>
</TS>
