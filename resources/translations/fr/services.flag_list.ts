<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No flag {ref} in the list.</source>
        <translation>Aucun signalement {ref} dans la liste.</translation>
    </message>
    <message>
        <source>A flag's label is at most {n} characters.</source>
        <translation>Le libellé d’un signalement tient en {n} caractères au plus.</translation>
    </message>
    <message>
        <source>This is a door desk: the list of flags is kept on an organiser desk; tick the flags a registration needs in its form.</source>
        <translation>Ce poste est un poste d’accueil : la liste des signalements se tient sur un poste organisateur ; cochez les signalements d’une inscription dans sa fiche.</translation>
    </message>
    <message>
        <source>A flag needs a label.</source>
        <translation>Un signalement a besoin d’un libellé.</translation>
    </message>
    <message>
        <source>The flag {label} is already in the list.</source>
        <translation>Le signalement {label} est déjà dans la liste.</translation>
    </message>
    <message>
        <source>The list holds {n} flags in use at most: retire one first.</source>
        <translation>La liste compte au plus {n} signalements en service : retirez-en un d’abord.</translation>
    </message>
</context>
</TS>