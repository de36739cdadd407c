<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddDeskDialog</name>
    <message>
        <source>Add a desk</source>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <source>The join file is written where you choose; give it to the new desk on a USB stick (it works once and holds secrets), then delete it.</source>
        <translation>Le fichier d&apos;adhésion est écrit là où vous le choisissez ; donnez-le au nouveau poste sur une clé USB (il ne sert qu&apos;une fois et contient des secrets), puis supprimez-le.</translation>
    </message>
    <message>
        <source>Without a hub, the join file holds the desk&apos;s key: one file for one laptop. Give it on a USB stick, then delete it; the desks then exchange bundles.</source>
        <translation>Sans hub, le fichier d&apos;adhésion contient la clé du poste : un fichier pour un ordinateur. Donnez-le sur une clé USB, puis supprimez-le ; les postes échangent ensuite des paquets.</translation>
    </message>
    <message>
        <source>Accueil 2</source>
        <translation>Accueil 2</translation>
    </message>
    <message>
        <source>door desk (check-in)</source>
        <translation>poste d&apos;accueil (entrées)</translation>
    </message>
    <message>
        <source>organiser desk (everything)</source>
        <translation>poste organisateur (tout)</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>&amp;Nom du poste :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Choose the join file…</source>
        <translation>&amp;Choisir le fichier d&apos;adhésion…</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Hub administrator</source>
        <translation>Administrateur du hub</translation>
    </message>
    <message>
        <source>Listing and managing desks needs the hub&apos;s administrator login (the one the hub was set up with). The password is kept in memory until the window closes, never on disk.</source>
        <translation>Lister et gérer les postes demande l&apos;identifiant de l&apos;administrateur du hub (celui avec lequel le hub a été installé). Le mot de passe reste en mémoire jusqu&apos;à la fermeture de la fenêtre, jamais sur le disque.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub :</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>&amp;Identifiant de l&apos;administrateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a desk</source>
        <translation>Révoquer un poste</translation>
    </message>
    <message>
        <source>%1 will no longer log in to the hub. What the hub received from it after the time below is set aside and every desk refuses it; what came before is kept. An operation set aside that you know is genuine can be taken back one at a time (&apos;mornings sync accept&apos;).</source>
        <translation>%1 ne pourra plus se connecter au hub. Ce que le hub en a reçu après l&apos;heure ci-dessous est mis de côté et chaque poste le refuse ; ce qui précède est gardé. Une opération mise de côté que vous savez authentique peut être reprise une à une (« mornings sync accept »).</translation>
    </message>
    <message>
        <source>Without a hub, the revocation is signed here and travels in the next bundle you export: every desk that imports it refuses what %1 made after the time below; what came before is kept. Import the latest bundles first: what this desk has not received of it is not kept. An operation refused that you know is genuine can be taken back one at a time (&apos;mornings sync accept&apos;).</source>
        <translation>Sans hub, la révocation est signée ici et part dans le prochain paquet que vous exportez : chaque poste qui l&apos;importe refuse ce que %1 a produit après l&apos;heure ci-dessous ; ce qui précède est gardé. Importez d&apos;abord les derniers paquets : ce que ce poste n&apos;en a pas reçu n&apos;est pas gardé. Une opération refusée que vous savez authentique peut être reprise une à une (« mornings sync accept »).</translation>
    </message>
    <message>
        <source>From &amp;now</source>
        <translation>À partir de &amp;maintenant</translation>
    </message>
    <message>
        <source>From a &amp;time that has passed:</source>
        <translation>À partir d&apos;une &amp;heure passée :</translation>
    </message>
    <message>
        <source>The desk&apos;s name, to confirm</source>
        <translation>Le nom du poste, pour confirmer</translation>
    </message>
    <message>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Tapez %1 pour &amp;confirmer :</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
</context>
</TS>
