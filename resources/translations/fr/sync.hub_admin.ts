<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The hub login may not change the rights on database {name}; run 'mornings hub init' with a superuser login, or give the hub its own cluster.</source>
        <translation>L'identifiant du hub ne peut pas modifier les droits de la base {name} ; lancez 'mornings hub init' avec un identifiant superutilisateur, ou donnez au hub son propre serveur.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation; it was left untouched.</source>
        <translation>Ce hub appartient à une autre organisation ; il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>This database is not a Mornings hub (run 'mornings hub init' first).</source>
        <translation>Cette base n'est pas un hub Mornings (lancez d'abord 'mornings hub init').</translation>
    </message>
    <message>
        <source>This hub was made by an older version; run 'mornings hub init' on it first.</source>
        <translation>Ce hub a été préparé par une version plus ancienne ; lancez d'abord 'mornings hub init' dessus.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation than this database; run the command on the organiser's desk of this hub.</source>
        <translation>Ce hub appartient à une autre organisation que cette base ; lancez la commande sur le poste organisateur de ce hub.</translation>
    </message>
    <message>
        <source>A desk named “{name}” is already on this hub: give another name, or reset it ('mornings hub reset-desk').</source>
        <translation>Un poste nommé « {name} » existe déjà sur ce hub : donnez un autre nom, ou réinitialisez-le (« mornings hub reset-desk »).</translation>
    </message>
</context>
</TS>