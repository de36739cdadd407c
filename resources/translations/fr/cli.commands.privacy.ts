<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>Give the passphrase in a file.</source>
        <translation>Donnez la phrase secrète dans un fichier.</translation>
    </message>
</context>
</TS>
