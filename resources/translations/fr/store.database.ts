<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The database {path} is locked by another program; close it and retry.</source>
        <translation>La base de données {path} est verrouillée par un autre programme ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} is read-only; copy it to a folder you can write to.</source>
        <translation>La base de données {path} est en lecture seule ; copiez-la dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database {path} is damaged; restore a backup with &apos;mornings restore&apos;.</source>
        <translation>La base de données {path} est endommagée ; restaurez une sauvegarde avec « mornings restore ».</translation>
    </message>
    <message>
        <source>Cannot write to {path}: the disk is full or was removed ({detail}).</source>
        <translation>Impossible d&apos;écrire dans {path} : le disque est plein ou a été retiré ({detail}).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {detail}</source>
        <translation>Impossible d&apos;utiliser la base de données {path} : {detail}</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>Aucune base de données à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {detail}</source>
        <translation>Impossible de créer le dossier {folder} : {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}); restore a backup with &apos;mornings restore&apos;.</source>
        <translation>La base de données {path} est endommagée ({detail}) ; restaurez une sauvegarde avec « mornings restore ».</translation>
    </message>
</context>
</TS>
