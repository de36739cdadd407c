<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Badge template</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>&amp;Modifier le modèle…</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>Ca&amp;librate printer…</source>
        <translation>É&amp;talonner l’imprimante…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Checked in only</source>
        <translation>Arrivés seulement</translation>
    </message>
    <message>
        <source>Not yet printed</source>
        <translation>Pas encore imprimés</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Une catégorie</translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation>La personne sélectionnée</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Double-sided (mirrored backs)</source>
        <translation>&amp;Recto verso (versos en miroir)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>People on the badges</source>
        <translation>Personnes sur les badges</translation>
    </message>
    <message>
        <source>Preview of the first page at true scale</source>
        <translation>Aperçu de la première page en taille réelle</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation> (le mien)</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No badge in this selection.</source>
        <translation>Aucun badge dans cette sélection.</translation>
    </message>
    <message>
        <source>Page 1 at true scale ({w} × {h} mm)</source>
        <translation>Page 1 en taille réelle ({w} × {h} mm)</translation>
    </message>
</context>
</TS>
