<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Not a date (expected YYYY-MM-DD): {text}</source>
        <translation>Date invalide (format attendu AAAA-MM-JJ) : {text}</translation>
    </message>
    <message>
        <source>Not a time (expected HH:MM): {text}</source>
        <translation>Heure invalide (format attendu HH:MM) : {text}</translation>
    </message>
</context>
</TS>
