<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>--from and --to go with --series.</source>
        <translation>يُستعمل --from و--to مع --series.</translation>
    </message>
</context>
</TS>
