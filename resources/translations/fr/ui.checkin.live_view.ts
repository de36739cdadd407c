<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>Arrivées par tranche de 5 minutes</translation>
    </message>
    <message>
        <source>No arrivals yet</source>
        <translation>Aucune arrivée pour l’instant</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Checked in / registered</source>
        <translation>Arrivés / inscrits</translation>
    </message>
    <message>
        <source>Checked in by category</source>
        <translation>Arrivés par catégorie</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé(e)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>Arrivées par tranche de 5 minutes</translation>
    </message>
    <message>
        <source>{arrived} of {registered}</source>
        <translation>{arrived} sur {registered}</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation>
            <numerusform>%n arrivé</numerusform>
            <numerusform>%n arrivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>No current Morning</source>
        <translation>Aucune Matinale en cours</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
</TS>
