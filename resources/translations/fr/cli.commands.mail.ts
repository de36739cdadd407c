<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>errors</name>
        <message>
            <source>No password is known for the mail login {user}; set MORNINGS_SMTP_PASSWORD or run 'mornings mail setup' again.</source>
            <translation>Aucun mot de passe n’est connu pour l’identifiant de messagerie {user} ; définissez MORNINGS_SMTP_PASSWORD ou relancez « mornings mail setup ».</translation>
        </message>
    </context>
</TS>
