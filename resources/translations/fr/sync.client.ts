<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The hub belongs to another organisation; nothing was sent or received. Join the organisation first (&apos;mornings join&apos;).</source>
        <translation>Ce hub appartient à une autre organisation ; rien n&apos;a été envoyé ni reçu. Rejoignez d&apos;abord l&apos;organisation (« mornings join »).</translation>
    </message>
</context>
</TS>
