<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This database already holds data of another organisation; it cannot join this one. Use a new database file to join.</source>
        <translation>Cette base contient déjà des données d&apos;une autre organisation ; elle ne peut pas rejoindre celle-ci. Utilisez un nouveau fichier de base pour rejoindre.</translation>
    </message>
    <message>
        <source>{path} is not a Mornings setup file.</source>
        <translation>{path} n&apos;est pas un fichier d&apos;installation Mornings.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Mornings Desktop; install it.</source>
        <translation>{path} a été créé par une version plus récente de Mornings Desktop ; installez-la.</translation>
    </message>
    <message>
        <source>{path} is damaged (checksum mismatch); nothing was changed.</source>
        <translation>{path} est endommagé (somme de contrôle fausse) ; rien n&apos;a été modifié.</translation>
    </message>
</context>
</TS>
