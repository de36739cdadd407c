<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration</source>
        <translation>Modifier l’inscription</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Nouvelle inscription</translation>
    </message>
    <message>
        <source>{flag} (retired)</source>
        <translation>{flag} (retiré)</translation>
    </message>
    <message>
        <source>At a door desk, only the note and the flags of this registration can be changed.</source>
        <translation>À un poste d’accueil, seuls la remarque et les signalements de cette inscription peuvent être modifiés.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
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
        <source>Ca&amp;tegory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
</TS>