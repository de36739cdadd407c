<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>errors</name>
    <message>
        <source>No person {ref}.</source>
        <translation>Aucune personne {ref}.</translation>
    </message>
    <message>
        <source>{email} is not a valid e-mail address.</source>
        <translation>{email} n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>This person was erased.</source>
        <translation>Cette personne a été effacée.</translation>
    </message>
    <message>
        <source>A person cannot be merged into itself.</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>{name} is already merged the other way.</source>
        <translation>{name} est déjà fusionné(e) dans l’autre sens.</translation>
    </message>
    <message>
        <source>{name} is not merged into anyone.</source>
        <translation>{name} n’est fusionné(e) avec personne.</translation>
    </message>
</context>
</TS>