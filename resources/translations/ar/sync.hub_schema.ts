<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The hub address is not a valid URL: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub {hub} refused the desk login: wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection to the hub {hub} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub {hub} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub {hub}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a Mornings hub (run &apos;mornings hub init&apos; first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not a desk of the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no organisation yet; run &apos;mornings hub init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub was set up by a newer version of Mornings Desktop (hub schema {version}, this version knows {known}); install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub belongs to another organisation; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk login {login} already exists on this hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
