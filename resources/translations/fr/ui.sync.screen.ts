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
        <source>Registrations admitted more than once (for instance at two desks while they were apart). Keep both scans, or annul the one that was a mistake.</source>
        <translation>Inscriptions admises plus d&apos;une fois (par exemple à deux postes déconnectés). Gardez les deux passages, ou annulez celui qui était une erreur.</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Annul this scan</source>
        <translation>&amp;Annuler ce passage</translation>
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
        <source>door desk</source>
        <translation>poste d&apos;accueil</translation>
    </message>
    <message>
        <source>organiser desk</source>
        <translation>poste organisateur</translation>
    </message>
    <message>
        <source>This desk: %1 (%2)</source>
        <translation>Ce poste : %1 (%2)</translation>
    </message>
    <message>
        <source>No hub set up: this desk works alone (bundles still work).</source>
        <translation>Aucun hub configuré : ce poste travaille seul (les paquets fonctionnent toujours).</translation>
    </message>
    <message>
        <source>Syncing with the hub… %1 operations received</source>
        <translation>Synchronisation avec le hub… %1 opérations reçues</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Synchronisation avec le hub…</translation>
    </message>
    <message>
        <source>Hub reachable.</source>
        <translation>Hub joignable.</translation>
    </message>
    <message>
        <source>Hub not reachable: %1</source>
        <translation>Hub injoignable : %1</translation>
    </message>
    <message>
        <source>Next try in %1 s.</source>
        <translation>Nouvel essai dans %1 s.</translation>
    </message>
    <message>
        <source>Two databases write as the same desk (%1): a copied database. Nothing is lost; keep one, or join the other laptop as a desk of its own.</source>
        <translation>Deux bases de données écrivent comme le même poste (%1) : une base copiée. Rien n&apos;est perdu ; gardez-en une, ou faites rejoindre l&apos;autre ordinateur comme un poste à part entière.</translation>
    </message>
    <message>
        <source>Operations waiting to be sent: %1</source>
        <translation>Opérations en attente d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Operations held, waiting to be retried: %1</source>
        <translation>Opérations en attente, réessayées à chaque synchronisation : %1</translation>
    </message>
    <message>
        <source>Operations refused: %1</source>
        <translation>Opérations refusées : %1</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>Dernier envoi : %1</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Dernière réception : %1</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the hub&apos;s: set the right date and time (admissions are stamped with it).</source>
        <translation>L&apos;horloge de cet ordinateur avance de %1 sur celle du hub : réglez la date et l&apos;heure (les entrées sont horodatées avec elle).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the hub&apos;s: set the right date and time (admissions are stamped with it).</source>
        <translation>L&apos;horloge de cet ordinateur retarde de %1 sur celle du hub : réglez la date et l&apos;heure (les entrées sont horodatées avec elle).</translation>
    </message>
    <message>
        <source>Joining the organisation</source>
        <translation>Adhésion à l&apos;organisation</translation>
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
