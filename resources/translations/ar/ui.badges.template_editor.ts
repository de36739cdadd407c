<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Badge template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Badges 90 × 55 mm, 10 per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning&apos;s title and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest size for long names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First badge from the left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First badge from the top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
