<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The login {login} may not manage the hub's desks: give the hub's administrator login (the one 'mornings hub init' was run with); nothing was changed.</source>
        <translation>L'identifiant {login} ne peut pas gérer les postes du hub : donnez l'identifiant de l'administrateur du hub (celui avec lequel « mornings hub init » a été lancé) ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>The hub address is not a valid URL: {detail}</source>
        <translation>L'adresse du hub n'est pas une URL valide : {detail}</translation>
    </message>
    <message>
        <source>This database is not a Mornings hub (run 'mornings hub init' first).</source>
        <translation>Cette base n'est pas un hub Mornings (lancez d'abord « mornings hub init »).</translation>
    </message>
    <message>
        <source>This login is not a desk of the hub.</source>
        <translation>Cet identifiant n'est pas un poste du hub.</translation>
    </message>
    <message>
        <source>The hub has no organisation yet; run 'mornings hub init'.</source>
        <translation>Le hub n'a pas encore d'organisation ; lancez « mornings hub init ».</translation>
    </message>
    <message>
        <source>The hub was set up by a newer version of Mornings Desktop (hub schema {version}, this version knows {known}); install the newer version.</source>
        <translation>Le hub a été préparé par une version plus récente de Mornings Desktop (schéma {version}, cette version connaît {known}) ; installez la version récente.</translation>
    </message>
</context>
</TS>