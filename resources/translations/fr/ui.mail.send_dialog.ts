<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>SendTicketsDialog</name>
    <message>
        <source>Send tickets</source>
        <translation>Envoyer les billets</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyés</translation>
    </message>
    <message>
        <source>Changed since sent</source>
        <translation>Modifiés depuis l’envoi</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Send &amp;unknown again</source>
        <translation>Renvoyer les &amp;inconnus</translation>
    </message>
    <message>
        <source>Mail se&amp;ttings…</source>
        <translation>Réglages de l'e-ma&amp;il…</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à :</translation>
    </message>
    <message>
        <source>Preview of one message:</source>
        <translation>Aperçu d’un message :</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Boîte d’envoi :</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%n people will get their ticket.</source>
        <translation>
            <numerusform>%n personne recevra son billet.</numerusform>
            <numerusform>%n personnes recevront leur billet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is not set up: open the mail settings first.</source>
        <translation>L'envoi d'e-mails n'est pas réglé : ouvrez d'abord les réglages de l'e-mail.</translation>
    </message>
    <message>
        <source>Sent: {sent}; failed: {failed}; unknown: {unknown}.</source>
        <translation>Envoyés : {sent} ; échecs : {failed} ; inconnus : {unknown}.</translation>
    </message>
    <message>
        <source>Sending tickets</source>
        <translation>Envoi des billets</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Nouvel envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n people have no e-mail address.</source>
        <translation>
            <numerusform>%n personne n’a pas d’adresse e-mail.</numerusform>
            <numerusform>%n personnes n’ont pas d’adresse e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>Mail password</source>
        <translation>Mot de passe de messagerie</translation>
    </message>
    <message>
        <source>Password of {user}:</source>
        <translation>Mot de passe de {user} :</translation>
    </message>
    <message>
        <source>Send tickets</source>
        <translation>Envoyer les billets</translation>
    </message>
    <message>
        <source>&amp;Send tickets by e-mail…</source>
        <translation>&amp;Envoyer les billets par e-mail…</translation>
    </message>
    <message>
        <source>Send the selected ticket on &amp;WhatsApp</source>
        <translation>Envoyer le billet sélectionné par &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Mail &amp;templates…</source>
        <translation>&amp;Modèles d'e-mail…</translation>
    </message>
    <message>
        <source>Mail se&amp;ttings…</source>
        <translation>Réglages de l'e-ma&amp;il…</translation>
    </message>
</context>
</TS>