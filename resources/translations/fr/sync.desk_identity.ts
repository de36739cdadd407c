<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This computer does not hold the organisation key, so it cannot certify a desk; issue the join file on the organiser's computer that holds it.</source>
        <translation>Cet ordinateur ne détient pas la clé de l'organisation : il ne peut pas certifier un poste ; créez le fichier d'adhésion sur l'ordinateur de l'organisateur qui la détient.</translation>
    </message>
    <message>
        <source>The desk identity in this join file does not hold together; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>L'identité de poste de ce fichier d'adhésion n'est pas cohérente ; demandez un nouveau fichier à l'organisateur. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The organisation settings in this join file are not the ones the organisation signed; ask the organiser for a new join file. Nothing was changed.</source>
        <translation>Les réglages de l'organisation dans ce fichier d'adhésion ne sont pas ceux que l'organisation a signés ; demandez un nouveau fichier d'adhésion à l'organisateur. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This join file carries no desk identity (it was made on a computer without the organisation key); ask the organiser for a new join file. Nothing was changed.</source>
        <translation>Ce fichier d'adhésion ne contient aucune identité de poste (il a été créé sur un ordinateur sans la clé de l'organisation) ; demandez un nouveau fichier d'adhésion à l'organisateur. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This join file is for the desk {name}, which this computer is not: join it on the laptop that joined as {name} without a hub. Nothing was changed.</source>
        <translation>Ce fichier d'adhésion est celui du poste {name}, que cet ordinateur n'est pas : utilisez-le sur le portable qui a adhéré comme {name} sans hub. Rien n'a été modifié.</translation>
    </message>
</context>
</TS>