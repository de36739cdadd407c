<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search the directory (name, organisation, e-mail…)</source>
        <translation>Chercher dans l’annuaire (nom, organisation, e-mail…)</translation>
    </message>
    <message>
        <source>Show &amp;merged people</source>
        <translation>Afficher les personnes &amp;fusionnées</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Mer&amp;ge selected</source>
        <translation>&amp;Fusionner la sélection</translation>
    </message>
    <message>
        <source>&amp;Un-merge</source>
        <translation>&amp;Défusionner</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>Duplicate suggestions</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Possible duplicates (same name, different contact details): check, then merge.</source>
        <translation>Doublons possibles (même nom, coordonnées différentes) : vérifiez, puis fusionnez.</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n people</source>
        <translation>
            <numerusform>{name} — %n personne</numerusform>
            <numerusform>{name} — %n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase {name} for good? Their name and contact details are removed from this desk and, after sync, from every desk. Attendance counts stay, anonymous. This cannot be undone.</source>
        <translation>Effacer définitivement {name} ? Son nom et ses coordonnées sont retirés de ce poste et, après synchronisation, de tous les postes. Les comptes de présence restent, anonymes. C’est irréversible.</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>Merge {names} into {into}? You can un-merge later.</source>
        <translation>Fusionner {names} avec {into} ? Vous pourrez défusionner plus tard.</translation>
    </message>
</context>
</TS>
