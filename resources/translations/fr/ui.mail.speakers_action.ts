<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>speakers_action</name>
    <message>
        <source>Te&amp;ll speakers…</source>
        <translation>Préve&amp;nir les intervenants…</translation>
    </message>
    <message>
        <source>E-mail each speaker the sessions that changed for them since their last version</source>
        <translation>Envoyer à chaque intervenant les sessions qui ont changé pour lui depuis sa dernière version</translation>
    </message>
    <message>
        <source>Mail is not set up: open People ▸ Tickets ▸ Mail settings… first.</source>
        <translation>L'envoi d'e-mails n'est pas réglé : ouvrez d'abord Personnes ▸ Billets ▸ Réglages de l'e-mail….</translation>
    </message>
    <message>
        <source>No speaker has a change since the version they were sent.</source>
        <translation>Aucun intervenant n'a de changement depuis la version qu'il a reçue.</translation>
    </message>
    <message numerus="yes">
        <source>Send version {version} of the programme to %n speaker(s) ({names})?</source>
        <translation>
            <numerusform>Envoyer la version {version} du programme à %n intervenant ({names}) ?</numerusform>
            <numerusform>Envoyer la version {version} du programme à %n intervenants ({names}) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell speakers</source>
        <translation>Prévenir les intervenants</translation>
    </message>
    <message>
        <source>Speakers told: sent {sent}; failed {failed}; unknown {unknown}.</source>
        <translation>Intervenants prévenus : envoyés {sent} ; échecs {failed} ; inconnus {unknown}.</translation>
    </message>
    <message>
        <source>Telling the speakers</source>
        <translation>Envoi aux intervenants</translation>
    </message>
</context>
</TS>