<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DesksPanel</name>
    <message>
        <source>The organisation&apos;s desks</source>
        <translation>Les postes de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Show the desks</source>
        <translation>&amp;Afficher les postes</translation>
    </message>
    <message>
        <source>A&amp;dd a desk…</source>
        <translation>A&amp;jouter un poste…</translation>
    </message>
    <message>
        <source>R&amp;eset a desk…</source>
        <translation>Réiniti&amp;aliser un poste…</translation>
    </message>
    <message>
        <source>A new join file for a lost or reinstalled laptop; the old password stops.</source>
        <translation>Un nouveau fichier d&apos;adhésion pour un ordinateur perdu ou réinstallé ; l&apos;ancien mot de passe ne marche plus.</translation>
    </message>
    <message>
        <source>Re&amp;voke a desk…</source>
        <translation>Ré&amp;voquer un poste…</translation>
    </message>
    <message>
        <source>A lost or stolen laptop: refuse what it makes.</source>
        <translation>Un ordinateur perdu ou volé : refuser ce qu&apos;il produit.</translation>
    </message>
    <message>
        <source>Desks: what happened</source>
        <translation>Postes : ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>The desks of the organisation, as the hub knows them. Showing or changing them asks for the hub&apos;s administrator password once.</source>
        <translation>Les postes de l&apos;organisation, tels que le hub les connaît. Les afficher ou les modifier demande une fois le mot de passe de l&apos;administrateur du hub.</translation>
    </message>
    <message>
        <source>No hub: the desks this desk knows from their join files and bundles (last contact: their latest operation received here).</source>
        <translation>Sans hub : les postes que ce poste connaît par leurs fichiers d&apos;adhésion et les paquets (dernier contact : leur dernière opération reçue ici).</translation>
    </message>
    <message>
        <source>Desks listed: %1</source>
        <translation>Postes listés : %1</translation>
    </message>
    <message>
        <source>Reading the desks…</source>
        <translation>Lecture des postes…</translation>
    </message>
    <message>
        <source>Reading the desks from the hub…</source>
        <translation>Lecture des postes sur le hub…</translation>
    </message>
    <message>
        <source>Join file of the desk %1 written: %2. Give it to that desk on a USB stick (Sync, &apos;Join with a file…&apos;), then delete it.</source>
        <translation>Fichier d&apos;adhésion du poste %1 écrit : %2. Donnez-le à ce poste sur une clé USB (Synchronisation, « Rejoindre avec un fichier… »), puis supprimez-le.</translation>
    </message>
    <message>
        <source>Adding the desk…</source>
        <translation>Ajout du poste…</translation>
    </message>
    <message>
        <source>New join file of the desk %1 written: %2. Its old password no longer works; join the laptop again with this file.</source>
        <translation>Nouveau fichier d&apos;adhésion du poste %1 écrit : %2. Son ancien mot de passe ne marche plus ; faites rejoindre l&apos;ordinateur avec ce fichier.</translation>
    </message>
    <message>
        <source>Resetting the desk…</source>
        <translation>Réinitialisation du poste…</translation>
    </message>
    <message>
        <source>Revoking the desk…</source>
        <translation>Révocation du poste…</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer log in, and %2 of its operations received after %3 are set aside.</source>
        <translation>%1 est révoqué : il ne peut plus se connecter, et ses opérations reçues après %3 sont mises de côté (%2).</translation>
    </message>
    <message>
        <source>Every desk refuses its later operations from its next sync.</source>
        <translation>Chaque poste refuse ses opérations ultérieures dès sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This computer does not hold the organisation key, so only the hub refuses them: revoke it again from the organiser&apos;s computer that holds it.</source>
        <translation>Cet ordinateur ne détient pas la clé de l&apos;organisation, seul le hub les refuse donc : révoquez-le à nouveau depuis l&apos;ordinateur de l&apos;organisateur qui la détient.</translation>
    </message>
    <message>
        <source>%1 is revoked here. The revocation travels in the next bundle you export: every desk that imports it refuses what %1 made after %2.</source>
        <translation>%1 est révoqué ici. La révocation part dans le prochain paquet que vous exportez : chaque poste qui l&apos;importe refuse ce que %1 a produit après %2.</translation>
    </message>
</context>
</TS>
