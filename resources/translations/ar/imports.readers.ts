<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is too large ({mb} MB; at most {max} MB can be imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is damaged or truncated: it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is an archive, not a spreadsheet (.xlsx, .ods or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is neither a spreadsheet nor a text (CSV) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is protected by a password. Open it in Excel, remove the password (File › Info › Protect workbook), save it, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} has more than {max} rows, the most that can be imported at once. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} has {rows} rows; at most {max} can be imported at once. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is damaged and cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} mixes text encodings; save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not valid CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
