<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The sync stopped before it finished; what it had received is kept, and the next round takes the rest.</source>
        <translation>La synchronisation s’est arrêtée avant la fin ; ce qu’elle avait reçu est gardé, et le prochain tour prend le reste.</translation>
    </message>
</context>
</TS>