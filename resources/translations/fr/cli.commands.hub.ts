<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Give the join file from &apos;mornings hub add-desk&apos; (&apos;mornings join FILE&apos;, or &apos;mornings join -&apos; to read it from standard input).</source>
        <translation>Donnez le fichier d&apos;adhésion créé par « mornings hub add-desk » (« mornings join FICHIER », ou « mornings join - » pour le lire sur l&apos;entrée standard).</translation>
    </message>
</context>
</TS>
