<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ForecastLine</name>
    <message>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: %n expected ({low}–{high}), walk-ins included</source>
        <translation>
            <numerusform>التوقع: لا أحد (⁨{low}–{high}⁩)، بمن فيهم الحضور دون تسجيل</numerusform>
            <numerusform>التوقع: حاضر واحد (⁨{low}–{high}⁩)، بمن فيهم الحضور دون تسجيل</numerusform>
            <numerusform>التوقع: حاضران (⁨{low}–{high}⁩)، بمن فيهم الحضور دون تسجيل</numerusform>
            <numerusform>التوقع: %n حاضرين (⁨{low}–{high}⁩)، بمن فيهم الحضور دون تسجيل</numerusform>
            <numerusform>التوقع: %n حاضرًا (⁨{low}–{high}⁩)، بمن فيهم الحضور دون تسجيل</numerusform>
            <numerusform>التوقع: %n حاضر (⁨{low}–{high}⁩)، بمن فيهم الحضور دون تسجيل</numerusform>
        </translation>
    </message>
</context>
</TS>