<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The sync stopped before it finished; what it had received is kept, and the next round takes the rest.</source>
        <translation>توقّف التزامن قبل أن ينتهي؛ ما استُلم محفوظ، والجولة التالية تأخذ الباقي.</translation>
    </message>
</context>
</TS>