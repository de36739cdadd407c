<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>menu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Create a &amp;demo Morning…</source>
        <translation>Créer une Matinale de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Change the &amp;person at the desk…</source>
        <translation>Changer la &amp;personne à l'accueil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>&amp;About Mornings Desktop</source>
        <translation>À &amp;propos de Mornings Desktop</translation>
    </message>
    <message>
        <source>About Mornings Desktop</source>
        <translation>À propos de Mornings Desktop</translation>
    </message>
    <message>
        <source>Mornings Desktop %1 — the Club Made in Morocco's Mornings, offline.</source>
        <translation>Mornings Desktop %1 — les Matinales du Club Made in Morocco, hors ligne.</translation>
    </message>
    <message>
        <source>Now at the desk: %1</source>
        <translation>À l'accueil maintenant : %1</translation>
    </message>
    <message>
        <source>Demo Morning created.</source>
        <translation>Matinale de démonstration créée.</translation>
    </message>
    <message>
        <source>Creating the demo Morning…</source>
        <translation>Création de la Matinale de démonstration…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
</context>
</TS>