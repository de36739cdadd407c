<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} has more than {max} rows, the most that can be imported at once. Split it into smaller files.</source>
        <translation>Le fichier {file} compte plus de {max} lignes, le maximum importable en une fois. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file {file} has {rows} rows; at most {max} can be imported at once. Split it into smaller files.</source>
        <translation>Le fichier {file} compte {rows} lignes ; au plus {max} peuvent être importées en une fois. Découpez-le en fichiers plus petits.</translation>
    </message>
</context>
</TS>