<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>A speaker needs a name.</source>
        <translation>Un intervenant doit avoir un nom.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}</source>
        <translation>Adresse e-mail invalide : {email}</translation>
    </message>
    <message>
        <source>Cannot read the photo {file}.</source>
        <translation>Impossible de lire la photo {file}.</translation>
    </message>
    <message>
        <source>The photo {file} is too large (at most 20 MB).</source>
        <translation>La photo {file} est trop lourde (20 Mo au plus).</translation>
    </message>
    <message>
        <source>The file {file} is not an image (a PNG or JPEG photo is expected).</source>
        <translation>Le fichier {file} n'est pas une image (une photo PNG ou JPEG est attendue).</translation>
    </message>
    <message>
        <source>A speaker named {name} is already in the directory (id {id}); use that one, or add a namesake on purpose.</source>
        <translation>Un intervenant nommé {name} figure déjà dans l'annuaire (id {id}) ; utilisez-le, ou ajoutez exprès un homonyme.</translation>
    </message>
    <message>
        <source>No speaker {ref}.</source>
        <translation>Aucun intervenant {ref}.</translation>
    </message>
    <message>
        <source>Several speakers match {name}: {names}.</source>
        <translation>Plusieurs intervenants correspondent à {name} : {names}.</translation>
    </message>
    <message>
        <source>No speaker named {name}.</source>
        <translation>Aucun intervenant nommé {name}.</translation>
    </message>
    <message>
        <source>Choose two different speakers to merge.</source>
        <translation>Choisissez deux intervenants différents à fusionner.</translation>
    </message>
    <message>
        <source>These speakers are already merged.</source>
        <translation>Ces intervenants sont déjà fusionnés.</translation>
    </message>
</context>
</TS>