<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="32" />
        <source>Welcome to Townsfolk</source>
        <translation>Willkommen bei Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="40" />
        <source>You have not added an account yet.

Once you have one, this window will show the posts of the people you follow, the people who live in your town, and everyone your town knows. Your notifications will be here too.</source>
        <translation>Du hast noch kein Konto hinzugefügt.

Sobald du eines hast, zeigt dieses Fenster die Beiträge der Leute, denen du folgst, der Leute aus deiner Stadt und aller, die deine Stadt kennt. Auch deine Benachrichtigungen findest du hier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="51" />
        <source>What this window will show</source>
        <translation>Was dieses Fenster zeigen wird</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="71" />
        <source>Townsfolk</source>
        <translation>Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="83" />
        <source>&amp;Townsfolk</source>
        <translation>&amp;Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="84" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="89" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="90" />
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="95" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="98" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="104" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="105" />
        <source>&amp;About Townsfolk</source>
        <translation>Ü&amp;ber Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="121" />
        <source>About Townsfolk</source>
        <translation>Über Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="123" />
        <source>Townsfolk {version}

A friendly way to join the fediverse: many towns, one account that talks to all of them.</source>
        <translation>Townsfolk {version}

Ein freundlicher Weg ins Fediverse: viele Städte, ein Konto, das mit allen spricht.</translation>
    </message>
</context>
</TS>