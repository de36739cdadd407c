<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>Impossible de lire le fichier de phrase secrète {path} : {reason}</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n'a été modifié.</translation>
    </message>
</context>
</TS>