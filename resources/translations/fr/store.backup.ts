<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Backup of {path} failed: {detail}</source>
        <translation>La sauvegarde de {path} a échoué : {detail}</translation>
    </message>
    <message>
        <source>Cannot write the backup {dest}: {detail}</source>
        <translation>Impossible d&apos;écrire la sauvegarde {dest} : {detail}</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>Aucun fichier de sauvegarde à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is not a database backup.</source>
        <translation>{path} n&apos;est pas une sauvegarde de base de données.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged.</source>
        <translation>La sauvegarde {path} est endommagée.</translation>
    </message>
    <message>
        <source>{path} is not a Mornings Desktop backup.</source>
        <translation>{path} n&apos;est pas une sauvegarde de Mornings Desktop.</translation>
    </message>
</context>
</TS>
