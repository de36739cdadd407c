<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckinResult</name>
    <message numerus="yes">
        <source>%n people found: Enter or ↑ ↓ to choose, then Enter to admit.</source>
        <translation>
            <numerusform>%n person found: Enter to admit.</numerusform>
            <numerusform>%n people found: Enter or ↑ ↓ to choose, then Enter to admit.</numerusform>
        </translation>
    </message>
</context>
</TS>
