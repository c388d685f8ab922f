<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="40"/>
        <source>About this town</source>
        <translation>Über diese Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="44"/>
        <source>Why do you want to join? The people who look after this town read every request. It may take a few days before they say yes; Townsfolk will tell you.</source>
        <translation>Warum möchtest du beitreten? Die Leute, die sich um diese Stadt kümmern, lesen jede Anfrage. Es kann ein paar Tage dauern, bis sie Ja sagen; Townsfolk sagt dir dann Bescheid.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="48"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="51"/>
        <source>Why do you want to join?</source>
        <translation>Warum möchtest du beitreten?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="53"/>
        <source>A sentence or two about you and why you&apos;d like to join</source>
        <translation>Ein oder zwei Sätze über dich und warum du beitreten möchtest</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="58"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="59"/>
        <source>Ask the town again</source>
        <translation>Die Stadt noch einmal fragen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="62"/>
        <source>I already have an account here</source>
        <translation>Ich habe hier schon ein Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="63"/>
        <source>I already have an account in this town</source>
        <translation>Ich habe in dieser Stadt schon ein Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="102"/>
        <source>Asking {town} about itself…</source>
        <extracomment>Said once the town is read again (why the person was sent back here).</extracomment>
        <translation>{town} wird nach Infos über sich gefragt …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="168"/>
        <source>Join this town</source>
        <translation>Dieser Stadt beitreten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="205"/>
        <source>Town address: {address}</source>
        <translation>Adresse der Stadt: {address}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="214"/>
        <source>{n} people live here, and {active} of them were active last month.</source>
        <translation>{n} Leute wohnen hier, und {active} von ihnen waren im letzten Monat aktiv.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="220"/>
        <source>{n} people live here, and {active} of them were active last week.</source>
        <translation>{n} Leute wohnen hier, und {active} von ihnen waren in der letzten Woche aktiv.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="226"/>
        <source>{n} people live here.</source>
        <translation>{n} Leute wohnen hier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="232"/>
        <source>{n} people were active here last month.</source>
        <translation>{n} Leute waren hier im letzten Monat aktiv.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="238"/>
        <source>Language: {names}.</source>
        <translation>Sprache: {names}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="244"/>
        <source>Can I join?</source>
        <translation>Kann ich beitreten?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="248"/>
        <source>Yes: you can join now.</source>
        <translation>Ja: Du kannst jetzt beitreten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="249"/>
        <source>You ask to join, and a person from the town says yes. This can take a few days.</source>
        <translation>Du fragst, ob du beitreten darfst, und jemand aus der Stadt sagt Ja. Das kann ein paar Tage dauern.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="253"/>
        <source>This town is not taking new people right now. Please go back and pick another town.</source>
        <translation>Diese Stadt nimmt gerade keine neuen Leute auf. Bitte geh zurück und wähle eine andere Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="273"/>
        <source>You must be at least {age} years old.</source>
        <translation>Du musst mindestens {age} Jahre alt sein.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="277"/>
        <source>The town rules</source>
        <translation>Die Regeln der Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="307"/>
        <source>Terms of use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="312"/>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="316"/>
        <source>Before you join, you can read these pages (they open in your web browser):</source>
        <translation>Bevor du beitrittst, kannst du diese Seiten lesen (sie öffnen sich in deinem Webbrowser):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="325"/>
        <source>Who runs it: {who}</source>
        <translation>Wer die Stadt betreibt: {who}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="66"/>
        <source>Join on the town&apos;s web page</source>
        <translation>Auf der Webseite der Stadt beitreten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="69"/>
        <source>Join on the town&apos;s web page (opens your web browser)</source>
        <translation>Auf der Webseite der Stadt beitreten (öffnet deinen Webbrowser)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="159"/>
        <source>The town&apos;s page is open in your web browser. When you have joined there (and confirmed your email, if the town asks), come back and press “I have joined: log in”.</source>
        <translation>Die Seite der Stadt ist in deinem Webbrowser offen. Wenn du dort beigetreten bist (und deine E-Mail-Adresse bestätigt hast, falls die Stadt darum bittet), komm zurück und drücke „Ich bin beigetreten: anmelden“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="167"/>
        <source>I have joined: log in</source>
        <translation>Ich bin beigetreten: anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="257"/>
        <source>Yes, on the town&apos;s own web page: press “Join on the town&apos;s web page”, join there, then come back here and log in.</source>
        <translation>Ja, auf der eigenen Webseite der Stadt: Drücke „Auf der Webseite der Stadt beitreten“, tritt dort bei, komm dann hierher zurück und melde dich an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="286"/>
        <source>This town keeps its rules on its web page. Please read them before you join:</source>
        <translation>Diese Stadt hat ihre Regeln auf ihrer Webseite. Bitte lies sie, bevor du beitrittst:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="290"/>
        <source>Read the town rules</source>
        <translation>Die Regeln der Stadt lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="296"/>
        <source>The town did not tell Townsfolk its rules. Every town has some: please read about the town on its web page before you join.</source>
        <translation>Die Stadt hat Townsfolk ihre Regeln nicht genannt. Jede Stadt hat welche: Bitte lies auf ihrer Webseite über die Stadt, bevor du beitrittst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="303"/>
        <source>About the town (its web page)</source>
        <translation>Über die Stadt (ihre Webseite)</translation>
    </message>
</context>
<context>
    <name>AccountMoveDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="81"/>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="82"/>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="108"/>
        <source>Move my whole account</source>
        <extracomment>Where the old account&apos;s files are saved before the move (in the profile folder).</extracomment>
        <translation>Mein ganzes Konto umziehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="112"/>
        <source>What moves: your followers. Once the move is done, your old town tells them, and their accounts follow your new account by themselves. Townsfolk then brings in the people you follow, your lists, blocks, mutes, blocked towns and bookmarks.</source>
        <translation>Was umzieht: deine Follower. Sobald der Umzug fertig ist, sagt deine alte Stadt ihnen Bescheid, und ihre Konten folgen deinem neuen Konto von selbst. Danach übernimmt Townsfolk die Leute, denen du folgst, deine Listen, Blockierungen, Stummschaltungen, blockierten Städte und Lesezeichen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="120"/>
        <source>What does not move: your posts. They stay on %1, and your old account shows that you moved. After moving you must wait %2 days before you can move again.</source>
        <translation>Was nicht umzieht: deine Beiträge. Sie bleiben in %1, und dein altes Konto zeigt, dass du umgezogen bist. Nach einem Umzug musst du %2 Tage warten, bevor du wieder umziehen kannst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="128"/>
        <source>Your new account:</source>
        <translation>Dein neues Konto:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="130"/>
        <source>Your new account</source>
        <translation>Dein neues Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="133"/>
        <source>Add an account in another town…</source>
        <translation>Ein Konto in einer anderen Stadt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="139"/>
        <source>Open the download page</source>
        <translation>Die Download-Seite öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="141"/>
        <source>Skip this</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="144"/>
        <source>Open the page on the new town</source>
        <translation>Die Seite in der neuen Stadt öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="146"/>
        <source>Copy the old address</source>
        <translation>Die alte Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="150"/>
        <source>Save, then open the page on the old town</source>
        <translation>Speichern, dann die Seite in der alten Stadt öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="286"/>
        <source>Step 2. Townsfolk first saves the people you follow, your lists, blocks, mutes, blocked towns and bookmarks (once you have moved, %1 no longer lets it read them). Then, on %1, open “Move to a different account”, type your new address: %2, and your password, and press the button there to move.</source>
        <translation>Schritt 2. Townsfolk speichert zuerst die Leute, denen du folgst, deine Listen, Blockierungen, Stummschaltungen, blockierten Städte und Lesezeichen (nach dem Umzug lässt %1 Townsfolk sie nicht mehr lesen). Öffne dann in %1 „Zu einem anderen Konto umziehen“, gib deine neue Adresse ein: %2, und dein Passwort, und drücke dort den Knopf zum Umziehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="372"/>
        <source>Saving the people you follow, your lists, blocks, mutes, blocked towns and bookmarks from %1 first: once the account has moved, %2 no longer lets Townsfolk read them…</source>
        <translation>Zuerst werden die Leute, denen du folgst, deine Listen, Blockierungen, Stummschaltungen, blockierten Städte und Lesezeichen von %1 gespeichert: Nach dem Umzug lässt %2 Townsfolk sie nicht mehr lesen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="403"/>
        <source>%1 no longer lets Townsfolk read your old account: it may have moved already. Townsfolk looks whether it did.</source>
        <translation>%1 lässt Townsfolk dein altes Konto nicht mehr lesen: Vielleicht ist es schon umgezogen. Townsfolk sieht nach, ob das so ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="410"/>
        <source>Saved. When you have moved on the old town&apos;s page, Townsfolk sees it here by itself (it looks every little while).</source>
        <translation>Gespeichert. Wenn du auf der Seite der alten Stadt umgezogen bist, sieht Townsfolk das hier von selbst (es schaut regelmäßig nach).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="425"/>
        <source>Nothing has moved. Do not move on the old town&apos;s page yet: press the button again when %1 answers.</source>
        <translation>Es ist nichts umgezogen. Zieh auf der Seite der alten Stadt noch nicht um: Drücke den Knopf noch einmal, wenn %1 antwortet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="494"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, and nothing was saved before the move. Your followers still move by themselves. For the rest: download your files on %1&apos;s export page (it still works after a move), then bring them into %2 with “Bring in follows from a file…” in the menu.</source>
        <translation>%1 lässt Townsfolk dein altes Konto nach dem Umzug nicht mehr lesen, und vor dem Umzug wurde nichts gespeichert. Deine Follower ziehen trotzdem von selbst mit. Für den Rest: Lade deine Dateien auf der Export-Seite von %1 herunter (sie funktioniert auch nach einem Umzug) und übernimm sie dann mit „Gefolgte Leute aus einer Datei übernehmen…“ im Menü nach %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="153"/>
        <source>Copy the new address</source>
        <translation>Die neue Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="158"/>
        <source>Look now</source>
        <translation>Jetzt nachsehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="161"/>
        <source>Try again</source>
        <translation>Nochmal versuchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="169"/>
        <source>Start again</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="171"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="272"/>
        <source>(choose it above)</source>
        <translation>(oben auswählen)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="273"/>
        <source>your new town</source>
        <translation>deine neue Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="276"/>
        <source>First, if you want your posts: download them from %1 (a file for you to keep; they cannot be moved to the new town).</source>
        <translation>Zuerst, wenn du deine Beiträge behalten möchtest: Lade sie aus %1 herunter (eine Datei für dich; sie können nicht in die neue Stadt umziehen).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="280"/>
        <source>Step 1. On %1, open “Account aliases” and type your old address: %2. This tells the new town the old account is yours.</source>
        <translation>Schritt 1. Öffne in %1 „Konto-Aliase“ und gib deine alte Adresse ein: %2. So weiß die neue Stadt, dass das alte Konto dir gehört.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="293"/>
        <source>Step 3. Townsfolk looks whether %1 now says it moved.</source>
        <translation>Schritt 3. Townsfolk sieht nach, ob %1 jetzt sagt, dass es umgezogen ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="297"/>
        <source>Step 4. Townsfolk brings the people you follow, your lists, blocks, mutes, blocked towns and bookmarks into %1.</source>
        <translation>Schritt 4. Townsfolk übernimmt die Leute, denen du folgst, deine Listen, Blockierungen, Stummschaltungen, blockierten Städte und Lesezeichen nach %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="300"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="330"/>
        <source>You have moved to %1. Your followers are moving there by themselves (this can take a while). You can move again after %2.</source>
        <translation>Du bist nach %1 umgezogen. Deine Follower ziehen von selbst mit (das kann eine Weile dauern). Du kannst nach %2 wieder umziehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="455"/>
        <source>%1 does not say it moved yet. If you have done step 2, wait a minute: Townsfolk keeps looking.</source>
        <translation>%1 sagt noch nicht, dass es umgezogen ist. Wenn du Schritt 2 gemacht hast, warte eine Minute: Townsfolk schaut weiter nach.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="481"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, so Townsfolk brings in what it saved just before the move.</source>
        <translation>%1 lässt Townsfolk dein altes Konto nach dem Umzug nicht mehr lesen, deshalb übernimmt Townsfolk, was es kurz vor dem Umzug gespeichert hat.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="486"/>
        <source>Reading everything from your old account…</source>
        <translation>Alles aus deinem alten Konto wird gelesen…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="31"/>
        <source>Add an account in another town…</source>
        <translation>Ein Konto in einer anderen Stadt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="33"/>
        <source>Look again</source>
        <translation>Noch einmal nachsehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="42"/>
        <source>Which account do you move into?</source>
        <translation>In welches Konto ziehst du um?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="54"/>
        <source>Choose the account that should get what is in the file.</source>
        <translation>Wähle das Konto, das bekommen soll, was in der Datei steht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="57"/>
        <source>Choose your account in the new town. If you do not have one yet, add it first: Townsfolk helps you sign up or log in, then you come back here.</source>
        <translation>Wähle dein Konto in der neuen Stadt. Wenn du noch keins hast, füge es zuerst hinzu: Townsfolk hilft dir beim Registrieren oder Anmelden, dann kommst du hierher zurück.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="87"/>
        <source>You have no other account yet. Add one first.</source>
        <translation>Du hast noch kein anderes Konto. Füge zuerst eins hinzu.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="88"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="90"/>
        <source>Which of your accounts you are reading and writing with</source>
        <translation>Mit welchem deiner Konten du liest und schreibst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="144"/>
        <source>(backup)</source>
        <translation>(Sicherungskonto)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="192"/>
        <source>In use: your backup account @%1</source>
        <translation>In Gebrauch: dein Sicherungskonto @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="194"/>
        <source>In use: your account @%1</source>
        <translation>In Gebrauch: dein Konto @%1</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="225"/>
        <source>Someone in this town already uses that name. Please choose another one.</source>
        <extracomment>Software that looks at the return address only after the person has logged in (so the check before opening the browser cannot see a refusal) and refuses a loopback port. Software that signs people up only on its web page (no ``POST /api/v1/accounts``), and where that page is on the town. Where towns that keep their rules and policies as web pages (Takahē) put them; each is looked for only when the town&apos;s answers leave it out. How long a browser log-in that did not come back makes a town &quot;prefers the code&quot;. The town&apos;s own words about joining (plain text), e.g. why it is closed. For ``ELSEWHERE``: the page where people sign up. The town&apos;s own web pages for its terms of service and privacy policy, or None when the town has none (the wizard then says nothing rather than show a dead link). When the town&apos;s answers list no rules: its web page with the rules, if it has one (never shown as &quot;no rules&quot;), and its &quot;about&quot; page (or home page) to read instead.</extracomment>
        <translation>Jemand in dieser Stadt benutzt diesen Namen schon. Bitte wähle einen anderen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="229"/>
        <source>That name is kept aside by the town. Please choose another one.</source>
        <translation>Diesen Namen hält die Stadt frei. Bitte wähle einen anderen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="232"/>
        <source>A name can only have letters, numbers and underscores (_).</source>
        <translation>Ein Name darf nur Buchstaben, Ziffern und Unterstriche (_) enthalten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="235"/>
        <source>That name is too long. Please choose a shorter one.</source>
        <translation>Dieser Name ist zu lang. Bitte wähle einen kürzeren.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="238"/>
        <source>Please choose a name.</source>
        <translation>Bitte wähle einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="241"/>
        <source>This email address already has an account in this town. You can log in instead.</source>
        <translation>Für diese E-Mail-Adresse gibt es in dieser Stadt schon ein Konto. Du kannst dich stattdessen anmelden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="245"/>
        <source>This town does not accept this email provider. Please use another email address.</source>
        <translation>Diese Stadt nimmt keine Adressen von diesem E-Mail-Anbieter an. Bitte nimm eine andere E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="249"/>
        <source>This email address does not seem to exist. Please check it.</source>
        <translation>Diese E-Mail-Adresse scheint es nicht zu geben. Bitte prüfe sie.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="252"/>
        <source>That does not look like an email address. Please check it.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus. Bitte prüfe sie.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="255"/>
        <source>Please type your email address.</source>
        <translation>Bitte gib deine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="258"/>
        <source>Your password is too short. Please use at least 8 characters.</source>
        <translation>Dein Passwort ist zu kurz. Bitte nimm mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="261"/>
        <source>Your password is too long. Please use fewer than 72 characters.</source>
        <translation>Dein Passwort ist zu lang. Bitte nimm weniger als 72 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="264"/>
        <source>Please choose a password.</source>
        <translation>Bitte wähle ein Passwort.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="265"/>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>Dieses Passwort kann nicht verwendet werden. Bitte wähle ein anderes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="270"/>
        <source>Please read the town&apos;s rules and tick “I agree” to join.</source>
        <translation>Bitte lies die Regeln der Stadt und setze das Häkchen bei „Ich stimme zu“, um beizutreten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="275"/>
        <source>This town asks why you would like to join. Please write a sentence or two.</source>
        <translation>Diese Stadt möchte wissen, warum du beitreten möchtest. Bitte schreib ein oder zwei Sätze.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="279"/>
        <source>Your reason is too long. Please make it shorter.</source>
        <translation>Deine Begründung ist zu lang. Bitte mach sie kürzer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="284"/>
        <source>Sorry, you are too young to join this town.</source>
        <translation>Leider bist du zu jung, um dieser Stadt beizutreten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="285"/>
        <source>Please give your date of birth; this town needs it.</source>
        <translation>Bitte gib dein Geburtsdatum an; diese Stadt braucht es.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="288"/>
        <source>Please give your date of birth as day, month and year.</source>
        <translation>Bitte gib dein Geburtsdatum mit Tag, Monat und Jahr an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="297"/>
        <source>Please choose another name.</source>
        <translation>Bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="298"/>
        <source>Please check your email address.</source>
        <translation>Bitte prüfe deine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="299"/>
        <source>Please choose another password.</source>
        <translation>Bitte wähle ein anderes Passwort.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="300"/>
        <source>Please tick “I agree” to join.</source>
        <translation>Bitte setze das Häkchen bei „Ich stimme zu“, um beizutreten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="301"/>
        <source>Please check why you would like to join.</source>
        <translation>Bitte prüfe, was du als Grund für deinen Beitritt geschrieben hast.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="302"/>
        <source>Please check your date of birth.</source>
        <translation>Bitte prüfe dein Geburtsdatum.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="313"/>
        <source>Please check what you typed here.</source>
        <translation>Bitte prüfe, was du hier eingegeben hast.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="319"/>
        <source>in a minute</source>
        <translation>in einer Minute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="322"/>
        <source>in about {minutes} minutes</source>
        <translation>in etwa {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="323"/>
        <source>in an hour or so</source>
        <translation>in ungefähr einer Stunde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="331"/>
        <source>The connection to {town} is not safe (its certificate could not be checked), so Townsfolk did not continue. Please check the address or try again later.</source>
        <translation>Die Verbindung zu {town} ist nicht sicher (ihr Zertifikat konnte nicht geprüft werden), deshalb hat Townsfolk nicht weitergemacht. Bitte prüfe die Adresse oder versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="337"/>
        <source>Townsfolk could not reach {town}. Please check the address and your internet connection, then try again.</source>
        <translation>Townsfolk konnte {town} nicht erreichen. Bitte prüfe die Adresse und deine Internetverbindung und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="343"/>
        <source>{town} is taking too long to answer. Please try again in a little while.</source>
        <translation>{town} braucht zu lange für eine Antwort. Bitte versuche es in einer Weile noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="347"/>
        <source>{town} is a kind of town that Townsfolk cannot use yet. Please choose another town.</source>
        <translation>{town} ist eine Art von Stadt, die Townsfolk noch nicht nutzen kann. Bitte wähle eine andere Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="352"/>
        <source>{town} asked Townsfolk to slow down. Please try again {when}.</source>
        <translation>{town} hat Townsfolk gebeten, langsamer zu machen. Bitte versuche es {when} noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="358"/>
        <source>Townsfolk could not talk to {town}. Please try again in a little while.</source>
        <translation>Townsfolk konnte nicht mit {town} sprechen. Bitte versuche es in einer Weile noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="361"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Beim Austausch mit {town} ist etwas schiefgegangen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="434"/>
        <source>{town} does not look like a town Townsfolk can use. Please check the address.</source>
        <extracomment>Towns whose sign-up answered 404/405: base URL -&gt; the page to join on.</extracomment>
        <translation>{town} sieht nicht wie eine Stadt aus, die Townsfolk nutzen kann. Bitte prüfe die Adresse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="512"/>
        <source>{town} did not let Townsfolk in. Please try again later.</source>
        <translation>{town} hat Townsfolk nicht hereingelassen. Bitte versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="576"/>
        <source>{town} does not allow the usual way of logging in from Townsfolk. Please use the code instead: Townsfolk will show you how.</source>
        <translation>{town} erlaubt die übliche Art der Anmeldung aus Townsfolk nicht. Bitte nimm stattdessen den Code: Townsfolk zeigt dir, wie es geht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="610"/>
        <source>The town did not accept this log-in. Please try again.</source>
        <translation>Die Stadt hat diese Anmeldung nicht angenommen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="693"/>
        <source>That does not look like the code from the town&apos;s page. Please copy it again.</source>
        <translation>Das sieht nicht wie der Code von der Seite der Stadt aus. Bitte kopiere ihn noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="795"/>
        <location filename="../src/townsfolk/services/accounts.py" line="823"/>
        <source>{town} is not taking new people right now. Please choose another town.</source>
        <translation>{town} nimmt gerade keine neuen Leute auf. Bitte wähle eine andere Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="806"/>
        <source>Please fill in the marked boxes.</source>
        <translation>Bitte fülle die markierten Felder aus.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="830"/>
        <source>Too many sign-ups were tried from your internet connection. Please try again {when}.</source>
        <translation>Von deiner Internetverbindung aus wurde zu oft versucht, sich zu registrieren. Bitte versuche es {when} noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="938"/>
        <source>Please sign up again: Townsfolk no longer has this account&apos;s key.</source>
        <translation>Bitte registriere dich noch einmal: Townsfolk hat den Schlüssel für dieses Konto nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="965"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>Townsfolk ist bei {handle} nicht mehr angemeldet. Bitte melde dich noch einmal an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1269"/>
        <source>The town did not accept this sign-up. Please check every box.</source>
        <translation>Die Stadt hat diese Registrierung nicht angenommen. Bitte prüfe alle Felder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1271"/>
        <source>Please look at the marked boxes.</source>
        <translation>Bitte sieh dir die markierten Felder an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="719"/>
        <source>This code did not work. Codes work only once and only for a short time: press “Get a new code”, log in on the page that opens and copy the new code.</source>
        <translation>Dieser Code hat nicht funktioniert. Ein Code gilt nur einmal und nur kurze Zeit: Drücken Sie „Neuen Code holen“, melden Sie sich auf der Seite an, die sich öffnet, und kopieren Sie den neuen Code.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="483"/>
        <source>{town} takes new people only on its own web page. Join there, then come back and log in.</source>
        <translation>{town} nimmt neue Leute nur auf seiner eigenen Webseite auf. Tritt dort bei, komm dann zurück und melde dich an.</translation>
    </message>
</context>
<context>
    <name>AddToListDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="44"/>
        <source>Add %1 to a list</source>
        <translation>%1 zu einer Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="67"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="74"/>
        <source>Tick the lists %1 should be in.</source>
        <translation>Hake die Listen an, in denen %1 sein soll.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="78"/>
        <source>You have no lists yet. Lists let you read some people together, like “Family” or “Gardening”. Make one with “New list…” on the left.</source>
        <translation>Du hast noch keine Listen. Mit Listen liest du die Beiträge einiger Leute zusammen, zum Beispiel „Familie“ oder „Garten“. Lege eine mit „Neue Liste…“ links an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="132"/>
        <source>Added to “%1”.</source>
        <translation>Zu „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="134"/>
        <source>Taken out of “%1”.</source>
        <translation>Aus „%1“ herausgenommen.</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="67"/>
        <source>That does not look like a town&apos;s address. A town&apos;s address looks like mastodon.social.</source>
        <extracomment>Where to connect, without a trailing slash: ``https://mastodon.social``. The name to show people, in its own letters: ``bücher.example``. The host as the network knows it (ASCII, punycode for international names). The name before the town when the person typed a full address (``ann`` of ``@ann@x``).</extracomment>
        <translation>Das sieht nicht wie die Adresse einer Stadt aus. Die Adresse einer Stadt sieht so aus: mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="106"/>
        <source>Please type the address of your town, for example mastodon.social.</source>
        <extracomment>E-mail services people type by mistake where a town goes (&quot;ann@gmail.com&quot;).</extracomment>
        <translation>Bitte gib die Adresse deiner Stadt ein, zum Beispiel mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="121"/>
        <source>That is not the address of a town. A town&apos;s address looks like mastodon.social.</source>
        <translation>Das ist nicht die Adresse einer Stadt. Die Adresse einer Stadt sieht so aus: mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="133"/>
        <source>That does not look like a person&apos;s address. A full address looks like @ann@mastodon.social.</source>
        <translation>Das sieht nicht wie die Adresse einer Person aus. Eine vollständige Adresse sieht so aus: @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="151"/>
        <source>Please type only the town&apos;s address, without a name or password in it. A town&apos;s address looks like mastodon.social.</source>
        <translation>Bitte gib nur die Adresse der Stadt ein, ohne Namen oder Passwort darin. Die Adresse einer Stadt sieht so aus: mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="158"/>
        <source>the town</source>
        <translation>die Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="160"/>
        <source>That is the address of a page, not of a town. Please type just the town&apos;s name, like {town}.</source>
        <translation>Das ist die Adresse einer Seite, nicht einer Stadt. Bitte gib nur den Namen der Stadt ein, zum Beispiel {town}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="181"/>
        <source>Townsfolk only talks to towns over a safe (https) connection, and this address has none. Please use the town&apos;s name, like mastodon.social.</source>
        <translation>Townsfolk spricht mit Städten nur über eine sichere (https) Verbindung, und diese Adresse hat keine. Bitte nimm den Namen der Stadt, zum Beispiel mastodon.social.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="106"/>
        <source>The town</source>
        <translation>Die Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="110"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Beim Austausch mit {town} ist etwas schiefgegangen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="119"/>
        <source>Could not reach {town}. Check that you are connected to the internet, then try again.</source>
        <translation>{town} ist nicht erreichbar. Prüfe, ob du mit dem Internet verbunden bist, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="129"/>
        <source>Could not reach {town}. It may be down for a while, or your internet connection may be off. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} ist nicht erreichbar. Vielleicht ist die Stadt eine Weile nicht da, oder deine Internetverbindung ist weg. Es ist nichts verloren gegangen; versuche es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="140"/>
        <source>{town} is taking too long to answer. It may be very busy. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} braucht zu lange für eine Antwort. Vielleicht ist dort gerade sehr viel los. Es ist nichts verloren gegangen; versuche es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="151"/>
        <source>Could not open a secure connection to {town}. Its security certificate was not accepted, or something on your network is interfering. Townsfolk did not send anything.</source>
        <translation>Townsfolk konnte keine sichere Verbindung zu {town} aufbauen. Das Sicherheitszertifikat wurde nicht angenommen, oder etwas in deinem Netzwerk stört. Townsfolk hat nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="163"/>
        <source>{town} has a problem right now. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} hat gerade ein Problem. Es ist nichts verloren gegangen; versuche es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="199"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {seconds} seconds and try again.</source>
        <translation>{town} bittet Townsfolk, langsamer zu machen. Es ist nichts verloren gegangen; bitte warte etwa {seconds} Sekunden und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="204"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {minutes} minutes and try again.</source>
        <translation>{town} bittet Townsfolk, langsamer zu machen. Es ist nichts verloren gegangen; bitte warte etwa {minutes} Minuten und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="209"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait a few minutes and try again.</source>
        <translation>{town} bittet Townsfolk, langsamer zu machen. Es ist nichts verloren gegangen; bitte warte ein paar Minuten und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="221"/>
        <source>You are no longer logged in to {town}. Please log in again.</source>
        <translation>Du bist bei {town} nicht mehr angemeldet. Bitte melde dich noch einmal an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="270"/>
        <source>Please confirm your email address first: {town} sent you an email with a link. After you click it, come back and continue.</source>
        <translation>Bitte bestätige zuerst deine E-Mail-Adresse: {town} hat dir eine E-Mail mit einem Link geschickt. Wenn du ihn angeklickt hast, komm zurück und mach weiter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="276"/>
        <source>The people who run {town} have not approved your account yet. You will get an email when they do.</source>
        <translation>Die Leute, die {town} betreiben, haben dein Konto noch nicht freigegeben. Du bekommst eine E-Mail, sobald sie es tun.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="282"/>
        <source>Your account on {town} is switched off (it may have moved to another town, or been suspended). Check your email or log in on the town&apos;s website.</source>
        <translation>Dein Konto bei {town} ist abgeschaltet (vielleicht ist es in eine andere Stadt umgezogen oder wurde gesperrt). Sieh in deinen E-Mails nach oder melde dich auf der Webseite der Stadt an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="288"/>
        <source>{town} does not allow this right now.</source>
        <translation>{town} erlaubt das gerade nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="290"/>
        <source>{town} did not allow this. You may need to log in again.</source>
        <translation>{town} hat das nicht erlaubt. Vielleicht musst du dich noch einmal anmelden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="300"/>
        <source>That could not be found on {town}. It may have been deleted.</source>
        <translation>Das wurde bei {town} nicht gefunden. Vielleicht wurde es gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="308"/>
        <source>That username</source>
        <translation>Dieser Benutzername</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="309"/>
        <source>That email address</source>
        <translation>Diese E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="310"/>
        <source>The password</source>
        <translation>Das Passwort</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="311"/>
        <source>The agreement</source>
        <translation>Die Zustimmung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="312"/>
        <source>The language</source>
        <translation>Die Sprache</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="313"/>
        <source>The date of birth</source>
        <translation>Das Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="314"/>
        <source>The reason</source>
        <translation>Die Begründung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="315"/>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="316"/>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="317"/>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="321"/>
        <source>The {field}</source>
        <translation>Das Feld „{field}“</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="327"/>
        <source>is already taken. Please choose another one.</source>
        <translation>ist schon vergeben. Bitte wähle etwas anderes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="328"/>
        <source>is missing. Please fill it in.</source>
        <translation>fehlt. Bitte füll das Feld aus.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="329"/>
        <source>is not valid. Please check it.</source>
        <translation>ist nicht gültig. Bitte prüfe die Angabe.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="330"/>
        <source>is too long.</source>
        <translation>ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="331"/>
        <source>is too short.</source>
        <translation>ist zu kurz.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="332"/>
        <source>is reserved. Please choose another one.</source>
        <translation>ist reserviert. Bitte wähle etwas anderes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="333"/>
        <source>is not accepted by this town. Please use another one.</source>
        <translation>wird von dieser Stadt nicht angenommen. Bitte nimm etwas anderes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="336"/>
        <source>cannot receive email. Please check it.</source>
        <translation>kann keine E-Mails empfangen. Bitte prüfe die Angabe.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="337"/>
        <source>must be accepted to continue.</source>
        <translation>muss akzeptiert werden, damit es weitergehen kann.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="338"/>
        <source>is not one of the allowed choices.</source>
        <translation>gehört nicht zu den erlaubten Möglichkeiten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="339"/>
        <source>is below the minimum age for this town.</source>
        <translation>liegt unter dem Mindestalter dieser Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="343"/>
        <source>was not accepted. Please check it.</source>
        <translation>wurde nicht angenommen. Bitte prüfe die Angabe.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="374"/>
        <source>{field} {problem}</source>
        <extracomment>{field} names a box of the form (&quot;That username&quot;), {problem} says what is wrong with it (&quot;is too long.&quot;). Reorder them if your language needs to.</extracomment>
        <translation>{field} {problem}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="378"/>
        <source>{town} did not accept this. Please check what you entered.</source>
        <translation>{town} hat das nicht angenommen. Bitte prüfe, was du eingegeben hast.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="387"/>
        <source>{town} did not accept this request. Please try again.</source>
        <translation>{town} hat diese Anfrage nicht angenommen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="412"/>
        <source>{town} runs {software}, a kind of town Townsfolk cannot join yet. Please pick another town.</source>
        <translation>{town} läuft mit {software}, einer Art von Stadt, der Townsfolk noch nicht beitreten kann. Bitte wähle eine andere Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="417"/>
        <source>{town} does not seem to be a town Townsfolk can talk to. Please check the address, or pick another town.</source>
        <translation>{town} scheint keine Stadt zu sein, mit der Townsfolk sprechen kann. Bitte prüfe die Adresse oder wähle eine andere Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="429"/>
        <source>{town} sent an answer Townsfolk could not understand. Nothing was lost; try again later.</source>
        <translation>{town} hat eine Antwort geschickt, die Townsfolk nicht verstanden hat. Es ist nichts verloren gegangen; versuche es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../src/townsfolk/ui/app_settings.py" line="59"/>
        <source>Your settings could not be saved; they stay as you chose them until you quit Townsfolk. {problem}</source>
        <extracomment>The Settings window while it is open (for tests).</extracomment>
        <translation>Deine Einstellungen konnten nicht gespeichert werden; sie bleiben so, wie du sie gewählt hast, bis du Townsfolk beendest. {problem}</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="486"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="491"/>
        <source>The whole post</source>
        <translation>Der ganze Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="499"/>
        <source>Read the article</source>
        <translation>Den Artikel lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="501"/>
        <source>Read more</source>
        <translation>Weiterlesen</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="42"/>
        <source>Why a backup account</source>
        <translation>Warum ein Sicherungskonto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="45"/>
        <source>Suggested towns</source>
        <translation>Vorgeschlagene Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="51"/>
        <source>Join a second town (I&apos;m new there)</source>
        <translation>Einer zweiten Stadt beitreten (ich bin dort neu)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="52"/>
        <source>I already have an account in another town</source>
        <translation>Ich habe schon ein Konto in einer anderen Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="28"/>
        <source>A backup account (you can skip this)</source>
        <translation>Ein Sicherungskonto (du kannst das überspringen)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="33"/>
        <source>This step is optional: your account works without a backup. You can start using Townsfolk now, and add a backup any time from the Townsfolk menu. Townsfolk will remind you gently in a few days.</source>
        <translation>Dieser Schritt ist freiwillig: Dein Konto funktioniert auch ohne Sicherungskonto. Du kannst Townsfolk jetzt benutzen und jederzeit im Townsfolk-Menü ein Sicherungskonto hinzufügen. Townsfolk erinnert dich in ein paar Tagen sanft daran.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="38"/>
        <source>This step is optional</source>
        <translation>Dieser Schritt ist freiwillig</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="50"/>
        <source>Not now: start using Townsfolk (remind me later)</source>
        <translation>Nicht jetzt: Townsfolk benutzen (später erinnern)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="60"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="61"/>
        <source>Follow the same people on my backup account</source>
        <translation>Mit meinem Sicherungskonto denselben Leuten folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="63"/>
        <source>Then your backup shows the same posts when your town is away</source>
        <translation>Dann zeigt dein Sicherungskonto dieselben Beiträge, wenn deine Stadt nicht da ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="80"/>
        <source>Your account is @{handle}. Good towns for a backup: {towns}.</source>
        <translation>Dein Konto ist @{handle}. Gute Städte für ein Sicherungskonto: {towns}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="103"/>
        <source>Pick a second town</source>
        <translation>Eine zweite Stadt wählen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="104"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="105"/>
        <source>Skip for now</source>
        <translation>Jetzt überspringen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="106"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="114"/>
        <source>Your account has no backup yet. A backup account in a second town keeps you connected when your town is closed for a while. It takes a minute.</source>
        <extracomment>The first reminder comes this long after the account was first seen without a backup. &quot;Hide&quot;: asked again this much later. How often the window looks again (the reminder is not urgent).</extracomment>
        <translation>Dein Konto hat noch kein Sicherungskonto. Ein Sicherungskonto in einer zweiten Stadt hält dich in Verbindung, wenn deine Stadt eine Weile geschlossen ist. Es dauert nur eine Minute.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="118"/>
        <source>Add a backup account…</source>
        <translation>Sicherungskonto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="119"/>
        <source>Don&apos;t remind me again</source>
        <translation>Nicht mehr erinnern</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="156"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>BannerRow</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="93"/>
        <source>Hide</source>
        <extracomment>How many messages show at once (older ones wait underneath, never lost). Room the words keep beside the buttons, in average characters; less puts the buttons under.</extracomment>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="95"/>
        <source>Hide this message</source>
        <translation>Diese Nachricht ausblenden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="130"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="125"/>
        <source>Block %1?</source>
        <translation>%1 blockieren?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="127"/>
        <source>They won&apos;t be able to follow you or see your posts, and you won&apos;t see theirs. If you follow each other, that stops. They are not told, but they may notice.

To undo it, press Unblock on their profile or in “People you muted or blocked”.</source>
        <translation>Diese Person kann dir dann nicht folgen und deine Beiträge nicht sehen, und du siehst ihre nicht. Wenn ihr einander folgt, hört das auf. Sie erfährt es nicht, kann es aber merken.

Rückgängig machst du es mit „Nicht mehr blockieren“ in ihrem Profil oder unter „Stummgeschaltete und blockierte Leute“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="133"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
</context>
<context>
    <name>BlockTownDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="142"/>
        <source>Block the whole town %1?</source>
        <translation>Die ganze Stadt %1 blockieren?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="145"/>
        <source>You won&apos;t see posts or notifications from anyone who lives in %1. People from %1 who follow you are removed from your followers, and you stop following the people you follow there.

This is for towns that are run badly. For one person, mute or block them instead. You can unblock the town in “People you muted or blocked”, but the followers you lost do not come back by themselves.</source>
        <translation>Du siehst keine Beiträge und Benachrichtigungen mehr von Leuten, die in %1 wohnen. Leute aus %1, die dir folgen, werden aus deinen Followern entfernt, und du folgst den Leuten dort nicht mehr.

Das ist für Städte gedacht, die schlecht geführt werden. Für eine einzelne Person schalte sie lieber stumm oder blockiere sie. Du kannst die Stadt unter „Stummgeschaltete und blockierte Leute“ wieder freigeben, aber verlorene Follower kommen nicht von selbst zurück.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="154"/>
        <source>Block the town</source>
        <translation>Die Stadt blockieren</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="168"/>
        <source>What to do in the browser</source>
        <translation>Was du im Browser tun musst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="170"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="240"/>
        <source>Open the browser again</source>
        <translation>Browser noch einmal öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="171"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="241"/>
        <source>Open the log-in page in the browser again</source>
        <translation>Die Anmeldeseite noch einmal im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="174"/>
        <source>Use a code instead</source>
        <translation>Stattdessen einen Code nehmen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="175"/>
        <source>Log in by copying a code instead</source>
        <translation>Stattdessen mit einem kopierten Code anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="179"/>
        <source>The code from the town&apos;s page</source>
        <translation>Der Code von der Seite der Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="180"/>
        <source>Paste the code here</source>
        <translation>Füge den Code hier ein</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="229"/>
        <source>Log in to {town} in your browser</source>
        <translation>Melde dich im Browser bei {town} an</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="232"/>
        <source>We opened your browser so you can log in to {town}. Log in there and say yes to Townsfolk. Then come back: this window moves on by itself.

Nothing opened? Press “Open the browser again”, or use a code instead.</source>
        <translation>Wir haben deinen Browser geöffnet, damit du dich bei {town} anmelden kannst. Melde dich dort an und sag Ja zu Townsfolk. Dann komm zurück: Dieses Fenster geht von selbst weiter.

Nichts hat sich geöffnet? Drücke „Browser noch einmal öffnen“ oder nimm stattdessen einen Code.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="271"/>
        <source>{town} asks for a code instead of the usual way of logging in. It only takes a moment: follow the steps above.</source>
        <translation>{town} möchte statt der üblichen Anmeldung einen Code. Das dauert nur einen Moment: Mach einfach die Schritte oben.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="282"/>
        <source>Log in to {town} with a code</source>
        <translation>Mit einem Code bei {town} anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="285"/>
        <source>Log in to {town} on the page that opens in your browser and say yes to Townsfolk. The page then shows a code: copy it, paste it below and press “Log in”.</source>
        <translation>Melde dich auf der Seite, die sich in deinem Browser öffnet, bei {town} an und sag Ja zu Townsfolk. Die Seite zeigt dann einen Code: Kopiere ihn, füge ihn unten ein und drücke „Anmelden“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="321"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="329"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="215"/>
        <source>Still waiting for {town}. If the town showed an error page instead of asking you to say yes, press “Use a code instead”: some towns only allow that way.</source>
        <translation>Wir warten noch auf {town}. Wenn die Stadt eine Fehlerseite gezeigt hat, statt Sie um Ihre Zustimmung zu bitten, drücken Sie „Stattdessen einen Code nehmen“: Manche Städte erlauben nur diesen Weg.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="292"/>
        <source>Get a new code</source>
        <translation>Neuen Code holen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="293"/>
        <source>Open the log-in page again to get a new code</source>
        <translation>Die Anmeldeseite erneut öffnen, um einen neuen Code zu bekommen</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="448"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="449"/>
        <source>Write a post</source>
        <extracomment>The outbox entry sent last from this window, until the town has it. For the emoji picker (set by the main window): pictures, and the town&apos;s emoji.</extracomment>
        <translation>Beitrag schreiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="471"/>
        <source>Replying to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="478"/>
        <source>The post you are answering</source>
        <translation>Der Beitrag, auf den du antwortest</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="486"/>
        <source>Add a content warning (hide the post behind a note)</source>
        <translation>Inhaltswarnung hinzufügen (den Beitrag hinter einem Hinweis verbergen)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="487"/>
        <source>Add a content warning</source>
        <translation>Inhaltswarnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="489"/>
        <source>People see only your note first, and choose whether to read the post.</source>
        <translation>Die Leute sehen zuerst nur deinen Hinweis und entscheiden selbst, ob sie den Beitrag lesen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="494"/>
        <source>Your note, for example: Spoilers for the film</source>
        <translation>Dein Hinweis, zum Beispiel: Verrät das Ende des Films</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="495"/>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="501"/>
        <source>What would you like to say?</source>
        <translation>Was möchtest du sagen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="502"/>
        <source>Your post</source>
        <translation>Dein Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="513"/>
        <source>Characters left</source>
        <translation>Verbleibende Zeichen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="525"/>
        <source>Please describe each picture, so people who cannot see it know what it shows.</source>
        <translation>Bitte beschreibe jedes Bild, damit Leute, die es nicht sehen können, wissen, was es zeigt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="530"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="531"/>
        <source>Send without a description</source>
        <translation>Ohne Beschreibung senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="532"/>
        <source>Send without describing the pictures</source>
        <translation>Senden, ohne die Bilder zu beschreiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="539"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="540"/>
        <source>Add a poll</source>
        <translation>Umfrage hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="547"/>
        <source>Add a picture…</source>
        <translation>Bild hinzufügen …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="548"/>
        <source>Add a picture</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="551"/>
        <source>☺ Emoji…</source>
        <translation>☺ Emoji…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="553"/>
        <source>Add an emoji</source>
        <translation>Ein Emoji einfügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="554"/>
        <source>Add an emoji (Ctrl+E)</source>
        <translation>Ein Emoji einfügen (Strg+E)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="568"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="575"/>
        <source>Who can see this</source>
        <translation>Wer das sehen kann</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="574"/>
        <source>What this choice means</source>
        <translation>Was diese Auswahl bedeutet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="578"/>
        <source>Language of the post</source>
        <translation>Sprache des Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="583"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="588"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="594"/>
        <source>Posts waiting to be sent</source>
        <translation>Beiträge, die auf das Senden warten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="596"/>
        <source>Show the posts waiting to be sent</source>
        <translation>Die Beiträge anzeigen, die auf das Senden warten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="600"/>
        <source>Send the post</source>
        <translation>Den Beitrag senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="601"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="654"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="655"/>
        <source>Everyone, but quietly</source>
        <translation>Alle, aber leise</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="656"/>
        <source>Only my followers</source>
        <translation>Nur Leute, die mir folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="657"/>
        <source>Only people I mention</source>
        <translation>Nur Leute, die ich erwähne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="661"/>
        <source>your town</source>
        <translation>deiner Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="665"/>
        <source>Anyone can see it, and it shows up in the lists of new posts in %1 and other towns.</source>
        <translation>Alle können ihn sehen, und er erscheint in den Listen neuer Beiträge in %1 und anderen Städten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="671"/>
        <source>Anyone can see it on your profile and your followers get it, but it stays out of the lists of new posts.</source>
        <translation>Alle können ihn auf deinem Profil sehen, und die Leute, die dir folgen, bekommen ihn, aber er taucht nicht in den Listen neuer Beiträge auf.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="674"/>
        <source>Only the people who follow you can see it.</source>
        <translation>Nur die Leute, die dir folgen, können ihn sehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="675"/>
        <source>Only the people you mention with @name can see it.</source>
        <translation>Nur die Leute, die du mit @name erwähnst, können ihn sehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="696"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="753"/>
        <source>Replying to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="834"/>
        <source>1 character left</source>
        <translation>Noch 1 Zeichen übrig</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="836"/>
        <source>%1 characters left</source>
        <translation>Noch %1 Zeichen übrig</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="842"/>
        <source>1 character too many</source>
        <translation>1 Zeichen zu viel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="844"/>
        <source>%1 characters too many</source>
        <translation>%1 Zeichen zu viel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="878"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="882"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="934"/>
        <source>A post can have pictures or a poll, but not both.</source>
        <translation>Ein Beitrag kann Bilder oder eine Umfrage haben, aber nicht beides.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="888"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="928"/>
        <source>Your town allows %1 pictures in one post.</source>
        <translation>Deine Stadt erlaubt %1 Bilder in einem Beitrag.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="910"/>
        <source>Choose pictures</source>
        <translation>Bilder auswählen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="912"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="992"/>
        <source>Saving your post…</source>
        <translation>Dein Beitrag wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1016"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1067"/>
        <source>Your post was sent.</source>
        <translation>Dein Beitrag wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1020"/>
        <source>Your post is saved and on its way. It will be sent even if you close this.</source>
        <translation>Dein Beitrag ist gespeichert und unterwegs. Er wird gesendet, auch wenn du dieses Fenster schließt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1036"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Dieser Beitrag wird gerade gesendet. Bitte warte einen Moment und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1055"/>
        <source>You are changing a post that has not been sent yet.</source>
        <translation>Du änderst einen Beitrag, der noch nicht gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1074"/>
        <source>1 post waiting to be sent</source>
        <translation>1 Beitrag wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1076"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 Beiträge warten auf das Senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Hide them</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1100"/>
        <source>Close without sending?</source>
        <translation>Schließen, ohne zu senden?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1101"/>
        <source>You have not sent this post. Keep it for later?</source>
        <translation>Du hast diesen Beitrag nicht gesendet. Für später aufheben?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1102"/>
        <source>Keep it for later</source>
        <translation>Für später aufheben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1103"/>
        <source>Throw it away</source>
        <translation>Wegwerfen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1104"/>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/townsfolk/ui/dates.py" line="28"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/dates.py" line="31"/>
        <source>%Ln min</source>
        <comment>a short time: minutes ago</comment>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/dates.py" line="34"/>
        <source>%Ln h</source>
        <comment>a short time: hours ago</comment>
        <translation>
            <numerusform>%Ln Std.</numerusform>
            <numerusform>%Ln Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="133"/>
        <source>You&apos;re all set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="134"/>
        <source>Your accounts</source>
        <translation>Deine Konten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="136"/>
        <source>Three tips</source>
        <translation>Drei Tipps</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="144"/>
        <source>Your account: @{handle}</source>
        <translation>Dein Konto: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="146"/>
        <source>Your backup account: @{handle}</source>
        <translation>Dein Sicherungskonto: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="148"/>
        <source>Townsfolk will remind you later about a backup account.</source>
        <translation>Townsfolk erinnert dich später an ein Sicherungskonto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="156"/>
        <source>Open Townsfolk</source>
        <translation>Townsfolk öffnen</translation>
    </message>
</context>
<context>
    <name>EditPostDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="93"/>
        <source>Change your post</source>
        <translation>Deinen Beitrag ändern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="98"/>
        <source>People who already saw your post will see that it was changed. Pictures and polls stay as they are.</source>
        <translation>Wer deinen Beitrag schon gesehen hat, sieht, dass er geändert wurde. Bilder und Umfragen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="107"/>
        <source>The text of your post</source>
        <translation>Der Text deines Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="112"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="26"/>
        <source>What happens now</source>
        <translation>Wie es jetzt weitergeht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="28"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="29"/>
        <source>Resend the email</source>
        <translation>E-Mail noch einmal senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="46"/>
        <source>Something went missing</source>
        <translation>Etwas fehlt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="48"/>
        <source>Townsfolk no longer knows this account. Please sign up again.</source>
        <translation>Townsfolk kennt dieses Konto nicht mehr. Bitte registriere dich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="70"/>
        <source>your email address</source>
        <translation>deine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="73"/>
        <source>Waiting for {town} to say yes</source>
        <translation>Warten, bis {town} Ja sagt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="76"/>
        <source>Thank you, your email address is confirmed. The people who look after {town} read every request, and this can take a few days.

You can close Townsfolk now. It will check again the next time you open it, and carry on by itself as soon as you are let in.</source>
        <translation>Danke, deine E-Mail-Adresse ist bestätigt. Die Leute, die sich um {town} kümmern, lesen jede Anfrage, und das kann ein paar Tage dauern.

Du kannst Townsfolk jetzt schließen. Beim nächsten Öffnen schaut es wieder nach und macht von selbst weiter, sobald du hereingelassen wirst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="84"/>
        <source>Check your email</source>
        <translation>Sieh in deine E-Mails</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="87"/>
        <source>{town} sent an email to {email}. Open it and press the link inside to confirm that the address is yours.

This window moves on by itself as soon as you have done that. Nothing there? Look in your spam folder, or send the email again.</source>
        <translation>{town} hat eine E-Mail an {email} geschickt. Öffne sie und drücke auf den Link darin, um zu bestätigen, dass die Adresse dir gehört.

Dieses Fenster geht von selbst weiter, sobald du das getan hast. Nichts angekommen? Sieh in deinem Spam-Ordner nach oder lass die E-Mail noch einmal senden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="101"/>
        <source>Please sign up again</source>
        <translation>Bitte registriere dich noch einmal</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="103"/>
        <source>{town} no longer knows this account. Please sign up again.</source>
        <translation>{town} kennt dieses Konto nicht mehr. Bitte registriere dich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="111"/>
        <source>Sending the email again…</source>
        <translation>Die E-Mail wird noch einmal gesendet …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="114"/>
        <source>Done: a new email is on its way.</source>
        <translation>Erledigt: Eine neue E-Mail ist unterwegs.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="119"/>
        <source>Waiting…</source>
        <translation>Warten …</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="149"/>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="181"/>
        <source>Emoji</source>
        <extracomment>The common emoji, by group (the group names are translated in the picker). A few that need the emoji form selector (U+FE0F) to show in colour. At most this many town emoji pictures are asked for at once (type to find the others). The towns&apos; emoji, kept for an hour (one catalogue for the whole app).</extracomment>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="160"/>
        <source>Find an emoji, for example: heart</source>
        <translation>Ein Emoji finden, zum Beispiel: Herz</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="161"/>
        <source>Find an emoji</source>
        <translation>Ein Emoji finden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="165"/>
        <source>&amp;Find:</source>
        <translation>&amp;Finden:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="169"/>
        <source>Group of emoji</source>
        <translation>Emoji-Gruppe</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="170"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="184"/>
        <source>Arrow keys move between the emoji; Enter puts the chosen one in your post.</source>
        <translation>Mit den Pfeiltasten wechselst du zwischen den Emojis; die Eingabetaste setzt das gewählte in deinen Beitrag.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="204"/>
        <source>Emoji chosen now</source>
        <translation>Gerade gewähltes Emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="220"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="221"/>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="222"/>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="223"/>
        <source>Hearts and sparkles</source>
        <translation>Herzen und Funkeln</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="224"/>
        <source>Animals and nature</source>
        <translation>Tiere und Natur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="225"/>
        <source>Food and drink</source>
        <translation>Essen und Trinken</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="226"/>
        <source>Things to do</source>
        <translation>Unternehmungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="227"/>
        <source>Travel and places</source>
        <translation>Reisen und Orte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="228"/>
        <source>Objects</source>
        <translation>Gegenstände</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="229"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="235"/>
        <source>your town</source>
        <translation>deine Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="237"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="238"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="257"/>
        <source>%1 (a picture from your town)</source>
        <translation>%1 (ein Bild aus deiner Stadt)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="296"/>
        <source>No emoji has that name.</source>
        <translation>Kein Emoji hat diesen Namen.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="38"/>
        <source>Welcome to Townsfolk</source>
        <translation>Willkommen bei Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="46"/>
        <source>You have not added an account yet.

Once you have one, this window will show the posts of the people you follow, the people who live in your town, and everyone your town knows. Your notifications will be here too.</source>
        <translation>Du hast noch kein Konto hinzugefügt.

Sobald du eines hast, zeigt dieses Fenster die Beiträge der Leute, denen du folgst, der Leute aus deiner Stadt und aller, die deine Stadt kennt. Auch deine Benachrichtigungen findest du hier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="57"/>
        <source>What this window will show</source>
        <translation>Was dieses Fenster zeigen wird</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="60"/>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="62"/>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="31"/>
        <source>Working out how long this takes…</source>
        <translation>Es wird ausgerechnet, wie lange das dauert…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="34"/>
        <source>Almost done.</source>
        <translation>Fast fertig.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="35"/>
        <source>About %1 left.</source>
        <translation>Noch etwa %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="45"/>
        <source>How far the saving is</source>
        <translation>Wie weit das Speichern ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="50"/>
        <source>Try again</source>
        <translation>Nochmal versuchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="61"/>
        <source>Reading everything from your town</source>
        <translation>Alles aus deiner Stadt wird gelesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="73"/>
        <source>Townsfolk is reading from %1. You can close this window: it goes on, and if you quit, it goes on from there at the next start.</source>
        <translation>Townsfolk liest aus %1. Du kannst dieses Fenster schließen: Es geht weiter, und wenn du Townsfolk beendest, geht es beim nächsten Start dort weiter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="101"/>
        <source>The files could not be written into that folder. Choose another folder and try again.</source>
        <translation>Die Dateien konnten nicht in diesen Ordner geschrieben werden. Wähle einen anderen Ordner und versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="108"/>
        <source>Everything is read.</source>
        <translation>Alles ist gelesen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="110"/>
        <source>The files are in %1.</source>
        <translation>Die Dateien sind in %1.</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="90"/>
        <source>your unsent post is saved</source>
        <translation>dein nicht gesendeter Beitrag ist gespeichert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="91"/>
        <source>your %n unsent posts are saved</source>
        <translation>deine %n nicht gesendeten Beiträge sind gespeichert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="100"/>
        <source>{down} is not answering. You are now using your backup account on {backup}.</source>
        <translation>{down} antwortet nicht. Du nutzt jetzt dein Sicherungskonto bei {backup}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="104"/>
        <source>Townsfolk will ask you before going back to {down}.</source>
        <translation>Townsfolk fragt dich, bevor es zu {down} zurückwechselt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="106"/>
        <source>Townsfolk will switch you back when {down} is back.</source>
        <translation>Townsfolk wechselt zurück, sobald {down} wieder da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="108"/>
        <location filename="../src/townsfolk/services/failover.py" line="124"/>
        <source>Nothing is lost: {unsent} and will go out when {down} is back.</source>
        <translation>Es geht nichts verloren: {unsent}. Alles wird gesendet, sobald {down} wieder da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="112"/>
        <location filename="../src/townsfolk/services/failover.py" line="127"/>
        <source>Nothing is lost.</source>
        <translation>Es geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="119"/>
        <source>{down} is not answering.</source>
        <translation>{down} antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="121"/>
        <source>Your backup town {names} is not answering either.</source>
        <translation>Deine Sicherungsstadt {names} antwortet auch nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="128"/>
        <source>You can still read your saved posts.</source>
        <translation>Du kannst deine gespeicherten Beiträge trotzdem lesen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="131"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="138"/>
        <source>You are offline; showing saved posts.</source>
        <translation>Du bist offline; gespeicherte Beiträge werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="140"/>
        <source>Nothing is lost: {unsent} and will go out when you are online.</source>
        <translation>Es geht nichts verloren: {unsent}. Alles wird gesendet, sobald du online bist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="150"/>
        <source>{town} is back. You are using your account there again.</source>
        <translation>{town} ist wieder da. Du nutzt wieder dein Konto dort.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="152"/>
        <source>{town} is back. Townsfolk will switch you back when you finish writing.</source>
        <translation>{town} ist wieder da. Townsfolk wechselt zurück, sobald du fertig geschrieben hast.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="156"/>
        <source>{town} is back.</source>
        <translation>{town} ist wieder da.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="162"/>
        <source>{town} is back. Go back to your account on {town}? (If you choose not to, you keep using your backup account on {backup}.)</source>
        <translation>{town} ist wieder da. Zurück zu deinem Konto bei {town}? (Wenn nicht, nutzt du weiter dein Sicherungskonto bei {backup}.)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="391"/>
        <source>This account is no longer on this computer.</source>
        <translation>Dieses Konto ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="456"/>
        <source>Townsfolk cannot move posts right now. Please try again.</source>
        <translation>Townsfolk kann Beiträge gerade nicht verschieben. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="461"/>
        <source>This post is no longer waiting: it may have been sent.</source>
        <translation>Dieser Beitrag wartet nicht mehr: Vielleicht wurde er schon gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="476"/>
        <source>This backup account is no longer on this computer.</source>
        <translation>Dieses Sicherungskonto ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="488"/>
        <source>You have no backup account that can post right now. Your post stays saved and will go out from your main account.</source>
        <translation>Du hast gerade kein Sicherungskonto, das Beiträge senden kann. Dein Beitrag bleibt gespeichert und wird von deinem Hauptkonto gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="502"/>
        <source>Townsfolk could not find the post you are answering from {town}, so your reply stays saved and will go out from your main account.</source>
        <translation>Townsfolk konnte den Beitrag, auf den du antwortest, von {town} aus nicht finden. Deine Antwort bleibt deshalb gespeichert und wird von deinem Hauptkonto gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="527"/>
        <source>Townsfolk could not find this post from {town}. It may have been deleted, or it may not be visible from there.</source>
        <translation>Townsfolk konnte diesen Beitrag von {town} aus nicht finden. Vielleicht wurde er gelöscht, oder er ist von dort aus nicht zu sehen.</translation>
    </message>
</context>
<context>
    <name>Fediverse</name>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="242"/>
        <source>Photo on Pixelfed</source>
        <extracomment>Posts longer than Mastodon&apos;s own limit (500 letters) come from long-form servers: the window shows a part and &quot;Read more&quot;. Software whose posts read like Mastodon&apos;s; anything else says where it came from.</extracomment>
        <translation>Foto auf Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="243"/>
        <source>Photo set on Pixelfed: %n photos</source>
        <translation>Fotoserie auf Pixelfed: %n Fotos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="245"/>
        <source>Video on PeerTube</source>
        <translation>Video auf PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="250"/>
        <source>Music on %1</source>
        <translation>Musik auf %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="258"/>
        <source>Live now: %1</source>
        <translation>Jetzt live: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="260"/>
        <source>Was live: %1</source>
        <translation>War live: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="261"/>
        <source>Live stream: %1</source>
        <translation>Livestream: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="263"/>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="266"/>
        <source>Long post: %1</source>
        <translation>Langer Beitrag: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="267"/>
        <source>Long post</source>
        <translation>Langer Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="269"/>
        <source>From %1: open the original</source>
        <translation>Aus %1: das Original öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="63"/>
        <source>a photographer&apos;s album on Pixelfed</source>
        <extracomment>How each software spells its own name.</extracomment>
        <translation>ein Fotoalbum auf Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="64"/>
        <source>a video channel on PeerTube</source>
        <translation>ein Videokanal auf PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="65"/>
        <source>music on Funkwhale</source>
        <translation>Musik auf Funkwhale</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="66"/>
        <source>live streams on Owncast</source>
        <translation>Livestreams auf Owncast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="67"/>
        <source>a friend on Friendica</source>
        <translation>jemand auf Friendica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="68"/>
        <source>a discussion group on Lemmy</source>
        <translation>eine Diskussionsgruppe auf Lemmy</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="69"/>
        <source>a discussion group on Mbin</source>
        <translation>eine Diskussionsgruppe auf Mbin</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="70"/>
        <source>a blog on WriteFreely</source>
        <translation>ein Blog auf WriteFreely</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="71"/>
        <source>a blog on WordPress</source>
        <translation>ein Blog auf WordPress</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="72"/>
        <source>a blog on Plume</source>
        <translation>ein Blog auf Plume</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="73"/>
        <source>a reader on BookWyrm</source>
        <translation>jemand, der auf BookWyrm liest</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="74"/>
        <source>events on Mobilizon</source>
        <translation>Veranstaltungen auf Mobilizon</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="75"/>
        <source>events on Gancio</source>
        <translation>Veranstaltungen auf Gancio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="80"/>
        <source>a group on %1</source>
        <translation>eine Gruppe auf %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="82"/>
        <source>an automated account on %1</source>
        <translation>ein automatisches Konto auf %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="83"/>
        <source>someone on %1</source>
        <translation>jemand auf %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="55"/>
        <source>Choose a file saved by Townsfolk or by a town&apos;s own export page (for example following_accounts.csv). Nothing changes until you have seen what it would do.</source>
        <extracomment>The kinds offered, in the order the sentence about an unknown file names them.</extracomment>
        <translation>Wähle eine Datei, die Townsfolk oder die Export-Seite einer Stadt gespeichert hat (zum Beispiel following_accounts.csv). Nichts ändert sich, bevor du gesehen hast, was sie bewirken würde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="60"/>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="68"/>
        <source>What this file holds</source>
        <translation>Was diese Datei enthält</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="86"/>
        <source>Bring in a file</source>
        <translation>Eine Datei übernehmen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="100"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="102"/>
        <source>Files (*.csv *.txt)</source>
        <translation>Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="148"/>
        <source>Townsfolk could not open this file. Is it still there? Choose it again.</source>
        <translation>Townsfolk konnte diese Datei nicht öffnen. Ist sie noch da? Wähle sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="154"/>
        <source>This file has %1: %2 lines.</source>
        <translation>Diese Datei enthält %1: %2 Zeilen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="159"/>
        <source>%1 lines cannot be read and will be left out.</source>
        <translation>%1 Zeilen können nicht gelesen werden und werden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>FollowRequests</name>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="264"/>
        <source>let {name} follow you</source>
        <extracomment>The kinds Townsfolk shows; others (admin reports and the like) are left out. What is asked of a town that refused ``KNOWN_TYPES`` (400 or 422): the types every server family that has ``types[]`` knows. A town that refuses a type it does not know (Pleroma does for the admin types) would otherwise cost the person all her notifications. The saved ``type`` of an answered follow request (only on this computer). What the saved list shows: the town&apos;s kinds and the answered requests. The id of a follow request read from /api/v1/follow_requests (not a town notification). For a follow request: the answer given (None while it still waits). Kinds shown as one line per post (&quot;Ann and 3 others favourited your post&quot;) or per day (&quot;Ann and 2 others followed you&quot;), as Mastodon 4.3 groups them (docs: grouped notifications). Follow requests are never grouped: each needs its own answer. How far apart the newest and the oldest notification of one group may be. {name} is the person who asked to follow.</extracomment>
        <translation>Das Annehmen der Anfrage von {name}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="266"/>
        <source>decline the request from {name}</source>
        <translation>Das Ablehnen der Anfrage von {name}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="270"/>
        <source>{name} is no longer waiting for an answer: they may have taken the request back, or you already answered it somewhere else.</source>
        <translation>{name} wartet nicht mehr auf eine Antwort: Vielleicht wurde die Anfrage zurückgenommen, oder du hast sie schon woanders beantwortet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="278"/>
        <source>Townsfolk could not {action} because {town} is not answering. Nothing has changed; please try again in a little while.</source>
        <translation>{action} hat nicht geklappt, weil {town} nicht antwortet. Es hat sich nichts geändert; bitte versuche es in einer Weile noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="284"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} hat Townsfolk gebeten, langsamer zu machen. {action} hat deshalb nicht geklappt. Bitte versuche es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="290"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>Townsfolk ist bei {town} nicht mehr angemeldet. Bitte melde dich noch einmal an und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="295"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{action} wurde von {town} nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="297"/>
        <source>{town} had a problem and could not {action}. Nothing has changed; please try again later.</source>
        <translation>{town} hatte ein Problem. {action} hat deshalb nicht geklappt. Es hat sich nichts geändert; bitte versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="303"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>{action} hat nicht geklappt. Bitte versuche es noch einmal.</translation>
    </message>
</context>
<context>
    <name>FollowSync</name>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="82"/>
        <source>Your backup account already follows everyone your main account follows.</source>
        <translation>Dein Sicherungskonto folgt schon allen, denen dein Hauptkonto folgt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="87"/>
        <source>Your backup account now follows the same person as your main account.</source>
        <translation>Dein Sicherungskonto folgt jetzt derselben Person wie dein Hauptkonto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="91"/>
        <source>Your backup account now follows the same %n people as your main account.</source>
        <translation>Dein Sicherungskonto folgt jetzt denselben %n Leuten wie dein Hauptkonto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="97"/>
        <source>Following {done} of {total} people on your backup account</source>
        <translation>Dein Sicherungskonto folgt {done} von {total} Leuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="102"/>
        <source>The backup&apos;s town asked Townsfolk to slow down: the rest follow in {wait}</source>
        <translation>Die Stadt des Sicherungskontos hat Townsfolk gebeten, langsamer zu machen: Den übrigen Leuten wird in {wait} gefolgt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="338"/>
        <source>Follow sync is only for backup accounts.</source>
        <extracomment>(address, id on the backup&apos;s town) of people only the backup follows.</extracomment>
        <translation>Denselben Leuten folgen geht nur mit Sicherungskonten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="343"/>
        <source>The main account of this backup is no longer here.</source>
        <translation>Das Hauptkonto dieses Sicherungskontos ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="119"/>
        <source>◀ Previous photo</source>
        <translation>◀ Voriges Foto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="120"/>
        <source>Previous photo</source>
        <translation>Voriges Foto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="123"/>
        <source>Next photo ▶</source>
        <translation>Nächstes Foto ▶</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="124"/>
        <source>Next photo</source>
        <translation>Nächstes Foto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="142"/>
        <source>No photos.</source>
        <translation>Keine Fotos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="146"/>
        <source>The person did not describe this photo.</source>
        <translation>Die Person hat dieses Foto nicht beschrieben.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="148"/>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 von %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="185"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="186"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="38"/>
        <source> or </source>
        <extracomment>Help pages from Markdown files: key -&gt; file name in resources/help/&lt;language&gt;/.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="61"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="62"/>
        <source>Boost</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="63"/>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="64"/>
        <source>Save for later</source>
        <translation>Für später speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="65"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="69"/>
        <source>Next and previous post</source>
        <translation>Nächster und vorheriger Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="70"/>
        <source>J, K (or Down, Up)</source>
        <translation>J, K (oder Pfeil nach unten, Pfeil nach oben)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="73"/>
        <source>Open the conversation</source>
        <translation>Das Gespräch öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="74"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="77"/>
        <source>Show or hide a post behind a content warning</source>
        <translation>Einen Beitrag hinter einer Inhaltswarnung zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="80"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="82"/>
        <source>Show a sensitive picture</source>
        <translation>Ein heikles Bild zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="88"/>
        <source>Back to the newest posts</source>
        <translation>Zurück zu den neuesten Beiträgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="89"/>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="98"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="102"/>
        <source>Add an emoji</source>
        <translation>Ein Emoji einfügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="106"/>
        <source>Close the window (what you wrote is kept)</source>
        <translation>Das Fenster schließen (was du geschrieben hast, bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="107"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="114"/>
        <location filename="../src/townsfolk/ui/help_window.py" line="170"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="115"/>
        <source>To</source>
        <translation>Um</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="116"/>
        <source>Press</source>
        <translation>Drücke</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="120"/>
        <source>In a list of posts</source>
        <translation>In einer Liste von Beiträgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="121"/>
        <source>Writing a post</source>
        <translation>Beim Schreiben eines Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="168"/>
        <source>How Townsfolk works</source>
        <translation>Wie Townsfolk funktioniert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="169"/>
        <source>What the words mean</source>
        <translation>Was die Wörter bedeuten</translation>
    </message>
</context>
<context>
    <name>HiddenWords</name>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="235"/>
        <source>Townsfolk could not read your hidden words. {reason}</source>
        <translation>Townsfolk konnte deine ausgeblendeten Wörter nicht lesen. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="256"/>
        <source>Type at least one word to hide.</source>
        <translation>Gib mindestens ein Wort ein, das ausgeblendet werden soll.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="259"/>
        <source>Choose at least one place where the words are hidden.</source>
        <translation>Wähle mindestens einen Ort, an dem die Wörter ausgeblendet werden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="301"/>
        <source>Type at least one word and choose where to hide it.</source>
        <translation>Gib mindestens ein Wort ein und wähle, wo es ausgeblendet wird.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="351"/>
        <source>Townsfolk could not change your hidden words. {reason}</source>
        <translation>Townsfolk konnte deine ausgeblendeten Wörter nicht ändern. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="385"/>
        <source>Townsfolk could not save your hidden words on this computer.</source>
        <translation>Townsfolk konnte deine ausgeblendeten Wörter nicht auf diesem Computer speichern.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="54"/>
        <source>Hidden because it mentions %1.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out.</extracomment>
        <translation>Ausgeblendet, weil es %1 erwähnt.</translation>
    </message>
</context>
<context>
    <name>HiddenWordsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="93"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="100"/>
        <source>Hidden words</source>
        <extracomment>(rule being changed or None, words, contexts, action, seconds or 0)</extracomment>
        <translation>Ausgeblendete Wörter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="105"/>
        <source>Posts that mention these words are folded away or not shown at all. Whole words only: “cat” does not hide “concatenate”.</source>
        <translation>Beiträge, die diese Wörter erwähnen, werden eingeklappt oder gar nicht gezeigt. Nur ganze Wörter: „Kater“ blendet „Katerstimmung“ nicht aus.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="114"/>
        <source>Your town does not keep hidden words, so Townsfolk keeps them on this computer. They work only here.</source>
        <translation>Deine Stadt speichert keine ausgeblendeten Wörter, deshalb hebt Townsfolk sie auf diesem Computer auf. Sie wirken nur hier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="126"/>
        <source>Your hidden words</source>
        <translation>Deine ausgeblendeten Wörter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="132"/>
        <source>No hidden words yet.</source>
        <translation>Noch keine ausgeblendeten Wörter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="137"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="138"/>
        <source>Words to hide, separated by commas</source>
        <translation>Auszublendende Wörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="141"/>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="145"/>
        <source>People you follow</source>
        <translation>Leute, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="146"/>
        <source>Your town and Everywhere</source>
        <translation>Deine Stadt und Überall</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="147"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="148"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="149"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="168"/>
        <source>Fold the post behind a note (you can still open it)</source>
        <translation>Den Beitrag hinter einem Hinweis einklappen (du kannst ihn trotzdem öffnen)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="171"/>
        <source>Don&apos;t show the post at all</source>
        <translation>Den Beitrag gar nicht zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="180"/>
        <source>For how long:</source>
        <translation>Wie lange:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="183"/>
        <source>For how long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="186"/>
        <source>Until I remove them</source>
        <translation>Bis ich sie entferne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="187"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="188"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="189"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="190"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="208"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="211"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="262"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="214"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>not shown</source>
        <translation>nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>folded</source>
        <translation>eingeklappt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="250"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="283"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="25"/>
        <source>You can close this window: bringing everything in goes on. If you quit Townsfolk, it goes on from where it was at the next start.</source>
        <translation>Du kannst dieses Fenster schließen: Die Übernahme geht weiter. Wenn du Townsfolk beendest, geht sie beim nächsten Start dort weiter, wo sie war.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="30"/>
        <source>How far bringing everything in is</source>
        <translation>Wie weit die Übernahme ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="35"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="37"/>
        <source>Go on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="55"/>
        <source>Bringing everything in</source>
        <translation>Alles wird übernommen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="58"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="97"/>
        <source>Paused. Press Go on when you are ready; nothing done so far is lost.</source>
        <translation>Angehalten. Drücke „Weitermachen“, wenn du bereit bist; nichts, was schon erledigt ist, geht verloren.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="108"/>
        <source>Nothing done so far is lost. Press Go on to try again.</source>
        <translation>Nichts, was schon erledigt ist, geht verloren. Drücke „Weitermachen“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="120"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="121"/>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="128"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>KindWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="580"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="581"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="582"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="583"/>
        <source>Live stream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="584"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="585"/>
        <source>Long post</source>
        <translation>Langer Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="587"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="595"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="161"/>
        <source>Same as this computer</source>
        <extracomment>The language the code is written in; it needs no catalogue. Names as people write them in their own language (Qt&apos;s are &quot;American English&quot;, &quot;español de España&quot;: right for a locale, too narrow for a language). What was there before (``remove_language`` puts it back).</extracomment>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="168"/>
        <source>Townsfolk will speak the language you choose the next time it starts.</source>
        <translation>Townsfolk spricht die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../src/townsfolk/ui/links.py" line="24"/>
        <source>This link cannot be opened safely, so Townsfolk did not open it. Only web pages (https and http) and email addresses open from Townsfolk.</source>
        <translation>Dieser Link lässt sich nicht sicher öffnen, darum hat Townsfolk ihn nicht geöffnet. Aus Townsfolk heraus öffnen sich nur Webseiten (https und http) und E-Mail-Adressen.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="78"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <extracomment>Someone was taken out (their posts must leave the list&apos;s page). Replaceable in tests: asks before deleting a list.</extracomment>
        <translation>Mit Listen liest du die Beiträge einiger Leute zusammen, zum Beispiel „Familie“ oder „Garten“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="87"/>
        <source>Name of the list</source>
        <translation>Name der Liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="89"/>
        <source>For example: Family</source>
        <translation>Zum Beispiel: Familie</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="96"/>
        <source>Which replies to show</source>
        <translation>Welche Antworten gezeigt werden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="100"/>
        <source>Replies to people in this list</source>
        <translation>Antworten an Leute in dieser Liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="101"/>
        <source>Replies to anyone you follow</source>
        <translation>Antworten an alle, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="102"/>
        <source>No replies</source>
        <translation>Keine Antworten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="107"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="114"/>
        <source>Show these people only here, not in “People you follow”</source>
        <translation>Diese Leute nur hier zeigen, nicht bei „Leute, denen du folgst“</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="135"/>
        <source>&amp;People in this list:</source>
        <translation>&amp;Leute in dieser Liste:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="138"/>
        <source>People in this list</source>
        <translation>Leute in dieser Liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="141"/>
        <source>&amp;Remove from list</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="148"/>
        <source>&amp;Add people you follow:</source>
        <translation>Leute, denen du folgst, &amp;hinzufügen:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="151"/>
        <source>Find people you follow</source>
        <translation>Leute finden, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="152"/>
        <source>Type a name</source>
        <translation>Gib einen Namen ein</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="156"/>
        <source>People you follow</source>
        <translation>Leute, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="158"/>
        <source>A&amp;dd to list</source>
        <translation>Zur Liste hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="181"/>
        <source>Delete list…</source>
        <translation>Liste löschen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="184"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="208"/>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="210"/>
        <source>List “%1”</source>
        <translation>Liste „%1“</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Create list</source>
        <translation>Liste &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Create list</source>
        <translation>Liste anlegen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Save the name and choices</source>
        <translation>Namen und Auswahl speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="259"/>
        <source>List created. Now add the people you want to read in it.</source>
        <translation>Die Liste ist angelegt. Füge jetzt die Leute hinzu, die du darin lesen möchtest.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="261"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="314"/>
        <source>Nobody you follow has that name.</source>
        <translation>Niemand, dem du folgst, hat diesen Namen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="333"/>
        <source>%1 is now in this list.</source>
        <translation>%1 ist jetzt in dieser Liste.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="354"/>
        <source>%1 was taken out of this list.</source>
        <translation>%1 wurde aus dieser Liste herausgenommen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="362"/>
        <source>Delete this list?</source>
        <translation>Diese Liste löschen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="365"/>
        <source>Delete the list “%1”? The people in it are not told, and you keep following them.</source>
        <translation>Die Liste „%1“ löschen? Die Leute darin erfahren nichts davon, und du folgst ihnen weiter.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="159"/>
        <source>Please give the list a name, like “Family” or “Gardening”.</source>
        <translation>Bitte gib der Liste einen Namen, wie „Familie“ oder „Garten“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="60"/>
        <source>Your town did not take that name. Please try a shorter or different one.</source>
        <extracomment>Whose replies a list shows: people in the list, people you follow, nobody&apos;s. At most this many people are read from &quot;people you follow&quot; (40 a page).</extracomment>
        <translation>Deine Stadt hat diesen Namen nicht angenommen. Versuche bitte einen kürzeren oder anderen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="226"/>
        <source>You can add only people you follow. Follow them first, then add them.</source>
        <translation>Du kannst nur Leute hinzufügen, denen du folgst. Folge ihnen zuerst, dann füge sie hinzu.</translation>
    </message>
</context>
<context>
    <name>ListsPlaces</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="45"/>
        <source>+  New list…</source>
        <extracomment>The editor or &quot;Add to list&quot; window open now (for tests).</extracomment>
        <translation>+  Neue Liste…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="47"/>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="49"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <translation>Mit Listen liest du die Beiträge einiger Leute zusammen, zum Beispiel „Familie“ oder „Garten“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="52"/>
        <source>Edit list…</source>
        <translation>Liste bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="54"/>
        <source>Edit this list</source>
        <translation>Diese Liste bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="125"/>
        <source>Posts from the people in this list will show here. Add people with “Edit list…” above.</source>
        <translation>Hier erscheinen die Beiträge der Leute in dieser Liste. Füge Leute mit „Liste bearbeiten…“ oben hinzu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="139"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="142"/>
        <source>Posts from the people in this list.</source>
        <translation>Beiträge der Leute in dieser Liste.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="207"/>
        <source>Add %1 to a list</source>
        <translation>%1 zu einer Liste hinzufügen</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="439"/>
        <source>● Live now</source>
        <translation>● Jetzt live</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="441"/>
        <source>Was live</source>
        <translation>War live</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="443"/>
        <source>Live stream</source>
        <translation>Livestream</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="451"/>
        <source>Preview picture of the stream: %1</source>
        <translation>Vorschaubild des Streams: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="453"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="455"/>
        <source>Live streams on Owncast · %1</source>
        <translation>Livestreams auf Owncast · %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Watch</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Open the stream&apos;s page</source>
        <translation>Die Seite des Streams öffnen</translation>
    </message>
</context>
<context>
    <name>LogOutDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="31"/>
        <source>Remove %1 from Townsfolk?</source>
        <translation>%1 aus Townsfolk entfernen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="34"/>
        <source>Townsfolk forgets this account: the key to it, the posts saved on this computer, and its place in the account menu. The account itself and your posts stay on %1; you can add it again later.</source>
        <translation>Townsfolk vergisst dieses Konto: den Schlüssel dazu, die auf diesem Computer gespeicherten Beiträge und seinen Platz im Kontomenü. Das Konto selbst und deine Beiträge bleiben in %1; du kannst es später wieder hinzufügen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="40"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="42"/>
        <source>Log out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="45"/>
        <source>This computer forgets the key to your account. Your account and your posts stay on %1, and you can log in again at any time. The copies of posts saved on this computer are removed.</source>
        <translation>Dieser Computer vergisst den Schlüssel zu deinem Konto. Dein Konto und deine Beiträge bleiben in %1, und du kannst dich jederzeit wieder anmelden. Die auf diesem Computer gespeicherten Kopien von Beiträgen werden entfernt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="51"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="62"/>
        <source>Your backup account %1 becomes your main account.</source>
        <translation>Dein Sicherungskonto %1 wird dein Hauptkonto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="70"/>
        <source>Send them first</source>
        <translation>Zuerst senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="72"/>
        <source>Send the waiting posts first</source>
        <translation>Die wartenden Beiträge zuerst senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="86"/>
        <source>1 post from this account is still waiting to be sent.</source>
        <translation>1 Beitrag dieses Kontos wartet noch darauf, gesendet zu werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="88"/>
        <source>%n posts from this account are still waiting to be sent.</source>
        <translation>
            <numerusform>%n Beitrag dieses Kontos wartet noch darauf, gesendet zu werden.</numerusform>
            <numerusform>%n Beiträge dieses Kontos warten noch darauf, gesendet zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="92"/>
        <source>Removing the account would delete what is waiting: send it first, or tick the box to delete it.</source>
        <translation>Wenn du das Konto entfernst, wird gelöscht, was noch wartet: Sende es zuerst, oder hake das Kästchen an, um es zu löschen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="97"/>
        <source>If you log out now, it stays saved on this computer and goes out when you log in again.</source>
        <translation>Wenn du dich jetzt abmeldest, bleibt es auf diesem Computer gespeichert und geht raus, wenn du dich wieder anmeldest.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="109"/>
        <source>Delete the waiting post</source>
        <translation>Den wartenden Beitrag löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="111"/>
        <source>Delete the %n waiting posts</source>
        <translation>
            <numerusform>Den %n wartenden Beitrag löschen</numerusform>
            <numerusform>Die %n wartenden Beiträge löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginBrowserPage</name>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="83"/>
        <source>You are logged in</source>
        <translation>Du bist angemeldet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="87"/>
        <source>You can go back to Townsfolk now. You may close this browser tab.</source>
        <translation>Du kannst jetzt zu Townsfolk zurückkehren. Diesen Browser-Tab kannst du schließen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="93"/>
        <source>The log-in did not work</source>
        <translation>Die Anmeldung hat nicht geklappt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="97"/>
        <source>This is not the log-in Townsfolk is waiting for</source>
        <translation>Das ist nicht die Anmeldung, auf die Townsfolk wartet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="101"/>
        <source>Townsfolk ignored this page because it does not belong to the log-in it is waiting for. If you are logging in, finish on your town&apos;s page in the browser, or start the log-in again from Townsfolk.</source>
        <translation>Townsfolk hat diese Seite nicht beachtet, weil sie nicht zu der Anmeldung gehört, auf die es wartet. Wenn du dich gerade anmeldest, mach auf der Seite deiner Stadt im Browser weiter, oder starte die Anmeldung noch einmal in Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="111"/>
        <source>en</source>
        <extracomment>The language code of the page shown in the browser after logging in (de, fr, ...).</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="192"/>
        <source>An answer came back that does not belong to the log-in Townsfolk started, so it was ignored for your safety. Please start the log-in again from Townsfolk.</source>
        <translation>Es kam eine Antwort zurück, die nicht zu der Anmeldung gehört, die Townsfolk gestartet hat. Zu deiner Sicherheit wurde sie nicht beachtet. Bitte starte die Anmeldung noch einmal in Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="200"/>
        <source>Townsfolk waited for you to log in, but nothing came back from the browser. Please try again; if the browser did not open, use the code instead.</source>
        <translation>Townsfolk hat auf deine Anmeldung gewartet, aber vom Browser kam nichts zurück. Bitte versuche es noch einmal; wenn sich der Browser nicht geöffnet hat, nimm stattdessen den Code.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="285"/>
        <source>This log-in is already finished.</source>
        <translation>Diese Anmeldung ist schon abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="301"/>
        <source>The town did not let Townsfolk in. If you pressed “Deny” or closed the page, that is fine: you can try again whenever you like.</source>
        <translation>Die Stadt hat Townsfolk nicht hereingelassen. Wenn du „Ablehnen“ gedrückt oder die Seite geschlossen hast, ist das in Ordnung: Du kannst es jederzeit noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="38"/>
        <source>Type the name of your town, or your full address. All of these work: mastodon.social, https://mastodon.social, @ann@mastodon.social.</source>
        <translation>Gib den Namen deiner Stadt oder deine vollständige Adresse ein. Das alles funktioniert: mastodon.social, https://mastodon.social, @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="42"/>
        <source>How to type your town</source>
        <translation>Wie du deine Stadt eingibst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="45"/>
        <source>Your town or your full address</source>
        <translation>Deine Stadt oder deine vollständige Adresse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="46"/>
        <source>For example mastodon.social</source>
        <translation>Zum Beispiel mastodon.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="55"/>
        <source>Towns that match</source>
        <translation>Passende Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="56"/>
        <source>Your town</source>
        <translation>Deine Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="66"/>
        <source>Log in to your backup account</source>
        <translation>Bei deinem Sicherungskonto anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="68"/>
        <source>Log in to your town</source>
        <translation>Bei deiner Stadt anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="90"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="101"/>
        <source>That looks like an e-mail address. Here Townsfolk needs the address of your town, like mastodon.social, or your full address in it, like @ann@mastodon.social.</source>
        <translation>Das sieht aus wie eine E-Mail-Adresse. Townsfolk braucht hier die Adresse deiner Stadt, wie mastodon.social, oder deine vollständige Adresse dort, wie @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="131"/>
        <source>That is the town of your first account. A backup account needs to be in another town, so that it works when your first town is away.</source>
        <translation>Das ist die Stadt deines ersten Kontos. Ein Sicherungskonto muss in einer anderen Stadt sein, damit es funktioniert, wenn deine erste Stadt nicht da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="155"/>
        <source>Townsfolk could not reach {town}, but your internet connection works. Please check the address; if it is right, the town may be closed for a while: try again later.</source>
        <translation>Townsfolk konnte {town} nicht erreichen, aber deine Internetverbindung funktioniert. Bitte prüfe die Adresse; wenn sie stimmt, ist die Stadt vielleicht eine Weile geschlossen: versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="119"/>
        <source>Checking {town}…</source>
        <translation>{town} wird geprüft …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="155"/>
        <location filename="../src/townsfolk/ui/window/notifications.py" line="123"/>
        <source>Townsfolk</source>
        <translation>Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="54"/>
        <source>&amp;Townsfolk</source>
        <translation>&amp;Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="55"/>
        <source>&amp;Write a post…</source>
        <translation>Beitrag &amp;schreiben …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="58"/>
        <source>&amp;Add an account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="60"/>
        <source>Add a &amp;backup account…</source>
        <translation>Sicherungs&amp;konto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="65"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="75"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="78"/>
        <source>&amp;People you follow</source>
        <translation>&amp;Leute, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="79"/>
        <source>Your &amp;town</source>
        <translation>Deine &amp;Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="80"/>
        <source>&amp;Everywhere</source>
        <translation>&amp;Überall</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="81"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="82"/>
        <source>Sa&amp;ved posts</source>
        <translation>&amp;Gespeicherte Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="83"/>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="93"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="96"/>
        <source>&amp;Look for new posts now</source>
        <translation>Jetzt nach &amp;neuen Beiträgen sehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="99"/>
        <source>&amp;Your profile</source>
        <translation>&amp;Dein Profil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="127"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="130"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="133"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="139"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="147"/>
        <source>&amp;About Townsfolk</source>
        <translation>Ü&amp;ber Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="185"/>
        <source>About Townsfolk</source>
        <translation>Über Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="186"/>
        <source>Townsfolk {version}

A friendly way to join the fediverse: many towns, one account that talks to all of them.</source>
        <translation>Townsfolk {version}

Ein freundlicher Weg ins Fediverse: viele Städte, ein Konto, das mit allen spricht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="66"/>
        <source>✎  Write a post</source>
        <translation>✎  Beitrag schreiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="68"/>
        <source>Write a post</source>
        <translation>Beitrag schreiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="69"/>
        <source>Write a post (Ctrl+N)</source>
        <translation>Beitrag schreiben (Strg+N)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="91"/>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="93"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="94"/>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="116"/>
        <source>Posts from the people you follow will show here. Find people to follow in “Your town” or with Search.</source>
        <translation>Hier erscheinen die Beiträge der Leute, denen du folgst. Leute zum Folgen findest du unter „Deine Stadt“ oder über die Suche.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="121"/>
        <source>Posts from people who live in your town will show here.</source>
        <translation>Hier erscheinen die Beiträge von Leuten, die in deiner Stadt wohnen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="124"/>
        <source>Posts from every town your town knows will show here.</source>
        <translation>Hier erscheinen die Beiträge aus allen Städten, die deine Stadt kennt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="127"/>
        <source>Posts you save (with “Save” under a post) will show here.</source>
        <translation>Hier erscheinen die Beiträge, die du speicherst (mit „Speichern“ unter einem Beitrag).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="142"/>
        <source>Log in again</source>
        <translation>Noch einmal anmelden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="149"/>
        <source>Townsfolk — %1</source>
        <translation>Townsfolk – %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="35"/>
        <source>People you follow</source>
        <translation>Leute, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="36"/>
        <source>Your town (people on %1)</source>
        <translation>Deine Stadt (Leute aus %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="106"/>
        <source>&amp;Town status (how the towns are doing)</source>
        <translation>S&amp;tatus der Städte (wie es den Städten geht)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="101"/>
        <source>&amp;Edit my profile…</source>
        <translation>Mein Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="103"/>
        <source>People to &amp;follow</source>
        <translation>Leute zum &amp;Folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="140"/>
        <source>&amp;How Townsfolk works</source>
        <translation>&amp;Wie Townsfolk funktioniert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="143"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="145"/>
        <source>&amp;What the words mean</source>
        <translation>Was die &amp;Wörter bedeuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="37"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="38"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="39"/>
        <source>Saved posts</source>
        <translation>Gespeicherte Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="40"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="49"/>
        <source>Posts from the people you follow, in every town.</source>
        <translation>Beiträge der Leute, denen du folgst, aus allen Städten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="51"/>
        <source>Posts from everyone who lives in %1, whether you follow them or not.</source>
        <translation>Beiträge von allen, die in %1 wohnen, ob du ihnen folgst oder nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="57"/>
        <source>Posts from people in all the towns %1 knows. Your one account reaches every town.</source>
        <translation>Beiträge von Leuten aus allen Städten, die %1 kennt. Mit deinem einen Konto erreichst du jede Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="63"/>
        <source>Who answered, favourited or boosted your posts, and who follows you.</source>
        <translation>Wer deine Beiträge beantwortet, favorisiert oder geteilt hat, und wer dir folgt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="66"/>
        <source>Posts you saved for later. Only you can see this list.</source>
        <translation>Beiträge, die du für später gespeichert hast. Nur du kannst diese Liste sehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="317"/>
        <source>Something went wrong inside Townsfolk. Nothing was lost; if it happens again, please restart Townsfolk.</source>
        <translation>In Townsfolk ist etwas schiefgegangen. Es ist nichts verloren gegangen; wenn es wieder passiert, starte Townsfolk bitte neu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="87"/>
        <source>You are offline; showing saved posts. Posts you write are kept and will go out by themselves when you are back online.</source>
        <translation>Du bist offline; gespeicherte Beiträge werden angezeigt. Beiträge, die du schreibst, werden aufgehoben und gehen von selbst raus, sobald du wieder online bist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="93"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="152"/>
        <source>%1 is back. Townsfolk will take you back to your account there when you finish writing.</source>
        <translation>%1 ist wieder da. Townsfolk bringt dich zu deinem Konto dort zurück, sobald du fertig geschrieben hast.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="163"/>
        <source>%1 is back.</source>
        <translation>%1 ist wieder da.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="173"/>
        <source>%1 is back. Go back to your account there? If you choose “Not now”, you keep using your backup account %2.</source>
        <translation>%1 ist wieder da. Zurück zu deinem Konto dort? Wenn du „Jetzt nicht“ wählst, nutzt du weiter dein Sicherungskonto %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="182"/>
        <source>Yes, go back</source>
        <translation>Ja, zurück</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="183"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="193"/>
        <source>%1 is back. You are using your account %2 again.</source>
        <translation>%1 ist wieder da. Du nutzt wieder dein Konto %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="198"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="229"/>
        <source>%1 is not answering. You are now using your backup account @%2.</source>
        <translation>%1 antwortet nicht. Du nutzt jetzt dein Sicherungskonto @%2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="235"/>
        <source>Nothing is lost: your waiting post will go out when %1 is back.</source>
        <translation>Es geht nichts verloren: Dein wartender Beitrag wird gesendet, sobald %1 wieder da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="242"/>
        <source>Nothing is lost: your %2 waiting posts will go out when %1 is back.</source>
        <translation>Es geht nichts verloren: Deine %2 wartenden Beiträge werden gesendet, sobald %1 wieder da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="249"/>
        <source>Nothing is lost.</source>
        <translation>Es geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="254"/>
        <source>Post from my backup instead</source>
        <translation>Stattdessen von meinem Sicherungskonto senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="259"/>
        <source>%1 is not answering.</source>
        <translation>%1 antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="262"/>
        <source>Nothing is lost: your waiting posts will go out when %1 is back. Meanwhile you can read your saved posts.</source>
        <translation>Es geht nichts verloren: Deine wartenden Beiträge werden gesendet, sobald %1 wieder da ist. In der Zwischenzeit kannst du deine gespeicherten Beiträge lesen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="270"/>
        <source>Nothing is lost. Meanwhile you can read your saved posts.</source>
        <translation>Es geht nichts verloren. In der Zwischenzeit kannst du deine gespeicherten Beiträge lesen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="281"/>
        <source>not answering, saved posts only</source>
        <translation>antwortet nicht, nur gespeicherte Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="283"/>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="302"/>
        <source>Saved posts: %1 is not answering, so these are the posts Townsfolk kept. You can read them; new posts come when %1 is back.</source>
        <translation>Gespeicherte Beiträge: %1 antwortet nicht, deshalb siehst du die Beiträge, die Townsfolk aufgehoben hat. Du kannst sie lesen; neue Beiträge kommen, sobald %1 wieder da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="322"/>
        <source>You keep using your backup account @%1.</source>
        <translation>Du nutzt weiter dein Sicherungskonto @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="369"/>
        <source>Your post will go out from your backup account %1.</source>
        <translation>Dein Beitrag wird von deinem Sicherungskonto %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="374"/>
        <source>Your %2 posts will go out from your backup account %1.</source>
        <translation>Deine %2 Beiträge werden von deinem Sicherungskonto %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/notifications.py" line="113"/>
        <source>%1 new notifications</source>
        <translation>%1 neue Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="157"/>
        <source>Favourited from your backup account @%1.</source>
        <translation>Von deinem Sicherungskonto @%1 aus favorisiert.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="159"/>
        <source>Boosted from your backup account @%1.</source>
        <translation>Von deinem Sicherungskonto @%1 aus geteilt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="180"/>
        <source>More actions for this post</source>
        <translation>Weitere Aktionen für diesen Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="185"/>
        <source>Copy link to post</source>
        <translation>Link zum Beitrag kopieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="187"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="191"/>
        <source>Open the conversation</source>
        <translation>Das Gespräch öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="203"/>
        <source>Change this post…</source>
        <translation>Diesen Beitrag ändern …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="206"/>
        <source>Delete this post…</source>
        <translation>Diesen Beitrag löschen …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="224"/>
        <source>The link to the post was copied.</source>
        <translation>Der Link zum Beitrag wurde kopiert.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="259"/>
        <source>Your post was deleted.</source>
        <translation>Dein Beitrag wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="265"/>
        <source>Delete this post?</source>
        <translation>Diesen Beitrag löschen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="266"/>
        <source>Delete your post for good? It will disappear from every town. This cannot be undone.</source>
        <translation>Deinen Beitrag endgültig löschen? Er verschwindet aus allen Städten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="75"/>
        <source>Write a post — @%1</source>
        <translation>Beitrag schreiben – @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="101"/>
        <location filename="../src/townsfolk/ui/window/posting.py" line="160"/>
        <source>Your post was sent.</source>
        <translation>Dein Beitrag wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="103"/>
        <source>Your post is saved on this computer. It will be sent when you are online again.</source>
        <translation>Dein Beitrag ist auf diesem Computer gespeichert. Er wird gesendet, sobald du wieder online bist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="108"/>
        <source>Your post is saved on this computer. It will be sent when your town answers.</source>
        <translation>Dein Beitrag ist auf diesem Computer gespeichert. Er wird gesendet, sobald deine Stadt antwortet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="113"/>
        <source>Sending your post…</source>
        <translation>Dein Beitrag wird gesendet…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="121"/>
        <source>Behind a content warning: %1</source>
        <translation>Hinter einer Inhaltswarnung: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="186"/>
        <source>1 post waiting to be sent</source>
        <translation>1 Beitrag wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="188"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 Beiträge warten auf das Senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="191"/>
        <source>See the posts waiting to be sent</source>
        <translation>Die Beiträge ansehen, die auf das Senden warten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="182"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="211"/>
        <source>No posts with #%1 yet.</source>
        <translation>Noch keine Beiträge mit #%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="215"/>
        <source>Posts with #%1</source>
        <translation>Beiträge mit #%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="365"/>
        <source>%1 is not answering; showing saved posts.</source>
        <translation>%1 antwortet nicht; gespeicherte Beiträge werden gezeigt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="285"/>
        <source>Your town does not let people change their posts. You can delete the post and write it again.</source>
        <translation>In deiner Stadt kann man Beiträge nicht ändern. Du kannst den Beitrag löschen und neu schreiben.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Preview picture of the video: %1</source>
        <translation>Vorschaubild des Videos: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Cover of %1</source>
        <translation>Cover von %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="248"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="252"/>
        <source>Video on PeerTube</source>
        <translation>Video auf PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="254"/>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="256"/>
        <source>Music on %1</source>
        <translation>Musik auf %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="258"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="260"/>
        <source>%1 long</source>
        <translation>%1 lang</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="267"/>
        <source>■ Stop</source>
        <translation>■ Anhalten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="268"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play video</source>
        <translation>▶ Video abspielen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="292"/>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="293"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="337"/>
        <source>Townsfolk cannot play videos on this computer, so it opened this one on %1 in your web browser.</source>
        <translation>Townsfolk kann auf diesem Computer keine Videos abspielen. Deshalb hat es dieses auf %1 in deinem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="342"/>
        <source>Townsfolk cannot play music on this computer, so it opened this track on %1 in your web browser.</source>
        <translation>Townsfolk kann auf diesem Computer keine Musik abspielen. Deshalb hat es dieses Stück auf %1 in deinem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="380"/>
        <source>This video would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Dieses Video ließ sich in Townsfolk nicht abspielen. Deshalb wurde es auf %1 in deinem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="383"/>
        <source>This track would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Dieses Stück ließ sich in Townsfolk nicht abspielen. Deshalb wurde es auf %1 in deinem Webbrowser geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="405"/>
        <source>Townsfolk could not play this here, and your web browser did not open. Please try again later.</source>
        <translation>Townsfolk konnte das hier nicht abspielen, und dein Webbrowser hat sich nicht geöffnet. Bitte versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="271"/>
        <source>Open on %1</source>
        <translation>Auf %1 öffnen</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="28"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="31"/>
        <source>Loading the picture…</source>
        <translation>Das Bild wird geladen …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="34"/>
        <source>A picture with no description</source>
        <translation>Ein Bild ohne Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="41"/>
        <source>The person who posted this did not describe it.</source>
        <translation>Wer das gepostet hat, hat es nicht beschrieben.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="45"/>
        <source>Description of the picture</source>
        <translation>Beschreibung des Bildes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="58"/>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="66"/>
        <source>The picture could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Moving</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="23"/>
        <source>The people you follow</source>
        <translation>Die Leute, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="24"/>
        <source>Your lists</source>
        <translation>Deine Listen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="25"/>
        <source>The people you blocked</source>
        <translation>Die Leute, die du blockiert hast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="26"/>
        <source>The people you muted</source>
        <translation>Die Leute, die du stummgeschaltet hast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="27"/>
        <source>The towns you blocked</source>
        <translation>Die Städte, die du blockiert hast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="28"/>
        <source>Your bookmarks</source>
        <translation>Deine Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/moved.py" line="31"/>
        <source>%1 moved to %2</source>
        <translation>%1 ist nach %2 umgezogen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="43"/>
        <source>&amp;Move to another town…</source>
        <translation>In eine andere Stadt &amp;umziehen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="44"/>
        <source>Save my follows and lists…</source>
        <translation>Meine gefolgten Leute und Listen speichern…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="45"/>
        <source>Bring in follows from a file…</source>
        <translation>Gefolgte Leute aus einer Datei übernehmen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="53"/>
        <source>Move my &amp;whole account…</source>
        <translation>Mein &amp;ganzes Konto umziehen…</translation>
    </message>
</context>
<context>
    <name>MovingExport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="122"/>
        <source>Your lists are saved (%n lines in all).</source>
        <translation>Deine Listen sind gespeichert (insgesamt %n Zeilen).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="124"/>
        <source>Saving your lists stopped because your town did not answer (%n lines saved so far). It goes on from there when you try again.</source>
        <translation>Das Speichern deiner Listen wurde unterbrochen, weil deine Stadt nicht geantwortet hat (bisher %n Zeilen gespeichert). Es geht dort weiter, wenn du es noch einmal versuchst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="133"/>
        <source>Reading the people you follow</source>
        <translation>Die Leute, denen du folgst, werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="134"/>
        <source>Reading the people you blocked</source>
        <translation>Die Leute, die du blockiert hast, werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="135"/>
        <source>Reading the people you muted</source>
        <translation>Die Leute, die du stummgeschaltet hast, werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="136"/>
        <source>Reading the towns you blocked</source>
        <translation>Die Städte, die du blockiert hast, werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="137"/>
        <source>Reading your bookmarks</source>
        <translation>Deine Lesezeichen werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="138"/>
        <source>Reading your lists</source>
        <translation>Deine Listen werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="143"/>
        <source>lines so far: %n</source>
        <translation>Zeilen bisher: %n</translation>
    </message>
</context>
<context>
    <name>MovingFiles</name>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="163"/>
        <source>people you follow</source>
        <extracomment>A sentence for the person when a follow file came without its header (the settings for boosts, notifications and languages are then not in it).</extracomment>
        <translation>Leute, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="165"/>
        <source>blocked people</source>
        <translation>blockierte Leute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="167"/>
        <source>muted people</source>
        <translation>stummgeschaltete Leute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="169"/>
        <source>blocked towns</source>
        <translation>blockierte Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="171"/>
        <source>bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="172"/>
        <source>lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="297"/>
        <source>This file is bigger than 20 MB, more than any town accepts. Export the lists one by one, or split the file into smaller ones.</source>
        <translation>Diese Datei ist größer als 20 MB, mehr als eine Stadt annimmt. Exportiere die Listen einzeln oder teile die Datei in kleinere auf.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="310"/>
        <source>This is not a list saved as text: it may be a spreadsheet or a picture. Choose the .csv file your old town gave you.</source>
        <translation>Das ist keine als Text gespeicherte Liste: vielleicht eine Tabelle oder ein Bild. Wähle die .csv-Datei, die dir deine alte Stadt gegeben hat.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="320"/>
        <source>Some letters in this file cannot be read: it was probably saved by a spreadsheet in another format. Use the file your old town gave you as it was, or save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>Einige Buchstaben in dieser Datei können nicht gelesen werden: Sie wurde wohl von einer Tabellenkalkulation in einem anderen Format gespeichert. Nimm die Datei so, wie deine alte Stadt sie dir gegeben hat, oder speichere sie noch einmal als „CSV UTF-8“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="344"/>
        <source>This file is not a list Townsfolk can read: its quotation marks do not match. Use the file your old town gave you as it was.</source>
        <translation>Townsfolk kann diese Datei nicht als Liste lesen: Ihre Anführungszeichen passen nicht zusammen. Nimm die Datei so, wie deine alte Stadt sie dir gegeben hat.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="389"/>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="403"/>
        <source>Townsfolk cannot tell what this file holds. Choose what it holds: people you follow, blocked people, muted people, blocked towns, bookmarks or lists.</source>
        <translation>Townsfolk kann nicht erkennen, was diese Datei enthält. Wähle, was sie enthält: Leute, denen du folgst, blockierte Leute, stummgeschaltete Leute, blockierte Städte, Lesezeichen oder Listen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="412"/>
        <source>This file holds {found}, not {wanted}. Choose the right file, or import it as {found}.</source>
        <translation>Diese Datei enthält {found}, nicht {wanted}. Wähle die richtige Datei oder importiere sie als {found}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="422"/>
        <source>This file has more than 20,000 lines, more than a town accepts at once. Split it into smaller files and import them one after the other.</source>
        <translation>Diese Datei hat mehr als 20.000 Zeilen, mehr als eine Stadt auf einmal annimmt. Teile sie in kleinere Dateien auf und importiere sie nacheinander.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="435"/>
        <source>This file&apos;s columns are not those of a Mastodon file of {what}. Choose the file your old town gave you.</source>
        <translation>Die Spalten dieser Datei sind nicht die einer Mastodon-Datei mit {what}. Wähle die Datei, die dir deine alte Stadt gegeben hat.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="455"/>
        <source>Line {line} is not the name of a town: {text}</source>
        <translation>Zeile {line} ist kein Name einer Stadt: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="458"/>
        <source>Line {line} is not the address of a post: {text}</source>
        <translation>Zeile {line} ist keine Adresse eines Beitrags: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="461"/>
        <source>Line {line} is not the address of a person: {text}</source>
        <translation>Zeile {line} ist keine Adresse einer Person: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="467"/>
        <source>Line {line} has no list name: {text}</source>
        <translation>Zeile {line} hat keinen Listennamen: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="489"/>
        <source>Most lines of this file are not {what} (line {line}: {text}). It may come from another program. Choose the file your old town gave you.</source>
        <translation>Die meisten Zeilen dieser Datei sind keine {what} (Zeile {line}: {text}). Sie stammt vielleicht aus einem anderen Programm. Wähle die Datei, die dir deine alte Stadt gegeben hat.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="498"/>
        <source>This file has only addresses: boosts and notifications will be as a new follow has them.</source>
        <translation>Diese Datei enthält nur Adressen: Geteilte Beiträge und Benachrichtigungen sind so eingestellt wie bei einem neuen Folgen.</translation>
    </message>
</context>
<context>
    <name>MovingImport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="199"/>
        <source>To follow: %n</source>
        <extracomment>The lines that did not work, by outcome (the things that worked are only counted).</extracomment>
        <translation>Zu folgen: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="201"/>
        <source>To block: %n</source>
        <translation>Zu blockieren: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="203"/>
        <source>To mute: %n</source>
        <translation>Stummzuschalten: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="205"/>
        <source>Towns to block: %n</source>
        <translation>Zu blockierende Städte: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="207"/>
        <source>Bookmarks to add: %n</source>
        <translation>Hinzuzufügende Lesezeichen: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="208"/>
        <source>To put in lists: %n</source>
        <translation>In Listen aufzunehmen: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="216"/>
        <source>already there: %n</source>
        <translation>schon vorhanden: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="218"/>
        <source>lines that cannot be read: %n</source>
        <translation>Zeilen, die nicht gelesen werden können: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="221"/>
        <source>Replacing also removes what is not in the file (%n in all): look at it before you agree.</source>
        <translation>Ersetzen entfernt auch, was nicht in der Datei steht (insgesamt %n): Sieh es dir an, bevor du zustimmst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="245"/>
        <source>Already there: %n.</source>
        <translation>Schon vorhanden: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="250"/>
        <source>Posts that could not be found (deleted, or their town is gone): %n.</source>
        <translation>Beiträge, die nicht gefunden wurden (gelöscht, oder ihre Stadt gibt es nicht mehr): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="257"/>
        <source>Towns that could not be blocked: %n.</source>
        <translation>Städte, die nicht blockiert werden konnten: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="261"/>
        <source>People who could not be found (their town is gone, or they changed their address): %n.</source>
        <translation>Leute, die nicht gefunden wurden (ihre Stadt gibt es nicht mehr, oder sie haben ihre Adresse geändert): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="273"/>
        <source>Refused by your new town (for example people who blocked you): %n.</source>
        <translation>Von deiner neuen Stadt abgelehnt (zum Beispiel Leute, die dich blockiert haben): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="287"/>
        <source>Found at their new address, because they had moved: %n.</source>
        <translation>An ihrer neuen Adresse gefunden, weil sie umgezogen sind: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="299"/>
        <source>Removed: %n.</source>
        <translation>Entfernt: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="305"/>
        <source>Now followed: %n.</source>
        <translation>Jetzt gefolgt: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="307"/>
        <source>Blocked: %n.</source>
        <translation>Blockiert: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="309"/>
        <source>Muted: %n.</source>
        <translation>Stummgeschaltet: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="311"/>
        <source>Towns blocked: %n.</source>
        <translation>Blockierte Städte: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="313"/>
        <source>Bookmarks added: %n.</source>
        <translation>Hinzugefügte Lesezeichen: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="314"/>
        <source>Put in lists: %n.</source>
        <translation>In Listen aufgenommen: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="431"/>
        <source>Finished: every line looked at (%n).</source>
        <translation>Fertig: Jede Zeile wurde angesehen (%n).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="432"/>
        <source>{done} of {total} lines done</source>
        <translation>{done} von {total} Zeilen erledigt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="436"/>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="440"/>
        <source>Your new town asked Townsfolk to slow down; it goes on by itself.</source>
        <translation>Deine neue Stadt hat Townsfolk gebeten, langsamer zu machen; es geht von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="576"/>
        <source>Replacing removes things that are not in the file. Look at the list of what would be removed and agree to it first.</source>
        <translation>Ersetzen entfernt, was nicht in der Datei steht. Sieh dir die Liste dessen an, was entfernt würde, und stimme zuerst zu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="610"/>
        <source>The account to import into is no longer here.</source>
        <translation>Das Konto, in das importiert werden soll, ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>MovingJobs</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/controller.py" line="84"/>
        <source>Moving: %1</source>
        <translation>Umzug: %1</translation>
    </message>
</context>
<context>
    <name>MovingPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="48"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>MovingWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="81"/>
        <source>Move to another town</source>
        <translation>In eine andere Stadt umziehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="82"/>
        <source>Save my follows and lists</source>
        <translation>Meine gefolgten Leute und Listen speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="83"/>
        <source>Bring in follows from a file</source>
        <translation>Gefolgte Leute aus einer Datei übernehmen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="104"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="106"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="108"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="224"/>
        <source>Remove what is not in the file?</source>
        <translation>Entfernen, was nicht in der Datei steht?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="227"/>
        <source>Making the account the same as the file removes %1 things it has now (the list on the page shows them). This cannot be undone by Townsfolk.</source>
        <translation>Wenn das Konto genau wie die Datei wird, werden %1 Dinge entfernt, die es jetzt hat (die Liste auf der Seite zeigt sie). Townsfolk kann das nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="231"/>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="232"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>MuteDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="87"/>
        <source>Mute %1?</source>
        <translation>%1 stummschalten?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="89"/>
        <source>You won&apos;t see their posts or boosts any more. They won&apos;t know you muted them, and they can still follow you and see your posts.

To undo it, press Unmute on their profile or in “People you muted or blocked”.</source>
        <translation>Du siehst ihre Beiträge und geteilten Beiträge nicht mehr. Die Person erfährt nicht, dass du sie stummgeschaltet hast, und kann dir weiter folgen und deine Beiträge sehen.

Rückgängig machst du es mit „Stummschaltung aufheben“ in ihrem Profil oder unter „Stummgeschaltete und blockierte Leute“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="94"/>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="97"/>
        <source>Also hide their notifications</source>
        <translation>Auch ihre Benachrichtigungen ausblenden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="101"/>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="104"/>
        <source>For how long?</source>
        <translation>Wie lange?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="106"/>
        <source>Until I unmute them</source>
        <translation>Bis ich die Stummschaltung aufhebe</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="107"/>
        <source>For 1 hour</source>
        <translation>1 Stunde lang</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="108"/>
        <source>For 1 day</source>
        <translation>1 Tag lang</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="109"/>
        <source>For 7 days</source>
        <translation>7 Tage lang</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="113"/>
        <source>Places</source>
        <extracomment>Keys of the places, in order. The first four have Ctrl+1 … Ctrl+4. Key of the &quot;Lists&quot; heading (not a place: it cannot be chosen).</extracomment>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="115"/>
        <source>Choose what to read. Control and a number from 1 to 4 also work.</source>
        <translation>Wähle, was du lesen möchtest. Strg und eine Zahl von 1 bis 4 funktionieren auch.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="139"/>
        <source>your town</source>
        <translation>deiner Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="140"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="142"/>
        <source>1 new</source>
        <translation>1 neue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="144"/>
        <source>%1 new</source>
        <translation>%1 neue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="147"/>
        <source>People you follow</source>
        <translation>Leute, denen du folgst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="148"/>
        <source>Posts from the people you follow, in every town</source>
        <translation>Beiträge der Leute, denen du folgst, aus allen Städten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="151"/>
        <source>Your town (people on %1)</source>
        <translation>Deine Stadt (Leute aus %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="152"/>
        <source>Posts from people who live in %1</source>
        <translation>Beiträge von Leuten, die in %1 wohnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="155"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="156"/>
        <source>Posts from all the towns %1 knows</source>
        <translation>Beiträge aus allen Städten, die bei %1 bekannt sind</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="160"/>
        <source>Who favourited, boosted or answered your posts, and who follows you</source>
        <translation>Wer deine Beiträge favorisiert, geteilt oder beantwortet hat, und wer dir folgt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Saved posts</source>
        <translation>Gespeicherte Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Posts you saved for later</source>
        <translation>Beiträge, die du für später gespeichert hast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Find people, hashtags and posts</source>
        <translation>Leute, Hashtags und Beiträge finden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="186"/>
        <source>Your lists</source>
        <translation>Deine Listen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="195"/>
        <source>Posts from the people in your list “%1”</source>
        <translation>Beiträge der Leute in deiner Liste „%1“</translation>
    </message>
</context>
<context>
    <name>NewAccountButton</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="189"/>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="206"/>
        <source>Follow the new account</source>
        <translation>Dem neuen Konto folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="191"/>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="204"/>
        <source>Following the new account ✓</source>
        <translation>Du folgst dem neuen Konto ✓</translation>
    </message>
</context>
<context>
    <name>NewHomeOffer</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="158"/>
        <source>%1 has not answered for %2.</source>
        <extracomment>Two outage starts this close together (seconds) are the same outage. Why the offer on show was made: {&quot;outage&quot;: start} or {&quot;closing&quot;: words}. &quot;Not now&quot;, by main account: {&quot;outage&quot;: start, &quot;closing&quot;: words} (see the module).</extracomment>
        <translation>%1 hat seit %2 nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="173"/>
        <source>%1 says it is closing: “%2”</source>
        <translation>%1 sagt, dass es schließt: „%2“</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="183"/>
        <source>Make %1 your home? Townsfolk brings the people you follow along, and uses it as your main account from then on.</source>
        <translation>%1 zu deinem Zuhause machen? Townsfolk nimmt die Leute mit, denen du folgst, und benutzt es von da an als dein Hauptkonto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="192"/>
        <source>Make it my home</source>
        <translation>Zu meinem Zuhause machen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="193"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="220"/>
        <source>Making %1 your home: bringing the people you follow along…</source>
        <translation>%1 wird dein Zuhause: Die Leute, denen du folgst, werden mitgenommen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="229"/>
        <source>Try again</source>
        <translation>Nochmal versuchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="236"/>
        <source>%1 is now your home.</source>
        <translation>%1 ist jetzt dein Zuhause.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="239"/>
        <source>Your old town did not answer, so the people you follow came from what Townsfolk had saved.</source>
        <translation>Deine alte Stadt hat nicht geantwortet, deshalb kamen die Leute, denen du folgst, aus dem, was Townsfolk gespeichert hatte.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="52"/>
        <source>Someone</source>
        <extracomment>Custom emoji pictures asked for per name or post text (the rest stay words).</extracomment>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="61"/>
        <source>%1 favourited your post</source>
        <translation>%1 hat deinen Beitrag favorisiert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="62"/>
        <source>%1 boosted your post</source>
        <translation>%1 hat deinen Beitrag geteilt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="63"/>
        <source>%1 started following you</source>
        <translation>%1 folgt dir jetzt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="64"/>
        <source>%1 asked to follow you</source>
        <translation>%1 möchte dir folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="65"/>
        <source>A poll you voted in has ended</source>
        <translation>Eine Umfrage, bei der du abgestimmt hast, ist beendet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="66"/>
        <source>%1 edited a post you boosted</source>
        <translation>%1 hat einen Beitrag geändert, den du geteilt hast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="67"/>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="68"/>
        <source>%1 wrote a new post</source>
        <translation>%1 hat einen neuen Beitrag geschrieben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="69"/>
        <source>%1 moved to %2</source>
        <translation>%1 ist zu %2 umgezogen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="70"/>
        <source>%1 joined your town</source>
        <translation>%1 ist in deine Stadt gezogen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="71"/>
        <source>%1 sent a report for the town&apos;s moderators</source>
        <translation>%1 hat eine Meldung für die Moderation der Stadt geschickt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="76"/>
        <source>%1 replied to you</source>
        <translation>%1 hat dir geantwortet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="78"/>
        <source>Something new from %1</source>
        <translation>Etwas Neues von %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="87"/>
        <source>%1 and %2 favourited your post</source>
        <translation>%1 und %2 haben deinen Beitrag favorisiert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="90"/>
        <source>%1 and %2 boosted your post</source>
        <translation>%1 und %2 haben deinen Beitrag geteilt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="91"/>
        <source>%1 and %2 followed you</source>
        <translation>%1 und %2 folgen dir jetzt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="92"/>
        <source>%1 and %2 joined your town</source>
        <translation>%1 und %2 sind in deine Stadt gezogen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="99"/>
        <source>%1 and %n others favourited your post</source>
        <translation>%1 und %n andere haben deinen Beitrag favorisiert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="102"/>
        <source>%1 and %n others boosted your post</source>
        <translation>%1 und %n andere haben deinen Beitrag geteilt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="105"/>
        <source>%1 and %n others followed you</source>
        <translation>%1 und %n andere folgen dir jetzt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="108"/>
        <source>%1 and %n others joined your town</source>
        <translation>%1 und %n andere sind in deine Stadt gezogen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="148"/>
        <source>a new account</source>
        <translation>einem neuen Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="203"/>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="208"/>
        <source>(pictures)</source>
        <translation>(Bilder)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="224"/>
        <source>Hidden because it mentions %1.</source>
        <translation>Ausgeblendet, weil es %1 erwähnt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="225"/>
        <source>Show anyway</source>
        <translation>Trotzdem zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="235"/>
        <source>You accepted. %1 now follows you and sees your posts.</source>
        <translation>Du hast angenommen. %1 folgt dir jetzt und sieht deine Beiträge.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="239"/>
        <source>You declined. %1 does not follow you.</source>
        <translation>Du hast abgelehnt. %1 folgt dir nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="241"/>
        <source>This request is no longer waiting for an answer.</source>
        <translation>Diese Anfrage wartet nicht mehr auf eine Antwort.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="275"/>
        <source>Favourite</source>
        <translation>Favorisiert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="276"/>
        <source>Boost</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="277"/>
        <source>New follower</source>
        <translation>Neuer Follower</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="278"/>
        <source>Follow request</source>
        <translation>Folgeanfrage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="279"/>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="280"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="281"/>
        <source>Poll ended</source>
        <translation>Umfrage beendet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="282"/>
        <source>Post edited</source>
        <translation>Beitrag bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="283"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="284"/>
        <source>New person in your town</source>
        <translation>Neu in deiner Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="285"/>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="286"/>
        <source>Moved to a new account</source>
        <translation>Zu einem neuen Konto umgezogen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="288"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="123"/>
        <source>New:</source>
        <extracomment>The hidden words that fold this row (&quot;warn&quot;); empty: shown as it is. Keys of the groups shown with their people. Ids of unread notifications that have been on screen (see the module&apos;s text). Notifications a &quot;warn&quot; hidden-words filter folds (id -&gt; the words found), and the ones the person chose to see anyway.</extracomment>
        <translation>Neu:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="130"/>
        <source>Press Space to show it.</source>
        <translation>Drücke die Leertaste, um es zu zeigen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="136"/>
        <source>Waiting for your answer: Accept or Decline.</source>
        <translation>Wartet auf deine Antwort: Annehmen oder Ablehnen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="144"/>
        <source>Press Space to see who.</source>
        <translation>Drücke die Leertaste, um zu sehen, wer.</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="272"/>
        <source>Notifications</source>
        <extracomment>A follow request was answered and the town took it (notification id, accepted). Unread notifications that came on screen while the window was active (their ids). Moves whose new account was followed from here (notification ids). Whether the person can see the window (tests may replace it).</extracomment>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="290"/>
        <source>No notifications yet. When someone follows you, answers you, or favourites or boosts your posts, it will show here.</source>
        <translation>Noch keine Benachrichtigungen. Wenn dir jemand folgt, dir antwortet oder deine Beiträge favorisiert oder teilt, erscheint das hier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="503"/>
        <source>Townsfolk cannot follow just now. Please try again in a moment.</source>
        <translation>Townsfolk kann gerade niemandem folgen. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="518"/>
        <source>Townsfolk cannot answer just now. Please try again in a moment.</source>
        <translation>Townsfolk kann gerade nicht antworten. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="543"/>
        <source>Townsfolk could not send your answer. Nothing has changed; please try again.</source>
        <translation>Townsfolk konnte deine Antwort nicht senden. Es hat sich nichts geändert; bitte versuche es noch einmal.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="28"/>
        <source>Join your company&apos;s town</source>
        <translation>Tritt der Stadt deiner Firma bei</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="41"/>
        <source>Logo of %1</source>
        <translation>Logo von %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="45"/>
        <source>%1 has its own town: %2. Log in there with your work account. Your account there reaches people in every other town too, like an email address does.</source>
        <translation>%1 hat eine eigene Stadt: %2. Melde dich dort mit deinem Arbeitskonto an. Dein Konto dort erreicht auch Leute in jeder anderen Stadt, so wie eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="54"/>
        <source>Use another town instead</source>
        <translation>Lieber eine andere Stadt nehmen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="65"/>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
</context>
<context>
    <name>OriginalPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="535"/>
        <source>Open the original on %1</source>
        <translation>Das Original auf %1 öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="537"/>
        <source>Open the original</source>
        <translation>Das Original öffnen</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="199"/>
        <source>Your town</source>
        <extracomment>How much older than it was a post&apos;s time may read: towns give times to the millisecond.</extracomment>
        <translation>Deine Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="204"/>
        <source>{town} did not accept this post. It said: “{said}”. Please change the post, then send it again.</source>
        <extracomment>{said} is what the town answered, in the town&apos;s own words.</extracomment>
        <translation>{town} hat diesen Beitrag nicht angenommen. Die Stadt sagt: „{said}“. Bitte ändere den Beitrag und sende ihn dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="209"/>
        <source>{town} did not accept this post. Please change it, then send it again.</source>
        <translation>{town} hat diesen Beitrag nicht angenommen. Bitte ändere ihn und sende ihn dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="213"/>
        <source>{town} could not find something this post needs; the post you are replying to may have been deleted. Please change the post, or delete it.</source>
        <translation>{town} konnte etwas nicht finden, das dieser Beitrag braucht; vielleicht wurde der Beitrag gelöscht, auf den du antwortest. Bitte ändere den Beitrag oder lösche ihn.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="220"/>
        <source>{problem} Your post is saved and will be sent after that.</source>
        <extracomment>{problem} is a sentence saying what went wrong (for example, log in again).</extracomment>
        <translation>{problem} Dein Beitrag ist gespeichert und wird danach gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="223"/>
        <source>{problem} Your post is saved; you can try again or change it.</source>
        <translation>{problem} Dein Beitrag ist gespeichert; du kannst es noch einmal versuchen oder ihn ändern.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="435"/>
        <source>There is nothing to send yet. Please write something first.</source>
        <extracomment>Software known to honour ``Idempotency-Key`` (a re-send with the same key returns the first post). Every other town gets the wider check.</extracomment>
        <translation>Es gibt noch nichts zu senden. Bitte schreib zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="439"/>
        <source>A post can have pictures or a poll, but not both. Please remove one of them.</source>
        <translation>Ein Beitrag kann Bilder oder eine Umfrage haben, aber nicht beides. Bitte entferne eines davon.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="485"/>
        <source>This post may already have reached your town. Townsfolk is checking; you can change it once that is done.</source>
        <translation>Dieser Beitrag ist vielleicht schon bei deiner Stadt angekommen. Townsfolk prüft das gerade; danach kannst du ihn ändern.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="527"/>
        <source>This post is already waiting to be sent.</source>
        <translation>Dieser Beitrag wartet schon darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="637"/>
        <source>This post may already have reached your town, so Townsfolk will not send it from another account. It is checking, and will tell you.</source>
        <translation>Dieser Beitrag ist vielleicht schon bei deiner Stadt angekommen, deshalb sendet Townsfolk ihn nicht von einem anderen Konto aus. Townsfolk prüft das gerade und sagt dir Bescheid.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="625"/>
        <source>Townsfolk cannot move this post: it is no longer waiting.</source>
        <translation>Townsfolk kann diesen Beitrag nicht verschieben: Er wartet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="628"/>
        <source>Townsfolk cannot change this post: it is no longer waiting.</source>
        <translation>Townsfolk kann diesen Beitrag nicht ändern: Er wartet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="647"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Dieser Beitrag wird gerade gesendet. Bitte warte einen Moment und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="910"/>
        <source>Townsfolk had a problem sending this post.</source>
        <translation>Townsfolk hatte ein Problem beim Senden dieses Beitrags.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1012"/>
        <source>This post may already be on {town}: Townsfolk could not tell for sure, so it did not send it again. Please look at your posts there. If it is not there, press “Try again” to send it.</source>
        <translation>Dieser Beitrag ist vielleicht schon in {town}: Townsfolk konnte es nicht sicher sagen und hat ihn deshalb nicht noch einmal gesendet. Bitte sieh dir deine Beiträge dort an. Wenn er nicht da ist, drücke „Noch einmal versuchen“, um ihn zu senden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="998"/>
        <source>Townsfolk is checking whether {town} got this post before sending it again.</source>
        <translation>Townsfolk prüft, ob {town} diesen Beitrag bekommen hat, bevor es ihn noch einmal sendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1001"/>
        <location filename="../src/townsfolk/services/outbox.py" line="1017"/>
        <source>your town</source>
        <translation>deine Stadt</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="54"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="77"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="116"/>
        <source>the town</source>
        <translation>die Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="136"/>
        <source>Checking your internet connection…</source>
        <translation>Deine Internetverbindung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="145"/>
        <source>If you typed your e-mail address: a town&apos;s address looks like mastodon.social, and a person&apos;s full address like @ann@mastodon.social.</source>
        <translation>Falls du deine E-Mail-Adresse eingegeben hast: Die Adresse einer Stadt sieht aus wie mastodon.social, die vollständige Adresse einer Person wie @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="150"/>
        <source>Your computer is not connected to the internet right now, so Townsfolk could not ask {town}. Please check your Wi-Fi or cable, then try again.</source>
        <translation>Dein Computer ist gerade nicht mit dem Internet verbunden, deshalb konnte Townsfolk {town} nicht fragen. Bitte prüfe dein WLAN oder Kabel und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="162"/>
        <source>{town} is not answering right now, but your internet connection works. The town may be closed for a while: try again later, or go back and pick another town.</source>
        <translation>{town} antwortet gerade nicht, aber deine Internetverbindung funktioniert. Die Stadt ist vielleicht eine Weile geschlossen: Versuche es später noch einmal oder geh zurück und wähle eine andere Stadt.</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="62"/>
        <source>How would you like to start?</source>
        <translation>Wie möchtest du anfangen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="68"/>
        <source>I&apos;m new: help me pick a town</source>
        <translation>Ich bin neu: Hilf mir, eine Stadt zu wählen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="69"/>
        <source>See towns by topic and choose one to join. It takes a few minutes.</source>
        <translation>Sieh dir Städte nach Themen an und tritt einer bei. Das dauert ein paar Minuten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="73"/>
        <source>I already have an account</source>
        <translation>Ich habe schon ein Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="74"/>
        <source>Log in with the account you have, in any town.</source>
        <translation>Melde dich mit deinem Konto an, egal in welcher Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="78"/>
        <source>Try a practice town first (nothing leaves your computer)</source>
        <translation>Erst eine Übungsstadt ausprobieren (nichts verlässt deinen Computer)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="80"/>
        <source>Look around a pretend town with pretend people, to see how it works. You can join a real town whenever you like.</source>
        <translation>Sieh dich in einer Übungsstadt mit ausgedachten Leuten um, um zu sehen, wie alles funktioniert. Einer echten Stadt kannst du jederzeit beitreten.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="124"/>
        <source>This account is not ready yet. Please try again.</source>
        <extracomment>Mastodon shows avatars at 400×400 and headers at 1500×500, each at most 2 MB. How many of the town&apos;s people the popular pass reads, and how many of them it keeps.</extracomment>
        <translation>Dieses Konto ist noch nicht bereit. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="291"/>
        <source>the profile picture</source>
        <translation>das Profilbild</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="294"/>
        <source>the banner picture</source>
        <translation>das Bannerbild</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="326"/>
        <source>Townsfolk cannot use {what}: {reason}</source>
        <translation>Townsfolk kann {what} nicht verwenden: {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="337"/>
        <source>Your name is too long: {n} letters at most.</source>
        <translation>Dein Name ist zu lang: höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="341"/>
        <source>Your description is too long: {n} letters at most.</source>
        <translation>Deine Beschreibung ist zu lang: höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="346"/>
        <source>Your town takes {n} extra facts at most.</source>
        <translation>Deine Stadt nimmt höchstens {n} weitere Angaben.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="351"/>
        <source>An extra fact is too long: {n} letters at most.</source>
        <translation>Eine weitere Angabe ist zu lang: höchstens {n} Zeichen.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="181"/>
        <source>No one here yet.</source>
        <translation>Hier ist noch niemand.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="184"/>
        <source>People</source>
        <translation>Leute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="186"/>
        <source>Arrows move between people. Enter opens a profile, Space or F follows.</source>
        <translation>Mit den Pfeiltasten wechselst du zwischen Leuten. Die Eingabetaste öffnet ein Profil, Leertaste oder F folgt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="250"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="252"/>
        <source>Show more people</source>
        <translation>Mehr Leute zeigen</translation>
    </message>
</context>
<context>
    <name>PeoplePageView</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="67"/>
        <source>Asking your town…</source>
        <translation>Deine Stadt wird gefragt…</translation>
    </message>
</context>
<context>
    <name>PeoplePages</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="183"/>
        <source>These people are suggested by your town: people it recommends, people who live there and posted lately, and people many others follow.</source>
        <translation>Diese Leute schlägt deine Stadt vor: Leute, die sie empfiehlt, Leute, die dort wohnen und vor kurzem etwas gepostet haben, und Leute, denen viele andere folgen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="188"/>
        <source>Your town has no one to suggest right now. Try Search, or look at “Your town”.</source>
        <translation>Deine Stadt hat gerade niemanden vorzuschlagen. Versuche die Suche, oder schau in „Deine Stadt“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="194"/>
        <source>Welcome to your town! Posts show up in “People you follow” once you follow someone, so here are some people to start with.</source>
        <translation>Willkommen in deiner Stadt! Beiträge erscheinen bei „Leute, denen du folgst“, sobald du jemandem folgst, deshalb hier ein paar Leute für den Anfang.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="203"/>
        <source>People to follow</source>
        <translation>Leute zum Folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="226"/>
        <source>People who follow %1.</source>
        <translation>Leute, die %1 folgen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="228"/>
        <source>No one follows them yet, or their town does not show it.</source>
        <translation>Noch folgt ihnen niemand, oder ihre Stadt zeigt es nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="231"/>
        <source>Followers of %1</source>
        <translation>Wer %1 folgt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="233"/>
        <source>People %1 follows.</source>
        <translation>Leute, denen %1 folgt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="234"/>
        <source>They follow no one yet, or their town does not show it.</source>
        <translation>Sie folgen noch niemandem, oder ihre Stadt zeigt es nicht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="237"/>
        <source>Followed by %1</source>
        <translation>Gefolgt von %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="290"/>
        <location filename="../src/townsfolk/ui/people_pages.py" line="292"/>
        <source>Find people to follow</source>
        <translation>Leute zum Folgen finden</translation>
    </message>
</context>
<context>
    <name>PersonRowWidget</name>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="112"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="119"/>
        <source>Follow</source>
        <extracomment>The list&apos;s current row (moved with the arrows): outlined, so it can be seen.</extracomment>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>Following ✓</source>
        <translation>Du folgst ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="116"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="112"/>
        <source>Follow %1 (available when your town answers)</source>
        <translation>%1 folgen (möglich, sobald deine Stadt antwortet)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Du folgst %1. Drücke, um nicht mehr zu folgen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="117"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Du hast gefragt, ob du %1 folgen darfst. Drücke, um die Anfrage zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="119"/>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="43"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="101"/>
        <source>A photo without a description</source>
        <translation>Ein Foto ohne Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="104"/>
        <source>%1 (photo set: %2 photos)</source>
        <translation>%1 (Fotoserie: %2 Fotos)</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="42"/>
        <source>Whichever town you pick, you can follow and talk to people in every other town. Start with a big town for everyone, or pick one about what you love.</source>
        <translation>Egal welche Stadt du wählst: Du kannst Leuten in allen anderen Städten folgen und mit ihnen sprechen. Fang mit einer großen Stadt für alle an, oder wähle eine, in der es um etwas geht, das du liebst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="46"/>
        <source>About picking a town</source>
        <translation>Wie man eine Stadt wählt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="52"/>
        <source>Search towns by name or words</source>
        <translation>Städte nach Namen oder Wörtern suchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="53"/>
        <source>Search towns</source>
        <translation>Städte suchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="57"/>
        <source>Language of the town</source>
        <translation>Sprache der Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="59"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="66"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="72"/>
        <source>Towns</source>
        <translation>Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="85"/>
        <source>No towns</source>
        <translation>Keine Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="88"/>
        <source>About the town list</source>
        <translation>Über die Liste der Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="97"/>
        <source>Pick a second town for your backup account</source>
        <translation>Wähle eine zweite Stadt für dein Sicherungskonto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="99"/>
        <source>Pick a town</source>
        <translation>Wähle eine Stadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="111"/>
        <source>This is the list of towns that comes with Townsfolk. Details such as how many people live in each town will fill in when you are online.</source>
        <translation>Das ist die Liste der Städte, die mit Townsfolk kommt. Angaben wie die Zahl der Leute, die in jeder Stadt wohnen, kommen dazu, wenn du online bist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="132"/>
        <source>Townsfolk could not update the town list just now, so you see the list that comes with it. Details such as how many people live in each town will fill in when you are online. You can still pick a town.</source>
        <translation>Townsfolk konnte die Liste der Städte gerade nicht auffrischen, deshalb siehst du die Liste, die mit Townsfolk kommt. Angaben wie die Zahl der Leute, die in jeder Stadt wohnen, kommen dazu, wenn du online bist. Du kannst trotzdem eine Stadt wählen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="147"/>
        <source>★ Good first towns</source>
        <translation>★ Gute erste Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="149"/>
        <source>Big towns about everything, where you can join now</source>
        <translation>Große Städte für alles, denen du jetzt beitreten kannst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="155"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="173"/>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="216"/>
        <source>No towns match. Try other words, another language or another topic.</source>
        <translation>Keine Stadt passt. Versuche andere Wörter, eine andere Sprache oder ein anderes Thema.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="218"/>
        <source>Towns about this topic appear here when you are online.</source>
        <translation>Städte zu diesem Thema erscheinen hier, wenn du online bist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="242"/>
        <source>See this town</source>
        <translation>Diese Stadt ansehen</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="147"/>
        <source>Picture %1</source>
        <extracomment>How much of the post being answered shows above the reply box.</extracomment>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="151"/>
        <source>Describe picture %1</source>
        <translation>Bild %1 beschreiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="154"/>
        <source>What does this picture show? People who cannot see it will read or hear this.</source>
        <translation>Was zeigt dieses Bild? Leute, die es nicht sehen können, lesen oder hören diesen Text.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="159"/>
        <source>Description of picture %1</source>
        <translation>Beschreibung von Bild %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="164"/>
        <source>Remove this picture</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="165"/>
        <source>Remove picture %1</source>
        <translation>Bild %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="96"/>
        <source>Townsfolk cannot find this picture. It may have been moved or deleted.</source>
        <translation>Townsfolk findet dieses Bild nicht. Vielleicht wurde es verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="99"/>
        <source>Townsfolk could not open this picture. Check that you can open it in another app, then try again.</source>
        <translation>Townsfolk konnte dieses Bild nicht öffnen. Prüfe, ob du es in einer anderen App öffnen kannst, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="104"/>
        <source>This file is not a picture Townsfolk can read. Try a JPEG, PNG, GIF or WebP picture.</source>
        <translation>Diese Datei ist kein Bild, das Townsfolk lesen kann. Versuche es mit einem JPEG-, PNG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="108"/>
        <source>This picture is damaged or incomplete, so Townsfolk cannot use it. Try saving it again, or choose another one.</source>
        <translation>Dieses Bild ist beschädigt oder unvollständig, deshalb kann Townsfolk es nicht verwenden. Speichere es noch einmal, oder wähle ein anderes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="113"/>
        <source>This picture is too large to open safely. Try a smaller version of it.</source>
        <translation>Dieses Bild ist zu groß, um es sicher zu öffnen. Versuche es mit einer kleineren Fassung.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="116"/>
        <source>This picture is too big to send, even after making it smaller. Try a smaller version of it.</source>
        <translation>Dieses Bild ist zu groß zum Senden, auch nachdem es verkleinert wurde. Versuche es mit einer kleineren Fassung.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="121"/>
        <source>This moving picture is too large to send. Try a shorter or smaller one.</source>
        <translation>Dieses bewegte Bild ist zu groß zum Senden. Versuche es mit einem kürzeren oder kleineren.</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="192"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="193"/>
        <source>Poll</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="199"/>
        <source>Add a choice</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="200"/>
        <source>Add a choice to the poll</source>
        <translation>Der Umfrage eine Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="205"/>
        <source>How long people can vote</source>
        <translation>Wie lange abgestimmt werden kann</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="210"/>
        <source>People can vote for</source>
        <translation>Abstimmen möglich für</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="211"/>
        <source>People can pick more than one choice</source>
        <translation>Man kann mehr als eine Antwort wählen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="221"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="233"/>
        <source>Choice %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="234"/>
        <source>Poll choice %1</source>
        <translation>Antwort %1 der Umfrage</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="69"/>
        <source>favourite this post</source>
        <extracomment>What Townsfolk tried to do: a verb phrase that goes into every sentence of :func:`_failure`, after &quot;could not&quot; and after &quot;allow Townsfolk to&quot; (&quot;Townsfolk could not remove this post from your saved posts because ...&quot;). Translate so that those sentences read well.</extracomment>
        <translation>Das Favorisieren dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="71"/>
        <source>boost this post</source>
        <translation>Das Teilen dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="73"/>
        <source>save this post</source>
        <translation>Das Speichern dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="76"/>
        <source>delete this post</source>
        <translation>Das Löschen dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="77"/>
        <source>edit this post</source>
        <translation>Das Ändern dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="70"/>
        <source>remove your favourite from this post</source>
        <translation>Das Entfernen des Favoriten von diesem Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="72"/>
        <source>undo your boost of this post</source>
        <translation>Das Rückgängigmachen des Teilens dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="74"/>
        <source>remove this post from your saved posts</source>
        <translation>Das Entfernen dieses Beitrags aus deinen gespeicherten Beiträgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="75"/>
        <source>vote in this poll</source>
        <translation>Das Abstimmen in dieser Umfrage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="92"/>
        <source>Townsfolk could not {action}: the post no longer exists, or you are not allowed to see it.</source>
        <translation>{action} hat nicht geklappt: Den Beitrag gibt es nicht mehr, oder du darfst ihn nicht sehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="98"/>
        <source>Townsfolk could not {action} because {town} is not answering. Please try again in a little while.</source>
        <translation>{action} hat nicht geklappt, weil {town} nicht antwortet. Bitte versuche es in einer Weile noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="104"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} hat Townsfolk gebeten, langsamer zu machen. {action} hat deshalb nicht geklappt. Bitte versuche es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="110"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>Townsfolk ist bei {town} nicht mehr angemeldet. Bitte melde dich noch einmal an und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="115"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{action} wurde von {town} nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="117"/>
        <source>{town} had a problem and could not {action}. Please try again later.</source>
        <translation>{town} hatte ein Problem. {action} hat deshalb nicht geklappt. Bitte versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="122"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>{action} hat nicht geklappt. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="231"/>
        <source>{town} does not let people change their posts. Your post is unchanged; you can delete it and write it again.</source>
        <extracomment>Whether the town lets people change their posts (None: not known yet). Learned from its software (:meth:`edit_support`) or from a refused change.</extracomment>
        <translation>In {town} kann man Beiträge nicht ändern. Dein Beitrag ist unverändert; du kannst ihn löschen und neu schreiben.</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="126"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>PracticeAccountDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="45"/>
        <source>Add a practice backup account</source>
        <translation>Ein Sicherungskonto zum Üben hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="47"/>
        <source>Add a practice account</source>
        <translation>Ein Übungskonto hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="59"/>
        <source>Practise with a backup account on another practice town: %1. When your practice town stops answering, Townsfolk uses the backup instead. Everything stays on this computer.</source>
        <translation>Übe mit einem Sicherungskonto in einer anderen Übungsstadt: %1. Wenn deine Übungsstadt nicht mehr antwortet, nutzt Townsfolk stattdessen das Sicherungskonto. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="65"/>
        <source>Practise with a second account on another practice town: %1. Everything stays on this computer.</source>
        <translation>Übe mit einem zweiten Konto in einer anderen Übungsstadt: %1. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="82"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="84"/>
        <source>Join a real town instead</source>
        <translation>Lieber einer echten Stadt beitreten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="89"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="91"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="96"/>
        <source>Add the practice backup account</source>
        <translation>Das Sicherungskonto zum Üben hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="98"/>
        <source>Add the practice account</source>
        <translation>Das Übungskonto hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="115"/>
        <source>Making your practice account…</source>
        <translation>Dein Übungskonto wird angelegt…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="128"/>
        <source>The practice account could not be made. Your first practice account is as it was. Try again, or close this and go on practising.</source>
        <translation>Das Übungskonto konnte nicht angelegt werden. Dein erstes Übungskonto ist unverändert. Versuche es noch einmal, oder schließe das hier und übe weiter.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="29"/>
        <source>Add to what the account already has (nothing is removed)</source>
        <translation>Zu dem hinzufügen, was das Konto schon hat (nichts wird entfernt)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="32"/>
        <source>Make it the same as the file (removes what is not in the file)</source>
        <translation>Genau wie die Datei machen (entfernt, was nicht in der Datei steht)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="44"/>
        <source>What would be removed</source>
        <translation>Was entfernt würde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="52"/>
        <source>Look before anything changes</source>
        <translation>Schau es dir an, bevor sich etwas ändert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="55"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="67"/>
        <source>This is what bringing everything into %1 would do.</source>
        <translation>Das würde die Übernahme in %1 bewirken.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="77"/>
        <source>Townsfolk is looking at what the account has now…</source>
        <translation>Townsfolk sieht nach, was das Konto jetzt hat…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="110"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="120"/>
        <source>These would be removed from the account (%1):</source>
        <translation>Das würde aus dem Konto entfernt (%1):</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="67"/>
        <source>Edit my profile</source>
        <translation>Mein Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="88"/>
        <source>Choose a profile picture…</source>
        <translation>Ein Profilbild wählen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="91"/>
        <source>Choose a banner picture…</source>
        <translation>Ein Bannerbild wählen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="102"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="108"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="111"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="119"/>
        <source>About you</source>
        <translation>Über dich</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="122"/>
        <source>Extra facts</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="125"/>
        <source>Short facts shown on your profile, like “Garden: Maple Street” or “Website: example.org”. Your town takes %1 at most.</source>
        <translation>Kurze Angaben in deinem Profil, wie „Garten: Ahornstraße“ oder „Website: example.org“. Deine Stadt nimmt höchstens %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="138"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="139"/>
        <source>Label of fact %1</source>
        <translation>Bezeichnung von Angabe %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="143"/>
        <source>What it says</source>
        <translation>Was dort steht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="144"/>
        <source>Fact %1</source>
        <translation>Angabe %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="164"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="168"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="181"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="227"/>
        <source>Your changes from last time were kept. Press Save to send them to your town.</source>
        <translation>Deine Änderungen vom letzten Mal sind noch da. Drücke „Speichern“, um sie an deine Stadt zu senden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a profile picture</source>
        <translation>Ein Profilbild wählen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a banner picture</source>
        <translation>Ein Bannerbild wählen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="290"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="309"/>
        <source>Townsfolk cannot show this picture. Try another one.</source>
        <translation>Townsfolk kann dieses Bild nicht zeigen. Versuche ein anderes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="345"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="360"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="363"/>
        <source>%1 too many</source>
        <translation>%1 zu viel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="384"/>
        <source>Sending your profile to your town…</source>
        <translation>Dein Profil wird an deine Stadt gesendet…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="393"/>
        <source>What you wrote is kept: press Save to try again.</source>
        <translation>Was du geschrieben hast, ist noch da: Drücke „Speichern“, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="97"/>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="353"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="366"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="146"/>
        <source>Add to list…</source>
        <translation>Zu einer Liste hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="156"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="158"/>
        <source>Edit my profile</source>
        <translation>Mein Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="179"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="180"/>
        <source>Open the new profile</source>
        <translation>Das neue Profil öffnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="182"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="434"/>
        <source>Follow the new account</source>
        <translation>Dem neuen Konto folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="202"/>
        <source>No posts to show yet.</source>
        <translation>Noch keine Beiträge.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="204"/>
        <source>Their posts</source>
        <translation>Beiträge dieser Person</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="279"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="286"/>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="288"/>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="291"/>
        <source>follows 1 person</source>
        <translation>folgt 1 Person</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="293"/>
        <source>follows %1 people</source>
        <translation>folgt %1 Leuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="296"/>
        <source>1 follower</source>
        <translation>1 Follower</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="298"/>
        <source>%1 followers</source>
        <translation>%1 Follower</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="305"/>
        <source>People %1 follows: %2. Press to see them.</source>
        <translation>Leute, denen %1 folgt: %2. Drücke, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="313"/>
        <source>People who follow %1: %2. Press to see them.</source>
        <translation>Leute, die %1 folgen: %2. Drücke, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="328"/>
        <source>%1 has moved to %2. Their new posts are there.</source>
        <translation>%1 ist nach %2 umgezogen. Die neuen Beiträge sind dort.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="345"/>
        <source>Add %1 to one of your lists</source>
        <translation>%1 zu einer deiner Listen hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="356"/>
        <source>Follow (available when your town answers)</source>
        <translation>Folgen (möglich, sobald deine Stadt antwortet)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="432"/>
        <source>Following the new account ✓</source>
        <translation>Du folgst dem neuen Konto ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="360"/>
        <source>Following ✓</source>
        <translation>Du folgst ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="78"/>
        <source>Banner picture</source>
        <extracomment>The banner picture&apos;s height above the name (Mastodon&apos;s are 3:1; the middle is shown), and on a short window (an 800×600 screen), where the posts need the room. &quot;Add to list…&quot; was pressed (shown for people you follow).</extracomment>
        <translation>Bannerbild</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="361"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Du folgst %1. Drücke, um nicht mehr zu folgen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="363"/>
        <source>Asked to follow</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="364"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Du hast gefragt, ob du %1 folgen darfst. Drücke, um die Anfrage zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="332"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="367"/>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="183"/>
        <source>Report %1</source>
        <translation>%1 melden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="186"/>
        <source>The people who look after %1 will read your report and decide what to do. %2 is not told who sent it.</source>
        <translation>Die Leute, die sich um %1 kümmern, lesen deine Meldung und entscheiden, was zu tun ist. %2 erfährt nicht, wer sie geschickt hat.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="192"/>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="198"/>
        <source>What is wrong?</source>
        <translation>Was ist falsch?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="202"/>
        <source>It&apos;s spam</source>
        <translation>Es ist Spam</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="204"/>
        <source>It breaks the rules of %1</source>
        <translation>Es verstößt gegen die Regeln von %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="206"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="221"/>
        <source>Which of their posts? (you may leave this empty)</source>
        <translation>Welche ihrer Beiträge? (du kannst das leer lassen)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="224"/>
        <source>Their posts to add to the report</source>
        <translation>Ihre Beiträge, die zur Meldung gehören</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="231"/>
        <source>Looking for their posts…</source>
        <translation>Ihre Beiträge werden gesucht…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="237"/>
        <source>Anything the team should know (optional)</source>
        <translation>Was das Team wissen sollte (freiwillig)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="238"/>
        <source>Anything the team should know</source>
        <translation>Was das Team wissen sollte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="245"/>
        <source>Also tell the team of their town, %1</source>
        <translation>Auch dem Team ihrer Stadt Bescheid geben, %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="280"/>
        <source>(a post without text)</source>
        <translation>(ein Beitrag ohne Text)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="285"/>
        <source>They have no posts to show.</source>
        <translation>Die Person hat keine Beiträge, die gezeigt werden können.</translation>
    </message>
</context>
<context>
    <name>RequestButtons</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="130"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="137"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="139"/>
        <source>Accept: let %1 follow you</source>
        <translation>Annehmen: %1 darf dir folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="140"/>
        <source>%1 will see your posts</source>
        <translation>%1 sieht dann deine Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="141"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="144"/>
        <source>Decline: %1 will not follow you</source>
        <translation>Ablehnen: %1 folgt dir nicht</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="77"/>
        <source>Townsfolk could not {what}. {reason}</source>
        <extracomment>The durations a mute can have, in seconds (0: until unmuted). Timelines whose saved posts lose a muted or blocked person&apos;s posts.</extracomment>
        <translation>Townsfolk konnte nicht {what}. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="102"/>
        <source>mute this person</source>
        <translation>diese Person stummschalten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="110"/>
        <source>unmute this person</source>
        <translation>die Stummschaltung dieser Person aufheben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="117"/>
        <source>block this person</source>
        <translation>diese Person blockieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="125"/>
        <source>unblock this person</source>
        <translation>die Blockierung dieser Person aufheben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="131"/>
        <source>read the people you muted</source>
        <translation>die stummgeschalteten Leute lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="138"/>
        <source>read the people you blocked</source>
        <translation>die blockierten Leute lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="147"/>
        <source>block this town</source>
        <translation>diese Stadt blockieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="154"/>
        <source>unblock this town</source>
        <translation>die Blockierung dieser Stadt aufheben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="160"/>
        <source>read the towns you blocked</source>
        <translation>die blockierten Städte lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="171"/>
        <source>read your town&apos;s rules</source>
        <translation>die Regeln deiner Stadt lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="178"/>
        <source>read this person&apos;s posts</source>
        <translation>die Beiträge dieser Person lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="201"/>
        <source>send your report</source>
        <translation>deine Meldung senden</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="105"/>
        <source>&amp;Account</source>
        <extracomment>The hidden-words context of each list of posts on the main page (None: not filtered). The question opened last (tests look at it).</extracomment>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="107"/>
        <source>People you &amp;muted or blocked…</source>
        <translation>&amp;Stummgeschaltete und blockierte Leute…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="109"/>
        <source>&amp;Hidden words…</source>
        <translation>&amp;Ausgeblendete Wörter…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="111"/>
        <source>&amp;Log out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="113"/>
        <source>&amp;Remove this account from Townsfolk…</source>
        <translation>Dieses Konto aus Townsfolk &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="136"/>
        <source>&amp;Log out of %1…</source>
        <translation>Von %1 &amp;abmelden…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="149"/>
        <source>Your account</source>
        <translation>Dein Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="153"/>
        <source>Hidden words…</source>
        <translation>Ausgeblendete Wörter…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="154"/>
        <source>People you muted or blocked…</source>
        <translation>Stummgeschaltete und blockierte Leute…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="155"/>
        <source>Log out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="156"/>
        <source>Remove this account…</source>
        <translation>Dieses Konto entfernen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="187"/>
        <source>Mute %1…</source>
        <translation>%1 stummschalten…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="190"/>
        <source>Block %1…</source>
        <translation>%1 blockieren…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="193"/>
        <source>Report %1…</source>
        <translation>%1 melden…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="198"/>
        <location filename="../src/townsfolk/ui/safety.py" line="538"/>
        <source>Block the whole town %1…</source>
        <translation>Die ganze Stadt %1 blockieren…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="265"/>
        <source>You muted %1. To undo it, press Unmute on their profile.</source>
        <translation>Du hast %1 stummgeschaltet. Rückgängig machst du es mit „Stummschaltung aufheben“ im Profil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="278"/>
        <source>You blocked %1. To undo it, press Unblock on their profile.</source>
        <translation>Du hast %1 blockiert. Rückgängig machst du es mit „Nicht mehr blockieren“ im Profil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="321"/>
        <source>Unmuted. Their new posts will show again.</source>
        <translation>Stummschaltung aufgehoben. Neue Beiträge dieser Person erscheinen wieder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="323"/>
        <source>Unblocked. You can follow each other again.</source>
        <translation>Nicht mehr blockiert. Ihr könnt einander wieder folgen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="351"/>
        <source>You blocked the town %1.</source>
        <translation>Du hast die Stadt %1 blockiert.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="437"/>
        <source>Thank you. The team of %1 will look at your report.</source>
        <translation>Danke. Das Team von %1 sieht sich deine Meldung an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="478"/>
        <location filename="../src/townsfolk/ui/safety.py" line="524"/>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="480"/>
        <location filename="../src/townsfolk/ui/safety.py" line="530"/>
        <source>Unblock</source>
        <translation>Nicht mehr blockieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="484"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="485"/>
        <source>More: mute, block or report</source>
        <translation>Mehr: stummschalten, blockieren oder melden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="508"/>
        <source>Unmute %1</source>
        <translation>Stummschaltung von %1 aufheben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="509"/>
        <source>Unblock %1</source>
        <translation>%1 nicht mehr blockieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="528"/>
        <source>Mute…</source>
        <translation>Stummschalten…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="534"/>
        <source>Block…</source>
        <translation>Blockieren…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="535"/>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="588"/>
        <source>You unblocked the town %1.</source>
        <translation>Du hast die Stadt %1 wieder freigegeben.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="767"/>
        <source>All the waiting posts were sent.</source>
        <translation>Alle wartenden Beiträge wurden gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="772"/>
        <source>They could not be sent yet. They are still saved on this computer.</source>
        <translation>Sie konnten noch nicht gesendet werden. Sie sind weiter auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="781"/>
        <source>Sending them now…</source>
        <translation>Sie werden jetzt gesendet…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="809"/>
        <source>%1 was removed from Townsfolk.</source>
        <translation>%1 wurde aus Townsfolk entfernt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="811"/>
        <source>You logged out of %1.</source>
        <translation>Du hast dich von %1 abgemeldet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="813"/>
        <source>%1 is now your main account.</source>
        <translation>%1 ist jetzt dein Hauptkonto.</translation>
    </message>
</context>
<context>
    <name>SafetyListsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="80"/>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="85"/>
        <source>People you muted or blocked</source>
        <translation>Stummgeschaltete und blockierte Leute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>You have not muted anyone.</source>
        <translation>Du hast niemanden stummgeschaltet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>You have not blocked anyone.</source>
        <translation>Du hast niemanden blockiert.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>Unblock</source>
        <translation>Nicht mehr blockieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>You have not blocked any town.</source>
        <translation>Du hast keine Stadt blockiert.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>Unblock the town</source>
        <translation>Die Stadt freigeben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="103"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="104"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="105"/>
        <source>Blocked towns</source>
        <translation>Blockierte Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="110"/>
        <source>Name of a town, like example.social</source>
        <translation>Name einer Stadt, wie example.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="111"/>
        <source>Name of a town to block</source>
        <translation>Name einer Stadt, die blockiert werden soll</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="112"/>
        <source>Block this town…</source>
        <translation>Diese Stadt blockieren…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="114"/>
        <source>Block this town</source>
        <translation>Diese Stadt blockieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="139"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="51"/>
        <source>A name, @someone@town, #hashtag, or the link of a post</source>
        <translation>Ein Name, @jemand@stadt, #hashtag oder der Link zu einem Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="53"/>
        <source>What to look for</source>
        <translation>Wonach du suchst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="57"/>
        <location filename="../src/townsfolk/ui/search_view.py" line="58"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="67"/>
        <source>Look for people and hashtags in every town your town knows. Paste the link of a post or a person to open it here.</source>
        <translation>Suche nach Leuten und Hashtags in allen Städten, die deine Stadt kennt. Füge den Link zu einem Beitrag oder einer Person ein, um ihn hier zu öffnen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="82"/>
        <source>People</source>
        <translation>Leute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="87"/>
        <source>People found</source>
        <translation>Gefundene Leute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="88"/>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="91"/>
        <source>Hashtags found</source>
        <translation>Gefundene Hashtags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="99"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="103"/>
        <source>No posts found.</source>
        <translation>Keine Beiträge gefunden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="106"/>
        <source>Posts found</source>
        <translation>Gefundene Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="124"/>
        <source>What you can look for</source>
        <translation>Wonach du suchen kannst</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="128"/>
        <source>A name, like “Ann” or “Riverside Library”: people whose name matches.</source>
        <translation>Ein Name, wie „Ann“ oder „Stadtbücherei“: Leute, deren Name passt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="129"/>
        <source>A full address, like @ann@maple.social: that person, even in another town.</source>
        <translation>Eine volle Adresse, wie @ann@maple.social: genau diese Person, auch in einer anderen Stadt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="131"/>
        <source>The web address of a profile or a post, copied from your browser: it opens here.</source>
        <translation>Die Webadresse eines Profils oder eines Beitrags, aus dem Browser kopiert: Sie öffnet sich hier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="133"/>
        <source>A word with # in front, like #gardening: posts about that subject.</source>
        <translation>Ein Wort mit # davor, wie #garten: Beiträge zu diesem Thema.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="171"/>
        <source>Looking for “%1”…</source>
        <translation>Suche nach „%1“ …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="84"/>
        <source>No one found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="198"/>
        <source>No hashtags found.</source>
        <translation>Keine Hashtags gefunden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="201"/>
        <source>Nothing was found. Try other words.</source>
        <translation>Nichts gefunden. Versuche es mit anderen Wörtern.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>%1 people</source>
        <translation>%1 Leute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>1 hashtag</source>
        <translation>1 Hashtag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>%1 hashtags</source>
        <translation>%1 Hashtags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="208"/>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../src/townsfolk/services/secrets.py" line="76"/>
        <source>Townsfolk could not keep your login safe, because this computer&apos;s password store (keyring) is not available or is locked. Nothing was saved in plain text. Unlock your password store if you are asked to; on Linux, install one such as GNOME Keyring or KWallet and log in to your desktop again. Then try again.</source>
        <translation>Townsfolk konnte deine Anmeldung nicht sicher aufbewahren, weil der Passwortspeicher dieses Computers (Schlüsselbund) nicht verfügbar oder gesperrt ist. Es wurde nichts als lesbarer Text gespeichert. Entsperre deinen Passwortspeicher, wenn du danach gefragt wirst; unter Linux installiere einen, zum Beispiel GNOME Keyring oder KWallet, und melde dich neu an deinem Desktop an. Versuche es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="292"/>
        <location filename="../src/townsfolk/services/session.py" line="324"/>
        <location filename="../src/townsfolk/services/session.py" line="456"/>
        <source>This account is no longer on this computer.</source>
        <extracomment>How often backups are brought up to date with the people their main account follows. The state of every account&apos;s town (see services.health). The setting read when a main town is back: switch back by itself, or ask. Which account is in use; switches to a backup when the main town is down. Keeps backups following the same people as their main account. Pictures (avatars, previews), fetched once and kept on disk. Trims old posts and pictures on a schedule (limits: ``housekeeping.configure``).</extracomment>
        <translation>Dieses Konto ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="300"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>Townsfolk ist bei {handle} nicht mehr angemeldet. Bitte melde dich noch einmal an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="357"/>
        <source>This account is not ready yet. Please try again.</source>
        <translation>Dieses Konto ist noch nicht bereit. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="401"/>
        <source>Townsfolk could not find {who}.</source>
        <translation>Townsfolk konnte {who} nicht finden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="461"/>
        <source>A post of this account is still waiting to be sent. Send it first, or choose to delete it.</source>
        <translation>Ein Beitrag dieses Kontos wartet noch darauf, gesendet zu werden. Sende ihn zuerst oder lösche ihn.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="467"/>
        <source>%n posts of this account are still waiting to be sent. Send them first, or choose to delete them.</source>
        <translation>%n Beiträge dieses Kontos warten noch darauf, gesendet zu werden. Sende sie zuerst oder lösche sie.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="127"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="137"/>
        <source>Settings</source>
        <extracomment>Space for saved pictures, in MB (the default, 500, is marked as the usual choice). Posts kept in each list (the default, 2000, is marked as the usual choice). (backup account id, follow the same people) for each choice changed, on &quot;Done&quot;.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="291"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="297"/>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="301"/>
        <source>Like the rest of my computer</source>
        <translation>Wie der Rest meines Computers</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="302"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="303"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="300"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="305"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="308"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="312"/>
        <source>Lan&amp;guage</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="263"/>
        <source>Show pictures marked as sensitive without asking first</source>
        <translation>Bilder, die als heikel markiert sind, ohne Nachfrage zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="268"/>
        <source>Remind me to describe each picture for people who cannot see it</source>
        <translation>Mich daran erinnern, jedes Bild für Leute zu beschreiben, die es nicht sehen können</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="258"/>
        <source>Tell me about new notifications when Townsfolk is in the background</source>
        <translation>Mir neue Benachrichtigungen melden, wenn Townsfolk im Hintergrund ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="245"/>
        <source>How often to look for new posts</source>
        <translation>Wie oft nach neuen Beiträgen gesehen wird</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="255"/>
        <source>&amp;Look for new posts</source>
        <translation>Nach neuen &amp;Beiträgen sehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="319"/>
        <source>Switch back by itself</source>
        <translation>Von selbst zurückwechseln</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="320"/>
        <source>Ask me first</source>
        <translation>Mich vorher fragen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="318"/>
        <source>When my town is back after being down</source>
        <translation>Wenn meine Stadt nach einem Ausfall wieder da ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="323"/>
        <source>When my town is &amp;back after being down</source>
        <translation>Wenn meine Stadt nach einem Ausfall &amp;wieder da ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="334"/>
        <source>Follow the same people on my backup account @%1</source>
        <translation>Mit meinem Sicherungskonto @%1 denselben Leuten folgen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="341"/>
        <source>Your backup account follows everyone your main account follows, so it is ready to read with if your town is down.</source>
        <translation>Dein Sicherungskonto folgt allen, denen dein Hauptkonto folgt. So kannst du damit lesen, wenn deine Stadt nicht da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="165"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="244"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="273"/>
        <source>Looks</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="316"/>
        <source>Your account</source>
        <translation>Dein Konto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="360"/>
        <source>Keeping things tidy</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="362"/>
        <source>Space for saved pictures</source>
        <translation>Platz für gespeicherte Bilder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="371"/>
        <source>&amp;Space for saved pictures</source>
        <translation>&amp;Platz für gespeicherte Bilder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="374"/>
        <source>Posts kept in each list</source>
        <translation>Beiträge, die in jeder Liste bleiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="383"/>
        <source>&amp;Posts kept in each list</source>
        <translation>&amp;Beiträge, die in jeder Liste bleiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="388"/>
        <source>Older posts and pictures are let go by themselves; Townsfolk fetches them again when you scroll back to them.</source>
        <translation>Ältere Beiträge und Bilder werden von selbst losgelassen; Townsfolk holt sie wieder, wenn du zu ihnen zurückscrollst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="394"/>
        <source>&amp;Free up space now</source>
        <translation>Platz jetzt &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="396"/>
        <source>Free up space now</source>
        <translation>Platz jetzt freigeben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="422"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="428"/>
        <source>%1 (usual)</source>
        <translation>%1 (üblich)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="426"/>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="444"/>
        <source>Freeing up space…</source>
        <translation>Platz wird freigegeben…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="461"/>
        <source>Townsfolk could not free up space just now: the disk or the saved posts could not be changed. Try again in a moment, or restart Townsfolk.</source>
        <translation>Townsfolk konnte gerade keinen Platz freigeben: Die Festplatte oder die gespeicherten Beiträge ließen sich nicht ändern. Versuche es gleich noch einmal oder starte Townsfolk neu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="470"/>
        <source>There was nothing to let go. Saved pictures now take %1.</source>
        <translation>Es gab nichts loszulassen. Gespeicherte Bilder belegen jetzt %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="478"/>
        <source>Freed %1: %2 saved pictures and %3 old posts were let go. Saved pictures now take %4.</source>
        <translation>%1 freigegeben: %2 gespeicherte Bilder und %3 alte Beiträge wurden losgelassen. Gespeicherte Bilder belegen jetzt %4.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="491"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="492"/>
        <source>Every 2 minutes</source>
        <translation>Alle 2 Minuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="493"/>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="494"/>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="495"/>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="496"/>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="500"/>
        <source>Every %1 seconds</source>
        <translation>Alle %1 Sekunden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="504"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="40"/>
        <source>At least 8 characters. A short sentence you can remember works well.</source>
        <translation>Mindestens 8 Zeichen. Ein kurzer Satz, den du dir merken kannst, eignet sich gut.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="44"/>
        <source>Too short: please use at least 8 characters.</source>
        <translation>Zu kurz: Bitte nimm mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="56"/>
        <source>Strong password. Well done.</source>
        <translation>Sicheres Passwort. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="57"/>
        <source>Good. A longer one is even safer: try a short sentence.</source>
        <translation>Gut. Ein längeres ist noch sicherer: Versuch es mit einem kurzen Satz.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="76"/>
        <source>A user name cannot have spaces. Use _ instead, like rosa_diaz.</source>
        <extracomment>The longest user name and display name Mastodon accepts.</extracomment>
        <translation>Ein Benutzername darf keine Leerzeichen haben. Nimm stattdessen _, wie rosa_diaz.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="80"/>
        <source>A user name can have only letters a to z, numbers and _.</source>
        <translation>Ein Benutzername darf nur Buchstaben von a bis z, Ziffern und _ enthalten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="84"/>
        <source>A user name can have at most {count} characters.</source>
        <translation>Ein Benutzername darf höchstens {count} Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="101"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="154"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="102"/>
        <source>The name others will see, like Ann Archer</source>
        <translation>Der Name, den andere sehen, zum Beispiel Anna Berger</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="105"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="155"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="106"/>
        <source>Letters, numbers and _ only, like ann_archer</source>
        <translation>Nur Buchstaben, Ziffern und _, zum Beispiel anna_berger</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="107"/>
        <source>Your full address</source>
        <translation>Deine vollständige Adresse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="109"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="156"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="110"/>
        <source>you@example.com</source>
        <translation>du@beispiel.de</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="112"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="157"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="114"/>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="115"/>
        <source>How strong the password is</source>
        <translation>Wie sicher das Passwort ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="117"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="121"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="158"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="123"/>
        <source>I agree to the rules</source>
        <translation>Ich stimme den Regeln zu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="145"/>
        <source>Problem with {what}</source>
        <translation>Problem mit: {what}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="159"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="209"/>
        <source>yourname</source>
        <translation>deinname</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="211"/>
        <source>Your full address will be @{name}@{town}</source>
        <translation>Deine vollständige Adresse wird @{name}@{town} sein</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="216"/>
        <source>Create your account in {town}</source>
        <translation>Erstelle dein Konto in {town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="230"/>
        <source>I have read the rules of {town} and I agree to them</source>
        <translation>Ich habe die Regeln von {town} gelesen und stimme ihnen zu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="239"/>
        <source>Asking {town} how to join…</source>
        <translation>{town} wird gefragt, wie man beitritt …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="254"/>
        <source>Terms of use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="256"/>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="265"/>
        <source>The town&apos;s own pages (they open in your web browser):</source>
        <translation>Die eigenen Seiten der Stadt (sie öffnen sich in deinem Webbrowser):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="268"/>
        <source>The town&apos;s terms of use and privacy policy, as links</source>
        <translation>Die Nutzungsbedingungen und die Datenschutzerklärung der Stadt, als Links</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="284"/>
        <source>Date of birth (you must be at least {age})</source>
        <translation>Geburtsdatum (du musst mindestens {age} sein)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="297"/>
        <source>Create my account</source>
        <translation>Mein Konto erstellen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="331"/>
        <source>Creating your account…</source>
        <translation>Dein Konto wird erstellt …</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="252"/>
        <source>The town rules</source>
        <translation>Die Regeln der Stadt</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="86"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. Your posts, follows and messages on your town are safe; posts that had not been sent yet may need to be written again. If Townsfolk asks, log in again.</source>
        <translation>Townsfolk hat festgestellt, dass seine gespeicherten Daten auf diesem Computer beschädigt waren. Deshalb hat es die Datei beiseitegelegt und neu angefangen. Deine Beiträge, die Leute, denen du folgst, und deine Nachrichten in deiner Stadt sind sicher; Beiträge, die noch nicht gesendet waren, musst du vielleicht neu schreiben. Wenn Townsfolk danach fragt, melde dich noch einmal an.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="98"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. It kept your accounts and the posts you had not sent yet. Your posts, follows and messages on your town are safe; saved timelines will load again from your town.</source>
        <translation>Townsfolk hat festgestellt, dass seine gespeicherten Daten auf diesem Computer beschädigt waren. Deshalb hat es die Datei beiseitegelegt und neu angefangen. Deine Konten und die Beiträge, die du noch nicht gesendet hattest, hat es behalten. Deine Beiträge, die Leute, denen du folgst, und deine Nachrichten in deiner Stadt sind sicher; gespeicherte Zeitleisten werden wieder aus deiner Stadt geladen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="55"/>
        <source>Townsfolk could not save or read its data on this computer. Nothing you already saved was lost. Please restart Townsfolk; if this keeps happening, restart the computer.</source>
        <translation>Townsfolk konnte seine Daten auf diesem Computer nicht speichern oder lesen. Was du schon gespeichert hast, ist nicht verloren. Bitte starte Townsfolk neu; wenn das öfter passiert, starte den Computer neu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="74"/>
        <source>Your computer&apos;s disk is full, so Townsfolk could not save this. Nothing you already saved was lost. Free some space (for example, empty the bin or delete large files you no longer need), then try again.</source>
        <translation>Die Festplatte deines Computers ist voll, deshalb konnte Townsfolk das nicht speichern. Was du schon gespeichert hast, ist nicht verloren. Schaffe etwas Platz (leere zum Beispiel den Papierkorb oder lösche große Dateien, die du nicht mehr brauchst) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="87"/>
        <source>Townsfolk is not allowed to save in its folder on this computer. Nothing you already saved was lost. Check that your user account may write to the Townsfolk folder, then start Townsfolk again.</source>
        <translation>Townsfolk darf in seinem Ordner auf diesem Computer nichts speichern. Was du schon gespeichert hast, ist nicht verloren. Prüfe, ob dein Benutzerkonto in den Townsfolk-Ordner schreiben darf, und starte Townsfolk dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="100"/>
        <source>Townsfolk&apos;s folder on this computer is read-only, so nothing new can be saved. Nothing you already saved was lost. Move Townsfolk&apos;s folder to a disk you can write to, or make it writable, then start Townsfolk again.</source>
        <translation>Der Ordner von Townsfolk auf diesem Computer ist schreibgeschützt, deshalb kann nichts Neues gespeichert werden. Was du schon gespeichert hast, ist nicht verloren. Verschiebe den Ordner von Townsfolk auf ein Laufwerk, auf das du schreiben kannst, oder mach ihn beschreibbar, und starte Townsfolk dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="113"/>
        <source>Townsfolk&apos;s saved data is being used by another program, perhaps a second copy of Townsfolk. Nothing was lost. Close the other copy, then try again.</source>
        <translation>Die gespeicherten Daten von Townsfolk werden gerade von einem anderen Programm benutzt, vielleicht von einem zweiten geöffneten Townsfolk. Es ist nichts verloren gegangen. Schließe das andere Townsfolk und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="125"/>
        <source>The disk reported an error while Townsfolk was saving. What was saved before is kept. If this happens again, the disk may be failing: copy your important files somewhere safe.</source>
        <translation>Die Festplatte hat beim Speichern einen Fehler gemeldet. Was vorher gespeichert war, bleibt erhalten. Wenn das wieder passiert, geht die Festplatte vielleicht kaputt: Kopiere deine wichtigen Dateien an einen sicheren Ort.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="138"/>
        <source>Townsfolk&apos;s saved data on this computer is damaged and could not be repaired automatically. Your posts on your town are safe. Restart Townsfolk; if this message comes back, start it with a new profile folder.</source>
        <translation>Die gespeicherten Daten von Townsfolk auf diesem Computer sind beschädigt und konnten nicht von selbst repariert werden. Deine Beiträge in deiner Stadt sind sicher. Starte Townsfolk neu; wenn diese Nachricht wiederkommt, starte es mit einem neuen Profilordner.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="152"/>
        <source>Townsfolk found that its saved data on this computer is damaged. Your posts on your town are safe. Please restart Townsfolk: it will check its saved data and keep everything it can still read.</source>
        <translation>Townsfolk hat festgestellt, dass seine gespeicherten Daten auf diesem Computer beschädigt sind. Deine Beiträge in deiner Stadt sind sicher. Bitte starte Townsfolk neu: Es prüft dann seine gespeicherten Daten und behält alles, was es noch lesen kann.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="165"/>
        <source>This Townsfolk folder was last used by a newer version of Townsfolk. Nothing was changed. Please install the newest Townsfolk to keep using it.</source>
        <translation>Dieser Townsfolk-Ordner wurde zuletzt von einer neueren Version von Townsfolk benutzt. Es wurde nichts verändert. Bitte installiere das neueste Townsfolk, um ihn weiter zu benutzen.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="53"/>
        <source>This conversation is not saved on this computer yet. It will show when your town answers.</source>
        <extracomment>The list&apos;s height when it has no posts to measure (Qt&apos;s &quot;no limit&quot;).</extracomment>
        <translation>Dieses Gespräch ist noch nicht auf diesem Computer gespeichert. Es erscheint, sobald deine Stadt antwortet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="58"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="70"/>
        <source>No replies yet. You can be the first to answer.</source>
        <translation>Noch keine Antworten. Du kannst als Erste oder Erster antworten.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="82"/>
        <source>Write a reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="83"/>
        <source>Write a reply to this post</source>
        <translation>Eine Antwort auf diesen Beitrag schreiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="117"/>
        <source>Write a reply to %1…</source>
        <translation>Antwort an %1 schreiben…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="722"/>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show less</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="487"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="519"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="488"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="517"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="497"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="502"/>
        <source>Boosted</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="405"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="688"/>
        <source>Read more</source>
        <extracomment>Custom emoji pictures asked for per post (a post may list 20,000); the rest stay words. A long post (Friendica, Hubzilla...: more than Mastodon&apos;s 500 letters) shows this many lines of its text in a list, then &quot;Read more&quot;, which opens it whole (ui/kinds). The widest a post&apos;s text runs, in letters (&quot;em&quot;), on a wide window. lupdate collects calls named ``translate`` whose context is written out. A post whose conversation is already on screen (a click on it opens nothing).</extracomment>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="504"/>
        <source>Boost</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourited</source>
        <translation>Favorisiert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="521"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="589"/>
        <source>Some posts are not loaded here. Show them</source>
        <translation>Einige Beiträge sind hier nicht geladen. Zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="605"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="204"/>
        <source>%1 boosted</source>
        <translation>%1 hat geteilt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="627"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="211"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="709"/>
        <source>Continuing a thread</source>
        <translation>Fortsetzung eines Threads</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="712"/>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="715"/>
        <source>Replying to a post</source>
        <translation>Antwort auf einen Beitrag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Show anyway</source>
        <translation>Trotzdem zeigen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Hide again</source>
        <translation>Wieder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="835"/>
        <source>Sensitive picture. Click to show it.</source>
        <translation>Heikles Bild. Klicke, um es zu zeigen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="848"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="959"/>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="961"/>
        <source>%n votes</source>
        <translation>%n Stimmen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="964"/>
        <source>closed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="966"/>
        <source>you voted</source>
        <translation>du hast abgestimmt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="968"/>
        <source>click an answer to vote</source>
        <translation>klicke auf eine Antwort, um abzustimmen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="135"/>
        <source>Some posts are not loaded yet here. Press Enter to load them.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out. What the person&apos;s hidden words do to a post: the post to show (folded behind a note when it should warn), or None when it is hidden (``ui/hidden_words.py``). The post shown whole even when long (the post a conversation is about).</extracomment>
        <translation>Einige Beiträge sind hier noch nicht geladen. Drücke die Eingabetaste, um sie zu laden.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="209"/>
        <source>Press O to open it.</source>
        <translation>Drücke O, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="214"/>
        <source>%1 Press Space to show the post anyway.</source>
        <translation>%1 Drücke die Leertaste, um den Beitrag trotzdem zu zeigen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="220"/>
        <source>Content warning: %1. Press Space to show the post.</source>
        <translation>Inhaltswarnung: %1. Drücke die Leertaste, um den Beitrag zu zeigen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="227"/>
        <source>Content warning: %1.</source>
        <translation>Inhaltswarnung: %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="150"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="239"/>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="233"/>
        <source>The text is shortened here. Press O to read more.</source>
        <translation>Der Text ist hier gekürzt. Drücke O, um weiterzulesen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="244"/>
        <source>%n pictures:</source>
        <translation>%n Bilder:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="249"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="252"/>
        <source>Poll: %1</source>
        <translation>Umfrage: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="257"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation>%1 Antworten, %2 geteilt, %3 favorisiert</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="326"/>
        <source>There are no posts here yet. New posts will show up here.</source>
        <translation>Hier gibt es noch keine Beiträge. Neue Beiträge erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="509"/>
        <source>1 post could not be shown: the town sent it in a way Townsfolk cannot read.</source>
        <translation>1 Beitrag konnte nicht gezeigt werden: Die Stadt hat ihn so geschickt, dass Townsfolk ihn nicht lesen kann.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="512"/>
        <source>%n posts could not be shown: the town sent them in a way Townsfolk cannot read.</source>
        <translation>
            <numerusform>%n Beitrag konnte nicht gezeigt werden: Die Stadt hat ihn so geschickt, dass Townsfolk ihn nicht lesen kann.</numerusform>
            <numerusform>%n Beiträge konnten nicht gezeigt werden: Die Stadt hat sie so geschickt, dass Townsfolk sie nicht lesen kann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>1 new post</source>
        <translation>1 neuer Beitrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>%n new posts</source>
        <translation>
            <numerusform>%n neuer Beitrag</numerusform>
            <numerusform>%n neue Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timelines</name>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="193"/>
        <source>You are offline; showing saved posts.</source>
        <extracomment>The English text of :func:`offline_message` (what it says when no translation is installed). Pages asked for in a row while every post on them was unreadable.</extracomment>
        <translation>Du bist offline; gespeicherte Beiträge werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="202"/>
        <source>{problem} Showing saved posts.</source>
        <extracomment>{problem} is a sentence saying what went wrong with the town.</extracomment>
        <translation>{problem} Gespeicherte Beiträge werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="207"/>
        <source>Something went wrong while loading posts. Showing saved posts.</source>
        <translation>Beim Laden der Beiträge ist etwas schiefgegangen. Gespeicherte Beiträge werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="132"/>
        <source>For everyone</source>
        <extracomment>Software that speaks the Mastodon client API well enough for Townsfolk. Software that certainly does not (shown as &quot;Townsfolk cannot use this town yet&quot;). One line under the title, in everyday words. Only filled by the live directory (nothing in the shipped list).</extracomment>
        <translation>Für alle</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="133"/>
        <source>Big towns about everything: a good place to start</source>
        <translation>Große Städte für alles: ein guter Anfang</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="136"/>
        <source>Academia and science</source>
        <translation>Forschung und Wissenschaft</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="137"/>
        <source>Researchers, teachers, students, libraries</source>
        <translation>Forschende, Lehrende, Studierende, Bibliotheken</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="140"/>
        <source>News and journalism</source>
        <translation>Nachrichten und Journalismus</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="141"/>
        <source>Reporters, newsrooms and news lovers</source>
        <translation>Reporter, Redaktionen und alle, die Nachrichten mögen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="144"/>
        <source>Art, books and writing</source>
        <translation>Kunst, Bücher und Schreiben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="145"/>
        <source>Artists, photographers, writers, readers</source>
        <translation>Kunstschaffende, Fotografen, Schreibende, Lesende</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="148"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="149"/>
        <source>Musicians and music lovers</source>
        <translation>Musiker und alle, die Musik lieben</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="152"/>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="153"/>
        <source>Video games, board games, role-playing</source>
        <translation>Videospiele, Brettspiele, Rollenspiele</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="156"/>
        <source>Anime, fandoms and subcultures</source>
        <translation>Anime, Fandoms und Subkulturen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="157"/>
        <source>Anime, manga, fan works and more</source>
        <translation>Anime, Manga, Fan-Werke und mehr</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="160"/>
        <source>Furries</source>
        <translation>Furries</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="161"/>
        <source>The furry community</source>
        <translation>Die Furry-Community</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="164"/>
        <source>Technology and programming</source>
        <translation>Technik und Programmieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="165"/>
        <source>Computers, free software, coding</source>
        <translation>Computer, freie Software, Programmieren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="168"/>
        <source>Safe spaces: LGBTQ+, BIPOC and more</source>
        <translation>Geschützte Räume: LGBTQ+, BIPoC und mehr</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="169"/>
        <source>Towns made for communities</source>
        <translation>Städte für bestimmte Gemeinschaften</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="172"/>
        <source>Activism, politics and the planet</source>
        <translation>Aktivismus, Politik und der Planet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="173"/>
        <source>Causes, climate, social issues</source>
        <translation>Anliegen, Klima, soziale Themen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="176"/>
        <source>Hobbies, food and sports</source>
        <translation>Hobbys, Essen und Sport</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="177"/>
        <source>Radio, racing, cooking, parents and more</source>
        <translation>Funk, Motorsport, Kochen, Eltern und mehr</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="180"/>
        <source>Humour and fun</source>
        <translation>Humor und Spaß</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="181"/>
        <source>Jokes, cats and silliness</source>
        <translation>Witze, Katzen und Albernheiten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="184"/>
        <source>Cities and countries</source>
        <translation>Städte und Länder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="185"/>
        <source>Towns for one place in the world</source>
        <translation>Städte für einen bestimmten Ort auf der Welt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="188"/>
        <source>In your language</source>
        <translation>In deiner Sprache</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="189"/>
        <source>Towns for one language</source>
        <translation>Städte für eine bestimmte Sprache</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="192"/>
        <source>Faith and religion</source>
        <translation>Glaube und Religion</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="193"/>
        <source>Religious communities</source>
        <translation>Religiöse Gemeinschaften</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="196"/>
        <source>Adults only (18+)</source>
        <translation>Nur für Erwachsene (18+)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="197"/>
        <source>Grown-up topics; you must be an adult</source>
        <translation>Themen für Erwachsene; du musst volljährig sein</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="200"/>
        <source>Other towns</source>
        <translation>Andere Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="201"/>
        <source>Towns that fit nowhere else</source>
        <translation>Städte, die nirgendwo sonst hinpassen</translation>
    </message>
</context>
<context>
    <name>TownCards</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="49"/>
        <source>{people} people live here · {active} were active lately</source>
        <translation>{people} Leute wohnen hier · {active} waren in letzter Zeit aktiv</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="52"/>
        <source>{people} people live here</source>
        <translation>{people} Leute wohnen hier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="61"/>
        <source>Language: {names}</source>
        <translation>Sprache: {names}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="66"/>
        <source>Townsfolk cannot use this kind of town yet ({software})</source>
        <translation>Townsfolk kann diese Art von Stadt noch nicht nutzen ({software})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="68"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="70"/>
        <source>Did not answer the last time Townsfolk asked</source>
        <translation>Hat beim letzten Mal nicht geantwortet, als Townsfolk gefragt hat</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="74"/>
        <source>You can join now</source>
        <translation>Du kannst jetzt beitreten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="75"/>
        <source>You ask to join, and someone from the town says yes</source>
        <translation>Du fragst, ob du beitreten darfst, und jemand aus der Stadt sagt Ja</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="78"/>
        <source>Not taking new people</source>
        <translation>Nimmt keine neuen Leute auf</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="87"/>
        <source>A big town about everything, where newcomers can join.</source>
        <translation>Eine große Stadt über alles, in der Neue willkommen sind.</translation>
    </message>
</context>
<context>
    <name>TownStatus</name>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="162"/>
        <source>a few seconds</source>
        <translation>ein paar Sekunden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="166"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="168"/>
        <source>%n minutes</source>
        <translation>%n Minuten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="173"/>
        <source>about 1 hour</source>
        <translation>etwa 1 Stunde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="175"/>
        <source>about %n hours</source>
        <translation>etwa %n Stunden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="179"/>
        <source>about 1 day</source>
        <translation>etwa 1 Tag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="181"/>
        <source>about %n days</source>
        <translation>etwa %n Tage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="217"/>
        <source>You have been offline since {start} ({length} so far).</source>
        <translation>Du bist seit {start} offline (bisher {length}).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="221"/>
        <source>You have been offline since {start} on {day} ({length} so far).</source>
        <translation>Du bist seit {start} am {day} offline (bisher {length}).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="226"/>
        <source>You were offline for {length}, from {start}.</source>
        <translation>Du warst ab {start} für {length} offline.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="228"/>
        <source>You were offline for {length}, from {start} on {day}.</source>
        <translation>Du warst ab {start} am {day} für {length} offline.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="233"/>
        <source>{town} has not been answering since {start} ({length} so far).</source>
        <translation>{town} antwortet seit {start} nicht (bisher {length}).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="237"/>
        <source>{town} has not been answering since {start} on {day} ({length} so far).</source>
        <translation>{town} antwortet seit {start} am {day} nicht (bisher {length}).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="242"/>
        <source>{town} was not answering for {length}, from {start}.</source>
        <translation>{town} hat ab {start} für {length} nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="244"/>
        <source>{town} was not answering for {length}, from {start} on {day}.</source>
        <translation>{town} hat ab {start} am {day} für {length} nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>TownStatusDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="63"/>
        <location filename="../src/townsfolk/ui/town_status.py" line="64"/>
        <source>Town status</source>
        <translation>Status der Städte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="70"/>
        <source>How your towns are doing</source>
        <translation>Wie es deinen Städten geht</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="75"/>
        <source>Each of your accounts lives in a town. When a town does not answer, Townsfolk uses your backup account and keeps your posts safe until the town is back.</source>
        <translation>Jedes deiner Konten wohnt in einer Stadt. Wenn eine Stadt nicht antwortet, nutzt Townsfolk dein Sicherungskonto und hebt deine Beiträge sicher auf, bis die Stadt wieder da ist.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="90"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="113"/>
        <source>You are offline, so Townsfolk cannot reach any town just now.</source>
        <translation>Du bist offline, deshalb kann Townsfolk gerade keine Stadt erreichen.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="115"/>
        <source>Answering normally.</source>
        <translation>Antwortet ganz normal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="117"/>
        <source>Slow: it answers, but takes a long time.</source>
        <translation>Langsam: Sie antwortet, braucht aber lange.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="119"/>
        <source>Back: answering again.</source>
        <translation>Wieder da: Sie antwortet wieder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="120"/>
        <source>Not answering since %1. Townsfolk keeps checking by itself.</source>
        <translation>Antwortet seit %1 nicht. Townsfolk schaut von selbst immer wieder nach.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="140"/>
        <source>In use now: your backup account @%1.</source>
        <translation>Jetzt in Gebrauch: dein Sicherungskonto @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="142"/>
        <source>In use now: your account @%1.</source>
        <translation>Jetzt in Gebrauch: dein Konto @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="160"/>
        <source>Your backup accounts</source>
        <translation>Deine Sicherungskonten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="174"/>
        <source>When towns were down</source>
        <translation>Wann Städte nicht da waren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="178"/>
        <source>None of your towns has been down since Townsfolk started keeping track.</source>
        <translation>Keine deiner Städte war weg, seit Townsfolk darauf achtet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="210"/>
        <source>Your backup account @%1</source>
        <translation>Dein Sicherungskonto @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="212"/>
        <source>Your account @%1</source>
        <translation>Dein Konto @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="214"/>
        <source>(in use now)</source>
        <translation>(jetzt in Gebrauch)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="251"/>
        <source>This backup account does not follow the same people as your main account. You can change this in Settings.</source>
        <translation>Dieses Sicherungskonto folgt nicht denselben Leuten wie dein Hauptkonto. Du kannst das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="257"/>
        <source>Townsfolk will soon make this backup account follow the same people as your main account.</source>
        <translation>Townsfolk lässt dieses Sicherungskonto bald denselben Leuten folgen wie dein Hauptkonto.</translation>
    </message>
</context>
<context>
    <name>UnfollowDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="163"/>
        <source>Stop following %1?</source>
        <translation>%1 nicht mehr folgen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="164"/>
        <source>You won&apos;t see their posts in People you follow.</source>
        <translation>Du siehst ihre Beiträge dann nicht mehr bei „Leute, denen du folgst“.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="165"/>
        <source>Stop following</source>
        <translation>Nicht mehr folgen</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="267"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="327"/>
        <source>Waiting to be sent</source>
        <extracomment>&quot;Post from my backup instead&quot; (shown with :meth:`offer_backup` while the town is down).</extracomment>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="268"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="271"/>
        <source>Posts waiting to be sent</source>
        <translation>Beiträge, die auf das Senden warten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="276"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="277"/>
        <source>Change the chosen waiting post</source>
        <translation>Den ausgewählten wartenden Beitrag ändern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="279"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="280"/>
        <source>Delete the chosen waiting post</source>
        <translation>Den ausgewählten wartenden Beitrag löschen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="282"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="283"/>
        <source>Try to send the chosen post again</source>
        <translation>Den ausgewählten Beitrag noch einmal senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="287"/>
        <source>About the waiting posts</source>
        <translation>Über die wartenden Beiträge</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="288"/>
        <source>Post from my backup instead</source>
        <translation>Stattdessen von meinem Sicherungskonto senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="290"/>
        <source>Post the chosen post from my backup account instead</source>
        <translation>Den gewählten Beitrag stattdessen von meinem Sicherungskonto senden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="319"/>
        <source>(pictures only)</source>
        <translation>(nur Bilder)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="321"/>
        <source>Needs you: %1</source>
        <translation>Braucht dich: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="323"/>
        <source>Being sent now</source>
        <translation>Wird gerade gesendet</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="325"/>
        <source>Waiting; Townsfolk will try again soon. %1</source>
        <translation>Wartet; Townsfolk versucht es bald noch einmal. %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="377"/>
        <source>The post was deleted. It was never sent.</source>
        <translation>Der Beitrag wurde gelöscht. Er wurde nie gesendet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="392"/>
        <source>Delete this post?</source>
        <translation>Diesen Beitrag löschen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="393"/>
        <source>This post has not been sent yet. Delete it for good?</source>
        <translation>Dieser Beitrag wurde noch nicht gesendet. Endgültig löschen?</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="180"/>
        <source>Townsfolk: practice town</source>
        <extracomment>The settings every window shares (the practice window is attached to them). &quot;Add a practice account&quot; in the practice window, while open. The gentle &quot;add a backup account&quot; message, a few days after the wizard.</extracomment>
        <translation>Townsfolk: Übungsstadt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="203"/>
        <source>This is a practice town. Everything here stays on your computer, so try anything you like. When you are ready, join a real town.</source>
        <translation>Das ist eine Übungsstadt. Alles hier bleibt auf deinem Computer, also probier aus, was du magst. Wenn du bereit bist, tritt einer echten Stadt bei.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="207"/>
        <source>Join a real town</source>
        <translation>Einer echten Stadt beitreten</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="29"/>
        <source>Welcome to Townsfolk</source>
        <translation>Willkommen bei Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="32"/>
        <source>Picture: three towns joined by roads</source>
        <translation>Bild: drei Städte, durch Straßen verbunden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="33"/>
        <source>What the fediverse is</source>
        <translation>Was das Fediverse ist</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="35"/>
        <source>Tell me more</source>
        <translation>Mehr erfahren</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="36"/>
        <source>Tell me more about how it works</source>
        <translation>Mehr darüber erfahren, wie es funktioniert</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="46"/>
        <source>How the fediverse works</source>
        <translation>Wie das Fediverse funktioniert</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="130"/>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="131"/>
        <source>Welcome to Townsfolk</source>
        <extracomment>Seconds between two &quot;is the email confirmed yet?&quot; checks. Seconds to wait for the browser log-in. Seconds of waiting for the browser log-in before saying that the town may want the code instead (some towns show their own error page and never send the person back). The company&apos;s own town (services/organisation.py); the wizard then starts there. An account became usable (logged in, or its email confirmed), a main account or a backup: the app makes it live at once, before the wizard ends (it may never end). A background task failed unexpectedly (a bug); the message is for the log.</extracomment>
        <translation>Willkommen bei Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="151"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="152"/>
        <source>Close; your progress is kept</source>
        <translation>Schließen; was du schon gemacht hast, bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="155"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="156"/>
        <source>Back to the page before</source>
        <translation>Zurück zur vorigen Seite</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="157"/>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="160"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="161"/>
        <source>Enter or Alt+N</source>
        <translation>Eingabetaste oder Alt+N</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="357"/>
        <source>Opening the practice town…</source>
        <translation>Die Übungsstadt wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="29"/>
        <source>Townsfolk saves these from %1 in files a town can read (the same files Mastodon&apos;s own export makes). Nothing on your town changes.</source>
        <translation>Townsfolk speichert diese Dinge aus %1 in Dateien, die eine Stadt lesen kann (dieselben Dateien, die der Export von Mastodon macht). In deiner Stadt ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="34"/>
        <source>Choose what to take along from %1. Nothing is changed on your old town: you can still use it while you move.</source>
        <translation>Wähle, was du aus %1 mitnehmen möchtest. In deiner alten Stadt ändert sich nichts: Du kannst sie weiter benutzen, während du umziehst.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="52"/>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="62"/>
        <source>Save my follows and lists</source>
        <translation>Meine gefolgten Leute und Listen speichern</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="63"/>
        <source>What do you want to take along?</source>
        <translation>Was möchtest du mitnehmen?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="74"/>
        <source>The files go into %1</source>
        <translation>Die Dateien kommen in %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="86"/>
        <source>Where should the files go?</source>
        <translation>Wohin sollen die Dateien?</translation>
    </message>
</context>
</TS>
