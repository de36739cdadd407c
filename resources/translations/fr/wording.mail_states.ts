<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>outbox</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>without e-mail</source>
        <translation>sans e-mail</translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation>déjà dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>remis en attente</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>to</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>détail</translation>
    </message>
    <message>
        <source>unknown — send again?</source>
        <translation>inconnu — renvoyer ?</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what} : {count}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Not written in {language} yet: readers in {language} get the {source} words below; edit and save them to write it.</source>
        <translation>Pas encore écrit en {language} : les lecteurs en {language} reçoivent le texte en {source} ci-dessous ; modifiez-le et enregistrez pour l'écrire.</translation>
    </message>
</context>
</TS>