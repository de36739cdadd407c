<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>agenda</name>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseautage</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modération</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>panéliste</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” overlap in the same room {room}.</source>
        <translation>« {first} » et « {second} » se chevauchent dans la même salle {room}.</translation>
    </message>
    <message>
        <source>{speaker} is in two places at once: “{first}” and “{second}”.</source>
        <translation>{speaker} est à deux endroits à la fois : « {first} » et « {second} ».</translation>
    </message>
    <message>
        <source>“{title}” ({start}–{end}) is outside the Morning&apos;s hours ({opens}–{closes}).</source>
        <translation>« {title} » ({start}–{end}) dépasse les horaires de la Matinale ({opens}–{closes}).</translation>
    </message>
    <message>
        <source>A session has no title.</source>
        <translation>Une séance n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>“{title}” ({kind}) has no speaker.</source>
        <translation>« {title} » ({kind}) n&apos;a pas d&apos;intervenant.</translation>
    </message>
    <message>
        <source>{speaker} is on the agenda but not registered for this Morning.</source>
        <translation>{speaker} figure au programme mais n&apos;est pas inscrit(e) à cette Matinale.</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Bloquant :</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Acceptée :</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Alerte :</translation>
    </message>
</context>
</TS>
