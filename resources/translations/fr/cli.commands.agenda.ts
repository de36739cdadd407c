<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Say which Morning with --event.</source>
        <translation>Indiquez la Matinale avec --event.</translation>
    </message>
    <message>
        <source>Give -o FILE (.pdf, .ics or .json), or a subcommand.</source>
        <translation>Indiquez -o FICHIER (.pdf, .ics ou .json), ou une sous-commande.</translation>
    </message>
    <message>
        <source>Cannot write {suffix} files; use .pdf, .ics or .json.</source>
        <translation>Impossible d&apos;écrire un fichier {suffix} ; utilisez .pdf, .ics ou .json.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No session {ref}.</source>
        <translation>Aucune séance {ref}.</translation>
    </message>
</context>
</TS>
