<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Registration {ref} has no duplicate admission to review.</source>
        <translation>L&apos;inscription {ref} n&apos;a pas de double admission à examiner.</translation>
    </message>
    <message>
        <source>Scan {ref} is not one of this registration&apos;s admissions.</source>
        <translation>Le passage {ref} n&apos;est pas une admission de cette inscription.</translation>
    </message>
</context>
</TS>
