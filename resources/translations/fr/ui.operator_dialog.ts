<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Qui tient le poste ?</translation>
    </message>
    <message>
        <source>Your name. It is recorded with every admission, edit and export made at this desk until someone else takes over (Ctrl+Shift+O).</source>
        <translation>Votre nom. Il est enregistré avec chaque entrée, modification et export faits à ce poste, jusqu'à ce que quelqu'un d'autre prenne le relais (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Person at the desk</source>
        <translation>Personne au poste</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
</TS>