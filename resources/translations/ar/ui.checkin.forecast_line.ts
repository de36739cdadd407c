<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ForecastLine</name>
    <message>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>Forecast: {n} expected ({low}–{high}), walk-ins included</source>
        <translation>التوقع: {n} حاضراً ({low}–{high})، بمن فيهم الحضور دون تسجيل</translation>
    </message>
</context>
</TS>