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
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>The hub {hub} refused the desk login: wrong login or password.</source>
        <translation>Le hub {hub} a refusé le poste : identifiant ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>The hub {hub} no longer lets this desk log in: the organiser revoked it. Ask the organiser what to do.</source>
        <translation>Le hub {hub} ne laisse plus ce poste se connecter : l'organisateur l'a révoqué. Demandez à l'organisateur quoi faire.</translation>
    </message>
    <message>
        <source>The hub {hub} refused another connection of this desk login (too many connections open); close the other Mornings windows of this desk and try again.</source>
        <translation>Le hub {hub} a refusé une connexion de plus de ce poste (trop de connexions ouvertes) ; fermez les autres fenêtres Mornings de ce poste et réessayez.</translation>
    </message>
    <message>
        <source>This login may not use the hub {hub}; check the hub address or ask the organiser for a desk login.</source>
        <translation>Cet identifiant ne peut pas utiliser le hub {hub} ; vérifiez l'adresse du hub ou demandez un identifiant de poste à l'organisateur.</translation>
    </message>
    <message>
        <source>Secure connection to the hub {hub} failed: {detail}</source>
        <translation>La connexion sécurisée au hub {hub} a échoué : {detail}</translation>
    </message>
    <message>
        <source>The hub {hub} did not answer in time.</source>
        <translation>Le hub {hub} n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The hub {hub} is not reachable: it is stopped, or this computer is not on its network.</source>
        <translation>Le hub {hub} n'est pas joignable : il est arrêté, ou cet ordinateur n'est pas sur son réseau.</translation>
    </message>
    <message>
        <source>The connection to the hub {hub} was lost during the sync; what was sent and received is kept.</source>
        <translation>La connexion au hub {hub} a été perdue pendant la synchronisation ; ce qui a été envoyé et reçu est conservé.</translation>
    </message>
    <message>
        <source>Cannot reach the hub {hub}: {detail}</source>
        <translation>Impossible de joindre le hub {hub} : {detail}</translation>
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