<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>--from and --to go with --series.</source>
        <translation>--from et --to vont avec --series.</translation>
    </message>
</context>
</TS>
