<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
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
        <source>This login is not a desk of this hub ({hub}); ask the organiser for a desk login.</source>
        <translation>Cet identifiant n'est pas un poste de ce hub ({hub}) ; demandez un identifiant de poste à l'organisateur.</translation>
    </message>
    <message>
        <source>The hub {hub} has no database of that name; ask the organiser for the right hub address.</source>
        <translation>Le hub {hub} n'a pas de base de ce nom ; demandez à l'organisateur la bonne adresse du hub.</translation>
    </message>
    <message>
        <source>The hub {hub} does not accept this computer's connection (its access rules may require a secure connection); ask the organiser to check the hub's address and its access rules.</source>
        <translation>Le hub {hub} n'accepte pas la connexion de cet ordinateur (ses règles d'accès exigent peut-être une connexion sécurisée) ; demandez à l'organisateur de vérifier l'adresse du hub et ses règles d'accès.</translation>
    </message>
    <message>
        <source>The hub {hub} does not offer a secure connection, but this desk's hub address requires one; ask the organiser to check the hub's address.</source>
        <translation>Le hub {hub} n'offre pas de connexion sécurisée, mais l'adresse du hub de ce poste en exige une ; demandez à l'organisateur de vérifier l'adresse du hub.</translation>
    </message>
    <message>
        <source>This desk could not check the certificate of the hub {hub} (a missing or wrong certificate file, or another server answered); nothing was sent: ask the organiser.</source>
        <translation>Ce poste n'a pas pu vérifier le certificat du hub {hub} (fichier de certificat absent ou erroné, ou un autre serveur a répondu) ; rien n'a été envoyé : demandez à l'organisateur.</translation>
    </message>
    <message>
        <source>The secure connection to the hub {hub} broke off; try again in a moment, and if it happens again, ask the organiser to check the hub.</source>
        <translation>La connexion sécurisée au hub {hub} a été interrompue ; réessayez dans un moment, et si cela se reproduit, demandez à l'organisateur de vérifier le hub.</translation>
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
        <source>The hub {hub} stopped this desk's request before it was done (it restarted, or its administrator stopped it); try again in a moment.</source>
        <translation>Le hub {hub} a arrêté la demande de ce poste avant la fin (il a redémarré, ou son administrateur l'a arrêtée) ; réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The hub {hub} is too busy to serve this desk just now; try again in a moment.</source>
        <translation>Le hub {hub} est trop occupé pour servir ce poste en ce moment ; réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The hub {hub} cannot store anything just now (its disk is full, or it was made read-only); what this desk holds is kept for a later sync: tell the organiser.</source>
        <translation>Le hub {hub} ne peut rien enregistrer en ce moment (son disque est plein, ou il a été mis en lecture seule) ; ce que ce poste détient est conservé pour une prochaine synchronisation : prévenez l'organisateur.</translation>
    </message>
    <message>
        <source>The hub {hub} is not set up completely for this version of Mornings Desktop; ask the organiser to run 'mornings hub init' on it again.</source>
        <translation>Le hub {hub} n'est pas entièrement préparé pour cette version de Mornings Desktop ; demandez à l'organisateur de relancer « mornings hub init » dessus.</translation>
    </message>
    <message>
        <source>The hub {hub} refused this desk a right it needs; ask the organiser to run 'mornings hub init' on it again (it gives the desks their rights back).</source>
        <translation>Le hub {hub} a refusé à ce poste un droit dont il a besoin ; demandez à l'organisateur de relancer « mornings hub init » dessus (cela rend aux postes leurs droits).</translation>
    </message>
    <message>
        <source>The hub {hub} refused what this desk sent: it expects another version of Mornings Desktop; update Mornings Desktop on this desk.</source>
        <translation>Le hub {hub} a refusé ce que ce poste a envoyé : il attend une autre version de Mornings Desktop ; mettez à jour Mornings Desktop sur ce poste.</translation>
    </message>
    <message>
        <source>This desk has used its quota of operations for this hour on the hub {hub}; it can send again next hour.</source>
        <translation>Ce poste a épuisé son quota d'opérations pour cette heure sur le hub {hub} ; il pourra envoyer à nouveau l'heure prochaine.</translation>
    </message>
    <message>
        <source>The hub {hub} could not do what this desk asked; try again in a moment, and if it happens again, tell the organiser (the details are in this desk's log).</source>
        <translation>Le hub {hub} n'a pas pu faire ce que ce poste demandait ; réessayez dans un moment, et si cela se reproduit, prévenez l'organisateur (le détail est dans le journal de ce poste).</translation>
    </message>
</context>
</TS>
