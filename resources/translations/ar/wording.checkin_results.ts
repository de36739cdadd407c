<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>CheckinResult</name>
    <message>
        <source>Admitted</source>
        <translation>مسموح بالدخول</translation>
    </message>
    <message>
        <source>Admitted — attention</source>
        <translation>مسموح بالدخول — انتباه</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>سبق تسجيل حضوره</translation>
    </message>
    <message>
        <source>Not for this Morning</source>
        <translation>ليست لهذا اللقاء الصباحي</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>تذكرة غير معروفة</translation>
    </message>
    <message>
        <source>Code not recognised</source>
        <translation>رمز غير معروف</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>أُلغي تسجيل الحضور</translation>
    </message>
    <message>
        <source>Ready: scan a ticket or type a name</source>
        <translation>جاهز: امسح تذكرة أو اكتب اسمًا</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No result — Ctrl+N to register them on the spot</source>
        <translation>لا نتيجة — Ctrl+N لتسجيله في الحال</translation>
    </message>
    <message>
        <source>Please show your ticket's QR code, or ask the staff at the desk.</source>
        <translation>يُرجى إظهار رمز QR الخاص بتذكرتك، أو التوجّه إلى فريق الاستقبال.</translation>
    </message>
    <message>
        <source>Welcome! Category: {category}.</source>
        <translation>مرحبًا! الفئة: {category}.</translation>
    </message>
    <message>
        <source>Arrived at {time} at desk {desk} — do not admit again.</source>
        <translation>وصل على الساعة {time} عند المكتب {desk} — لا تسمح بالدخول مرة ثانية.</translation>
    </message>
    <message>
        <source>This ticket is for {title} on {date}.</source>
        <translation>هذه التذكرة خاصة بـ {title} بتاريخ {date}.</translation>
    </message>
    <message>
        <source>This registration was cancelled. Send the person to an organiser.</source>
        <translation>تم إلغاء هذا التسجيل. وجّه الشخص إلى أحد المنظمين.</translation>
    </message>
    <message>
        <source>A valid ticket of ours, not yet on this desk: sync, or find the person by name.</source>
        <translation>تذكرة صحيحة صادرة عنا، لكنها غير معروفة بعد في هذا المكتب: قم بالمزامنة، أو ابحث عن الشخص باسمه.</translation>
    </message>
    <message>
        <source>No ticket matches. Find the person by name, or register a walk-in.</source>
        <translation>لا توجد تذكرة مطابقة. ابحث عن الشخص باسمه، أو سجّله في عين المكان.</translation>
    </message>
    <message>
        <source>This ticket was replaced by a newer one: ask for the new ticket, or search by name.</source>
        <translation>استُبدلت هذه التذكرة بتذكرة أحدث: اطلب التذكرة الجديدة، أو ابحث بالاسم.</translation>
    </message>
    <message>
        <source>Nothing was read: scan again.</source>
        <translation>لم تتم قراءة أي شيء: أعد المسح.</translation>
    </message>
    <message>
        <source>Code not recognised — scan again or search by name.</source>
        <translation>رمز غير معروف — أعد المسح أو ابحث بالاسم.</translation>
    </message>
    <message>
        <source>The check-in was NOT saved: {problem} The queue can go on; scan again once fixed.</source>
        <translation>لم يُحفظ تسجيل الحضور: {problem} يمكن أن يستمر الطابور؛ أعد المسح بعد إصلاح المشكل.</translation>
    </message>
    <message>
        <source>First Morning — welcome!</source>
        <translation>أول لقاء صباحي — مرحبًا!</translation>
    </message>
    <message>
        <source>{ordinal} Morning</source>
        <translation>اللقاء الصباحي رقم {ordinal}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Welcome: please show your ticket's QR code</source>
        <translation>مرحبًا، يُرجى إظهار رمز QR الخاص بتذكرتك</translation>
    </message>
    <message>
        <source>Already checked in at {time}; if you need help, ask the staff at the desk.</source>
        <translation>سُجّل حضورك على الساعة {time}؛ إن احتجت إلى مساعدة، توجّه إلى فريق الاستقبال.</translation>
    </message>
    <message>
        <source>This registration was cancelled: please ask the staff at the desk.</source>
        <translation>أُلغي هذا التسجيل: يُرجى التوجّه إلى فريق الاستقبال.</translation>
    </message>
    <message>
        <source>Your ticket is valid but not on this kiosk yet: please ask the staff at the desk.</source>
        <translation>تذكرتك صالحة لكنها لم تصل بعد إلى جهاز الخدمة الذاتية هذا: يُرجى التوجّه إلى فريق الاستقبال.</translation>
    </message>
    <message>
        <source>We cannot find this ticket: please ask the staff at the desk.</source>
        <translation>تعذّر العثور على هذه التذكرة: يُرجى التوجّه إلى فريق الاستقبال.</translation>
    </message>
    <message>
        <source>This ticket was replaced by a newer one: show the new ticket, or ask the staff at the desk.</source>
        <translation>استُبدلت هذه التذكرة بأحدث منها: يُرجى إظهار التذكرة الجديدة، أو التوجّه إلى فريق الاستقبال.</translation>
    </message>
    <message>
        <source>Code not recognised: show the QR code again, or ask the staff at the desk.</source>
        <translation>لم يُتعرّف على الرمز: يُرجى إظهار رمز QR مرة أخرى، أو التوجّه إلى فريق الاستقبال.</translation>
    </message>
    <message>
        <source>Your check-in was NOT saved: please ask the staff at the desk.</source>
        <translation>لم يُسجَّل حضورك: يُرجى التوجّه إلى فريق الاستقبال.</translation>
    </message>
</context>
</TS>