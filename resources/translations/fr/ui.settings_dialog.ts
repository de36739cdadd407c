<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage du programme.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Flags…</source>
        <translation>&amp;Signalements…</translation>
    </message>
    <message>
        <source>Registration flags</source>
        <translation>Signalements des inscriptions</translation>
    </message>
</context>
</TS>