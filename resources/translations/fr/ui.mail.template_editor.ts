<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Mail templates</source>
        <translation>Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Built-in words</source>
        <translation>Texte d&apos;&amp;origine</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Aperçu &amp;pour :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Placeholders (Enter inserts):</source>
        <translation>&amp;Champs à insérer (Entrée insère) :</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs à insérer</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>entry code</source>
        <translation>code d&apos;entrée</translation>
    </message>
    <message>
        <source>the Morning&apos;s title</source>
        <translation>le titre de la Matinale</translation>
    </message>
    <message>
        <source>the date, written out</source>
        <translation>la date, en toutes lettres</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>l&apos;heure de début</translation>
    </message>
    <message>
        <source>the venue</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>the sender&apos;s name</source>
        <translation>le nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Leave the changes to this template unsaved?</source>
        <translation>Abandonner les modifications non enregistrées de ce modèle ?</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Name of the new template (lower-case letters, digits, - or _):</source>
        <translation>Nom du nouveau modèle (lettres minuscules, chiffres, - ou _) :</translation>
    </message>
    <message>
        <source>New template “{name}”, starting from the words of “{origin}”: edit them and save.</source>
        <translation>Nouveau modèle « {name} », à partir du texte de « {origin} » : modifiez-le puis enregistrez.</translation>
    </message>
    <message>
        <source>The preview needs a Morning with a ticket for someone with an e-mail address.</source>
        <translation>L&apos;aperçu a besoin d&apos;une Matinale avec un billet pour une personne qui a une adresse e-mail.</translation>
    </message>
    <message>
        <source>The organiser</source>
        <translation>L&apos;organisateur</translation>
    </message>
    <message>
        <source>Saved: the template “{name}” in {language}.</source>
        <translation>Enregistré : le modèle « {name} » en {language}.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Go back to the built-in words of this template?</source>
        <translation>Revenir au texte d&apos;origine de ce modèle ?</translation>
    </message>
    <message>
        <source>Back to the built-in words.</source>
        <translation>Texte d&apos;origine rétabli.</translation>
    </message>
</context>
</TS>
