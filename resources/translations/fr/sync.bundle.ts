<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the bundle {path}: {detail}</source>
        <translation>Impossible de lire le paquet {path} : {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Mornings bundle file.</source>
        <translation>{path} n&apos;est pas un paquet Mornings.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Mornings Desktop; install it to import this bundle. Nothing was imported.</source>
        <translation>{path} a été écrit par une version plus récente de Mornings Desktop ; installez-la pour importer ce paquet. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} comes from another organisation; nothing was imported.</source>
        <translation>{path} vient d&apos;une autre organisation ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} is incomplete (truncated copy?); nothing was imported.</source>
        <translation>{path} est incomplet (copie tronquée ?) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} was altered or damaged (checksum mismatch); nothing was imported.</source>
        <translation>{path} a été modifié ou endommagé (somme de contrôle fausse) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path}, line {line}: not an operation ({detail}); nothing imported.</source>
        <translation>{path}, ligne {line} : ce n&apos;est pas une opération ({detail}) ; rien n&apos;a été importé.</translation>
    </message>
</context>
</TS>
