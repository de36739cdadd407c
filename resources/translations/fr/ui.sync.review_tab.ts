<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ReviewTab</name>
    <message>
        <source>Registrations admitted more than once (for instance at two desks while they were apart). Keep both scans, or annul the one that was a mistake.</source>
        <translation>Inscriptions admises plus d&apos;une fois (par exemple à deux postes déconnectés). Gardez les deux passages, ou annulez celui qui était une erreur.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Annul this scan</source>
        <translation>&amp;Annuler ce passage</translation>
    </message>
</context>
</TS>
