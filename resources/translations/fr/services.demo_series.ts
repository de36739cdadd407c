<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>A demo series has between 1 and {max} Mornings.</source>
        <translation>Une série de démonstration compte de 1 à {max} Matinales.</translation>
    </message>
</context>
</TS>