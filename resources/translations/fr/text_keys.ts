<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>The first name is longer than {max} characters.</source>
        <translation>Le prénom dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The last name is longer than {max} characters.</source>
        <translation>Le nom dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>Le nom complet dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The organisation is longer than {max} characters.</source>
        <translation>L’organisation dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The job title is longer than {max} characters.</source>
        <translation>La fonction dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The e-mail address is longer than {max} characters.</source>
        <translation>L’adresse e-mail dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The phone number is longer than {max} characters.</source>
        <translation>Le numéro de téléphone dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The category is longer than {max} characters.</source>
        <translation>La catégorie dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The ticket number is longer than {max} characters.</source>
        <translation>Le numéro de billet dépasse {max} caractères.</translation>
    </message>
    <message>
        <source>The note is longer than {max} characters.</source>
        <translation>La note dépasse {max} caractères.</translation>
    </message>
</context>
</TS>
