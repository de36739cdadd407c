<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ForecastChart</name>
    <message>
        <source>Forecast against actual, past Mornings</source>
        <translation>Prévision et réel, Matinales passées</translation>
    </message>
    <message>
        <source>One past Morning so far: the chart starts with two.</source>
        <translation>Une seule Matinale passée pour l'instant : le graphique commence à deux.</translation>
    </message>
    <message>
        <source>No past Morning yet.</source>
        <translation>Aucune Matinale passée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>Breakfast forecast</source>
        <translation>Prévoir le petit-déjeuner</translation>
    </message>
    <message>
        <source>Computing the forecast…</source>
        <translation>Calcul de la prévision…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>No Morning to forecast.</source>
        <translation>Aucune Matinale à prévoir.</translation>
    </message>
    <message>
        <source>Expected: {n} ({low}–{high})</source>
        <translation>Attendus : {n} ({low}–{high})</translation>
    </message>
    <message>
        <source>Past forecasts will be checked once Mornings have been held.</source>
        <translation>Les prévisions seront vérifiées une fois des Matinales tenues.</translation>
    </message>
    <message>
        <source>On the one past Morning the forecast was off by {mae} people; the actual count was inside the interval.</source>
        <translation>Sur la seule Matinale passée, la prévision s'est écartée de {mae} personnes ; le nombre réel était dans l'intervalle.</translation>
    </message>
    <message>
        <source>On the one past Morning the forecast was off by {mae} people; the actual count was outside the interval.</source>
        <translation>Sur la seule Matinale passée, la prévision s'est écartée de {mae} personnes ; le nombre réel était hors de l'intervalle.</translation>
    </message>
    <message numerus="yes">
        <source>On %n past Mornings the forecast was off by {mae} people on average; the actual count was inside the interval {share} % of the time.</source>
        <translation>
            <numerusform>Sur %n Matinale passée, la prévision s’est trompée de {mae} personnes en moyenne ; le nombre réel était dans l’intervalle {share} % du temps.</numerusform>
            <numerusform>Sur %n Matinales passées, la prévision s’est trompée de {mae} personnes en moyenne ; le nombre réel était dans l’intervalle {share} % du temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{expected} of %n registered ({low}–{high})</source>
        <translation>
            <numerusform>{expected} sur %n inscrit ({low}–{high})</numerusform>
            <numerusform>{expected} sur %n inscrits ({low}–{high})</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {expected} of {registered} ({low}–{high})</source>
        <translation>{category} : {expected} sur {registered} ({low}–{high})</translation>
    </message>
    <message>
        <source>Walk-ins: {expected} ({low}–{high})</source>
        <translation>Sans inscription : {expected} ({low}–{high})</translation>
    </message>
    <message>
        <source>Fewer than three past Mornings: built-in rates by category serve for now.</source>
        <translation>Moins de trois Matinales passées : des taux par catégorie intégrés servent pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>From %n past Mornings and each person's own record.</source>
        <translation>
            <numerusform>D’après %n Matinale passée et l’assiduité de chacun.</numerusform>
            <numerusform>D’après %n Matinales passées et l’assiduité de chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ramadan Morning.</source>
        <translation>Matinale pendant le ramadan.</translation>
    </message>
</context>
</TS>