<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} has cells as far as {cell} in the sheet “{sheet}”, beyond what can be imported ({rows} rows, {columns} columns): delete the cells below and to the right of the list (or the sheet, if it is not needed) and import it again.</source>
        <translation>Le fichier {file} a des cellules jusqu’en {cell} dans la feuille « {sheet} », au-delà de ce qui peut être importé ({rows} lignes, {columns} colonnes) : supprimez les cellules sous la liste et à sa droite (ou la feuille, si elle ne sert pas) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file {file} has cells as far as {cell}, beyond what can be imported ({rows} rows, {columns} columns): delete the cells below and to the right of the list (or copy the list into a new sheet) and import it again.</source>
        <translation>Le fichier {file} a des cellules jusqu’en {cell}, au-delà de ce qui peut être importé ({rows} lignes, {columns} colonnes) : supprimez les cellules sous la liste et à sa droite (ou copiez la liste dans une nouvelle feuille) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file {file} has a cell of more than {max} characters ({where}): no list of people has one; remove it (or export the list again) and import it again.</source>
        <translation>Le fichier {file} a une cellule de plus de {max} caractères ({where}), ce qu’aucune liste de personnes ne contient : supprimez-la (ou exportez de nouveau la liste) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file {file} unpacks to more than {max} MB, far more than a list of people: it is damaged or not a real export; export the list again from its source.</source>
        <translation>Le fichier {file} se décompresse en plus de {max} Mo, bien plus qu’une liste de personnes : il est abîmé ou ce n’est pas un vrai export ; exportez de nouveau la liste depuis sa source.</translation>
    </message>
    <message>
        <source>The file {file} is damaged or truncated: it cannot be opened.</source>
        <translation>Le fichier {file} est abîmé ou tronqué : il ne peut pas être ouvert.</translation>
    </message>
</context>
</TS>