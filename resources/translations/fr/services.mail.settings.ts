<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Give the server as smtp://USER@HOST:PORT?security=starttls, not {url}.</source>
        <translation>Indiquez le serveur sous la forme smtp://USER@HOST:PORT?security=starttls, pas {url}.</translation>
    </message>
    <message>
        <source>Do not put the password in the server address; give it in MORNINGS_SMTP_PASSWORD or when asked.</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse du serveur ; donnez-le dans MORNINGS_SMTP_PASSWORD ou quand il est demandé.</translation>
    </message>
    <message>
        <source>security must be starttls, tls or none, not {value}.</source>
        <translation>security vaut starttls, tls ou none, pas {value}.</translation>
    </message>
    <message>
        <source>The port of {url} is not a number.</source>
        <translation>Le port de {url} n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Mail is not set up on this desk; run 'mornings mail setup' or open the mail settings.</source>
        <translation>La messagerie n’est pas configurée sur ce poste ; lancez « mornings mail setup » ou ouvrez les réglages de messagerie.</translation>
    </message>
    <message>
        <source>Give the mail server's name, such as mail.example.ma.</source>
        <translation>Indiquez le nom du serveur de messagerie, par exemple mail.example.ma.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The certificate file {file} does not exist.</source>
        <translation>Le fichier de certificat {file} n’existe pas.</translation>
    </message>
    <message>
        <source>The rate cannot be negative.</source>
        <translation>Le débit ne peut pas être négatif.</translation>
    </message>
</context>
</TS>