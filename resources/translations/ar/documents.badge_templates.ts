<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>errors</name>
    <message>
        <source>Badge template {file}: {section}.{key} must be a number.</source>
        <translation>قالب الشارة {file}: يجب أن يكون {section}.{key} عددًا.</translation>
    </message>
    <message>
        <source>Badge template {file}: {section}.{key} cannot be negative.</source>
        <translation>قالب الشارة {file}: لا يمكن أن يكون {section}.{key} سالبًا.</translation>
    </message>
    <message>
        <source>Badge template {file}: it is not a JSON object.</source>
        <translation>قالب الشارة {file}: ليس كائن JSON.</translation>
    </message>
    <message>
        <source>Badge template {file}: format {format} is not known to this version.</source>
        <translation>قالب الشارة {file}: الصيغة {format} غير معروفة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Badge template {file}: the id must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>قالب الشارة {file}: يجب أن يتكوّن المعرّف من حروف لاتينية صغيرة أو أرقام أو &apos;-&apos; أو &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Badge template {file}: the unit must be mm or in, not {unit}.</source>
        <translation>قالب الشارة {file}: يجب أن تكون الوحدة mm أو in، وليس {unit}.</translation>
    </message>
    <message>
        <source>Badge template {file}: grid.columns and grid.rows must be whole numbers.</source>
        <translation>قالب الشارة {file}: يجب أن يكون grid.columns وgrid.rows عددين صحيحين.</translation>
    </message>
    <message>
        <source>Badge template {file}: the grid must hold between 1 and 200 badges.</source>
        <translation>قالب الشارة {file}: يجب أن تضم الشبكة ما بين 1 و200 شارة.</translation>
    </message>
    <message>
        <source>Badge template {file}: font size {key} must be between 3 and 200 pt.</source>
        <translation>قالب الشارة {file}: يجب أن يكون حجم الخط {key} ما بين 3 و200 نقطة.</translation>
    </message>
    <message>
        <source>Badge template {file}: colour of {key} must look like #1A2B3C.</source>
        <translation>قالب الشارة {file}: يجب أن يُكتب لون {key} على شكل #1A2B3C.</translation>
    </message>
    <message>
        <source>Badge template {file}: logo must be a file path, &quot;default&quot; or null.</source>
        <translation>قالب الشارة {file}: يجب أن يكون logo مسار ملف أو &quot;default&quot; أو null.</translation>
    </message>
    <message>
        <source>Badge template {file}: the page needs a width and a height.</source>
        <translation>قالب الشارة {file}: تحتاج الصفحة إلى عرض وارتفاع.</translation>
    </message>
    <message>
        <source>Badge template {file}: a badge must be at least 20 × 15 mm.</source>
        <translation>قالب الشارة {file}: يجب ألا يقل حجم الشارة عن 20 × 15 مم.</translation>
    </message>
    <message>
        <source>Badge template {file}: badges overlap: the horizontal pitch is smaller than the badge width.</source>
        <translation>قالب الشارة {file}: الشارات متداخلة: الخطوة الأفقية أصغر من عرض الشارة.</translation>
    </message>
    <message>
        <source>Badge template {file}: badges overlap: the vertical pitch is smaller than the badge height.</source>
        <translation>قالب الشارة {file}: الشارات متداخلة: الخطوة العمودية أصغر من ارتفاع الشارة.</translation>
    </message>
    <message>
        <source>Badge template {file}: the badges do not fit on the page: they need {need} mm across, the page is {page} mm.</source>
        <translation>قالب الشارة {file}: الشارات لا تتسع في الصفحة: تحتاج إلى {need} مم عرضًا، وعرض الصفحة {page} مم.</translation>
    </message>
    <message>
        <source>Badge template {file}: the badges do not fit on the page: they need {need} mm down, the page is {page} mm.</source>
        <translation>قالب الشارة {file}: الشارات لا تتسع في الصفحة: تحتاج إلى {need} مم طولًا، وطول الصفحة {page} مم.</translation>
    </message>
    <message>
        <source>Badge template {file}: the padding leaves no room on the badge.</source>
        <translation>قالب الشارة {file}: الهامش الداخلي لا يترك أي مساحة على الشارة.</translation>
    </message>
    <message>
        <source>Badge template {file}: cannot be read ({reason}).</source>
        <translation>قالب الشارة {file}: تتعذّر قراءته ({reason}).</translation>
    </message>
    <message>
        <source>Badge template {file}: it is not valid JSON ({reason}).</source>
        <translation>قالب الشارة {file}: ليس JSON صالحًا ({reason}).</translation>
    </message>
    <message>
        <source>No badge template {id}; known: {known}.</source>
        <translation>لا يوجد قالب شارة {id}؛ القوالب المعروفة: {known}.</translation>
    </message>
</context>
</TS>
