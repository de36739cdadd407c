<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>A template name is lower-case letters, digits, - or _ (such as reminder-j1), not {name}.</source>
        <translation>Un nom de modèle s'écrit en minuscules, chiffres, - ou _ (par exemple rappel-j1), pas {name}.</translation>
    </message>
    <message>
        <source>Give the new template a name.</source>
        <translation>Donnez un nom au nouveau modèle.</translation>
    </message>
    <message>
        <source>A template called “{name}” already exists; choose another name.</source>
        <translation>Un modèle nommé « {name} » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The subject cannot be empty.</source>
        <translation>L'objet ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>L'objet doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The message cannot be empty.</source>
        <translation>Le message ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A brace is not closed; placeholders are written like {example}.</source>
        <translation>Une accolade n'est pas fermée ; les champs s'écrivent comme {example}.</translation>
    </message>
    <message>
        <source>{placeholder} is not a placeholder; use one of {known}.</source>
        <translation>{placeholder} n'est pas un champ connu ; utilisez l'un de ceux-ci : {known}.</translation>
    </message>
    <message>
        <source>The language must be fr, en or ar, not {language}.</source>
        <translation>La langue doit être fr, en ou ar, pas {language}.</translation>
    </message>
</context>
</TS>