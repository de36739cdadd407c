<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Badge template</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <source>For example: Badges 90 × 55 mm, 10 per sheet</source>
        <translation>Par exemple : Badges 90 × 55 mm, 10 par planche</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Ticket QR code</source>
        <translation>QR code du billet</translation>
    </message>
    <message>
        <source>Category band</source>
        <translation>Bandeau de catégorie</translation>
    </message>
    <message>
        <source>Flags printed on badges (VIP…), in the band</source>
        <translation>Signalements imprimés sur les badges (VIP…), dans le bandeau</translation>
    </message>
    <message>
        <source>Morning&apos;s title and date</source>
        <translation>Titre et date de la Matinale</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matinale</translation>
    </message>
    <message>
        <source>Smallest size for long names</source>
        <translation>Taille minimale pour les noms longs</translation>
    </message>
    <message>
        <source>The association&apos;s logo</source>
        <translation>Le logo de l’association</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Page width:</source>
        <translation>Largeur de la page :</translation>
    </message>
    <message>
        <source>Page height:</source>
        <translation>Hauteur de la page :</translation>
    </message>
    <message>
        <source>Badge width:</source>
        <translation>Largeur du badge :</translation>
    </message>
    <message>
        <source>Badge height:</source>
        <translation>Hauteur du badge :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rangées :</translation>
    </message>
    <message>
        <source>First badge from the left:</source>
        <translation>Premier badge depuis la gauche :</translation>
    </message>
    <message>
        <source>First badge from the top:</source>
        <translation>Premier badge depuis le haut :</translation>
    </message>
    <message>
        <source>Horizontal pitch:</source>
        <translation>Pas horizontal :</translation>
    </message>
    <message>
        <source>Vertical pitch:</source>
        <translation>Pas vertical :</translation>
    </message>
    <message>
        <source>Inner margin:</source>
        <translation>Marge intérieure :</translation>
    </message>
    <message>
        <source>On the badge</source>
        <translation>Sur le badge</translation>
    </message>
    <message>
        <source>Font sizes</source>
        <translation>Tailles de police</translation>
    </message>
    <message>
        <source>Colours per category</source>
        <translation>Couleurs par catégorie</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The logo file {file} does not exist.</source>
        <translation>Le fichier de logo {file} n’existe pas.</translation>
    </message>
</context>
</TS>
