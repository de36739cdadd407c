<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>There is no mail template named {name}.</source>
        <translation>Il n’existe pas de modèle de message nommé {name}.</translation>
    </message>
    <message>
        <source>Cannot read {file} as UTF-8 text.</source>
        <translation>Impossible de lire {file} comme texte UTF-8.</translation>
    </message>
</context>
</TS>