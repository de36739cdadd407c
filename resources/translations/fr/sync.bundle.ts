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
        <source>{path} is an old bundle (format 1) that anyone could have altered; ask the desk that wrote it to export it again with this version. Nothing was imported.</source>
        <translation>{path} est un ancien paquet (format 1) que n&apos;importe qui a pu modifier ; demandez au poste qui l&apos;a écrit de l&apos;exporter à nouveau avec cette version. Rien n&apos;a été importé.</translation>
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
        <source>{path} was altered, damaged or cut short, or was not written by a desk of this organisation; nothing was imported.</source>
        <translation>{path} a été modifié, endommagé ou tronqué, ou n&apos;a pas été écrit par un poste de cette organisation ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} is incomplete (truncated copy?); nothing was imported.</source>
        <translation>{path} est incomplet (copie tronquée ?) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path}, line {line}: not an operation ({detail}); nothing imported.</source>
        <translation>{path}, ligne {line} : ce n&apos;est pas une opération ({detail}) ; rien n&apos;a été importé.</translation>
    </message>
</context>
</TS>
