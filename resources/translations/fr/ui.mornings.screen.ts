<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>MorningsScreen</name>
    <message>
        <source>Mornings</source>
        <translation>Matinales</translation>
    </message>
    <message>
        <source>&amp;New Morning…</source>
        <translation>&amp;Nouvelle Matinale…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>Choisir comme &amp;en cours</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Afficher les a&amp;rchivées</translation>
    </message>
    <message>
        <source>No Morning yet. Press Ctrl+N to create one, or use File ▸ Create a demo Morning.</source>
        <translation>Aucune Matinale pour l'instant. Appuyez sur Ctrl+N pour en créer une, ou utilisez Fichier ▸ Créer une Matinale de démonstration.</translation>
    </message>
    <message>
        <source>No Morning yet: Mornings come from an organiser desk (Sync).</source>
        <translation>Aucune Matinale pour l’instant : les Matinales viennent d’un poste organisateur (Synchronisation).</translation>
    </message>
    <message>
        <source>Privacy reminder</source>
        <translation>Rappel de confidentialité</translation>
    </message>
    <message numerus="yes">
        <source>%n people are past the retention period: erase them with 'mornings people purge'.</source>
        <translation>
            <numerusform>%n personne a dépassé la durée de conservation : effacez-la avec « mornings people purge ».</numerusform>
            <numerusform>%n personnes ont dépassé la durée de conservation : effacez-les avec « mornings people purge ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure request(s) wait (People ▸ Privacy ▸ Erasure requests).</source>
        <translation>
            <numerusform>%n demande d’effacement en attente (Personnes ▸ Confidentialité ▸ Demandes d’effacement).</numerusform>
            <numerusform>%n demandes d’effacement en attente (Personnes ▸ Confidentialité ▸ Demandes d’effacement).</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ré&amp;ouvrir</translation>
    </message>
</context>
</TS>