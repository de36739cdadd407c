<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This computer has no password store (keyring), so the hub password cannot be remembered; give the full desk URL with its password each time.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe : le mot de passe du hub ne peut pas être retenu ; donnez chaque fois l&apos;URL complète du poste avec son mot de passe.</translation>
    </message>
    <message>
        <source>The password store refused the hub password: {detail}</source>
        <translation>Le trousseau a refusé le mot de passe du hub : {detail}</translation>
    </message>
    <message>
        <source>The password store cannot be read: {detail}</source>
        <translation>Le trousseau de mots de passe est illisible : {detail}</translation>
    </message>
    <message>
        <source>No password is stored for the hub login {hub}; give the desk URL with its password once (Sync settings or &apos;mornings join&apos;).</source>
        <translation>Aucun mot de passe enregistré pour l&apos;identifiant {hub} ; donnez une fois l&apos;URL du poste avec son mot de passe (réglages de synchronisation ou « mornings join »).</translation>
    </message>
</context>
</TS>
