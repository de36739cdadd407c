<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ForecastLine</name>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: %n expected ({low}–{high}), walk-ins included</source>
        <translation>
            <numerusform>Prévision : %n attendu ({low}–{high}), sans-inscription compris</numerusform>
            <numerusform>Prévision : %n attendus ({low}–{high}), sans-inscription compris</numerusform>
        </translation>
    </message>
</context>
</TS>