<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>errors</name>
        <message>
            <source>Sending is in progress from the desk {desk}; take over only if that desk has stopped (--take-over).</source>
            <translation>Envoi en cours depuis le poste {desk} ; ne prenez le relais que si ce poste s’est arrêté (--take-over).</translation>
        </message>
    </context>
</TS>
