<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>--map {item}: write COLUMN=FIELD with a column of the file ({columns}) and one of {fields}.</source>
        <translation>--map {item} : écrivez COLONNE=CHAMP avec une colonne du fichier ({columns}) et l’un de {fields}.</translation>
    </message>
</context>
</TS>