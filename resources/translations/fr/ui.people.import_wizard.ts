<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MappingDialog</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <source>The file's first rows</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>What the column “{header}” holds</source>
        <translation>Ce que contient la colonne « {header} »</translation>
    </message>
    <message>
        <source>Not recognised with confidence: please check.</source>
        <translation>Non reconnue avec certitude : vérifiez.</translation>
    </message>
    <message>
        <source>Choose, for each column, what it holds. Columns in bold were not recognised with confidence. Your choice is remembered for files with the same columns.</source>
        <translation>Choisissez, pour chaque colonne, ce qu’elle contient. Les colonnes en gras n’ont pas été reconnues avec certitude. Votre choix est retenu pour les fichiers ayant les mêmes colonnes.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Ticket number (other system)</source>
        <translation>N° de billet (autre système)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Flags (VIP, payment due, dietary…)</source>
        <translation>Signalements (VIP, à encaisser, régime…)</translation>
    </message>
    <message>
        <source>Consent: tickets and information</source>
        <translation>Consentement : billets et informations</translation>
    </message>
    <message>
        <source>Consent: newsletter</source>
        <translation>Consentement : lettre d'information</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Consentement : photos</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s) read.</source>
        <translation>
            <numerusform>{file} : %n ligne lue.</numerusform>
            <numerusform>{file} : %n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet read: {sheet}.</source>
        <translation>Feuille lue : {sheet}.</translation>
    </message>
    <message>
        <source>Text encoding: {encoding}.</source>
        <translation>Encodage du texte : {encoding}.</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.xls *.ods *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation>Import non effectué</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is not offered, as it cannot be read: {reason}.</source>
        <translation>La feuille « {sheet} » n’est pas proposée, car elle ne peut pas être lue : {reason}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) created, updated: {updated}, unchanged: {unchanged}.</source>
        <translation>
            <numerusform>%n inscription créée ; mises à jour : {updated} ; inchangées : {unchanged}.</numerusform>
            <numerusform>%n inscriptions créées ; mises à jour : {updated} ; inchangées : {unchanged}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) within the file merged.</source>
        <translation>
            <numerusform>%n doublon du fichier fusionné.</numerusform>
            <numerusform>%n doublons du fichier fusionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people already in the directory.</source>
        <translation>
            <numerusform>%n personne déjà dans l’annuaire.</numerusform>
            <numerusform>%n personnes déjà dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne ignorée.</numerusform>
            <numerusform>%n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
</context>
</TS>
