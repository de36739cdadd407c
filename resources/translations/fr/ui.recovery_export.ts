<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>recovery</name>
    <message>
        <source>Export the recovery key</source>
        <translation>Exporter la clé de secours</translation>
    </message>
    <message>
        <source>Mornings recovery keys (*.mornings-key)</source>
        <translation>Clés de secours Mornings (*.mornings-key)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Choose the passphrase of the recovery key file %1. Keep the file and its passphrase apart, away from this computer (a safe, a second USB stick): with both, anyone can replace the organisation key.</source>
        <translation>Choisissez la phrase secrète du fichier de clé de secours %1. Gardez le fichier et sa phrase secrète séparément, loin de cet ordinateur (un coffre, une seconde clé USB) : avec les deux, n'importe qui peut remplacer la clé de l'organisation.</translation>
    </message>
    <message>
        <source>Recovery key %1 written to %2: keep it offline, away from this computer, with its passphrase apart.</source>
        <translation>Clé de secours %1 écrite dans %2 : gardez-la hors ligne, loin de cet ordinateur, et sa phrase secrète à part.</translation>
    </message>
    <message>
        <source>Writing the recovery key…</source>
        <translation>Écriture de la clé de secours…</translation>
    </message>
</context>
</TS>