<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Hub and bundles</source>
        <translation>Hub et paquets</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Hub settings</source>
        <translation>Réglages du hub</translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation>&amp;Enregistrer et connecter</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub :</translation>
    </message>
    <message>
        <source>Desk &amp;login:</source>
        <translation>&amp;Identifiant du poste :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Join with a file…</source>
        <translation>Re&amp;joindre avec un fichier…</translation>
    </message>
    <message>
        <source>The join file the organiser made for this desk (&apos;mornings hub add-desk&apos;, or &apos;mornings desk add&apos; without a hub).</source>
        <translation>Le fichier d&apos;adhésion que l&apos;organisateur a créé pour ce poste (« mornings hub add-desk », ou « mornings desk add » sans hub).</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, not in a file.</source>
        <translation>Le mot de passe est gardé dans le trousseau de cet ordinateur, pas dans un fichier.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Bundle files (no network)</source>
        <translation>Paquets de fichiers (sans réseau)</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Vérification (%1)</translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation>Lecture de l&apos;état de la synchronisation…</translation>
    </message>
    <message>
        <source>Joining the organisation</source>
        <translation>Adhésion à l&apos;organisation</translation>
    </message>
    <message>
        <source>The first sync was stopped. This desk has joined the hub: the next sync brings the rest.</source>
        <translation>La première synchronisation a été arrêtée. Ce poste a rejoint le hub : la prochaine synchronisation apportera le reste.</translation>
    </message>
    <message>
        <source>Give the hub address and the desk login.</source>
        <translation>Indiquez l&apos;adresse du hub et l&apos;identifiant du poste.</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>Connexion au hub</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>Export d&apos;un paquet</translation>
    </message>
    <message>
        <source>%1 operations written to %2</source>
        <translation>%1 opérations écrites dans %2</translation>
    </message>
    <message>
        <source>Importing a bundle</source>
        <translation>Import d&apos;un paquet</translation>
    </message>
    <message>
        <source>%1 operations read: %2 new, %3 already here</source>
        <translation>%1 opérations lues : %2 nouvelles, %3 déjà présentes</translation>
    </message>
</context>
</TS>
