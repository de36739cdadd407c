<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Organisation key</source>
        <translation>Clé de l'organisation</translation>
    </message>
    <message>
        <source>This computer has no password store: the organisation key is kept in a file protected by a passphrase. Choose it, and keep it somewhere safe.</source>
        <translation>Cet ordinateur n'a pas de trousseau : la clé de l'organisation est gardée dans un fichier protégé par une phrase secrète. Choisissez-la et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Passphrase of the organisation key (%1):</source>
        <translation>Phrase secrète de la clé de l'organisation (%1) :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
</TS>