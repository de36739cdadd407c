<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No hub is set up for this desk; give --hub URL or run &apos;mornings join&apos;.</source>
        <translation>Aucun hub n&apos;est configuré pour ce poste ; donnez --hub URL ou lancez « mornings join ».</translation>
    </message>
</context>
</TS>
