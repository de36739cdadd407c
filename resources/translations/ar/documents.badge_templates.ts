<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Badge template {file}: {section}.{key} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: {section}.{key} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: format {format} is not known to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: the id must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: the unit must be mm or in, not {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: grid.columns and grid.rows must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: the grid must hold between 1 and 200 badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: font size {key} must be between 3 and 200 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: colour of {key} must look like #1A2B3C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: logo must be a file path, &quot;default&quot; or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: the page needs a width and a height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: a badge must be at least 20 × 15 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: badges overlap: the horizontal pitch is smaller than the badge width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: badges overlap: the vertical pitch is smaller than the badge height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: the badges do not fit on the page: they need {need} mm across, the page is {page} mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: the badges do not fit on the page: they need {need} mm down, the page is {page} mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: the padding leaves no room on the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge template {file}: it is not valid JSON ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge template {id}; known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
