<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The hub login may not change the rights on database {name}; run &apos;mornings hub init&apos; with a superuser login, or give the hub its own cluster.</source>
        <translation>L&apos;identifiant du hub ne peut pas modifier les droits de la base {name} ; lancez &apos;mornings hub init&apos; avec un identifiant superutilisateur, ou donnez au hub son propre serveur.</translation>
    </message>
    <message>
        <source>This hub belongs to another organisation; it was left untouched.</source>
        <translation>Ce hub appartient à une autre organisation ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This database is not a Mornings hub (run &apos;mornings hub init&apos; first).</source>
        <translation>Cette base n&apos;est pas un hub Mornings (lancez d&apos;abord &apos;mornings hub init&apos;).</translation>
    </message>
    <message>
        <source>This hub was made by an older version; run &apos;mornings hub init&apos; on it first.</source>
        <translation>Ce hub a été préparé par une version plus ancienne ; lancez d&apos;abord &apos;mornings hub init&apos; dessus.</translation>
    </message>
    <message>
        <source>A desk login {login} already exists on this hub.</source>
        <translation>Un identifiant de poste {login} existe déjà sur ce hub.</translation>
    </message>
</context>
</TS>
