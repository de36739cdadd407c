<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>errors</name>
        <message>
            <source>--only is not-sent or changed, not {value}.</source>
            <translation>--only vaut not-sent ou changed, pas {value}.</translation>
        </message>
        <message>
            <source>There is no mail template named {name}.</source>
            <translation>Il n’existe pas de modèle de message nommé {name}.</translation>
        </message>
    </context>
</TS>
