<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>privacy_menu</name>
    <message>
        <source>Select one registration first.</source>
        <translation>Sélectionnez d’abord une inscription.</translation>
    </message>
    <message>
        <source>Everything held about this person</source>
        <translation>Tout ce qui est conservé sur cette personne</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Écrit dans {path}.</translation>
    </message>
    <message>
        <source>&amp;Erase the selected person…</source>
        <translation>&amp;Effacer la personne sélectionnée…</translation>
    </message>
    <message>
        <source>&amp;What we hold about them…</source>
        <translation>&amp;Ce que nous conservons sur elle…</translation>
    </message>
    <message>
        <source>Erasure &amp;requests…</source>
        <translation>&amp;Demandes d’effacement…</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Journal…</translation>
    </message>
</context>
</TS>
