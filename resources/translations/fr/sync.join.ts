<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This database already holds data of another organisation; it cannot join this one. Use a new database file to join.</source>
        <translation>Cette base contient déjà des données d'une autre organisation ; elle ne peut pas rejoindre celle-ci. Utilisez un nouveau fichier de base pour rejoindre.</translation>
    </message>
    <message>
        <source>Setup files are no longer used: on the organiser's computer, make a join file with 'mornings desk add NAME --role door -o FILE', then run 'mornings join FILE' on the desk.</source>
        <translation>Les fichiers d'installation ne servent plus : sur l'ordinateur de l'organisateur, créez un fichier d'adhésion avec « mornings desk add NOM --role door -o FICHIER », puis lancez « mornings join FICHIER » sur le poste.</translation>
    </message>
    <message>
        <source>This join file was already used, or replaced by a newer one; ask the organiser for a new join file ('mornings hub reset-desk').</source>
        <translation>Ce fichier d'adhésion a déjà été utilisé, ou remplacé par un plus récent ; demandez un nouveau fichier d'adhésion à l'organisateur (« mornings hub reset-desk »).</translation>
    </message>
    <message>
        <source>This database already joined the hub as the desk “{desk}”; join with a new database file, or ask the organiser to reset that desk.</source>
        <translation>Cette base a déjà rejoint le hub comme le poste « {desk} » ; rejoignez-le avec un nouveau fichier de base, ou demandez à l’organisateur de réinitialiser ce poste.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so it cannot keep the desk's hub password; join from a computer with a keyring, or use bundle files.</source>
        <translation>Cet ordinateur n'a pas de trousseau de mots de passe : il ne peut pas garder le mot de passe du hub de ce poste ; rejoignez depuis un ordinateur qui en a un, ou utilisez des fichiers de paquet.</translation>
    </message>
    <message>
        <source>The hub named in this join file belongs to another organisation; nothing was changed.</source>
        <translation>Le hub indiqué dans ce fichier d'adhésion appartient à une autre organisation ; rien n'a été modifié.</translation>
    </message>
</context>
</TS>