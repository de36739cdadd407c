<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>This computer has no password store (keyring), so the hub password cannot be remembered; give the full desk URL with its password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store refused the hub password: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the hub login {hub}; give the desk URL with its password once (Sync settings or &apos;mornings join&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
