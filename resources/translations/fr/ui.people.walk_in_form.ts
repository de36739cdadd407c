<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>WalkInForm</name>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Agrees to receive the &amp;newsletter</source>
        <translation>Accepte de recevoir la &amp;newsletter</translation>
    </message>
    <message>
        <source>Agrees to be in p&amp;hotos</source>
        <translation>Accepte d’apparaître sur les p&amp;hotos</translation>
    </message>
    <message>
        <source>&amp;Register walk-in</source>
        <translation>&amp;Inscrire sur place</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Known from past Mornings: {name}.</source>
        <translation>Déjà venu(e) aux Matinales : {name}.</translation>
    </message>
    <message>
        <source>✓ {name} is registered.</source>
        <translation>✓ {name} est inscrit(e).</translation>
    </message>
</context>
</TS>
