<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>There is no Morning yet.</source>
        <translation>Il n’y a encore aucune Matinale.</translation>
    </message>
    <message>
        <source>Type a name to search for.</source>
        <translation>Tapez un nom à rechercher.</translation>
    </message>
</context>
</TS>