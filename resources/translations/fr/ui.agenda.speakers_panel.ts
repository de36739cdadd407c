<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SpeakerEditor</name>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Languages (fr,en,ar)</source>
        <translation>&amp;Langues (fr,en,ar)</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>&amp;Biographie</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Search by name, organisation, title or e-mail</source>
        <translation>Rechercher par nom, organisation, fonction ou e-mail</translation>
    </message>
    <message>
        <source>&amp;New speaker…</source>
        <translation>&amp;Nouvel intervenant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Photo…</source>
        <translation>&amp;Photo…</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected</source>
        <translation>&amp;Fusionner les deux sélectionnés</translation>
    </message>
    <message>
        <source>Keep “{keep}” and merge “{other}” into it? Their sessions move too.</source>
        <translation>Garder « {keep} » et y fusionner « {other} » ? Ses séances sont transférées aussi.</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Fusionner des intervenants</translation>
    </message>
</context>
</TS>
