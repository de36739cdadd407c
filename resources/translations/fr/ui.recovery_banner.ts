<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>The organisation's recovery key has not been exported yet. Export it once with the button beside this message, and keep it away from this computer, with its passphrase apart.</source>
        <translation>La clé de secours de l'organisation n'a pas encore été exportée. Exportez-la une fois avec le bouton à côté de ce message, et gardez-la loin de cet ordinateur, sa phrase secrète à part.</translation>
    </message>
    <message>
        <source>Export the recovery key…</source>
        <translation>Exporter la clé de secours…</translation>
    </message>
    <message>
        <source>Export the recovery key</source>
        <translation>Exporter la clé de secours</translation>
    </message>
    <message>
        <source>Recovery key reminder</source>
        <translation>Rappel : clé de secours</translation>
    </message>
</context>
</TS>