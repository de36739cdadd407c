<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate a printer</source>
        <translation>Étalonner une imprimante</translation>
    </message>
    <message>
        <source>1. Print the test page on plain paper. 2. Measure where the crosshairs landed against the numbers printed beside them (or hold the page against a sheet of labels). 3. Type the differences: a positive offset moves the print right or down; a scale of 100 % prints exactly. 4. Print the test page again to check.</source>
        <translation>1. Imprimez la page de test sur du papier ordinaire. 2. Mesurez où sont tombées les mires par rapport aux valeurs imprimées à côté (ou posez la page sur une planche d’étiquettes). 3. Saisissez les écarts : un décalage positif déplace l’impression vers la droite ou vers le bas ; une échelle de 100 % imprime à l’identique. 4. Imprimez à nouveau la page de test pour vérifier.</translation>
    </message>
    <message>
        <source>No printer is installed: you can still save the test page as a PDF.</source>
        <translation>Aucune imprimante n’est installée : vous pouvez tout de même enregistrer la page de test en PDF.</translation>
    </message>
    <message>
        <source>&amp;Print test page</source>
        <translation>&amp;Imprimer la page de test</translation>
    </message>
    <message>
        <source>Save test page as P&amp;DF…</source>
        <translation>Enregistrer la page de test en P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>Imp&amp;rimante :</translation>
    </message>
    <message>
        <source>Move right by:</source>
        <translation>Décaler vers la droite de :</translation>
    </message>
    <message>
        <source>Move down by:</source>
        <translation>Décaler vers le bas de :</translation>
    </message>
    <message>
        <source>Horizontal scale:</source>
        <translation>Échelle horizontale :</translation>
    </message>
    <message>
        <source>Vertical scale:</source>
        <translation>Échelle verticale :</translation>
    </message>
</context>
</TS>
