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
    <message>
        <source>Give the recovery key file's passphrase (--recovery-passphrase-file FILE, or at the prompt).</source>
        <translation>Donnez la phrase secrète du fichier de la clé de secours (--recovery-passphrase-file FICHIER, ou à l'invite).</translation>
    </message>
</context>
</TS>