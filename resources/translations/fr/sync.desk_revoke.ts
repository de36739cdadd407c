<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This desk does not recognise the key that signed the revocation; give this organisation's recovery key. Nothing was changed.</source>
        <translation>Ce poste ne reconnaît pas la clé qui a signé la révocation ; donnez la clé de secours de cette organisation. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>{until} is not a date and time such as 2026-11-30T10:00; nothing was revoked.</source>
        <translation>{until} n'est pas une date et une heure comme 2026-11-30T10:00 ; rien n'a été révoqué.</translation>
    </message>
    <message>
        <source>The revocation time {until} is in the future; give a time that has passed (or none, for now).</source>
        <translation>L'heure de révocation {until} est dans le futur ; donnez une heure passée (ou aucune, pour maintenant).</translation>
    </message>
    <message>
        <source>This is a door desk: desks are managed from an organiser desk.</source>
        <translation>Ceci est un poste d'accueil : les postes se gèrent depuis un poste organisateur.</translation>
    </message>
    <message>
        <source>This computer does not hold the organisation key, so it cannot revoke a desk; run the command on the organiser's computer that holds it, or give --recovery-key FILE.</source>
        <translation>Cet ordinateur ne détient pas la clé de l'organisation : il ne peut pas révoquer un poste ; lancez la commande sur l'ordinateur de l'organisateur qui la détient, ou donnez --recovery-key FICHIER.</translation>
    </message>
    <message>
        <source>No desk named {name} is known here; check the name given to 'mornings desk add', or import the bundle that carries that desk's certificate first.</source>
        <translation>Aucun poste nommé {name} n'est connu ici ; vérifiez le nom donné à « mornings desk add », ou importez d'abord le paquet qui porte le certificat de ce poste.</translation>
    </message>
    <message>
        <source>{name} is this desk: revoke it from another organiser desk (or restore a backup to start it afresh).</source>
        <translation>{name} est ce poste-ci : révoquez-le depuis un autre poste organisateur (ou restaurez une sauvegarde pour le repartir à neuf).</translation>
    </message>
</context>
</TS>