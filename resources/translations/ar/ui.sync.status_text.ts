<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>SyncStatus</name>
    <message>
        <source>door desk</source>
        <translation>مكتب الاستقبال</translation>
    </message>
    <message>
        <source>organiser desk</source>
        <translation>مكتب المنظِّم</translation>
    </message>
    <message>
        <source>This desk: %1 (%2)</source>
        <translation>هذا المكتب: %1 (%2)</translation>
    </message>
    <message>
        <source>No hub set up: this desk works alone (bundles still work).</source>
        <translation>لم يُضبط أي خادم مركزي: يعمل هذا المكتب بمفرده (تبقى الحزم صالحة للاستعمال).</translation>
    </message>
    <message>
        <source>Syncing with the hub… %1 operations received</source>
        <translation>جارٍ التزامن مع المحور… استُلمت %1 عملية</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>جارٍ المزامنة مع الخادم المركزي…</translation>
    </message>
    <message>
        <source>Hub reachable.</source>
        <translation>الخادم المركزي متاح.</translation>
    </message>
    <message>
        <source>Next try in %1 s.</source>
        <translation>المحاولة التالية بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Two databases write as the same desk (%1): a copied database. Nothing is lost; keep one, or join the other laptop as a desk of its own.</source>
        <translation>قاعدتا بيانات تكتبان باسم المكتب نفسه (%1): قاعدة بيانات منسوخة. لم يضع شيء؛ احتفظ بواحدة، أو أضف الحاسوب الآخر كمكتب مستقل.</translation>
    </message>
    <message>
        <source>Operations waiting to be sent: %1</source>
        <translation>العمليات في انتظار الإرسال: %1</translation>
    </message>
    <message>
        <source>Operations held, waiting to be retried: %1</source>
        <translation>عمليات معلّقة تُعاد محاولتها عند كل مزامنة: %1</translation>
    </message>
    <message>
        <source>Operations refused: %1</source>
        <translation>عمليات مرفوضة: %1</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>آخر إرسال: %1</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>آخر استقبال: %1</translation>
    </message>
    <message>
        <source>Clock: on time (off by %1)</source>
        <translation>الساعة: مضبوطة (فارق %1)</translation>
    </message>
    <message>
        <source>Clock: not yet compared with the hub&apos;s</source>
        <translation>الساعة: لم تُقارَن بعد بساعة الخادم المركزي</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 على الساعة %2</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the hub&apos;s: set the right date and time (admissions are stamped with it).</source>
        <translation>ساعة هذا الحاسوب متقدمة بـ %1 عن ساعة المحور: اضبط التاريخ والوقت الصحيحين (يُختم الدخول بها).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the hub&apos;s: set the right date and time (admissions are stamped with it).</source>
        <translation>ساعة هذا الحاسوب متأخرة بـ %1 عن ساعة المحور: اضبط التاريخ والوقت الصحيحين (يُختم الدخول بها).</translation>
    </message>
</context>
</TS>
