<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>imports</name>
    <message>
        <source>Row {line}: first name longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : prénom de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: last name longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : nom de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: name longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : nom complet de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: organisation longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : organisation de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: job title longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : fonction de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: e-mail longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : e-mail de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: phone longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : téléphone de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: category longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : catégorie de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: ticket number longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : numéro de billet de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: note longer than {max} characters; skipped.</source>
        <translation>Ligne {line} : note de plus de {max} caractères — ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: blank row.</source>
        <translation>Ligne {line} : ligne vide.</translation>
    </message>
    <message>
        <source>Row {line}: totals row.</source>
        <translation>Ligne {line} : ligne de total.</translation>
    </message>
    <message>
        <source>Row {line}: invisible control characters removed (they could reorder or hide text).</source>
        <translation>Ligne {line} : caractères de contrôle invisibles supprimés (ils pouvaient réordonner ou masquer le texte).</translation>
    </message>
    <message>
        <source>Row {line}: “{email}” is not a valid e-mail; imported without it.</source>
        <translation>Ligne {line} : « {email} » n’est pas une adresse e-mail valide ; importée sans elle.</translation>
    </message>
    <message>
        <source>Row {line}: “{phone}” is not a phone number; kept as typed.</source>
        <translation>Ligne {line} : « {phone} » n’est pas un numéro de téléphone ; gardé tel quel.</translation>
    </message>
    <message>
        <source>Row {line}: no name; skipped.</source>
        <translation>Ligne {line} : pas de nom ; ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: no name and no contact; skipped.</source>
        <translation>Ligne {line} : ni nom ni contact ; ignorée.</translation>
    </message>
    <message>
        <source>Row {line}: “{words}” is not in the list of flags (Settings, Flags…); ignored.</source>
        <translation>Ligne {line} : « {words} » n’est pas dans la liste des signalements (Préférences, Signalements…) ; ignoré.</translation>
    </message>
    <message>
        <source>Row {line}: same person as row {first}; rows merged.</source>
        <translation>Ligne {line} : même personne qu’à la ligne {first} ; lignes fusionnées.</translation>
    </message>
</context>
</TS>