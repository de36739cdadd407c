<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The desk name cannot be empty.</source>
        <translation>Le nom du poste ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The desk name is too long (at most {n} characters).</source>
        <translation>Le nom du poste est trop long ({n} caractères au plus).</translation>
    </message>
</context>
</TS>
