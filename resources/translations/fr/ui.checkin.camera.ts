<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera:</source>
        <translation>Caméra :</translation>
    </message>
    <message>
        <source>No camera found: use the USB scanner or type the code.</source>
        <translation>Aucune caméra trouvée : utilisez la douchette USB ou tapez le code.</translation>
    </message>
    <message>
        <source>No permission to use the camera: use the USB scanner.</source>
        <translation>Pas d’autorisation d’utiliser la caméra : utilisez la douchette USB.</translation>
    </message>
    <message>
        <source>Camera unavailable ({problem}): use the USB scanner.</source>
        <translation>Caméra indisponible ({problem}) : utilisez la douchette USB.</translation>
    </message>
</context>
</TS>
