<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ForecastLine</name>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Forecast: {n} expected ({low}–{high}), walk-ins included</source>
        <translation>Prévision : {n} attendus ({low}–{high}), sans-inscription compris</translation>
    </message>
</context>
</TS>