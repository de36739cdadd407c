<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera:</source>
        <translation>الكاميرا:</translation>
    </message>
    <message>
        <source>No camera found: use the USB scanner or type the code.</source>
        <translation>لم يُعثر على أي كاميرا: استعمل قارئ الرموز USB أو اكتب الرمز.</translation>
    </message>
    <message>
        <source>No permission to use the camera: use the USB scanner.</source>
        <translation>لا يوجد إذن لاستعمال الكاميرا: استعمل قارئ الرموز USB.</translation>
    </message>
    <message>
        <source>Camera unavailable ({problem}): use the USB scanner.</source>
        <translation>الكاميرا غير متاحة ({problem}): استعمل قارئ الرموز USB.</translation>
    </message>
</context>
</TS>
