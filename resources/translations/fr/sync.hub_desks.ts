<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This hub was made by an older version; run 'mornings hub init' on it first.</source>
        <translation>Ce hub a été créé par une version plus ancienne ; lancez d'abord « mornings hub init » dessus.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation than this database; run the command on the organiser's desk of this hub.</source>
        <translation>Ce hub appartient à une autre organisation que cette base ; lancez la commande sur le poste organisateur de ce hub.</translation>
    </message>
    <message>
        <source>No desk {name} on this hub ('mornings hub desks' lists them).</source>
        <translation>Aucun poste {name} sur ce hub (« mornings hub desks » les liste).</translation>
    </message>
    <message>
        <source>A desk is a door desk or an organiser desk, not {role}.</source>
        <translation>Un poste est un poste d'accueil ou un poste organisateur, pas {role}.</translation>
    </message>
    <message>
        <source>The desk {name} was revoked; it cannot be reset. Add a new desk instead.</source>
        <translation>Le poste {name} a été révoqué ; il ne peut pas être réinitialisé. Ajoutez plutôt un nouveau poste.</translation>
    </message>
    <message>
        <source>The revocation time {until} is in the future; give a time that has passed (or none, for now).</source>
        <translation>L'heure de révocation {until} est dans le futur ; donnez une heure passée (ou aucune, pour maintenant).</translation>
    </message>
    <message>
        <source>No operation set aside on this hub has the digest {digest} ('mornings sync accept --url ADMIN_URL' lists them); nothing was accepted.</source>
        <translation>Aucune opération mise de côté sur ce hub n'a l'empreinte {digest} (« mornings sync accept --url ADMIN_URL » les liste) ; rien n'a été accepté.</translation>
    </message>
</context>
</TS>