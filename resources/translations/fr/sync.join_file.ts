<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>{path} is not a Mornings join file; ask the organiser for the file made by &apos;mornings hub add-desk&apos;.</source>
        <translation>{path} n&apos;est pas un fichier d&apos;adhésion Mornings ; demandez à l&apos;organisateur le fichier créé par « mornings hub add-desk ».</translation>
    </message>
    <message>
        <source>Cannot read the join file {path}: {reason}</source>
        <translation>Impossible de lire le fichier d&apos;adhésion {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Mornings Desktop; install it.</source>
        <translation>{path} a été créé par une version plus récente de Mornings Desktop ; installez-la.</translation>
    </message>
    <message>
        <source>The join file {path} is damaged (checksum mismatch); ask the organiser for a new one. Nothing was changed.</source>
        <translation>Le fichier d&apos;adhésion {path} est endommagé (somme de contrôle incorrecte) ; demandez-en un nouveau à l&apos;organisateur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The desk certificate in {path} is not signed by the organisation; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>Le certificat du poste dans {path} n&apos;est pas signé par l&apos;organisation ; demandez un nouveau fichier d&apos;adhésion à l&apos;organisateur. Rien n&apos;a été modifié.</translation>
    </message>
</context>
</TS>
