<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The mail server {host} cannot be found (DNS); check its name and this computer's network.</source>
        <translation>Le serveur de messagerie {host} est introuvable (DNS) ; vérifiez son nom et le réseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} does not verify ({detail}); check the server name or give its authority with --cafile.</source>
        <translation>Le certificat du serveur de messagerie {host} n’est pas vérifié ({detail}) ; vérifiez le nom du serveur ou donnez son autorité avec --cafile.</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a login on this connection; check the security setting (a login usually needs starttls or tls).</source>
        <translation>Le serveur de messagerie {host} n’accepte pas d’identification sur cette connexion ; vérifiez le réglage de sécurité (une identification demande en général starttls ou tls).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection with the mail server {host}:{port} failed ({detail}); check the security setting (starttls, tls or none) and the port.</source>
        <translation>La connexion sécurisée (TLS) avec le serveur de messagerie {host}:{port} a échoué ({detail}) ; vérifiez le réglage de sécurité (starttls, tls ou none) et le port.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login {user}: check the user name and the password.</source>
        <translation>Le serveur de messagerie {host} a refusé l’identifiant {user} : vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The mail server {host} answered {answer}.</source>
        <translation>Le serveur de messagerie {host} a répondu {answer}.</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server {host}:{port} ({detail}); check the port and that the server is running.</source>
        <translation>Impossible de se connecter au serveur de messagerie {host}:{port} ({detail}) ; vérifiez le port et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The mail server refused the message: {answer}.</source>
        <translation>Le serveur de messagerie a refusé le message : {answer}.</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost while sending ({detail}).</source>
        <translation>La connexion au serveur de messagerie a été perdue pendant l’envoi ({detail}).</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address} ({answer}); use an address this login may send from.</source>
        <translation>Le serveur de messagerie a refusé l’adresse d’expéditeur {address} ({answer}) ; utilisez une adresse autorisée pour cet identifiant.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient {address} ({answer}).</source>
        <translation>Le serveur de messagerie a refusé le destinataire {address} ({answer}).</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent; the server may have it: send it again only if the person did not get it.</source>
        <translation>Le programme s'est arrêté pendant l'envoi de ce message ; le serveur l'a peut-être reçu : renvoyez-le seulement si la personne ne l'a pas eu.</translation>
    </message>
</context>
</TS>