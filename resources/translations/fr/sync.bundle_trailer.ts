<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>{path} is not signed by the desk that wrote it (an earlier version of Mornings Desktop, or a forged file); ask that desk to export it again with this version. Nothing was imported.</source>
        <translation>{path} n'est pas signé par le poste qui l'a écrit (une version antérieure de Mornings Desktop, ou un fichier falsifié) ; demandez à ce poste de l'exporter à nouveau avec cette version. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{path} is signed by a desk the organisation has not certified (or whose certificate is damaged); ask an organiser for a join file for that desk, then export again. Nothing was imported.</source>
        <translation>{path} est signé par un poste que l'organisation n'a pas certifié (ou dont le certificat est endommagé) ; demandez à un organisateur un fichier d'adhésion pour ce poste, puis exportez à nouveau. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{path} does not match the signature of the desk {desk}: lines were removed, added, moved or changed after it was written; ask that desk to export it again. Nothing was imported.</source>
        <translation>{path} ne correspond pas à la signature du poste {desk} : des lignes ont été retirées, ajoutées, déplacées ou modifiées après son écriture ; demandez à ce poste de l'exporter à nouveau. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{path} is signed by the desk {desk}, not by the desk its header names, so it may be forged; ask the desk that wrote it to export it again. Nothing was imported.</source>
        <translation>{path} est signé par le poste {desk}, et non par le poste que nomme son en-tête : il est peut-être falsifié ; demandez au poste qui l'a écrit de l'exporter à nouveau. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>This desk has no certified key to sign a bundle with; join the organisation again with a join file from an organiser, then export.</source>
        <translation>Ce poste n'a pas de clé certifiée pour signer un paquet ; rejoignez à nouveau l'organisation avec un fichier d'adhésion d'un organisateur, puis exportez.</translation>
    </message>
</context>
</TS>