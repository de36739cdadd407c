<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ForecastLine</name>
    <message numerus="yes">
        <source>Forecast: %n expected ({low}–{high}), walk-ins included</source>
        <translation>
            <numerusform>Forecast: %n expected ({low}–{high}), walk-ins included</numerusform>
            <numerusform>Forecast: %n expected ({low}–{high}), walk-ins included</numerusform>
        </translation>
    </message>
</context>
</TS>
