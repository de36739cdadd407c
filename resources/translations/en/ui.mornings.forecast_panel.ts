<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ForecastPanel</name>
    <message numerus="yes">
        <source>On %n past Mornings the forecast was off by {mae} people on average; the actual count was inside the interval {share} % of the time.</source>
        <translation>
            <numerusform>On %n past Morning the forecast was off by {mae} people on average; the actual count was inside the interval {share} % of the time.</numerusform>
            <numerusform>On %n past Mornings the forecast was off by {mae} people on average; the actual count was inside the interval {share} % of the time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n past Mornings and each person's own record.</source>
        <translation>
            <numerusform>From %n past Morning and each person's own record.</numerusform>
            <numerusform>From %n past Mornings and each person's own record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{expected} of %n registered ({low}–{high})</source>
        <translation>
            <numerusform>{expected} of %n registered ({low}–{high})</numerusform>
            <numerusform>{expected} of %n registered ({low}–{high})</numerusform>
        </translation>
    </message>
</context>
</TS>
