<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CheckinResult</name>
    <message>
        <source>Admitted</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Admitted — attention</source>
        <translation>Admis — attention</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <source>Not for this Morning</source>
        <translation>Pas pour cette Matinale</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Billet inconnu</translation>
    </message>
    <message>
        <source>Code not recognised</source>
        <translation>Code non reconnu</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Arrivée annulée</translation>
    </message>
    <message>
        <source>Ready: scan a ticket or type a name</source>
        <translation>Prêt : scannez un billet ou tapez un nom</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No result — Ctrl+N to register them on the spot</source>
        <translation>Aucun résultat — Ctrl+N pour l'inscrire sur place</translation>
    </message>
    <message>
        <source>Please show your ticket's QR code, or ask the staff at the desk.</source>
        <translation>Présentez le QR code de votre billet, ou adressez-vous à l'équipe d'accueil.</translation>
    </message>
    <message>
        <source>Welcome! Category: {category}.</source>
        <translation>Bienvenue ! Catégorie : {category}.</translation>
    </message>
    <message>
        <source>Arrived at {time} at desk {desk} — do not admit again.</source>
        <translation>Arrivé(e) à {time} au poste {desk} — ne pas admettre une seconde fois.</translation>
    </message>
    <message>
        <source>This ticket is for {title} on {date}.</source>
        <translation>Ce billet est pour {title} du {date}.</translation>
    </message>
    <message>
        <source>This registration was cancelled. Send the person to an organiser.</source>
        <translation>Cette inscription a été annulée. Orientez la personne vers un organisateur.</translation>
    </message>
    <message>
        <source>A valid ticket of ours, not yet on this desk: sync, or find the person by name.</source>
        <translation>Billet authentique, pas encore connu de ce poste : synchronisez, ou cherchez la personne par son nom.</translation>
    </message>
    <message>
        <source>No ticket matches. Find the person by name, or register a walk-in.</source>
        <translation>Aucun billet ne correspond. Cherchez la personne par son nom, ou inscrivez-la sur place.</translation>
    </message>
    <message>
        <source>This ticket was replaced by a newer one: ask for the new ticket, or search by name.</source>
        <translation>Ce billet a été remplacé par un nouveau : demandez le nouveau billet, ou cherchez par le nom.</translation>
    </message>
    <message>
        <source>Nothing was read: scan again.</source>
        <translation>Rien n’a été lu : scannez à nouveau.</translation>
    </message>
    <message>
        <source>Code not recognised — scan again or search by name.</source>
        <translation>Code non reconnu — scannez à nouveau ou cherchez par nom.</translation>
    </message>
    <message>
        <source>The check-in was NOT saved: {problem} The queue can go on; scan again once fixed.</source>
        <translation>L’arrivée n’a PAS été enregistrée : {problem} La file peut continuer ; scannez à nouveau une fois réparé.</translation>
    </message>
    <message>
        <source>First Morning — welcome!</source>
        <translation>Première Matinale — bienvenue !</translation>
    </message>
    <message>
        <source>{ordinal} Morning</source>
        <translation>{ordinal} Matinale</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Welcome: please show your ticket's QR code</source>
        <translation>Bienvenue : présentez le QR code de votre billet</translation>
    </message>
    <message>
        <source>Already checked in at {time}; if you need help, ask the staff at the desk.</source>
        <translation>Déjà enregistré·e à {time} ; en cas de besoin, adressez-vous à l'équipe d'accueil.</translation>
    </message>
    <message>
        <source>This registration was cancelled: please ask the staff at the desk.</source>
        <translation>Cette inscription a été annulée : adressez-vous à l'équipe d'accueil.</translation>
    </message>
    <message>
        <source>Your ticket is valid but not on this kiosk yet: please ask the staff at the desk.</source>
        <translation>Votre billet est valable mais pas encore sur cette borne : adressez-vous à l'équipe d'accueil.</translation>
    </message>
    <message>
        <source>We cannot find this ticket: please ask the staff at the desk.</source>
        <translation>Ce billet est introuvable : adressez-vous à l'équipe d'accueil.</translation>
    </message>
    <message>
        <source>This ticket was replaced by a newer one: show the new ticket, or ask the staff at the desk.</source>
        <translation>Ce billet a été remplacé par un plus récent : présentez le nouveau billet, ou adressez-vous à l'équipe d'accueil.</translation>
    </message>
    <message>
        <source>Code not recognised: show the QR code again, or ask the staff at the desk.</source>
        <translation>Code non reconnu : présentez à nouveau le QR code, ou adressez-vous à l'équipe d'accueil.</translation>
    </message>
    <message>
        <source>Your check-in was NOT saved: please ask the staff at the desk.</source>
        <translation>Votre arrivée n’a PAS été enregistrée : adressez-vous à l'équipe d'accueil.</translation>
    </message>
</context>
</TS>