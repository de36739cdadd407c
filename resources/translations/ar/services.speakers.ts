<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>A speaker needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the photo {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {file} is too large (at most 20 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not an image (a PNG or JPEG photo is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several speakers match {name}: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different speakers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These speakers are already merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
