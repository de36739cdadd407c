<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The operator name holds an invisible character; retype it.</source>
        <translation>Le nom de la personne au poste contient un caractère invisible ; retapez-le.</translation>
    </message>
    <message>
        <source>Type the name of the person at the desk.</source>
        <translation>Tapez le nom de la personne au poste.</translation>
    </message>
    <message>
        <source>The operator name is too long (at most {n} characters).</source>
        <translation>Le nom de la personne au poste est trop long ({n} caractères au plus).</translation>
    </message>
</context>
</TS>