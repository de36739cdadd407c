<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BadgesScreen</name>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;librate printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Double-sided (mirrored backs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on the badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first page at true scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No badge in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 at true scale ({w} × {h} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) saved in {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Making badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the badges as a PDF instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) sent to {printer}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No badge printer is set: choose one once from the Badges screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
