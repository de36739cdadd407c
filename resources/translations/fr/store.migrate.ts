<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>{path} is not a Mornings Desktop database; it was left untouched.</source>
        <translation>{path} n&apos;est pas une base de données de Mornings Desktop ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Mornings Desktop (schema {revision}); install the newer version. The file was left untouched.</source>
        <translation>{path} a été écrit par une version plus récente de Mornings Desktop (schéma {revision}) ; installez cette version. Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
</TS>
