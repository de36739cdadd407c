<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Réglages de l'e-mail</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général le port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS dès la connexion (en général le port 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>seulement pour une autorité de certification privée</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Serveur de messagerie :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nom de l'expéditeur :</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse de l'expéditeur :</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Répondre à :</translation>
    </message>
    <message>
        <source>Certificate authorit&amp;y:</source>
        <translation>Autorité de certifi&amp;cation :</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>Messa&amp;ges par minute :</translation>
    </message>
    <message>
        <source>Test message t&amp;o:</source>
        <translation>Message de test à l'a&amp;dresse :</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>gardé dans le trousseau ; tapez-le pour le changer</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The settings are saved, but this computer has no keyring to keep the password: the window will ask for it when sending.</source>
        <translation>Les réglages sont enregistrés, mais cet ordinateur n'a pas de trousseau pour garder le mot de passe : la fenêtre le demandera à l'envoi.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Type the password of {user} to send a test message.</source>
        <translation>Tapez le mot de passe de {user} pour envoyer un message de test.</translation>
    </message>
    <message>
        <source>Sending a test message to {to}…</source>
        <translation>Envoi d'un message de test à {to}…</translation>
    </message>
    <message>
        <source>The test message was sent to {to}; the server answered {answer}.</source>
        <translation>Le message de test a été envoyé à {to} ; le serveur a répondu {answer}.</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
</context>
</TS>