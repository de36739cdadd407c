<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ForecastChart</name>
    <message>
        <source>Forecast against actual, past Mornings</source>
        <translation>التوقع مقابل الحضور الفعلي، اللقاءات السابقة</translation>
    </message>
    <message>
        <source>One past Morning so far: the chart starts with two.</source>
        <translation>لقاء صباحي سابق واحد حتى الآن: يبدأ الرسم البياني من لقاءين.</translation>
    </message>
    <message>
        <source>No past Morning yet.</source>
        <translation>لا يوجد لقاء سابق بعد.</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>Breakfast forecast</source>
        <translation>توقع الحضور لوجبة الفطور</translation>
    </message>
    <message>
        <source>Computing the forecast…</source>
        <translation>جارٍ حساب التوقع…</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>No Morning to forecast.</source>
        <translation>لا يوجد لقاء للتوقع.</translation>
    </message>
    <message>
        <source>Expected: {n} ({low}–{high})</source>
        <translation>الحضور المتوقع: {n} (⁨{low}–{high}⁩)</translation>
    </message>
    <message>
        <source>Past forecasts will be checked once Mornings have been held.</source>
        <translation>سيتم التحقق من التوقعات بعد انعقاد لقاءات.</translation>
    </message>
    <message>
        <source>On the one past Morning the forecast was off by {mae} people; the actual count was inside the interval.</source>
        <translation>في اللقاء الصباحي السابق الوحيد، ابتعد التوقع بمقدار {mae} شخصًا؛ وكان العدد الفعلي داخل المجال.</translation>
    </message>
    <message>
        <source>On the one past Morning the forecast was off by {mae} people; the actual count was outside the interval.</source>
        <translation>في اللقاء الصباحي السابق الوحيد، ابتعد التوقع بمقدار {mae} شخصًا؛ وكان العدد الفعلي خارج المجال.</translation>
    </message>
    <message numerus="yes">
        <source>On %n past Mornings the forecast was off by {mae} people on average; the actual count was inside the interval {share} % of the time.</source>
        <translation>
            <numerusform>في %n لقاء سابق، أخطأ التوقع بمعدل {mae} أشخاص؛ وكان العدد الفعلي داخل المجال في {share} % من الحالات.</numerusform>
            <numerusform>في لقاء سابق واحد، أخطأ التوقع بمعدل {mae} أشخاص؛ وكان العدد الفعلي داخل المجال في {share} % من الحالات.</numerusform>
            <numerusform>في لقاءين سابقين، أخطأ التوقع بمعدل {mae} أشخاص؛ وكان العدد الفعلي داخل المجال في {share} % من الحالات.</numerusform>
            <numerusform>في %n لقاءات سابقة، أخطأ التوقع بمعدل {mae} أشخاص؛ وكان العدد الفعلي داخل المجال في {share} % من الحالات.</numerusform>
            <numerusform>في %n لقاءً سابقًا، أخطأ التوقع بمعدل {mae} أشخاص؛ وكان العدد الفعلي داخل المجال في {share} % من الحالات.</numerusform>
            <numerusform>في %n لقاء سابق، أخطأ التوقع بمعدل {mae} أشخاص؛ وكان العدد الفعلي داخل المجال في {share} % من الحالات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{expected} of %n registered ({low}–{high})</source>
        <translation>
            <numerusform>{expected} من أصل %n مسجل (⁨{low}–{high}⁩)</numerusform>
            <numerusform>{expected} من أصل مسجل واحد (⁨{low}–{high}⁩)</numerusform>
            <numerusform>{expected} من أصل مسجلَين (⁨{low}–{high}⁩)</numerusform>
            <numerusform>{expected} من أصل %n مسجلين (⁨{low}–{high}⁩)</numerusform>
            <numerusform>{expected} من أصل %n مسجلًا (⁨{low}–{high}⁩)</numerusform>
            <numerusform>{expected} من أصل %n مسجل (⁨{low}–{high}⁩)</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {expected} of {registered} ({low}–{high})</source>
        <translation>{category}: {expected} من أصل {registered} (⁨{low}–{high}⁩)</translation>
    </message>
    <message>
        <source>Walk-ins: {expected} ({low}–{high})</source>
        <translation>الحضور دون تسجيل: {expected} (⁨{low}–{high}⁩)</translation>
    </message>
    <message>
        <source>Fewer than three past Mornings: built-in rates by category serve for now.</source>
        <translation>أقل من ثلاثة لقاءات سابقة: تُستعمل حالياً نسب مدمجة حسب الفئة.</translation>
    </message>
    <message numerus="yes">
        <source>From %n past Mornings and each person's own record.</source>
        <translation>
            <numerusform>استناداً إلى %n لقاء سابق وسجل حضور كل شخص.</numerusform>
            <numerusform>استناداً إلى لقاء سابق واحد وسجل حضور كل شخص.</numerusform>
            <numerusform>استناداً إلى لقاءين سابقين وسجل حضور كل شخص.</numerusform>
            <numerusform>استناداً إلى %n لقاءات سابقة وسجل حضور كل شخص.</numerusform>
            <numerusform>استناداً إلى %n لقاءً سابقًا وسجل حضور كل شخص.</numerusform>
            <numerusform>استناداً إلى %n لقاء سابق وسجل حضور كل شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ramadan Morning.</source>
        <translation>لقاء خلال شهر رمضان.</translation>
    </message>
</context>
</TS>