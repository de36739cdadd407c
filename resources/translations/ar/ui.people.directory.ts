<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search the directory (name, organisation, e-mail…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;merged people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Un-merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates (same name, different contact details): check, then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {n} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} for good? Their name and contact details are removed from this desk and, after sync, from every desk. Attendance counts stay, anonymous. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {names} into {into}? You can un-merge later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
