<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SyncController</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub and bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, not in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle files (no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations admitted more than once (for instance at two desks while they were apart). Keep both scans, or annul the one that was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annul this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub set up: this desk works alone (bundles still work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations set aside (refused): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hub address and the desk login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations read: %2 new, %3 already here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mornings bundles (*.mornings-bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
