<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CheckinResult</name>
    <message>
        <source>Check-in result</source>
        <translation>Résultat de l’accueil</translation>
    </message>
    <message>
        <source>1 person found: Enter to admit.</source>
        <translation>1 personne trouvée : Entrée pour admettre.</translation>
    </message>
    <message numerus="yes">
        <source>%n people found: Enter or ↑ ↓ to choose, then Enter to admit.</source>
        <translation>
            <numerusform>%n personne trouvée : Entrée ou ↑ ↓ pour choisir, puis Entrée pour admettre.</numerusform>
            <numerusform>%n personnes trouvées : Entrée ou ↑ ↓ pour choisir, puis Entrée pour admettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one of this Morning matches. Check the spelling, or press Ctrl+N to register a walk-in with this name.</source>
        <translation>Personne de cette Matinale ne correspond. Vérifiez l'orthographe, ou appuyez sur Ctrl+N pour inscrire sur place une personne de ce nom.</translation>
    </message>
    <message>
        <source>The check-in of {time} no longer counts.</source>
        <translation>L’arrivée de {time} ne compte plus.</translation>
    </message>
</context>
</TS>