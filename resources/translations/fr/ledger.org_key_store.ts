<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>Impossible de lire le fichier de phrase secrète {path} : {reason}</translation>
    </message>
    <message>
        <source>The organisation key on this computer is protected by a passphrase; give it (at the prompt, or in the file named by MORNINGS_ORG_PASSPHRASE_FILE).</source>
        <translation>La clé de l'organisation sur cet ordinateur est protégée par une phrase secrète ; donnez-la (à l'invite, ou dans le fichier nommé par MORNINGS_ORG_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>This computer has no keyring: the organisation key is kept in a file, so choose a passphrase for it (at the prompt, or in the file named by MORNINGS_ORG_PASSPHRASE_FILE).</source>
        <translation>Cet ordinateur n'a pas de trousseau : la clé de l'organisation est gardée dans un fichier, choisissez donc une phrase secrète pour elle (à l'invite, ou dans le fichier nommé par MORNINGS_ORG_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>The password store refused the desk's key: {detail}</source>
        <translation>Le trousseau a refusé la clé du poste : {detail}</translation>
    </message>
</context>
</TS>