<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>--since is a date (YYYY-MM-DD) or an ISO time, not {text}.</source>
        <translation>--since est une date (AAAA-MM-JJ) ou une heure ISO, pas {text}.</translation>
    </message>
</context>
</TS>
