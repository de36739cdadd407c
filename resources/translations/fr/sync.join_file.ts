<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>{path} is not a Mornings join file; ask the organiser for the file made by 'mornings hub add-desk' (or 'mornings desk add', without a hub).</source>
        <translation>{path} n'est pas un fichier d'adhésion Mornings ; demandez à l'organisateur le fichier créé par « mornings hub add-desk » (ou « mornings desk add », sans hub).</translation>
    </message>
    <message>
        <source>Cannot read the join file {path}: {reason}</source>
        <translation>Impossible de lire le fichier d'adhésion {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Mornings Desktop; install it.</source>
        <translation>{path} a été créé par une version plus récente de Mornings Desktop ; installez-la.</translation>
    </message>
    <message>
        <source>The join file {path} is damaged (checksum mismatch); ask the organiser for a new one. Nothing was changed.</source>
        <translation>Le fichier d'adhésion {path} est endommagé (somme de contrôle incorrecte) ; demandez-en un nouveau à l'organisateur. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The desk certificate in {path} is not signed by the organisation; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>Le certificat du poste dans {path} n'est pas signé par l'organisation ; demandez un nouveau fichier d'adhésion à l'organisateur. Rien n'a été modifié.</translation>
    </message>
</context>
</TS>