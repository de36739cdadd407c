<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found: use the USB scanner or type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to use the camera: use the USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera unavailable ({problem}): use the USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
