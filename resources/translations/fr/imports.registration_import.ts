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
        <source>Row {line}: someone called {name} is already in the directory with other contact details; kept apart (see duplicate suggestions).</source>
        <translation>Ligne {line} : une personne nommée {name} est déjà dans l’annuaire avec d’autres coordonnées ; gardées séparées (voir les doublons possibles).</translation>
    </message>
    <message>
        <source>Rows {rows}: “{category}” is not one of the desk's categories, so they have the default category; correct the file and import it again, or change their category in People.</source>
        <translation>Lignes {rows} : « {category} » n’est pas une catégorie de ce poste ; elles ont la catégorie par défaut. Corrigez le fichier et importez-le à nouveau, ou changez leur catégorie dans Personnes.</translation>
    </message>
</context>
</TS>
