<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Scan a ticket, or type a name to search</source>
        <translation>Scannez un billet, ou tapez un nom pour chercher</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Scanner ou chercher</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler la dernière (Ctrl+Z)</translation>
    </message>
    <message>
        <source>History / undo… (Ctrl+H)</source>
        <translation>Historique / annuler… (Ctrl+H)</translation>
    </message>
    <message>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>Sur place… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Kiosk mode…</source>
        <translation>Mode borne…</translation>
    </message>
    <message>
        <source>Desk: {desk}</source>
        <translation>Poste : {desk}</translation>
    </message>
    <message>
        <source>Choose the current Morning first.</source>
        <translation>Choisissez d’abord la Matinale en cours.</translation>
    </message>
    <message>
        <source>No current Morning: choose one before checking in.</source>
        <translation>Aucune Matinale en cours : choisissez-en une avant l’accueil.</translation>
    </message>
    <message>
        <source>Sound turned off in Settings.</source>
        <translation>Son désactivé dans les Préférences.</translation>
    </message>
    <message>
        <source>Sound off: this computer has no audio device.</source>
        <translation>Son coupé : cet ordinateur n’a pas de sortie audio.</translation>
    </message>
    <message>
        <source>Show your ticket's QR code</source>
        <translation>Présentez le QR code de votre billet</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Votre billet</translation>
    </message>
</context>
</TS>
