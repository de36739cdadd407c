<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BadgesScreen</name>
    <message numerus="yes">
        <source>%n badge(s) saved in {file}</source>
        <translation>
            <numerusform>%n badge enregistré dans {file}</numerusform>
            <numerusform>%n badges enregistrés dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Making badges…</source>
        <translation>Création des badges…</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Aucune imprimante</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the badges as a PDF instead?</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Enregistrer plutôt les badges en PDF ?</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to {printer}</source>
        <translation>
            <numerusform>%n badge envoyé à {printer}</numerusform>
            <numerusform>%n badges envoyés à {printer}</numerusform>
        </translation>
    </message>
</context>
</TS>
