<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Search: name, organisation, e-mail, phone…</source>
        <translation>Chercher : nom, organisation, e-mail, téléphone…</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Chercher dans les inscriptions</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Pas encore arrivés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>&amp;Annuler l’inscription</translation>
    </message>
    <message>
        <source>Re-issue &amp;code</source>
        <translation>Ré&amp;émettre le code</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Tickets…</source>
        <translation>&amp;Billets…</translation>
    </message>
    <message>
        <source>For &amp;everyone…</source>
        <translation>Pour &amp;tout le monde…</translation>
    </message>
    <message>
        <source>For the &amp;selection…</source>
        <translation>Pour la &amp;sélection…</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>Confidentia&amp;lité</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>&amp;Registrations</source>
        <translation>&amp;Inscriptions</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>A&amp;nnuaire</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>People — {title}</source>
        <translation>Personnes — {title}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re-issue the ticket code</source>
        <translation>Réémettre le code du billet</translation>
    </message>
    <message>
        <source>Give {name} a new ticket code? The old code {code} will be refused at the desk.</source>
        <translation>Donner un nouveau code de billet à {name} ? L’ancien code {code} sera refusé à l’accueil.</translation>
    </message>
    <message>
        <source>Writing tickets</source>
        <translation>Écriture des billets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) written to {file}.</source>
        <translation>
            <numerusform>%n billet écrit dans {file}.</numerusform>
            <numerusform>%n billets écrits dans {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Save tickets</source>
        <translation>Enregistrer les billets</translation>
    </message>
    <message>
        <source>PDF tickets (*.pdf);;Mail-merge workbook (*.xlsx)</source>
        <translation>Billets PDF (*.pdf);;Classeur de publipostage (*.xlsx)</translation>
    </message>
</context>
</TS>
