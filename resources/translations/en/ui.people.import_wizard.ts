<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>imports</name>
    <message numerus="yes">
        <source>{file}: %n row(s) read.</source>
        <translation>
            <numerusform>{file}: %n row read.</numerusform>
            <numerusform>{file}: %n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) created, updated: {updated}, unchanged: {unchanged}.</source>
        <translation>
            <numerusform>%n registration created, updated: {updated}, unchanged: {unchanged}.</numerusform>
            <numerusform>%n registrations created, updated: {updated}, unchanged: {unchanged}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) within the file merged.</source>
        <translation>
            <numerusform>%n duplicate within the file merged.</numerusform>
            <numerusform>%n duplicates within the file merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people already in the directory.</source>
        <translation>
            <numerusform>%n person already in the directory.</numerusform>
            <numerusform>%n people already in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n row skipped.</numerusform>
            <numerusform>%n rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
</TS>
