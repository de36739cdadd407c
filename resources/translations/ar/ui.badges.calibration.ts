<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Print the test page on plain paper. 2. Measure where the crosshairs landed against the numbers printed beside them (or hold the page against a sheet of labels). 3. Type the differences: a positive offset moves the print right or down; a scale of 100 % prints exactly. 4. Print the test page again to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed: you can still save the test page as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save test page as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical scale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
