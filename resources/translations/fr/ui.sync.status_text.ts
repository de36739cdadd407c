<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SyncStatus</name>
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
        <source>Clock: on time (off by %1)</source>
        <translation>Horloge : à l&apos;heure (écart de %1)</translation>
    </message>
    <message>
        <source>Clock: not yet compared with the hub&apos;s</source>
        <translation>Horloge : pas encore comparée à celle du hub</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the hub&apos;s: set the right date and time (admissions are stamped with it).</source>
        <translation>L&apos;horloge de cet ordinateur avance de %1 sur celle du hub : réglez la date et l&apos;heure (les entrées sont horodatées avec elle).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the hub&apos;s: set the right date and time (admissions are stamped with it).</source>
        <translation>L&apos;horloge de cet ordinateur retarde de %1 sur celle du hub : réglez la date et l&apos;heure (les entrées sont horodatées avec elle).</translation>
    </message>
</context>
</TS>
