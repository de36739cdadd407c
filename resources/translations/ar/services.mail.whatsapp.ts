<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>errors</name>
        <message>
            <source>{phone} is not a phone number WhatsApp can reach.</source>
            <translation>{phone} ليس رقم هاتف يمكن الوصول إليه عبر واتساب.</translation>
        </message>
    </context>
</TS>
