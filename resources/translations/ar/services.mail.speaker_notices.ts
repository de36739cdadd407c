<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>errors</name>
        <message>
            <source>Publish the programme before telling the speakers.</source>
            <translation>انشر البرنامج قبل إخبار المتدخلين.</translation>
        </message>
    </context>
</TS>
