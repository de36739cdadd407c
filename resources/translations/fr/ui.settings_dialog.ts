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
        <source>E&amp;xport the recovery key…</source>
        <translation>E&amp;xporter la clé de secours…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>&amp;Flags…</source>
        <translation>&amp;Signalements…</translation>
    </message>
    <message>
        <source>Registration flags</source>
        <translation>Signalements des inscriptions</translation>
    </message>
    <message>
        <source>Exported on %1.</source>
        <translation>Exportée le %1.</translation>
    </message>
    <message>
        <source>Not exported yet: export it once, and keep it away from this computer.</source>
        <translation>Pas encore exportée : exportez-la une fois et gardez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>A &amp;tone for each result at the check-in desk</source>
        <translation>Un so&amp;n pour chaque résultat à l’accueil</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
</context>
</TS>