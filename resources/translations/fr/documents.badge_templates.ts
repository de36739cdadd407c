<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Badge template {file}: {section}.{key} must be a number.</source>
        <translation>Modèle de badge {file} : {section}.{key} doit être un nombre.</translation>
    </message>
    <message>
        <source>Badge template {file}: {section}.{key} cannot be negative.</source>
        <translation>Modèle de badge {file} : {section}.{key} ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Badge template {file}: it is not a JSON object.</source>
        <translation>Modèle de badge {file} : ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Badge template {file}: format {format} is not known to this version.</source>
        <translation>Modèle de badge {file} : le format {format} est inconnu de cette version.</translation>
    </message>
    <message>
        <source>Badge template {file}: the id must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Modèle de badge {file} : l’identifiant ne doit contenir que des minuscules, des chiffres, « - » ou « _ ».</translation>
    </message>
    <message>
        <source>Badge template {file}: the unit must be mm or in, not {unit}.</source>
        <translation>Modèle de badge {file} : l’unité doit être mm ou in, pas {unit}.</translation>
    </message>
    <message>
        <source>Badge template {file}: grid.columns and grid.rows must be whole numbers.</source>
        <translation>Modèle de badge {file} : grid.columns et grid.rows doivent être des nombres entiers.</translation>
    </message>
    <message>
        <source>Badge template {file}: the grid must hold between 1 and 200 badges.</source>
        <translation>Modèle de badge {file} : la grille doit contenir entre 1 et 200 badges.</translation>
    </message>
    <message>
        <source>Badge template {file}: font size {key} must be between 3 and 200 pt.</source>
        <translation>Modèle de badge {file} : la taille de police {key} doit être comprise entre 3 et 200 pt.</translation>
    </message>
    <message>
        <source>Badge template {file}: colour of {key} must look like #1A2B3C.</source>
        <translation>Modèle de badge {file} : la couleur de {key} doit s’écrire comme #1A2B3C.</translation>
    </message>
    <message>
        <source>Badge template {file}: logo must be a file path, &quot;default&quot; or null.</source>
        <translation>Modèle de badge {file} : logo doit être un chemin de fichier, &quot;default&quot; ou null.</translation>
    </message>
    <message>
        <source>Badge template {file}: the page needs a width and a height.</source>
        <translation>Modèle de badge {file} : la page doit avoir une largeur et une hauteur.</translation>
    </message>
    <message>
        <source>Badge template {file}: a badge must be at least 20 × 15 mm.</source>
        <translation>Modèle de badge {file} : un badge doit mesurer au moins 20 × 15 mm.</translation>
    </message>
    <message>
        <source>Badge template {file}: badges overlap: the horizontal pitch is smaller than the badge width.</source>
        <translation>Modèle de badge {file} : les badges se chevauchent : le pas horizontal est plus petit que la largeur d’un badge.</translation>
    </message>
    <message>
        <source>Badge template {file}: badges overlap: the vertical pitch is smaller than the badge height.</source>
        <translation>Modèle de badge {file} : les badges se chevauchent : le pas vertical est plus petit que la hauteur d’un badge.</translation>
    </message>
    <message>
        <source>Badge template {file}: the badges do not fit on the page: they need {need} mm across, the page is {page} mm.</source>
        <translation>Modèle de badge {file} : les badges ne tiennent pas sur la page : il leur faut {need} mm en largeur, la page mesure {page} mm.</translation>
    </message>
    <message>
        <source>Badge template {file}: the badges do not fit on the page: they need {need} mm down, the page is {page} mm.</source>
        <translation>Modèle de badge {file} : les badges ne tiennent pas sur la page : il leur faut {need} mm en hauteur, la page mesure {page} mm.</translation>
    </message>
    <message>
        <source>Badge template {file}: the padding leaves no room on the badge.</source>
        <translation>Modèle de badge {file} : la marge intérieure ne laisse plus de place sur le badge.</translation>
    </message>
    <message>
        <source>Badge template {file}: cannot be read ({reason}).</source>
        <translation>Modèle de badge {file} : lecture impossible ({reason}).</translation>
    </message>
    <message>
        <source>Badge template {file}: it is not valid JSON ({reason}).</source>
        <translation>Modèle de badge {file} : ce n’est pas du JSON valide ({reason}).</translation>
    </message>
    <message>
        <source>No badge template {id}; known: {known}.</source>
        <translation>Aucun modèle de badge {id} ; modèles connus : {known}.</translation>
    </message>
</context>
</TS>
