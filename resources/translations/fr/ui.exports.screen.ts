<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ExportsScreen</name>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>&amp;Attendance workbook of a Morning (.xlsx)</source>
        <translation>Classeur des &amp;présences d'une matinale (.xlsx)</translation>
    </message>
    <message>
        <source>Attendance list for Excel (.&amp;csv)</source>
        <translation>Liste des présences pour Excel (.&amp;csv)</translation>
    </message>
    <message>
        <source>&amp;Series report over a period (.xlsx)</source>
        <translation>&amp;Bilan de la série sur une période (.xlsx)</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matinale</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>&amp;Uniquement entre le</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <source>; (Excel in French or Arabic)</source>
        <translation>; (Excel en français ou en arabe)</translation>
    </message>
    <message>
        <source>, (Excel in English)</source>
        <translation>, (Excel en anglais)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Morning:</source>
        <translation>Matinale :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>Langue du fichier :</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>Séparateur CSV :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l'export</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presences</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n row(s)).</source>
        <translation>
            <numerusform>Enregistré : {file} (%n ligne).</numerusform>
            <numerusform>Enregistré : {file} (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
</context>
</TS>