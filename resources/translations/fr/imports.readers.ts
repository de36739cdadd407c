<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Le fichier {file} n’existe pas.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Le fichier {file} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Le fichier {file} est vide.</translation>
    </message>
    <message>
        <source>The file {file} is too large ({mb} MB; at most {max} MB can be imported).</source>
        <translation>Le fichier {file} est trop volumineux ({mb} Mo ; au plus {max} Mo peuvent être importés).</translation>
    </message>
    <message>
        <source>The file {file} is damaged or truncated: it cannot be opened.</source>
        <translation>Le fichier {file} est endommagé ou tronqué : il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The file {file} is an archive, not a spreadsheet (.xlsx, .ods or .csv).</source>
        <translation>Le fichier {file} est une archive, pas un tableur (.xlsx, .ods ou .csv).</translation>
    </message>
    <message>
        <source>The file {file} is neither a spreadsheet nor a text (CSV) file.</source>
        <translation>Le fichier {file} n’est ni un tableur ni un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>The file {file} is protected by a password. Open it in Excel, remove the password (File › Info › Protect workbook), save it, and import it again.</source>
        <translation>Le fichier {file} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur), enregistrez-le et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file {file} has no rows.</source>
        <translation>Le fichier {file} ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>The file {file} mixes text encodings; save it again as CSV UTF-8.</source>
        <translation>Le fichier {file} mélange des encodages ; enregistrez-le à nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file {file} is not valid CSV ({reason}).</source>
        <translation>Le fichier {file} n’est pas un CSV valide ({reason}).</translation>
    </message>
    <message>
        <source>The file {file} has a cell or a line of more than {max} characters: no list of people has one; remove it (or export the list again) and import it again.</source>
        <translation>Le fichier {file} a une cellule ou une ligne de plus de {max} caractères, ce qu’aucune liste de personnes ne contient : supprimez-la (ou exportez de nouveau la liste) et importez-le de nouveau.</translation>
    </message>
</context>
</TS>
