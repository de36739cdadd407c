<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Choose a passphrase for the key file.</source>
        <translation>Choisissez une phrase secrète pour le fichier de clé.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written: {detail}</source>
        <translation>Impossible d'écrire le fichier de clé {path} : {detail}</translation>
    </message>
    <message>
        <source>{path} is not a readable key file of this kind (organisation or recovery key).</source>
        <translation>{path} n'est pas un fichier de clé lisible de ce type (clé de l'organisation ou clé de secours).</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {detail}</source>
        <translation>Impossible de lire le fichier de clé {path} : {detail}</translation>
    </message>
    <message>
        <source>This passphrase does not open the key file {path}; check it and try again.</source>
        <translation>Cette phrase secrète n'ouvre pas le fichier de clé {path} ; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) for the desk's key; install or unlock one (e.g. GNOME Keyring or KWallet) and join again.</source>
        <translation>Cet ordinateur n'a pas de trousseau de mots de passe pour la clé du poste ; installez-en un ou déverrouillez-le (par exemple GNOME Keyring ou KWallet), puis rejoignez à nouveau.</translation>
    </message>
    <message>
        <source>The password store refused the desk's key: {detail}</source>
        <translation>Le trousseau de mots de passe a refusé la clé du poste : {detail}</translation>
    </message>
</context>
</TS>