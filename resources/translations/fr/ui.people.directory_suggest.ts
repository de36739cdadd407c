<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DirectorySuggestions</name>
    <message>
        <source>People from past Mornings</source>
        <translation>Personnes des Matinales passées</translation>
    </message>
    <message>
        <source>last Morning {date}</source>
        <translation>dernière Matinale {date}</translation>
    </message>
</context>
</TS>
