<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Confirm with --yes.</source>
        <translation>Confirmez avec --yes.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
</context>
</TS>
