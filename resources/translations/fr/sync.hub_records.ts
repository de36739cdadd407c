<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The hub refused the organisation key rotation: it names {count} desks and this hub, made by an older version, takes at most {max}; run 'mornings hub init' on it to upgrade it, then sync again (bundles still carry the rotation to the desks).</source>
        <translation>Le hub a refusé le changement de clé de l'organisation : il nomme {count} postes et ce hub, fait par une version antérieure, en accepte au plus {max} ; lancez « mornings hub init » dessus pour le mettre à jour, puis synchronisez de nouveau (les lots portent toujours le changement jusqu'aux postes).</translation>
    </message>
    <message>
        <source>The hub refused the organisation key rotation: it names {count} desks, more than the {max} a hub takes; rotate again leaving out the desks no longer used ('mornings org rotate --without DESK'), and carry it by bundle meanwhile.</source>
        <translation>Le hub a refusé le changement de clé de l'organisation : il nomme {count} postes, plus que les {max} qu'un hub accepte ; refaites-le sans les postes qui ne servent plus (« mornings org rotate --without POSTE ») et portez-le par lot en attendant.</translation>
    </message>
    <message>
        <source>The hub refused a signed record of the organisation ({reason}); the desks still get it by bundle ('mornings sync export').</source>
        <translation>Le hub a refusé un document signé de l'organisation ({reason}) ; les postes le reçoivent toujours par lot (« mornings sync export »).</translation>
    </message>
</context>
</TS>