<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>EncodingDialog</name>
    <message>
        <source>Check the accents</source>
        <translation>Vérifiez les accents</translation>
    </message>
    <message>
        <source>The text encoding of {file} is not stated in the file; it was read as {encoding}. Check the names below: if the accents look wrong (“Ã©” instead of “é”), choose another encoding.</source>
        <translation>L’encodage du texte de {file} n’est pas indiqué dans le fichier ; il a été lu en {encoding}. Vérifiez les noms ci-dessous : si les accents sont faux (« Ã© » au lieu de « é »), choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>The file's first rows</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Which sheet holds the people?</source>
        <translation>Quelle feuille contient les personnes ?</translation>
    </message>
    <message>
        <source>{file} has several sheets. The sheet “{sheet}” looks like the list of people; choose another if it is not.</source>
        <translation>{file} a plusieurs feuilles. La feuille « {sheet} » semble être la liste des personnes ; choisissez-en une autre si ce n’est pas le cas.</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Feuille à importer</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Mac Roman (old Mac Excel)</source>
        <translation>Mac Roman (ancien Excel pour Mac)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode)</source>
        <translation>UTF-16 (Unicode)</translation>
    </message>
</context>
</TS>