<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>KioskWindow</name>
    <message>
        <source>Self check-in</source>
        <translation>Accueil en libre-service</translation>
    </message>
    <message>
        <source>PIN to leave kiosk mode:</source>
        <translation>Code pour quitter le mode borne :</translation>
    </message>
    <message>
        <source>Choose a PIN (at least 4 digits) to leave kiosk mode:</source>
        <translation>Choisissez un code (4 chiffres au moins) pour quitter le mode borne :</translation>
    </message>
    <message>
        <source>Kiosk mode needs a PIN of at least 4 characters.</source>
        <translation>Le mode borne demande un code de 4 caractères au moins.</translation>
    </message>
</context>
</TS>
