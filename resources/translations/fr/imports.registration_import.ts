<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No column of {file} holds names (looked for Nom, Prénom, Name…).</source>
        <translation>Aucune colonne de {file} ne contient de noms (recherché : Nom, Prénom, Name…).</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Row {line}: blank row.</source>
        <translation>Ligne {line} : ligne vide.</translation>
    </message>
    <message>
        <source>Row {line}: totals row.</source>
        <translation>Ligne {line} : ligne de total.</translation>
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
        <source>Row {line}: same person as row {first}; rows merged.</source>
        <translation>Ligne {line} : même personne qu’à la ligne {first} ; lignes fusionnées.</translation>
    </message>
    <message>
        <source>Row {line}: someone called {name} is already in the directory with other contact details; kept apart (see duplicate suggestions).</source>
        <translation>Ligne {line} : une personne nommée {name} est déjà dans l’annuaire avec d’autres coordonnées ; gardées séparées (voir les doublons possibles).</translation>
    </message>
</context>
</TS>