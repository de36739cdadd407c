<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The CSV separator is “;” or “,”, not “{sep}”.</source>
        <translation>Le séparateur CSV est « ; » ou « , », pas « {sep} ».</translation>
    </message>
    <message>
        <source>Unknown language {language} (choose fr, en or ar).</source>
        <translation>Langue inconnue {language} (choisissez fr, en ou ar).</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({from_}).</source>
        <translation>La période se termine ({to}) avant de commencer ({from_}).</translation>
    </message>
    <message>
        <source>No Morning in this period.</source>
        <translation>Aucune matinale dans cette période.</translation>
    </message>
    <message>
        <source>The file name {name} contains characters Windows does not allow ({chars}); choose another name.</source>
        <translation>Le nom de fichier {name} contient des caractères interdits par Windows ({chars}) ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{name} cannot be used as a file name; choose another.</source>
        <translation>{name} ne peut pas servir de nom de fichier ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Unknown file type {suffix} (use {formats}).</source>
        <translation>Type de fichier inconnu {suffix} (utilisez {formats}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} est un dossier ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}; choose another folder.</source>
        <translation>Impossible d'écrire dans le dossier {folder} ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot replace {path}: it may be open in another program (close it in Excel) or read-only.</source>
        <translation>Impossible de remplacer {path} : il est peut-être ouvert dans un autre programme (fermez-le dans Excel) ou en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d'écrire {path} : {reason}</translation>
    </message>
</context>
</TS>
