<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The join file of the desk {name} was used on two computers: both write as that desk (nothing is lost); give one of them a join file of its own ('mornings desk add') and join it again.</source>
        <translation>Le fichier d'adhésion du poste {name} a servi sur deux ordinateurs : tous deux écrivent comme ce poste (rien n'est perdu) ; donnez à l'un d'eux son propre fichier d'adhésion (« mornings desk add ») et faites-le adhérer de nouveau.</translation>
    </message>
</context>
</TS>