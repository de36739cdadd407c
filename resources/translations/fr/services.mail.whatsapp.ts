<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>errors</name>
        <message>
            <source>{phone} is not a phone number WhatsApp can reach.</source>
            <translation>{phone} n’est pas un numéro de téléphone joignable par WhatsApp.</translation>
        </message>
    </context>
</TS>
