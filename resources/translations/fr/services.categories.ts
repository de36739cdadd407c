<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>A category key is made of letters a–z, digits, - or _.</source>
        <translation>La clé d’une catégorie se compose de lettres a–z, de chiffres, de - ou de _.</translation>
    </message>
    <message>
        <source>A category needs a label.</source>
        <translation>Une catégorie doit avoir un libellé.</translation>
    </message>
    <message>
        <source>{colour} is not a colour like #2E7D32.</source>
        <translation>{colour} n’est pas une couleur comme #2E7D32.</translation>
    </message>
    <message>
        <source>No category {ref}.</source>
        <translation>Aucune catégorie {ref}.</translation>
    </message>
</context>
</TS>