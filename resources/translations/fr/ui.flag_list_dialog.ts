<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>FlagListDialog</name>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>The flags a registration may carry; at the door they make the admission “admitted — attention” and are named. A retired flag is no longer offered, but the registrations that hold it keep it.</source>
        <translation>Les signalements qu’une inscription peut porter ; à l’accueil, ils font de l’entrée « Admis — attention » et sont nommés. Un signalement retiré n’est plus proposé, mais les inscriptions qui le portent le gardent.</translation>
    </message>
    <message>
        <source>One label for every language</source>
        <translation>Un seul libellé pour toutes les langues</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>An&amp;glais</translation>
    </message>
    <message>
        <source>A&amp;rabic</source>
        <translation>A&amp;rabe</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Printed on &amp;badges, beside the category</source>
        <translation>Imprimé sur les &amp;badges, à côté de la catégorie</translation>
    </message>
    <message>
        <source>{flag} (retired)</source>
        <translation>{flag} (retiré)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>{flag} added.</source>
        <translation>{flag} ajouté.</translation>
    </message>
    <message>
        <source>Renamed {flag}.</source>
        <translation>Renommé : {flag}.</translation>
    </message>
    <message>
        <source>{flag} is offered again.</source>
        <translation>{flag} est de nouveau proposé.</translation>
    </message>
    <message>
        <source>{flag} retired.</source>
        <translation>{flag} retiré.</translation>
    </message>
    <message>
        <source>{flag} is printed on badges.</source>
        <translation>{flag} est imprimé sur les badges.</translation>
    </message>
    <message>
        <source>{flag} is not printed on badges.</source>
        <translation>{flag} n’est plus imprimé sur les badges.</translation>
    </message>
</context>
</TS>