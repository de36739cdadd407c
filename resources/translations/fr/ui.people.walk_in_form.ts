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
        <source>Agrees to be in photo&amp;s</source>
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
        <source>organisation</source>
        <translation>société</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>newsletter</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Corrected at the door, to copy to their record: {changes}</source>
        <translation>Corrigé à l’accueil, à reporter sur sa fiche : {changes}</translation>
    </message>
    <message>
        <source>The details you corrected are saved to their record.</source>
        <translation>Les coordonnées corrigées sont enregistrées sur sa fiche.</translation>
    </message>
    <message>
        <source>This door desk may not change a record it did not create: the details you corrected are kept in the registration's note for an organiser.</source>
        <translation>Ce poste d’accueil ne peut pas modifier une fiche qu’il n’a pas créée : les coordonnées corrigées sont gardées dans la note de l’inscription pour un organisateur.</translation>
    </message>
    <message>
        <source>✓ {name} is registered.</source>
        <translation>✓ {name} est inscrit(e).</translation>
    </message>
</context>
</TS>
