<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>This computer does not hold the organisation key, so it cannot take back what a revocation refused; run the command on the organiser's computer that holds it, or give --recovery-key FILE.</source>
        <translation>Cet ordinateur ne détient pas la clé de l'organisation : il ne peut pas reprendre ce qu'une révocation a refusé ; lancez la commande sur l'ordinateur de l'organisateur qui la détient, ou donnez --recovery-key FICHIER.</translation>
    </message>
    <message>
        <source>{digest} is not an operation a revocation refused on this desk; 'mornings sync accept' with no digest lists them.</source>
        <translation>{digest} n'est pas une opération qu'une révocation a refusée sur ce poste ; « mornings sync accept » sans empreinte les liste.</translation>
    </message>
</context>
</TS>