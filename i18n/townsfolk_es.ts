<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="40"/>
        <source>About this town</source>
        <translation>Sobre este pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="44"/>
        <source>Why do you want to join? The people who look after this town read every request. It may take a few days before they say yes; Townsfolk will tell you.</source>
        <translation>¿Por qué quieres unirte? Las personas que cuidan de este pueblo leen cada solicitud. Puede que tarden unos días en decir que sí; Townsfolk te avisará.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="48"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="51"/>
        <source>Why do you want to join?</source>
        <translation>¿Por qué quieres unirte?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="53"/>
        <source>A sentence or two about you and why you&apos;d like to join</source>
        <translation>Una o dos frases sobre ti y por qué te gustaría unirte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="58"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="59"/>
        <source>Ask the town again</source>
        <translation>Preguntar de nuevo al pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="62"/>
        <source>I already have an account here</source>
        <translation>Ya tengo una cuenta aquí</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="63"/>
        <source>I already have an account in this town</source>
        <translation>Ya tengo una cuenta en este pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="66"/>
        <source>Join on the town&apos;s web page</source>
        <translation>Unirme en la página web del pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="69"/>
        <source>Join on the town&apos;s web page (opens your web browser)</source>
        <translation>Unirme en la página web del pueblo (se abre en tu navegador)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="102"/>
        <source>Asking {town} about itself…</source>
        <extracomment>Said once the town is read again (why the person was sent back here).</extracomment>
        <translation>Preguntando a {town} por sí mismo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="159"/>
        <source>The town&apos;s page is open in your web browser. When you have joined there (and confirmed your email, if the town asks), come back and press “I have joined: log in”.</source>
        <translation>La página del pueblo está abierta en tu navegador. Cuando te hayas unido allí (y hayas confirmado tu correo, si el pueblo lo pide), vuelve y pulsa «Ya me uní: iniciar sesión».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="167"/>
        <source>I have joined: log in</source>
        <translation>Ya me uní: iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="168"/>
        <source>Join this town</source>
        <translation>Unirme a este pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="205"/>
        <source>Town address: {address}</source>
        <translation>Dirección del pueblo: {address}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="214"/>
        <source>{n} people live here, and {active} of them were active last month.</source>
        <translation>Aquí viven {n} personas, y {active} de ellas estuvieron activas el mes pasado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="220"/>
        <source>{n} people live here, and {active} of them were active last week.</source>
        <translation>Aquí viven {n} personas, y {active} de ellas estuvieron activas la semana pasada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="226"/>
        <source>{n} people live here.</source>
        <translation>Aquí viven {n} personas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="232"/>
        <source>{n} people were active here last month.</source>
        <translation>{n} personas estuvieron activas aquí el mes pasado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="238"/>
        <source>Language: {names}.</source>
        <translation>Idioma: {names}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="244"/>
        <source>Can I join?</source>
        <translation>¿Puedo unirme?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="248"/>
        <source>Yes: you can join now.</source>
        <translation>Sí: puedes unirte ahora.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="249"/>
        <source>You ask to join, and a person from the town says yes. This can take a few days.</source>
        <translation>Pides unirte y una persona del pueblo dice que sí. Esto puede tardar unos días.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="253"/>
        <source>This town is not taking new people right now. Please go back and pick another town.</source>
        <translation>Este pueblo no acepta gente nueva ahora mismo. Vuelve atrás y elige otro pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="257"/>
        <source>Yes, on the town&apos;s own web page: press “Join on the town&apos;s web page”, join there, then come back here and log in.</source>
        <translation>Sí, en la propia página web del pueblo: pulsa «Unirme en la página web del pueblo», únete allí y luego vuelve aquí e inicia sesión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="273"/>
        <source>You must be at least {age} years old.</source>
        <translation>Debes tener al menos {age} años.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="277"/>
        <source>The town rules</source>
        <translation>Las normas del pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="286"/>
        <source>This town keeps its rules on its web page. Please read them before you join:</source>
        <translation>Este pueblo tiene sus normas en su página web. Léelas antes de unirte:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="290"/>
        <source>Read the town rules</source>
        <translation>Leer las normas del pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="296"/>
        <source>The town did not tell Townsfolk its rules. Every town has some: please read about the town on its web page before you join.</source>
        <translation>El pueblo no le dijo a Townsfolk cuáles son sus normas. Todos los pueblos tienen alguna: lee sobre el pueblo en su página web antes de unirte.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="303"/>
        <source>About the town (its web page)</source>
        <translation>Sobre el pueblo (su página web)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="307"/>
        <source>Terms of use</source>
        <translation>Condiciones de uso</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="312"/>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="316"/>
        <source>Before you join, you can read these pages (they open in your web browser):</source>
        <translation>Antes de unirte, puedes leer estas páginas (se abren en tu navegador):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="325"/>
        <source>Who runs it: {who}</source>
        <translation>Quién lo gestiona: {who}</translation>
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
        <translation>Mudar mi cuenta entera</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="112"/>
        <source>What moves: your followers. Once the move is done, your old town tells them, and their accounts follow your new account by themselves. Townsfolk then brings in the people you follow, your lists, blocks, mutes, blocked towns and bookmarks.</source>
        <translation>Lo que se muda: tus seguidores. Cuando termine la mudanza, tu antiguo pueblo se lo dice, y sus cuentas siguen a tu cuenta nueva por sí solas. Después, Townsfolk trae a las personas que sigues, tus listas, bloqueos, silencios, pueblos bloqueados y marcadores.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="120"/>
        <source>What does not move: your posts. They stay on %1, and your old account shows that you moved. After moving you must wait %2 days before you can move again.</source>
        <translation>Lo que no se muda: tus publicaciones. Se quedan en %1, y tu cuenta antigua muestra que te mudaste. Después de mudarte tienes que esperar %2 días para poder mudarte otra vez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="128"/>
        <source>Your new account:</source>
        <translation>Tu cuenta nueva:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="130"/>
        <source>Your new account</source>
        <translation>Tu cuenta nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="133"/>
        <source>Add an account in another town…</source>
        <translation>Añadir una cuenta en otro pueblo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="139"/>
        <source>Open the download page</source>
        <translation>Abrir la página de descarga</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="141"/>
        <source>Skip this</source>
        <translation>Saltar esto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="144"/>
        <source>Open the page on the new town</source>
        <translation>Abrir la página en el pueblo nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="146"/>
        <source>Copy the old address</source>
        <translation>Copiar la dirección antigua</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="150"/>
        <source>Save, then open the page on the old town</source>
        <translation>Guardar y luego abrir la página en el pueblo antiguo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="286"/>
        <source>Step 2. Townsfolk first saves the people you follow, your lists, blocks, mutes, blocked towns and bookmarks (once you have moved, %1 no longer lets it read them). Then, on %1, open “Move to a different account”, type your new address: %2, and your password, and press the button there to move.</source>
        <translation>Paso 2. Townsfolk guarda primero a las personas que sigues, tus listas, bloqueos, silencios, pueblos bloqueados y marcadores (después de mudarte, %1 ya no le deja leerlos). Luego, en %1, abre «Mudarse a otra cuenta», escribe tu dirección nueva: %2, y tu contraseña, y pulsa allí el botón para mudarte.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="372"/>
        <source>Saving the people you follow, your lists, blocks, mutes, blocked towns and bookmarks from %1 first: once the account has moved, %2 no longer lets Townsfolk read them…</source>
        <translation>Guardando primero a las personas que sigues, tus listas, bloqueos, silencios, pueblos bloqueados y marcadores de %1: cuando la cuenta se haya mudado, %2 ya no deja que Townsfolk los lea…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="403"/>
        <source>%1 no longer lets Townsfolk read your old account: it may have moved already. Townsfolk looks whether it did.</source>
        <translation>%1 ya no deja que Townsfolk lea tu cuenta antigua: puede que ya se haya mudado. Townsfolk mira si es así.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="410"/>
        <source>Saved. When you have moved on the old town&apos;s page, Townsfolk sees it here by itself (it looks every little while).</source>
        <translation>Guardado. Cuando te hayas mudado en la página del pueblo antiguo, Townsfolk lo verá aquí solo (mira cada poco tiempo).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="425"/>
        <source>Nothing has moved. Do not move on the old town&apos;s page yet: press the button again when %1 answers.</source>
        <translation>No se ha mudado nada. No te mudes todavía en la página del pueblo antiguo: pulsa el botón otra vez cuando %1 responda.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="494"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, and nothing was saved before the move. Your followers still move by themselves. For the rest: download your files on %1&apos;s export page (it still works after a move), then bring them into %2 with “Bring in follows from a file…” in the menu.</source>
        <translation>%1 ya no deja que Townsfolk lea tu cuenta antigua ahora que se ha mudado, y no se guardó nada antes de la mudanza. Tus seguidores se mudan igualmente por sí solos. Para lo demás: descarga tus archivos en la página de exportación de %1 (sigue funcionando después de una mudanza) y luego tráelos a %2 con «Traer seguimientos desde un archivo…» en el menú.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="153"/>
        <source>Copy the new address</source>
        <translation>Copiar la dirección nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="158"/>
        <source>Look now</source>
        <translation>Mirar ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="161"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="169"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="171"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="272"/>
        <source>(choose it above)</source>
        <translation>(elígela arriba)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="273"/>
        <source>your new town</source>
        <translation>tu pueblo nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="276"/>
        <source>First, if you want your posts: download them from %1 (a file for you to keep; they cannot be moved to the new town).</source>
        <translation>Primero, si quieres tus publicaciones: descárgalas de %1 (un archivo para que lo guardes; no se pueden mudar al pueblo nuevo).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="280"/>
        <source>Step 1. On %1, open “Account aliases” and type your old address: %2. This tells the new town the old account is yours.</source>
        <translation>Paso 1. En %1, abre «Alias de la cuenta» y escribe tu dirección antigua: %2. Así el pueblo nuevo sabe que la cuenta antigua es tuya.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="293"/>
        <source>Step 3. Townsfolk looks whether %1 now says it moved.</source>
        <translation>Paso 3. Townsfolk mira si %1 ya dice que se mudó.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="297"/>
        <source>Step 4. Townsfolk brings the people you follow, your lists, blocks, mutes, blocked towns and bookmarks into %1.</source>
        <translation>Paso 4. Townsfolk trae a %1 las personas que sigues, tus listas, bloqueos, silencios, pueblos bloqueados y marcadores.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="300"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="330"/>
        <source>You have moved to %1. Your followers are moving there by themselves (this can take a while). You can move again after %2.</source>
        <translation>Te has mudado a %1. Tus seguidores se están mudando allí por sí solos (puede tardar un rato). Podrás mudarte de nuevo después del %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="455"/>
        <source>%1 does not say it moved yet. If you have done step 2, wait a minute: Townsfolk keeps looking.</source>
        <translation>%1 todavía no dice que se mudó. Si ya hiciste el paso 2, espera un minuto: Townsfolk sigue mirando.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="481"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, so Townsfolk brings in what it saved just before the move.</source>
        <translation>%1 ya no deja que Townsfolk lea tu cuenta antigua ahora que se ha mudado, así que Townsfolk trae lo que guardó justo antes de la mudanza.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="486"/>
        <source>Reading everything from your old account…</source>
        <translation>Leyendo todo desde tu cuenta antigua…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="31"/>
        <source>Add an account in another town…</source>
        <translation>Añadir una cuenta en otro pueblo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="33"/>
        <source>Look again</source>
        <translation>Mirar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="42"/>
        <source>Which account do you move into?</source>
        <translation>¿A qué cuenta te mudas?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="54"/>
        <source>Choose the account that should get what is in the file.</source>
        <translation>Elige la cuenta que debe recibir lo que hay en el archivo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="57"/>
        <source>Choose your account in the new town. If you do not have one yet, add it first: Townsfolk helps you sign up or log in, then you come back here.</source>
        <translation>Elige tu cuenta en el pueblo nuevo. Si todavía no tienes una, añádela primero: Townsfolk te ayuda a registrarte o a iniciar sesión, y luego vuelves aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="87"/>
        <source>You have no other account yet. Add one first.</source>
        <translation>Todavía no tienes otra cuenta. Añade una primero.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="88"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="90"/>
        <source>Which of your accounts you are reading and writing with</source>
        <translation>Con cuál de tus cuentas estás leyendo y escribiendo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="144"/>
        <source>(backup)</source>
        <translation>(de reserva)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="192"/>
        <source>In use: your backup account @%1</source>
        <translation>En uso: tu cuenta de reserva @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="194"/>
        <source>In use: your account @%1</source>
        <translation>En uso: tu cuenta @%1</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="225"/>
        <source>Someone in this town already uses that name. Please choose another one.</source>
        <extracomment>Software that looks at the return address only after the person has logged in (so the check before opening the browser cannot see a refusal) and refuses a loopback port. Software that signs people up only on its web page (no ``POST /api/v1/accounts``), and where that page is on the town. Where towns that keep their rules and policies as web pages (Takahē) put them; each is looked for only when the town&apos;s answers leave it out. How long a browser log-in that did not come back makes a town &quot;prefers the code&quot;. The town&apos;s own words about joining (plain text), e.g. why it is closed. For ``ELSEWHERE``: the page where people sign up. The town&apos;s own web pages for its terms of service and privacy policy, or None when the town has none (the wizard then says nothing rather than show a dead link). When the town&apos;s answers list no rules: its web page with the rules, if it has one (never shown as &quot;no rules&quot;), and its &quot;about&quot; page (or home page) to read instead.</extracomment>
        <translation>Alguien de este pueblo ya usa ese nombre. Elige otro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="229"/>
        <source>That name is kept aside by the town. Please choose another one.</source>
        <translation>El pueblo tiene ese nombre reservado. Elige otro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="232"/>
        <source>A name can only have letters, numbers and underscores (_).</source>
        <translation>Un nombre solo puede tener letras, números y guiones bajos (_).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="235"/>
        <source>That name is too long. Please choose a shorter one.</source>
        <translation>Ese nombre es demasiado largo. Elige uno más corto, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="238"/>
        <source>Please choose a name.</source>
        <translation>Elige un nombre, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="241"/>
        <source>This email address already has an account in this town. You can log in instead.</source>
        <translation>Este correo electrónico ya tiene una cuenta en este pueblo. Puedes iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="245"/>
        <source>This town does not accept this email provider. Please use another email address.</source>
        <translation>Este pueblo no acepta este proveedor de correo. Usa otra dirección de correo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="249"/>
        <source>This email address does not seem to exist. Please check it.</source>
        <translation>Parece que esta dirección de correo no existe. Revísala, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="252"/>
        <source>That does not look like an email address. Please check it.</source>
        <translation>Eso no parece una dirección de correo. Revísala, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="255"/>
        <source>Please type your email address.</source>
        <translation>Escribe tu dirección de correo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="258"/>
        <source>Your password is too short. Please use at least 8 characters.</source>
        <translation>Tu contraseña es demasiado corta. Usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="261"/>
        <source>Your password is too long. Please use fewer than 72 characters.</source>
        <translation>Tu contraseña es demasiado larga. Usa menos de 72 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="264"/>
        <source>Please choose a password.</source>
        <translation>Elige una contraseña, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="265"/>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>Esta contraseña no se puede usar. Elige otra, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="270"/>
        <source>Please read the town&apos;s rules and tick “I agree” to join.</source>
        <translation>Lee las normas del pueblo y marca «Acepto» para unirte.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="275"/>
        <source>This town asks why you would like to join. Please write a sentence or two.</source>
        <translation>Este pueblo pregunta por qué te gustaría unirte. Escribe una o dos frases, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="279"/>
        <source>Your reason is too long. Please make it shorter.</source>
        <translation>Tu motivo es demasiado largo. Acórtalo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="284"/>
        <source>Sorry, you are too young to join this town.</source>
        <translation>Lo sentimos, eres demasiado joven para unirte a este pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="285"/>
        <source>Please give your date of birth; this town needs it.</source>
        <translation>Indica tu fecha de nacimiento; este pueblo la necesita.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="288"/>
        <source>Please give your date of birth as day, month and year.</source>
        <translation>Indica tu fecha de nacimiento con día, mes y año.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="297"/>
        <source>Please choose another name.</source>
        <translation>Elige otro nombre, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="298"/>
        <source>Please check your email address.</source>
        <translation>Revisa tu dirección de correo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="299"/>
        <source>Please choose another password.</source>
        <translation>Elige otra contraseña, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="300"/>
        <source>Please tick “I agree” to join.</source>
        <translation>Marca «Acepto» para unirte.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="301"/>
        <source>Please check why you would like to join.</source>
        <translation>Revisa por qué te gustaría unirte, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="302"/>
        <source>Please check your date of birth.</source>
        <translation>Revisa tu fecha de nacimiento, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="313"/>
        <source>Please check what you typed here.</source>
        <translation>Revisa lo que escribiste aquí, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="319"/>
        <source>in a minute</source>
        <translation>dentro de un minuto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="322"/>
        <source>in about {minutes} minutes</source>
        <translation>dentro de unos {minutes} minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="323"/>
        <source>in an hour or so</source>
        <translation>dentro de una hora más o menos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="331"/>
        <source>The connection to {town} is not safe (its certificate could not be checked), so Townsfolk did not continue. Please check the address or try again later.</source>
        <translation>La conexión con {town} no es segura (no se pudo comprobar su certificado), así que Townsfolk no continuó. Revisa la dirección o inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="337"/>
        <source>Townsfolk could not reach {town}. Please check the address and your internet connection, then try again.</source>
        <translation>Townsfolk no pudo contactar con {town}. Revisa la dirección y tu conexión a internet, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="343"/>
        <source>{town} is taking too long to answer. Please try again in a little while.</source>
        <translation>{town} está tardando demasiado en responder. Inténtalo de nuevo dentro de un rato.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="347"/>
        <source>{town} is a kind of town that Townsfolk cannot use yet. Please choose another town.</source>
        <translation>{town} es un tipo de pueblo que Townsfolk todavía no puede usar. Elige otro pueblo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="352"/>
        <source>{town} asked Townsfolk to slow down. Please try again {when}.</source>
        <translation>{town} pidió a Townsfolk que vaya más despacio. Inténtalo de nuevo {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="358"/>
        <source>Townsfolk could not talk to {town}. Please try again in a little while.</source>
        <translation>Townsfolk no pudo hablar con {town}. Inténtalo de nuevo dentro de un rato.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="361"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Algo salió mal al hablar con {town}. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="434"/>
        <source>{town} does not look like a town Townsfolk can use. Please check the address.</source>
        <extracomment>Towns whose sign-up answered 404/405: base URL -&gt; the page to join on.</extracomment>
        <translation>{town} no parece un pueblo que Townsfolk pueda usar. Revisa la dirección, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="483"/>
        <source>{town} takes new people only on its own web page. Join there, then come back and log in.</source>
        <translation>{town} solo acepta gente nueva en su propia página web. Únete allí y luego vuelve e inicia sesión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="512"/>
        <source>{town} did not let Townsfolk in. Please try again later.</source>
        <translation>{town} no dejó entrar a Townsfolk. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="576"/>
        <source>{town} does not allow the usual way of logging in from Townsfolk. Please use the code instead: Townsfolk will show you how.</source>
        <translation>{town} no permite la forma habitual de iniciar sesión desde Townsfolk. Usa el código en su lugar: Townsfolk te mostrará cómo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="610"/>
        <source>The town did not accept this log-in. Please try again.</source>
        <translation>El pueblo no aceptó este inicio de sesión. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="693"/>
        <source>That does not look like the code from the town&apos;s page. Please copy it again.</source>
        <translation>Eso no parece el código de la página del pueblo. Cópialo de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="719"/>
        <source>This code did not work. Codes work only once and only for a short time: press “Get a new code”, log in on the page that opens and copy the new code.</source>
        <translation>Este código no funcionó. Los códigos solo sirven una vez y durante poco tiempo: pulsa «Obtener un código nuevo», inicia sesión en la página que se abre y copia el código nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="795"/>
        <location filename="../src/townsfolk/services/accounts.py" line="823"/>
        <source>{town} is not taking new people right now. Please choose another town.</source>
        <translation>{town} no acepta gente nueva ahora mismo. Elige otro pueblo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="806"/>
        <source>Please fill in the marked boxes.</source>
        <translation>Rellena las casillas marcadas, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="830"/>
        <source>Too many sign-ups were tried from your internet connection. Please try again {when}.</source>
        <translation>Se intentaron demasiados registros desde tu conexión a internet. Inténtalo de nuevo {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="938"/>
        <source>Please sign up again: Townsfolk no longer has this account&apos;s key.</source>
        <translation>Regístrate de nuevo, por favor: Townsfolk ya no tiene la clave de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="965"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>Townsfolk ya no tiene la sesión iniciada en {handle}. Inicia sesión de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1269"/>
        <source>The town did not accept this sign-up. Please check every box.</source>
        <translation>El pueblo no aceptó este registro. Revisa cada casilla, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1271"/>
        <source>Please look at the marked boxes.</source>
        <translation>Mira las casillas marcadas, por favor.</translation>
    </message>
</context>
<context>
    <name>AddToListDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="44"/>
        <source>Add %1 to a list</source>
        <translation>Añadir a %1 a una lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="67"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="74"/>
        <source>Tick the lists %1 should be in.</source>
        <translation>Marca las listas en las que debe estar %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="78"/>
        <source>You have no lists yet. Lists let you read some people together, like “Family” or “Gardening”. Make one with “New list…” on the left.</source>
        <translation>Aún no tienes listas. Las listas te permiten leer juntas a algunas personas, como «Familia» o «Jardinería». Crea una con «Lista nueva…» a la izquierda.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="132"/>
        <source>Added to “%1”.</source>
        <translation>Añadido a «%1».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="134"/>
        <source>Taken out of “%1”.</source>
        <translation>Quitado de «%1».</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="67"/>
        <source>That does not look like a town&apos;s address. A town&apos;s address looks like mastodon.social.</source>
        <extracomment>Where to connect, without a trailing slash: ``https://mastodon.social``. The name to show people, in its own letters: ``bücher.example``. The host as the network knows it (ASCII, punycode for international names). The name before the town when the person typed a full address (``ann`` of ``@ann@x``).</extracomment>
        <translation>Eso no parece la dirección de un pueblo. La dirección de un pueblo es como mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="106"/>
        <source>Please type the address of your town, for example mastodon.social.</source>
        <extracomment>E-mail services people type by mistake where a town goes (&quot;ann@gmail.com&quot;).</extracomment>
        <translation>Escribe la dirección de tu pueblo, por ejemplo mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="121"/>
        <source>That is not the address of a town. A town&apos;s address looks like mastodon.social.</source>
        <translation>Esa no es la dirección de un pueblo. La dirección de un pueblo es como mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="133"/>
        <source>That does not look like a person&apos;s address. A full address looks like @ann@mastodon.social.</source>
        <translation>Eso no parece la dirección de una persona. Una dirección completa es como @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="151"/>
        <source>Please type only the town&apos;s address, without a name or password in it. A town&apos;s address looks like mastodon.social.</source>
        <translation>Escribe solo la dirección del pueblo, sin un nombre ni una contraseña. La dirección de un pueblo es como mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="158"/>
        <source>the town</source>
        <translation>el pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="160"/>
        <source>That is the address of a page, not of a town. Please type just the town&apos;s name, like {town}.</source>
        <translation>Esa es la dirección de una página, no de un pueblo. Escribe solo el nombre del pueblo, como {town}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="181"/>
        <source>Townsfolk only talks to towns over a safe (https) connection, and this address has none. Please use the town&apos;s name, like mastodon.social.</source>
        <translation>Townsfolk solo habla con los pueblos a través de una conexión segura (https), y esta dirección no la tiene. Usa el nombre del pueblo, como mastodon.social.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="106"/>
        <source>The town</source>
        <translation>El pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="110"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Algo salió mal al hablar con {town}. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="119"/>
        <source>Could not reach {town}. Check that you are connected to the internet, then try again.</source>
        <translation>No se pudo contactar con {town}. Comprueba que estás conectado a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="129"/>
        <source>Could not reach {town}. It may be down for a while, or your internet connection may be off. Nothing was lost; try again in a few minutes.</source>
        <translation>No se pudo contactar con {town}. Puede que esté caído un tiempo, o que tu conexión a internet no funcione. No se perdió nada; inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="140"/>
        <source>{town} is taking too long to answer. It may be very busy. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} está tardando demasiado en responder. Puede que esté muy ocupado. No se perdió nada; inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="151"/>
        <source>Could not open a secure connection to {town}. Its security certificate was not accepted, or something on your network is interfering. Townsfolk did not send anything.</source>
        <translation>No se pudo abrir una conexión segura con {town}. Su certificado de seguridad no fue aceptado, o algo en tu red está interfiriendo. Townsfolk no envió nada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="163"/>
        <source>{town} has a problem right now. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} tiene un problema ahora mismo. No se perdió nada; inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="199"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {seconds} seconds and try again.</source>
        <translation>{town} pide a Townsfolk que vaya más despacio. No se perdió nada; espera unos {seconds} segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="204"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {minutes} minutes and try again.</source>
        <translation>{town} pide a Townsfolk que vaya más despacio. No se perdió nada; espera unos {minutes} minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="209"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait a few minutes and try again.</source>
        <translation>{town} pide a Townsfolk que vaya más despacio. No se perdió nada; espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="221"/>
        <source>You are no longer logged in to {town}. Please log in again.</source>
        <translation>Ya no tienes la sesión iniciada en {town}. Inicia sesión de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="270"/>
        <source>Please confirm your email address first: {town} sent you an email with a link. After you click it, come back and continue.</source>
        <translation>Primero confirma tu dirección de correo: {town} te envió un correo con un enlace. Después de pulsarlo, vuelve y continúa.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="276"/>
        <source>The people who run {town} have not approved your account yet. You will get an email when they do.</source>
        <translation>Las personas que gestionan {town} todavía no han aprobado tu cuenta. Recibirás un correo cuando lo hagan.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="282"/>
        <source>Your account on {town} is switched off (it may have moved to another town, or been suspended). Check your email or log in on the town&apos;s website.</source>
        <translation>Tu cuenta en {town} está desactivada (puede que se haya mudado a otro pueblo, o que esté suspendida). Revisa tu correo o inicia sesión en la web del pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="288"/>
        <source>{town} does not allow this right now.</source>
        <translation>{town} no permite esto ahora mismo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="290"/>
        <source>{town} did not allow this. You may need to log in again.</source>
        <translation>{town} no permitió esto. Puede que tengas que iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="300"/>
        <source>That could not be found on {town}. It may have been deleted.</source>
        <translation>No se encontró eso en {town}. Puede que se haya borrado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="308"/>
        <source>That username</source>
        <translation>Ese nombre de usuario</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="309"/>
        <source>That email address</source>
        <translation>Esa dirección de correo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="310"/>
        <source>The password</source>
        <translation>La contraseña</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="311"/>
        <source>The agreement</source>
        <translation>La aceptación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="312"/>
        <source>The language</source>
        <translation>El idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="313"/>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="314"/>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="315"/>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="316"/>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="317"/>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="321"/>
        <source>The {field}</source>
        <translation>El campo {field}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="327"/>
        <source>is already taken. Please choose another one.</source>
        <translation>ya está en uso. Elige otro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="328"/>
        <source>is missing. Please fill it in.</source>
        <translation>falta. Rellénalo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="329"/>
        <source>is not valid. Please check it.</source>
        <translation>no es válido. Revísalo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="330"/>
        <source>is too long.</source>
        <translation>es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="331"/>
        <source>is too short.</source>
        <translation>es demasiado corto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="332"/>
        <source>is reserved. Please choose another one.</source>
        <translation>está reservado. Elige otro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="333"/>
        <source>is not accepted by this town. Please use another one.</source>
        <translation>no lo acepta este pueblo. Usa otro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="336"/>
        <source>cannot receive email. Please check it.</source>
        <translation>no puede recibir correo. Revísalo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="337"/>
        <source>must be accepted to continue.</source>
        <translation>debe aceptarse para continuar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="338"/>
        <source>is not one of the allowed choices.</source>
        <translation>no es una de las opciones permitidas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="339"/>
        <source>is below the minimum age for this town.</source>
        <translation>no llega a la edad mínima de este pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="343"/>
        <source>was not accepted. Please check it.</source>
        <translation>no se aceptó. Revísalo, por favor.</translation>
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
        <translation>{town} no aceptó esto. Revisa lo que escribiste, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="387"/>
        <source>{town} did not accept this request. Please try again.</source>
        <translation>{town} no aceptó esta petición. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="412"/>
        <source>{town} runs {software}, a kind of town Townsfolk cannot join yet. Please pick another town.</source>
        <translation>{town} funciona con {software}, un tipo de pueblo al que Townsfolk todavía no puede unirse. Elige otro pueblo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="417"/>
        <source>{town} does not seem to be a town Townsfolk can talk to. Please check the address, or pick another town.</source>
        <translation>{town} no parece un pueblo con el que Townsfolk pueda hablar. Revisa la dirección o elige otro pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="429"/>
        <source>{town} sent an answer Townsfolk could not understand. Nothing was lost; try again later.</source>
        <translation>{town} envió una respuesta que Townsfolk no pudo entender. No se perdió nada; inténtalo más tarde.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../src/townsfolk/ui/app_settings.py" line="59"/>
        <source>Your settings could not be saved; they stay as you chose them until you quit Townsfolk. {problem}</source>
        <extracomment>The Settings window while it is open (for tests).</extracomment>
        <translation>No se pudo guardar tu configuración; se mantiene como la elegiste hasta que cierres Townsfolk. {problem}</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="486"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="491"/>
        <source>The whole post</source>
        <translation>La publicación entera</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="499"/>
        <source>Read the article</source>
        <translation>Leer el artículo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="501"/>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="28"/>
        <source>A backup account (you can skip this)</source>
        <translation>Una cuenta de reserva (puedes saltar este paso)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="33"/>
        <source>This step is optional: your account works without a backup. You can start using Townsfolk now, and add a backup any time from the Townsfolk menu. Townsfolk will remind you gently in a few days.</source>
        <translation>Este paso es opcional: tu cuenta funciona sin una cuenta de reserva. Puedes empezar a usar Townsfolk ahora y añadir una cuenta de reserva cuando quieras desde el menú Townsfolk. Townsfolk te lo recordará amablemente dentro de unos días.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="38"/>
        <source>This step is optional</source>
        <translation>Este paso es opcional</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="42"/>
        <source>Why a backup account</source>
        <translation>Por qué una cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="45"/>
        <source>Suggested towns</source>
        <translation>Pueblos sugeridos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="50"/>
        <source>Not now: start using Townsfolk (remind me later)</source>
        <translation>Ahora no: empezar a usar Townsfolk (recordármelo más tarde)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="51"/>
        <source>Join a second town (I&apos;m new there)</source>
        <translation>Unirme a un segundo pueblo (soy nuevo allí)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="52"/>
        <source>I already have an account in another town</source>
        <translation>Ya tengo una cuenta en otro pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="60"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="61"/>
        <source>Follow the same people on my backup account</source>
        <translation>Seguir a las mismas personas con mi cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="63"/>
        <source>Then your backup shows the same posts when your town is away</source>
        <translation>Así tu cuenta de reserva muestra las mismas publicaciones cuando tu pueblo no está</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="80"/>
        <source>Your account is @{handle}. Good towns for a backup: {towns}.</source>
        <translation>Tu cuenta es @{handle}. Buenos pueblos para una cuenta de reserva: {towns}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="103"/>
        <source>Pick a second town</source>
        <translation>Elige un segundo pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="104"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="105"/>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="106"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="114"/>
        <source>Your account has no backup yet. A backup account in a second town keeps you connected when your town is closed for a while. It takes a minute.</source>
        <extracomment>The first reminder comes this long after the account was first seen without a backup. &quot;Hide&quot;: asked again this much later. How often the window looks again (the reminder is not urgent).</extracomment>
        <translation>Tu cuenta aún no tiene cuenta de reserva. Una cuenta de reserva en un segundo pueblo te mantiene conectado cuando tu pueblo cierra un tiempo. Se hace en un minuto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="118"/>
        <source>Add a backup account…</source>
        <translation>Añadir una cuenta de reserva…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="119"/>
        <source>Don&apos;t remind me again</source>
        <translation>No volver a recordármelo</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="156"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>BannerRow</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="93"/>
        <source>Hide</source>
        <extracomment>How many messages show at once (older ones wait underneath, never lost). Room the words keep beside the buttons, in average characters; less puts the buttons under.</extracomment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="95"/>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="130"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="125"/>
        <source>Block %1?</source>
        <translation>¿Bloquear a %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="127"/>
        <source>They won&apos;t be able to follow you or see your posts, and you won&apos;t see theirs. If you follow each other, that stops. They are not told, but they may notice.

To undo it, press Unblock on their profile or in “People you muted or blocked”.</source>
        <translation>No podrá seguirte ni ver tus publicaciones, y tú no verás las suyas. Si se siguen mutuamente, eso se acaba. No se le avisa, pero puede que lo note.

Para deshacerlo, pulsa Desbloquear en su perfil o en «Personas silenciadas o bloqueadas».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="133"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>BlockTownDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="142"/>
        <source>Block the whole town %1?</source>
        <translation>¿Bloquear el pueblo entero %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="145"/>
        <source>You won&apos;t see posts or notifications from anyone who lives in %1. People from %1 who follow you are removed from your followers, and you stop following the people you follow there.

This is for towns that are run badly. For one person, mute or block them instead. You can unblock the town in “People you muted or blocked”, but the followers you lost do not come back by themselves.</source>
        <translation>No verás publicaciones ni notificaciones de nadie que viva en %1. Las personas de %1 que te siguen dejan de ser tus seguidores, y dejas de seguir a las personas que sigues allí.

Esto es para pueblos que están mal gestionados. Para una sola persona, mejor silénciala o bloquéala. Puedes desbloquear el pueblo en «Personas silenciadas o bloqueadas», pero los seguidores que perdiste no vuelven solos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="154"/>
        <source>Block the town</source>
        <translation>Bloquear el pueblo</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="168"/>
        <source>What to do in the browser</source>
        <translation>Qué hacer en el navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="170"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="240"/>
        <source>Open the browser again</source>
        <translation>Abrir el navegador otra vez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="171"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="241"/>
        <source>Open the log-in page in the browser again</source>
        <translation>Abrir otra vez la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="174"/>
        <source>Use a code instead</source>
        <translation>Usar un código</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="175"/>
        <source>Log in by copying a code instead</source>
        <translation>Iniciar sesión copiando un código</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="179"/>
        <source>The code from the town&apos;s page</source>
        <translation>El código de la página del pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="180"/>
        <source>Paste the code here</source>
        <translation>Pega el código aquí</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="215"/>
        <source>Still waiting for {town}. If the town showed an error page instead of asking you to say yes, press “Use a code instead”: some towns only allow that way.</source>
        <translation>Seguimos esperando a {town}. Si el pueblo mostró una página de error en vez de pedirte que dijeras que sí, pulsa «Usar un código»: algunos pueblos solo permiten esa forma.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="229"/>
        <source>Log in to {town} in your browser</source>
        <translation>Inicia sesión en {town} en tu navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="232"/>
        <source>We opened your browser so you can log in to {town}. Log in there and say yes to Townsfolk. Then come back: this window moves on by itself.

Nothing opened? Press “Open the browser again”, or use a code instead.</source>
        <translation>Abrimos tu navegador para que puedas iniciar sesión en {town}. Inicia sesión allí y di que sí a Townsfolk. Luego vuelve: esta ventana avanza sola.

¿No se abrió nada? Pulsa «Abrir el navegador otra vez», o usa un código.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="271"/>
        <source>{town} asks for a code instead of the usual way of logging in. It only takes a moment: follow the steps above.</source>
        <translation>{town} pide un código en vez de la forma habitual de iniciar sesión. Solo lleva un momento: sigue los pasos de arriba.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="282"/>
        <source>Log in to {town} with a code</source>
        <translation>Inicia sesión en {town} con un código</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="285"/>
        <source>Log in to {town} on the page that opens in your browser and say yes to Townsfolk. The page then shows a code: copy it, paste it below and press “Log in”.</source>
        <translation>Inicia sesión en {town} en la página que se abre en tu navegador y di que sí a Townsfolk. Después la página muestra un código: cópialo, pégalo abajo y pulsa «Iniciar sesión».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="292"/>
        <source>Get a new code</source>
        <translation>Obtener un código nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="293"/>
        <source>Open the log-in page again to get a new code</source>
        <translation>Abrir otra vez la página de inicio de sesión para obtener un código nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="321"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="329"/>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="448"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="449"/>
        <source>Write a post</source>
        <extracomment>The outbox entry sent last from this window, until the town has it. For the emoji picker (set by the main window): pictures, and the town&apos;s emoji.</extracomment>
        <translation>Escribir una publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="471"/>
        <source>Replying to</source>
        <translation>Respondiendo a</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="478"/>
        <source>The post you are answering</source>
        <translation>La publicación que estás respondiendo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="486"/>
        <source>Add a content warning (hide the post behind a note)</source>
        <translation>Añadir un aviso de contenido (ocultar la publicación tras una nota)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="487"/>
        <source>Add a content warning</source>
        <translation>Añadir un aviso de contenido</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="489"/>
        <source>People see only your note first, and choose whether to read the post.</source>
        <translation>La gente ve primero solo tu nota, y elige si quiere leer la publicación.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="494"/>
        <source>Your note, for example: Spoilers for the film</source>
        <translation>Tu nota, por ejemplo: Spoilers de la película</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="495"/>
        <source>Content warning</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="501"/>
        <source>What would you like to say?</source>
        <translation>¿Qué te gustaría decir?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="502"/>
        <source>Your post</source>
        <translation>Tu publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="513"/>
        <source>Characters left</source>
        <translation>Caracteres restantes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="525"/>
        <source>Please describe each picture, so people who cannot see it know what it shows.</source>
        <translation>Describe cada imagen, para que las personas que no pueden verla sepan qué muestra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="530"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="531"/>
        <source>Send without a description</source>
        <translation>Enviar sin descripción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="532"/>
        <source>Send without describing the pictures</source>
        <translation>Enviar sin describir las imágenes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="539"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="540"/>
        <source>Add a poll</source>
        <translation>Añadir una encuesta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="547"/>
        <source>Add a picture…</source>
        <translation>Añadir una imagen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="548"/>
        <source>Add a picture</source>
        <translation>Añadir una imagen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="551"/>
        <source>☺ Emoji…</source>
        <translation>☺ Emoji…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="553"/>
        <source>Add an emoji</source>
        <translation>Añadir un emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="554"/>
        <source>Add an emoji (Ctrl+E)</source>
        <translation>Añadir un emoji (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="568"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="575"/>
        <source>Who can see this</source>
        <translation>Quién puede ver esto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="574"/>
        <source>What this choice means</source>
        <translation>Qué significa esta opción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="578"/>
        <source>Language of the post</source>
        <translation>Idioma de la publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="583"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="588"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="594"/>
        <source>Posts waiting to be sent</source>
        <translation>Publicaciones esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Hide them</source>
        <translation>Ocultarlas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="596"/>
        <source>Show the posts waiting to be sent</source>
        <translation>Mostrar las publicaciones que esperan para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="600"/>
        <source>Send the post</source>
        <translation>Enviar la publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="601"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="654"/>
        <source>Everyone</source>
        <translation>Todo el mundo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="655"/>
        <source>Everyone, but quietly</source>
        <translation>Todo el mundo, pero sin hacer ruido</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="656"/>
        <source>Only my followers</source>
        <translation>Solo mis seguidores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="657"/>
        <source>Only people I mention</source>
        <translation>Solo las personas que menciono</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="661"/>
        <source>your town</source>
        <translation>tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="665"/>
        <source>Anyone can see it, and it shows up in the lists of new posts in %1 and other towns.</source>
        <translation>Cualquiera puede verla, y aparece en las listas de publicaciones nuevas de %1 y de otros pueblos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="671"/>
        <source>Anyone can see it on your profile and your followers get it, but it stays out of the lists of new posts.</source>
        <translation>Cualquiera puede verla en tu perfil y tus seguidores la reciben, pero no aparece en las listas de publicaciones nuevas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="674"/>
        <source>Only the people who follow you can see it.</source>
        <translation>Solo las personas que te siguen pueden verla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="675"/>
        <source>Only the people you mention with @name can see it.</source>
        <translation>Solo las personas que mencionas con @nombre pueden verla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="696"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="753"/>
        <source>Replying to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="834"/>
        <source>1 character left</source>
        <translation>Queda 1 carácter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="836"/>
        <source>%1 characters left</source>
        <translation>Quedan %1 caracteres</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="842"/>
        <source>1 character too many</source>
        <translation>1 carácter de más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="844"/>
        <source>%1 characters too many</source>
        <translation>%1 caracteres de más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="878"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="882"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="934"/>
        <source>A post can have pictures or a poll, but not both.</source>
        <translation>Una publicación puede tener imágenes o una encuesta, pero no ambas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="888"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="928"/>
        <source>Your town allows %1 pictures in one post.</source>
        <translation>Tu pueblo permite %1 imágenes en una publicación.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="910"/>
        <source>Choose pictures</source>
        <translation>Elegir imágenes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="912"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="992"/>
        <source>Saving your post…</source>
        <translation>Guardando tu publicación…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1016"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1067"/>
        <source>Your post was sent.</source>
        <translation>Tu publicación se envió.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1020"/>
        <source>Your post is saved and on its way. It will be sent even if you close this.</source>
        <translation>Tu publicación está guardada y en camino. Se enviará aunque cierres esto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1036"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Esta publicación se está enviando ahora mismo. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1055"/>
        <source>You are changing a post that has not been sent yet.</source>
        <translation>Estás cambiando una publicación que todavía no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1074"/>
        <source>1 post waiting to be sent</source>
        <translation>1 publicación esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1076"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 publicaciones esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1100"/>
        <source>Close without sending?</source>
        <translation>¿Cerrar sin enviar?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1101"/>
        <source>You have not sent this post. Keep it for later?</source>
        <translation>No has enviado esta publicación. ¿Guardarla para más tarde?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1102"/>
        <source>Keep it for later</source>
        <translation>Guardarla para más tarde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1103"/>
        <source>Throw it away</source>
        <translation>Tirarla</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1104"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/townsfolk/ui/dates.py" line="28"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/dates.py" line="31"/>
        <source>%Ln min</source>
        <comment>a short time: minutes ago</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/dates.py" line="34"/>
        <source>%Ln h</source>
        <comment>a short time: hours ago</comment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="133"/>
        <source>You&apos;re all set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="134"/>
        <source>Your accounts</source>
        <translation>Tus cuentas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="136"/>
        <source>Three tips</source>
        <translation>Tres consejos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="144"/>
        <source>Your account: @{handle}</source>
        <translation>Tu cuenta: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="146"/>
        <source>Your backup account: @{handle}</source>
        <translation>Tu cuenta de reserva: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="148"/>
        <source>Townsfolk will remind you later about a backup account.</source>
        <translation>Townsfolk te recordará más tarde lo de la cuenta de reserva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="156"/>
        <source>Open Townsfolk</source>
        <translation>Abrir Townsfolk</translation>
    </message>
</context>
<context>
    <name>EditPostDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="93"/>
        <source>Change your post</source>
        <translation>Cambiar tu publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="98"/>
        <source>People who already saw your post will see that it was changed. Pictures and polls stay as they are.</source>
        <translation>Las personas que ya vieron tu publicación verán que se cambió. Las imágenes y las encuestas se quedan como están.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="107"/>
        <source>The text of your post</source>
        <translation>El texto de tu publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="112"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="26"/>
        <source>What happens now</source>
        <translation>Qué pasa ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="28"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="29"/>
        <source>Resend the email</source>
        <translation>Reenviar el correo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="46"/>
        <source>Something went missing</source>
        <translation>Falta algo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="48"/>
        <source>Townsfolk no longer knows this account. Please sign up again.</source>
        <translation>Townsfolk ya no conoce esta cuenta. Regístrate de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="70"/>
        <source>your email address</source>
        <translation>tu dirección de correo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="73"/>
        <source>Waiting for {town} to say yes</source>
        <translation>Esperando a que {town} diga que sí</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="76"/>
        <source>Thank you, your email address is confirmed. The people who look after {town} read every request, and this can take a few days.

You can close Townsfolk now. It will check again the next time you open it, and carry on by itself as soon as you are let in.</source>
        <translation>Gracias, tu dirección de correo está confirmada. Las personas que cuidan de {town} leen cada solicitud, y esto puede tardar unos días.

Ya puedes cerrar Townsfolk. Lo comprobará de nuevo la próxima vez que lo abras, y seguirá solo en cuanto te dejen entrar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="84"/>
        <source>Check your email</source>
        <translation>Revisa tu correo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="87"/>
        <source>{town} sent an email to {email}. Open it and press the link inside to confirm that the address is yours.

This window moves on by itself as soon as you have done that. Nothing there? Look in your spam folder, or send the email again.</source>
        <translation>{town} envió un correo a {email}. Ábrelo y pulsa el enlace que contiene para confirmar que la dirección es tuya.

Esta ventana avanza sola en cuanto lo hayas hecho. ¿No hay nada? Mira en la carpeta de correo no deseado, o envía el correo otra vez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="101"/>
        <source>Please sign up again</source>
        <translation>Regístrate de nuevo, por favor</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="103"/>
        <source>{town} no longer knows this account. Please sign up again.</source>
        <translation>{town} ya no conoce esta cuenta. Regístrate de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="111"/>
        <source>Sending the email again…</source>
        <translation>Enviando el correo otra vez…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="114"/>
        <source>Done: a new email is on its way.</source>
        <translation>Hecho: hay un correo nuevo en camino.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="119"/>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
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
        <translation>Busca un emoji, por ejemplo: corazón</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="161"/>
        <source>Find an emoji</source>
        <translation>Buscar un emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="165"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="169"/>
        <source>Group of emoji</source>
        <translation>Grupo de emojis</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="170"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="184"/>
        <source>Arrow keys move between the emoji; Enter puts the chosen one in your post.</source>
        <translation>Las flechas te mueven entre los emojis; Intro pone el elegido en tu publicación.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="204"/>
        <source>Emoji chosen now</source>
        <translation>Emoji elegido ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="220"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="221"/>
        <source>Faces</source>
        <translation>Caras</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="222"/>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="223"/>
        <source>Hearts and sparkles</source>
        <translation>Corazones y brillos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="224"/>
        <source>Animals and nature</source>
        <translation>Animales y naturaleza</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="225"/>
        <source>Food and drink</source>
        <translation>Comida y bebida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="226"/>
        <source>Things to do</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="227"/>
        <source>Travel and places</source>
        <translation>Viajes y lugares</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="228"/>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="229"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="235"/>
        <source>your town</source>
        <translation>tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="237"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="238"/>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="257"/>
        <source>%1 (a picture from your town)</source>
        <translation>%1 (una imagen de tu pueblo)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="296"/>
        <source>No emoji has that name.</source>
        <translation>Ningún emoji tiene ese nombre.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="38"/>
        <source>Welcome to Townsfolk</source>
        <translation>Te damos la bienvenida a Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="46"/>
        <source>You have not added an account yet.

Once you have one, this window will show the posts of the people you follow, the people who live in your town, and everyone your town knows. Your notifications will be here too.</source>
        <translation>Todavía no has añadido ninguna cuenta.

Cuando tengas una, esta ventana mostrará las publicaciones de las personas que sigues, de la gente que vive en tu pueblo y de todo el mundo que tu pueblo conoce. Tus notificaciones también estarán aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="57"/>
        <source>What this window will show</source>
        <translation>Qué mostrará esta ventana</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="60"/>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="62"/>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="31"/>
        <source>Working out how long this takes…</source>
        <translation>Calculando cuánto tarda esto…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="34"/>
        <source>Almost done.</source>
        <translation>Casi terminado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="35"/>
        <source>About %1 left.</source>
        <translation>Quedan unos %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="45"/>
        <source>How far the saving is</source>
        <translation>Cuánto falta para terminar de guardar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="50"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="61"/>
        <source>Reading everything from your town</source>
        <translation>Leyendo todo desde tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="73"/>
        <source>Townsfolk is reading from %1. You can close this window: it goes on, and if you quit, it goes on from there at the next start.</source>
        <translation>Townsfolk está leyendo desde %1. Puedes cerrar esta ventana: seguirá, y si cierras Townsfolk, continuará desde ahí la próxima vez que se abra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="101"/>
        <source>The files could not be written into that folder. Choose another folder and try again.</source>
        <translation>No se pudieron escribir los archivos en esa carpeta. Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="108"/>
        <source>Everything is read.</source>
        <translation>Ya se leyó todo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="110"/>
        <source>The files are in %1.</source>
        <translation>Los archivos están en %1.</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="90"/>
        <source>your unsent post is saved</source>
        <translation>tu publicación sin enviar está guardada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="91"/>
        <source>your %n unsent posts are saved</source>
        <translation>tus %n publicaciones sin enviar están guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="100"/>
        <source>{down} is not answering. You are now using your backup account on {backup}.</source>
        <translation>{down} no responde. Ahora estás usando tu cuenta de reserva en {backup}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="104"/>
        <source>Townsfolk will ask you before going back to {down}.</source>
        <translation>Townsfolk te preguntará antes de volver a {down}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="106"/>
        <source>Townsfolk will switch you back when {down} is back.</source>
        <translation>Townsfolk te devolverá a tu cuenta cuando {down} vuelva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="108"/>
        <location filename="../src/townsfolk/services/failover.py" line="124"/>
        <source>Nothing is lost: {unsent} and will go out when {down} is back.</source>
        <translation>No se perdió nada: {unsent}, y todo saldrá cuando {down} vuelva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="112"/>
        <location filename="../src/townsfolk/services/failover.py" line="127"/>
        <source>Nothing is lost.</source>
        <translation>No se perdió nada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="119"/>
        <source>{down} is not answering.</source>
        <translation>{down} no responde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="121"/>
        <source>Your backup town {names} is not answering either.</source>
        <translation>Tu pueblo de reserva {names} tampoco responde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="128"/>
        <source>You can still read your saved posts.</source>
        <translation>Todavía puedes leer tus publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="131"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="138"/>
        <source>You are offline; showing saved posts.</source>
        <translation>No tienes conexión; se muestran las publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="140"/>
        <source>Nothing is lost: {unsent} and will go out when you are online.</source>
        <translation>No se perdió nada: {unsent}, y todo saldrá cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="150"/>
        <source>{town} is back. You are using your account there again.</source>
        <translation>{town} ha vuelto. Estás usando de nuevo tu cuenta allí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="152"/>
        <source>{town} is back. Townsfolk will switch you back when you finish writing.</source>
        <translation>{town} ha vuelto. Townsfolk te devolverá a tu cuenta cuando termines de escribir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="156"/>
        <source>{town} is back.</source>
        <translation>{town} ha vuelto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="162"/>
        <source>{town} is back. Go back to your account on {town}? (If you choose not to, you keep using your backup account on {backup}.)</source>
        <translation>{town} ha vuelto. ¿Volver a tu cuenta en {town}? (Si eliges que no, sigues usando tu cuenta de reserva en {backup}).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="391"/>
        <source>This account is no longer on this computer.</source>
        <translation>Esta cuenta ya no está en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="456"/>
        <source>Townsfolk cannot move posts right now. Please try again.</source>
        <translation>Townsfolk no puede mover publicaciones ahora mismo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="461"/>
        <source>This post is no longer waiting: it may have been sent.</source>
        <translation>Esta publicación ya no está esperando: puede que se haya enviado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="476"/>
        <source>This backup account is no longer on this computer.</source>
        <translation>Esta cuenta de reserva ya no está en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="488"/>
        <source>You have no backup account that can post right now. Your post stays saved and will go out from your main account.</source>
        <translation>No tienes ninguna cuenta de reserva que pueda publicar ahora mismo. Tu publicación sigue guardada y saldrá desde tu cuenta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="502"/>
        <source>Townsfolk could not find the post you are answering from {town}, so your reply stays saved and will go out from your main account.</source>
        <translation>Townsfolk no encontró desde {town} la publicación que estás respondiendo, así que tu respuesta sigue guardada y saldrá desde tu cuenta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="527"/>
        <source>Townsfolk could not find this post from {town}. It may have been deleted, or it may not be visible from there.</source>
        <translation>Townsfolk no encontró esta publicación desde {town}. Puede que se haya borrado, o que no se vea desde allí.</translation>
    </message>
</context>
<context>
    <name>Fediverse</name>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="242"/>
        <source>Photo on Pixelfed</source>
        <extracomment>Posts longer than Mastodon&apos;s own limit (500 letters) come from long-form servers: the window shows a part and &quot;Read more&quot;. Software whose posts read like Mastodon&apos;s; anything else says where it came from.</extracomment>
        <translation>Foto en Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="243"/>
        <source>Photo set on Pixelfed: %n photos</source>
        <translation>Serie de fotos en Pixelfed: %n fotos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="245"/>
        <source>Video on PeerTube</source>
        <translation>Vídeo en PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="250"/>
        <source>Music on %1</source>
        <translation>Música en %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="258"/>
        <source>Live now: %1</source>
        <translation>En directo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="260"/>
        <source>Was live: %1</source>
        <translation>Estuvo en directo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="261"/>
        <source>Live stream: %1</source>
        <translation>Directo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="263"/>
        <source>Article: %1</source>
        <translation>Artículo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="266"/>
        <source>Long post: %1</source>
        <translation>Publicación larga: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="267"/>
        <source>Long post</source>
        <translation>Publicación larga</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="269"/>
        <source>From %1: open the original</source>
        <translation>De %1: abrir el original</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="63"/>
        <source>a photographer&apos;s album on Pixelfed</source>
        <extracomment>How each software spells its own name.</extracomment>
        <translation>el álbum de fotos de alguien en Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="64"/>
        <source>a video channel on PeerTube</source>
        <translation>un canal de vídeo en PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="65"/>
        <source>music on Funkwhale</source>
        <translation>música en Funkwhale</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="66"/>
        <source>live streams on Owncast</source>
        <translation>directos en Owncast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="67"/>
        <source>a friend on Friendica</source>
        <translation>alguien en Friendica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="68"/>
        <source>a discussion group on Lemmy</source>
        <translation>un grupo de conversación en Lemmy</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="69"/>
        <source>a discussion group on Mbin</source>
        <translation>un grupo de conversación en Mbin</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="70"/>
        <source>a blog on WriteFreely</source>
        <translation>un blog en WriteFreely</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="71"/>
        <source>a blog on WordPress</source>
        <translation>un blog en WordPress</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="72"/>
        <source>a blog on Plume</source>
        <translation>un blog en Plume</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="73"/>
        <source>a reader on BookWyrm</source>
        <translation>alguien que lee en BookWyrm</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="74"/>
        <source>events on Mobilizon</source>
        <translation>eventos en Mobilizon</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="75"/>
        <source>events on Gancio</source>
        <translation>eventos en Gancio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="80"/>
        <source>a group on %1</source>
        <translation>un grupo en %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="82"/>
        <source>an automated account on %1</source>
        <translation>una cuenta automática en %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="83"/>
        <source>someone on %1</source>
        <translation>alguien en %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="55"/>
        <source>Choose a file saved by Townsfolk or by a town&apos;s own export page (for example following_accounts.csv). Nothing changes until you have seen what it would do.</source>
        <extracomment>The kinds offered, in the order the sentence about an unknown file names them.</extracomment>
        <translation>Elige un archivo guardado por Townsfolk o por la página de exportación de un pueblo (por ejemplo following_accounts.csv). No cambia nada hasta que hayas visto lo que haría.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="60"/>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="68"/>
        <source>What this file holds</source>
        <translation>Qué contiene este archivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="86"/>
        <source>Bring in a file</source>
        <translation>Traer un archivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="100"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="102"/>
        <source>Files (*.csv *.txt)</source>
        <translation>Archivos (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="148"/>
        <source>Townsfolk could not open this file. Is it still there? Choose it again.</source>
        <translation>Townsfolk no pudo abrir este archivo. ¿Sigue ahí? Elígelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="154"/>
        <source>This file has %1: %2 lines.</source>
        <translation>Este archivo tiene %1: %2 líneas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="159"/>
        <source>%1 lines cannot be read and will be left out.</source>
        <translation>%1 líneas no se pueden leer y se dejarán fuera.</translation>
    </message>
</context>
<context>
    <name>FollowRequests</name>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="264"/>
        <source>let {name} follow you</source>
        <extracomment>The kinds Townsfolk shows; others (admin reports and the like) are left out. What is asked of a town that refused ``KNOWN_TYPES`` (400 or 422): the types every server family that has ``types[]`` knows. A town that refuses a type it does not know (Pleroma does for the admin types) would otherwise cost the person all her notifications. The saved ``type`` of an answered follow request (only on this computer). What the saved list shows: the town&apos;s kinds and the answered requests. The id of a follow request read from /api/v1/follow_requests (not a town notification). For a follow request: the answer given (None while it still waits). Kinds shown as one line per post (&quot;Ann and 3 others favourited your post&quot;) or per day (&quot;Ann and 2 others followed you&quot;), as Mastodon 4.3 groups them (docs: grouped notifications). Follow requests are never grouped: each needs its own answer. How far apart the newest and the oldest notification of one group may be. {name} is the person who asked to follow.</extracomment>
        <translation>dejar que {name} te siga</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="266"/>
        <source>decline the request from {name}</source>
        <translation>rechazar la solicitud de {name}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="270"/>
        <source>{name} is no longer waiting for an answer: they may have taken the request back, or you already answered it somewhere else.</source>
        <translation>{name} ya no espera una respuesta: puede que haya retirado la solicitud, o que ya la hayas respondido en otro sitio.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="278"/>
        <source>Townsfolk could not {action} because {town} is not answering. Nothing has changed; please try again in a little while.</source>
        <translation>Townsfolk no pudo {action} porque {town} no responde. No ha cambiado nada; inténtalo de nuevo dentro de un rato.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="284"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} pidió a Townsfolk que vaya más despacio, así que no pudo {action}. Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="290"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>Townsfolk ya no tiene la sesión iniciada en {town}. Inicia sesión de nuevo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="295"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{town} no permitió a Townsfolk {action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="297"/>
        <source>{town} had a problem and could not {action}. Nothing has changed; please try again later.</source>
        <translation>{town} tuvo un problema y no pudo {action}. No ha cambiado nada; inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="303"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>Townsfolk no pudo {action}. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>FollowSync</name>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="82"/>
        <source>Your backup account already follows everyone your main account follows.</source>
        <translation>Tu cuenta de reserva ya sigue a todas las personas que sigue tu cuenta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="87"/>
        <source>Your backup account now follows the same person as your main account.</source>
        <translation>Tu cuenta de reserva ahora sigue a la misma persona que tu cuenta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="91"/>
        <source>Your backup account now follows the same %n people as your main account.</source>
        <translation>Tu cuenta de reserva ahora sigue a las mismas %n personas que tu cuenta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="97"/>
        <source>Following {done} of {total} people on your backup account</source>
        <translation>Siguiendo a {done} de {total} personas con tu cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="102"/>
        <source>The backup&apos;s town asked Townsfolk to slow down: the rest follow in {wait}</source>
        <translation>El pueblo de la cuenta de reserva pidió a Townsfolk que vaya más despacio: el resto se seguirá dentro de {wait}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="338"/>
        <source>Follow sync is only for backup accounts.</source>
        <extracomment>(address, id on the backup&apos;s town) of people only the backup follows.</extracomment>
        <translation>Seguir a las mismas personas solo funciona con cuentas de reserva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="343"/>
        <source>The main account of this backup is no longer here.</source>
        <translation>La cuenta principal de esta cuenta de reserva ya no está aquí.</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="119"/>
        <source>◀ Previous photo</source>
        <translation>◀ Foto anterior</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="120"/>
        <source>Previous photo</source>
        <translation>Foto anterior</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="123"/>
        <source>Next photo ▶</source>
        <translation>Foto siguiente ▶</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="124"/>
        <source>Next photo</source>
        <translation>Foto siguiente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="142"/>
        <source>No photos.</source>
        <translation>No hay fotos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="146"/>
        <source>The person did not describe this photo.</source>
        <translation>La persona no describió esta foto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="148"/>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 de %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="185"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="186"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="38"/>
        <source> or </source>
        <extracomment>Help pages from Markdown files: key -&gt; file name in resources/help/&lt;language&gt;/.</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="61"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="62"/>
        <source>Boost</source>
        <translation>Impulsar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="63"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="64"/>
        <source>Save for later</source>
        <translation>Guardar para más tarde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="65"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="69"/>
        <source>Next and previous post</source>
        <translation>Publicación siguiente y anterior</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="70"/>
        <source>J, K (or Down, Up)</source>
        <translation>J, K (o flecha abajo, flecha arriba)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="73"/>
        <source>Open the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="74"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="77"/>
        <source>Show or hide a post behind a content warning</source>
        <translation>Mostrar u ocultar una publicación tras un aviso de contenido</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="80"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="82"/>
        <source>Show a sensitive picture</source>
        <translation>Mostrar una imagen delicada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="88"/>
        <source>Back to the newest posts</source>
        <translation>Volver a las publicaciones más recientes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="89"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="98"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="102"/>
        <source>Add an emoji</source>
        <translation>Añadir un emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="106"/>
        <source>Close the window (what you wrote is kept)</source>
        <translation>Cerrar la ventana (lo que escribiste se conserva)</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="115"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="116"/>
        <source>Press</source>
        <translation>Pulsa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="120"/>
        <source>In a list of posts</source>
        <translation>En una lista de publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="121"/>
        <source>Writing a post</source>
        <translation>Al escribir una publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="168"/>
        <source>How Townsfolk works</source>
        <translation>Cómo funciona Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="169"/>
        <source>What the words mean</source>
        <translation>Qué significan las palabras</translation>
    </message>
</context>
<context>
    <name>HiddenWords</name>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="235"/>
        <source>Townsfolk could not read your hidden words. {reason}</source>
        <translation>Townsfolk no pudo leer tus palabras ocultas. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="256"/>
        <source>Type at least one word to hide.</source>
        <translation>Escribe al menos una palabra que ocultar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="259"/>
        <source>Choose at least one place where the words are hidden.</source>
        <translation>Elige al menos un lugar donde se ocultan las palabras.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="301"/>
        <source>Type at least one word and choose where to hide it.</source>
        <translation>Escribe al menos una palabra y elige dónde ocultarla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="351"/>
        <source>Townsfolk could not change your hidden words. {reason}</source>
        <translation>Townsfolk no pudo cambiar tus palabras ocultas. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="385"/>
        <source>Townsfolk could not save your hidden words on this computer.</source>
        <translation>Townsfolk no pudo guardar tus palabras ocultas en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="54"/>
        <source>Hidden because it mentions %1.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out.</extracomment>
        <translation>Oculta porque menciona %1.</translation>
    </message>
</context>
<context>
    <name>HiddenWordsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="93"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="100"/>
        <source>Hidden words</source>
        <extracomment>(rule being changed or None, words, contexts, action, seconds or 0)</extracomment>
        <translation>Palabras ocultas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="105"/>
        <source>Posts that mention these words are folded away or not shown at all. Whole words only: “cat” does not hide “concatenate”.</source>
        <translation>Las publicaciones que mencionan estas palabras se pliegan o no se muestran. Solo palabras completas: «gato» no oculta «gatopardo».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="114"/>
        <source>Your town does not keep hidden words, so Townsfolk keeps them on this computer. They work only here.</source>
        <translation>Tu pueblo no guarda palabras ocultas, así que Townsfolk las guarda en este ordenador. Solo funcionan aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="126"/>
        <source>Your hidden words</source>
        <translation>Tus palabras ocultas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="132"/>
        <source>No hidden words yet.</source>
        <translation>Todavía no hay palabras ocultas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="137"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="138"/>
        <source>Words to hide, separated by commas</source>
        <translation>Palabras que ocultar, separadas por comas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="141"/>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="145"/>
        <source>People you follow</source>
        <translation>Personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="146"/>
        <source>Your town and Everywhere</source>
        <translation>Tu pueblo y En todas partes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="147"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="148"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="149"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="168"/>
        <source>Fold the post behind a note (you can still open it)</source>
        <translation>Plegar la publicación tras una nota (aún puedes abrirla)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="171"/>
        <source>Don&apos;t show the post at all</source>
        <translation>No mostrar la publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="180"/>
        <source>For how long:</source>
        <translation>Durante cuánto tiempo:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="183"/>
        <source>For how long</source>
        <translation>Durante cuánto tiempo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="186"/>
        <source>Until I remove them</source>
        <translation>Hasta que las quite</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="187"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="188"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="189"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="190"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="208"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="211"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="262"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="214"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>folded</source>
        <translation>plegada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="250"/>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="283"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="25"/>
        <source>You can close this window: bringing everything in goes on. If you quit Townsfolk, it goes on from where it was at the next start.</source>
        <translation>Puedes cerrar esta ventana: la importación sigue. Si cierras Townsfolk, continuará desde donde estaba la próxima vez que se abra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="30"/>
        <source>How far bringing everything in is</source>
        <translation>Cuánto falta para terminar de traerlo todo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="35"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="37"/>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="55"/>
        <source>Bringing everything in</source>
        <translation>Trayéndolo todo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="58"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="97"/>
        <source>Paused. Press Go on when you are ready; nothing done so far is lost.</source>
        <translation>En pausa. Pulsa Continuar cuando estés listo; no se pierde nada de lo hecho hasta ahora.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="108"/>
        <source>Nothing done so far is lost. Press Go on to try again.</source>
        <translation>No se pierde nada de lo hecho hasta ahora. Pulsa Continuar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="120"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="121"/>
        <source>What happened:</source>
        <translation>Qué pasó:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="128"/>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
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
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="582"/>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="583"/>
        <source>Live stream</source>
        <translation>Directo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="584"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="585"/>
        <source>Long post</source>
        <translation>Publicación larga</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="587"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="595"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="161"/>
        <source>Same as this computer</source>
        <extracomment>The language the code is written in; it needs no catalogue. Names as people write them in their own language (Qt&apos;s are &quot;American English&quot;, &quot;español de España&quot;: right for a locale, too narrow for a language). What was there before (``remove_language`` puts it back).</extracomment>
        <translation>Igual que este ordenador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="168"/>
        <source>Townsfolk will speak the language you choose the next time it starts.</source>
        <translation>Townsfolk hablará el idioma que elijas la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../src/townsfolk/ui/links.py" line="24"/>
        <source>This link cannot be opened safely, so Townsfolk did not open it. Only web pages (https and http) and email addresses open from Townsfolk.</source>
        <translation>Este enlace no se puede abrir de forma segura, así que Townsfolk no lo abrió. Desde Townsfolk solo se abren páginas web (https y http) y direcciones de correo.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="78"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <extracomment>Someone was taken out (their posts must leave the list&apos;s page). Replaceable in tests: asks before deleting a list.</extracomment>
        <translation>Las listas te permiten leer juntas a algunas personas, como «Familia» o «Jardinería».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="87"/>
        <source>Name of the list</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="89"/>
        <source>For example: Family</source>
        <translation>Por ejemplo: Familia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="96"/>
        <source>Which replies to show</source>
        <translation>Qué respuestas mostrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="100"/>
        <source>Replies to people in this list</source>
        <translation>Respuestas a personas de esta lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="101"/>
        <source>Replies to anyone you follow</source>
        <translation>Respuestas a cualquiera que sigas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="102"/>
        <source>No replies</source>
        <translation>Ninguna respuesta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="107"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="114"/>
        <source>Show these people only here, not in “People you follow”</source>
        <translation>Mostrar a estas personas solo aquí, no en «Personas que sigues»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="135"/>
        <source>&amp;People in this list:</source>
        <translation>&amp;Personas en esta lista:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="138"/>
        <source>People in this list</source>
        <translation>Personas en esta lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="141"/>
        <source>&amp;Remove from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="148"/>
        <source>&amp;Add people you follow:</source>
        <translation>&amp;Añadir personas que sigues:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="151"/>
        <source>Find people you follow</source>
        <translation>Buscar personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="152"/>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="156"/>
        <source>People you follow</source>
        <translation>Personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="158"/>
        <source>A&amp;dd to list</source>
        <translation>Añadir a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="181"/>
        <source>Delete list…</source>
        <translation>Borrar la lista…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="184"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="208"/>
        <source>New list</source>
        <translation>Lista nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="210"/>
        <source>List “%1”</source>
        <translation>Lista «%1»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Create list</source>
        <translation>&amp;Crear la lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Create list</source>
        <translation>Crear la lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Save the name and choices</source>
        <translation>Guardar el nombre y las opciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="259"/>
        <source>List created. Now add the people you want to read in it.</source>
        <translation>Lista creada. Ahora añade a las personas que quieres leer en ella.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="261"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="314"/>
        <source>Nobody you follow has that name.</source>
        <translation>Nadie de las personas que sigues tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="333"/>
        <source>%1 is now in this list.</source>
        <translation>%1 ya está en esta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="354"/>
        <source>%1 was taken out of this list.</source>
        <translation>%1 salió de esta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="362"/>
        <source>Delete this list?</source>
        <translation>¿Borrar esta lista?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="365"/>
        <source>Delete the list “%1”? The people in it are not told, and you keep following them.</source>
        <translation>¿Borrar la lista «%1»? A las personas que están en ella no se les avisa, y las sigues siguiendo.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="159"/>
        <source>Please give the list a name, like “Family” or “Gardening”.</source>
        <translation>Ponle un nombre a la lista, como «Familia» o «Jardinería».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="60"/>
        <source>Your town did not take that name. Please try a shorter or different one.</source>
        <extracomment>Whose replies a list shows: people in the list, people you follow, nobody&apos;s. At most this many people are read from &quot;people you follow&quot; (40 a page).</extracomment>
        <translation>Tu pueblo no aceptó ese nombre. Prueba con uno más corto o distinto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="226"/>
        <source>You can add only people you follow. Follow them first, then add them.</source>
        <translation>Solo puedes añadir a personas que sigues. Síguelas primero y luego añádelas.</translation>
    </message>
</context>
<context>
    <name>ListsPlaces</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="45"/>
        <source>+  New list…</source>
        <extracomment>The editor or &quot;Add to list&quot; window open now (for tests).</extracomment>
        <translation>+  Lista nueva…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="47"/>
        <source>New list</source>
        <translation>Lista nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="49"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <translation>Las listas te permiten leer juntas a algunas personas, como «Familia» o «Jardinería».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="52"/>
        <source>Edit list…</source>
        <translation>Editar la lista…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="54"/>
        <source>Edit this list</source>
        <translation>Editar esta lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="125"/>
        <source>Posts from the people in this list will show here. Add people with “Edit list…” above.</source>
        <translation>Aquí aparecerán las publicaciones de las personas de esta lista. Añade personas con «Editar la lista…» arriba.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="139"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="142"/>
        <source>Posts from the people in this list.</source>
        <translation>Publicaciones de las personas de esta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="207"/>
        <source>Add %1 to a list</source>
        <translation>Añadir a %1 a una lista</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="439"/>
        <source>● Live now</source>
        <translation>● En directo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="441"/>
        <source>Was live</source>
        <translation>Estuvo en directo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="443"/>
        <source>Live stream</source>
        <translation>Directo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="451"/>
        <source>Preview picture of the stream: %1</source>
        <translation>Imagen de vista previa del directo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="453"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="455"/>
        <source>Live streams on Owncast · %1</source>
        <translation>Directos en Owncast · %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Watch</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Open the stream&apos;s page</source>
        <translation>Abrir la página del directo</translation>
    </message>
</context>
<context>
    <name>LogOutDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="31"/>
        <source>Remove %1 from Townsfolk?</source>
        <translation>¿Quitar %1 de Townsfolk?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="34"/>
        <source>Townsfolk forgets this account: the key to it, the posts saved on this computer, and its place in the account menu. The account itself and your posts stay on %1; you can add it again later.</source>
        <translation>Townsfolk olvida esta cuenta: su clave, las publicaciones guardadas en este ordenador y su lugar en el menú de cuentas. La cuenta y tus publicaciones siguen en %1; puedes volver a añadirla más tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="40"/>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="42"/>
        <source>Log out of %1?</source>
        <translation>¿Cerrar sesión en %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="45"/>
        <source>This computer forgets the key to your account. Your account and your posts stay on %1, and you can log in again at any time. The copies of posts saved on this computer are removed.</source>
        <translation>Este ordenador olvida la clave de tu cuenta. Tu cuenta y tus publicaciones siguen en %1, y puedes volver a iniciar sesión cuando quieras. Se borran las copias de publicaciones guardadas en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="51"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="62"/>
        <source>Your backup account %1 becomes your main account.</source>
        <translation>Tu cuenta de reserva %1 pasa a ser tu cuenta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="70"/>
        <source>Send them first</source>
        <translation>Enviarlas primero</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="72"/>
        <source>Send the waiting posts first</source>
        <translation>Enviar primero las publicaciones en espera</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="86"/>
        <source>1 post from this account is still waiting to be sent.</source>
        <translation>1 publicación de esta cuenta está esperando todavía para enviarse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="88"/>
        <source>%n posts from this account are still waiting to be sent.</source>
        <translation>
            <numerusform>%n publicación de esta cuenta está esperando todavía para enviarse.</numerusform>
            <numerusform>%n publicaciones de esta cuenta están esperando todavía para enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="92"/>
        <source>Removing the account would delete what is waiting: send it first, or tick the box to delete it.</source>
        <translation>Quitar la cuenta borraría lo que está en espera: envíalo primero, o marca la casilla para borrarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="97"/>
        <source>If you log out now, it stays saved on this computer and goes out when you log in again.</source>
        <translation>Si cierras sesión ahora, se queda guardado en este ordenador y saldrá cuando vuelvas a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="109"/>
        <source>Delete the waiting post</source>
        <translation>Borrar la publicación en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="111"/>
        <source>Delete the %n waiting posts</source>
        <translation>
            <numerusform>Borrar la %n publicación en espera</numerusform>
            <numerusform>Borrar las %n publicaciones en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginBrowserPage</name>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="83"/>
        <source>You are logged in</source>
        <translation>Ya has iniciado sesión</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="87"/>
        <source>You can go back to Townsfolk now. You may close this browser tab.</source>
        <translation>Ya puedes volver a Townsfolk. Puedes cerrar esta pestaña del navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="93"/>
        <source>The log-in did not work</source>
        <translation>El inicio de sesión no funcionó</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="97"/>
        <source>This is not the log-in Townsfolk is waiting for</source>
        <translation>Este no es el inicio de sesión que Townsfolk está esperando</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="101"/>
        <source>Townsfolk ignored this page because it does not belong to the log-in it is waiting for. If you are logging in, finish on your town&apos;s page in the browser, or start the log-in again from Townsfolk.</source>
        <translation>Townsfolk no tuvo en cuenta esta página porque no pertenece al inicio de sesión que está esperando. Si estás iniciando sesión, termina en la página de tu pueblo en el navegador, o vuelve a empezar el inicio de sesión desde Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="111"/>
        <source>en</source>
        <extracomment>The language code of the page shown in the browser after logging in (de, fr, ...).</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="192"/>
        <source>An answer came back that does not belong to the log-in Townsfolk started, so it was ignored for your safety. Please start the log-in again from Townsfolk.</source>
        <translation>Llegó una respuesta que no pertenece al inicio de sesión que empezó Townsfolk, así que no se tuvo en cuenta, por tu seguridad. Vuelve a empezar el inicio de sesión desde Townsfolk, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="200"/>
        <source>Townsfolk waited for you to log in, but nothing came back from the browser. Please try again; if the browser did not open, use the code instead.</source>
        <translation>Townsfolk esperó a que iniciaras sesión, pero el navegador no devolvió nada. Inténtalo de nuevo; si el navegador no se abrió, usa el código.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="285"/>
        <source>This log-in is already finished.</source>
        <translation>Este inicio de sesión ya terminó.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="301"/>
        <source>The town did not let Townsfolk in. If you pressed “Deny” or closed the page, that is fine: you can try again whenever you like.</source>
        <translation>El pueblo no dejó entrar a Townsfolk. Si pulsaste «Denegar» o cerraste la página, no pasa nada: puedes intentarlo de nuevo cuando quieras.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="38"/>
        <source>Type the name of your town, or your full address. All of these work: mastodon.social, https://mastodon.social, @ann@mastodon.social.</source>
        <translation>Escribe el nombre de tu pueblo, o tu dirección completa. Todas estas formas sirven: mastodon.social, https://mastodon.social, @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="42"/>
        <source>How to type your town</source>
        <translation>Cómo escribir tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="45"/>
        <source>Your town or your full address</source>
        <translation>Tu pueblo o tu dirección completa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="46"/>
        <source>For example mastodon.social</source>
        <translation>Por ejemplo mastodon.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="55"/>
        <source>Towns that match</source>
        <translation>Pueblos que coinciden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="56"/>
        <source>Your town</source>
        <translation>Tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="66"/>
        <source>Log in to your backup account</source>
        <translation>Inicia sesión en tu cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="68"/>
        <source>Log in to your town</source>
        <translation>Inicia sesión en tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="90"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="101"/>
        <source>That looks like an e-mail address. Here Townsfolk needs the address of your town, like mastodon.social, or your full address in it, like @ann@mastodon.social.</source>
        <translation>Eso parece una dirección de correo electrónico. Aquí Townsfolk necesita la dirección de tu pueblo, como mastodon.social, o tu dirección completa en él, como @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="119"/>
        <source>Checking {town}…</source>
        <translation>Comprobando {town}…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="131"/>
        <source>That is the town of your first account. A backup account needs to be in another town, so that it works when your first town is away.</source>
        <translation>Ese es el pueblo de tu primera cuenta. Una cuenta de reserva tiene que estar en otro pueblo, para que funcione cuando tu primer pueblo no está.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="155"/>
        <source>Townsfolk could not reach {town}, but your internet connection works. Please check the address; if it is right, the town may be closed for a while: try again later.</source>
        <translation>Townsfolk no pudo contactar con {town}, pero tu conexión a internet funciona. Revisa la dirección; si es correcta, puede que el pueblo esté cerrado un tiempo: inténtalo más tarde.</translation>
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
        <translation>&amp;Escribir una publicación…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="58"/>
        <source>&amp;Add an account…</source>
        <translation>&amp;Añadir una cuenta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="60"/>
        <source>Add a &amp;backup account…</source>
        <translation>Añadir una cuenta de &amp;reserva…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="65"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="75"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="78"/>
        <source>&amp;People you follow</source>
        <translation>&amp;Personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="79"/>
        <source>Your &amp;town</source>
        <translation>Tu &amp;pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="80"/>
        <source>&amp;Everywhere</source>
        <translation>&amp;En todas partes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="81"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="82"/>
        <source>Sa&amp;ved posts</source>
        <translation>Publicaciones &amp;guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="83"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="93"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="96"/>
        <source>&amp;Look for new posts now</source>
        <translation>&amp;Buscar publicaciones nuevas ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="99"/>
        <source>&amp;Your profile</source>
        <translation>Tu pe&amp;rfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="101"/>
        <source>&amp;Edit my profile…</source>
        <translation>&amp;Editar mi perfil…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="103"/>
        <source>People to &amp;follow</source>
        <translation>Personas a las que &amp;seguir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="106"/>
        <source>&amp;Town status (how the towns are doing)</source>
        <translation>Estado de los &amp;pueblos (cómo van los pueblos)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="127"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="130"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="133"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="139"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="140"/>
        <source>&amp;How Townsfolk works</source>
        <translation>&amp;Cómo funciona Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="143"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="145"/>
        <source>&amp;What the words mean</source>
        <translation>&amp;Qué significan las palabras</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="147"/>
        <source>&amp;About Townsfolk</source>
        <translation>Acerca &amp;de Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="185"/>
        <source>About Townsfolk</source>
        <translation>Acerca de Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="186"/>
        <source>Townsfolk {version}

A friendly way to join the fediverse: many towns, one account that talks to all of them.</source>
        <translation>Townsfolk {version}

Una forma amable de unirse al fediverso: muchos pueblos, una sola cuenta que habla con todos ellos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="66"/>
        <source>✎  Write a post</source>
        <translation>✎  Escribir una publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="68"/>
        <source>Write a post</source>
        <translation>Escribir una publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="69"/>
        <source>Write a post (Ctrl+N)</source>
        <translation>Escribir una publicación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="91"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="93"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="94"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="116"/>
        <source>Posts from the people you follow will show here. Find people to follow in “Your town” or with Search.</source>
        <translation>Aquí aparecerán las publicaciones de las personas que sigues. Encuentra personas a las que seguir en «Tu pueblo» o con Buscar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="121"/>
        <source>Posts from people who live in your town will show here.</source>
        <translation>Aquí aparecerán las publicaciones de la gente que vive en tu pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="124"/>
        <source>Posts from every town your town knows will show here.</source>
        <translation>Aquí aparecerán las publicaciones de todos los pueblos que tu pueblo conoce.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="127"/>
        <source>Posts you save (with “Save” under a post) will show here.</source>
        <translation>Aquí aparecerán las publicaciones que guardes (con «Guardar» debajo de una publicación).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="142"/>
        <source>Log in again</source>
        <translation>Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="149"/>
        <source>Townsfolk — %1</source>
        <translation>Townsfolk — %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="35"/>
        <source>People you follow</source>
        <translation>Personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="36"/>
        <source>Your town (people on %1)</source>
        <translation>Tu pueblo (gente de %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="37"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="38"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="39"/>
        <source>Saved posts</source>
        <translation>Publicaciones guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="40"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="49"/>
        <source>Posts from the people you follow, in every town.</source>
        <translation>Publicaciones de las personas que sigues, en todos los pueblos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="51"/>
        <source>Posts from everyone who lives in %1, whether you follow them or not.</source>
        <translation>Publicaciones de todas las personas que viven en %1, las sigas o no.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="57"/>
        <source>Posts from people in all the towns %1 knows. Your one account reaches every town.</source>
        <translation>Publicaciones de gente de todos los pueblos que %1 conoce. Tu única cuenta llega a todos los pueblos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="63"/>
        <source>Who answered, favourited or boosted your posts, and who follows you.</source>
        <translation>Quién respondió, marcó como favoritas o impulsó tus publicaciones, y quién te sigue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="66"/>
        <source>Posts you saved for later. Only you can see this list.</source>
        <translation>Publicaciones que guardaste para más tarde. Solo tú puedes ver esta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="317"/>
        <source>Something went wrong inside Townsfolk. Nothing was lost; if it happens again, please restart Townsfolk.</source>
        <translation>Algo salió mal dentro de Townsfolk. No se perdió nada; si vuelve a pasar, reinicia Townsfolk, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="365"/>
        <source>%1 is not answering; showing saved posts.</source>
        <translation>%1 no responde; se muestran las publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="87"/>
        <source>You are offline; showing saved posts. Posts you write are kept and will go out by themselves when you are back online.</source>
        <translation>No tienes conexión; se muestran las publicaciones guardadas. Las publicaciones que escribas se conservan y saldrán solas cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="93"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="152"/>
        <source>%1 is back. Townsfolk will take you back to your account there when you finish writing.</source>
        <translation>%1 ha vuelto. Townsfolk te devolverá a tu cuenta allí cuando termines de escribir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="163"/>
        <source>%1 is back.</source>
        <translation>%1 ha vuelto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="173"/>
        <source>%1 is back. Go back to your account there? If you choose “Not now”, you keep using your backup account %2.</source>
        <translation>%1 ha vuelto. ¿Volver a tu cuenta allí? Si eliges «Ahora no», sigues usando tu cuenta de reserva %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="182"/>
        <source>Yes, go back</source>
        <translation>Sí, volver</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="183"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="193"/>
        <source>%1 is back. You are using your account %2 again.</source>
        <translation>%1 ha vuelto. Estás usando de nuevo tu cuenta %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="198"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="229"/>
        <source>%1 is not answering. You are now using your backup account @%2.</source>
        <translation>%1 no responde. Ahora estás usando tu cuenta de reserva @%2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="235"/>
        <source>Nothing is lost: your waiting post will go out when %1 is back.</source>
        <translation>No se perdió nada: tu publicación en espera saldrá cuando %1 vuelva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="242"/>
        <source>Nothing is lost: your %2 waiting posts will go out when %1 is back.</source>
        <translation>No se perdió nada: tus %2 publicaciones en espera saldrán cuando %1 vuelva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="249"/>
        <source>Nothing is lost.</source>
        <translation>No se perdió nada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="254"/>
        <source>Post from my backup instead</source>
        <translation>Publicar desde mi cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="259"/>
        <source>%1 is not answering.</source>
        <translation>%1 no responde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="262"/>
        <source>Nothing is lost: your waiting posts will go out when %1 is back. Meanwhile you can read your saved posts.</source>
        <translation>No se perdió nada: tus publicaciones en espera saldrán cuando %1 vuelva. Mientras tanto puedes leer tus publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="270"/>
        <source>Nothing is lost. Meanwhile you can read your saved posts.</source>
        <translation>No se perdió nada. Mientras tanto puedes leer tus publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="281"/>
        <source>not answering, saved posts only</source>
        <translation>no responde, solo publicaciones guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="283"/>
        <source>slow</source>
        <translation>lento</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="302"/>
        <source>Saved posts: %1 is not answering, so these are the posts Townsfolk kept. You can read them; new posts come when %1 is back.</source>
        <translation>Publicaciones guardadas: %1 no responde, así que estas son las publicaciones que Townsfolk conservó. Puedes leerlas; las nuevas llegarán cuando %1 vuelva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="322"/>
        <source>You keep using your backup account @%1.</source>
        <translation>Sigues usando tu cuenta de reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="369"/>
        <source>Your post will go out from your backup account %1.</source>
        <translation>Tu publicación saldrá desde tu cuenta de reserva %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="374"/>
        <source>Your %2 posts will go out from your backup account %1.</source>
        <translation>Tus %2 publicaciones saldrán desde tu cuenta de reserva %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/notifications.py" line="113"/>
        <source>%1 new notifications</source>
        <translation>%1 notificaciones nuevas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="157"/>
        <source>Favourited from your backup account @%1.</source>
        <translation>Marcada como favorita desde tu cuenta de reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="159"/>
        <source>Boosted from your backup account @%1.</source>
        <translation>Impulsada desde tu cuenta de reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="180"/>
        <source>More actions for this post</source>
        <translation>Más acciones para esta publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="185"/>
        <source>Copy link to post</source>
        <translation>Copiar el enlace de la publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="187"/>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="191"/>
        <source>Open the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="203"/>
        <source>Change this post…</source>
        <translation>Cambiar esta publicación…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="206"/>
        <source>Delete this post…</source>
        <translation>Borrar esta publicación…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="224"/>
        <source>The link to the post was copied.</source>
        <translation>Se copió el enlace de la publicación.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="259"/>
        <source>Your post was deleted.</source>
        <translation>Tu publicación se borró.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="265"/>
        <source>Delete this post?</source>
        <translation>¿Borrar esta publicación?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="266"/>
        <source>Delete your post for good? It will disappear from every town. This cannot be undone.</source>
        <translation>¿Borrar tu publicación para siempre? Desaparecerá de todos los pueblos. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="285"/>
        <source>Your town does not let people change their posts. You can delete the post and write it again.</source>
        <translation>Tu pueblo no permite cambiar las publicaciones. Puedes borrar la publicación y escribirla de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="75"/>
        <source>Write a post — @%1</source>
        <translation>Escribir una publicación — @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="101"/>
        <location filename="../src/townsfolk/ui/window/posting.py" line="160"/>
        <source>Your post was sent.</source>
        <translation>Tu publicación se envió.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="103"/>
        <source>Your post is saved on this computer. It will be sent when you are online again.</source>
        <translation>Tu publicación está guardada en este ordenador. Se enviará cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="108"/>
        <source>Your post is saved on this computer. It will be sent when your town answers.</source>
        <translation>Tu publicación está guardada en este ordenador. Se enviará cuando tu pueblo responda.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="113"/>
        <source>Sending your post…</source>
        <translation>Enviando tu publicación…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="121"/>
        <source>Behind a content warning: %1</source>
        <translation>Tras un aviso de contenido: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="186"/>
        <source>1 post waiting to be sent</source>
        <translation>1 publicación esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="188"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 publicaciones esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="191"/>
        <source>See the posts waiting to be sent</source>
        <translation>Ver las publicaciones que esperan para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="182"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="211"/>
        <source>No posts with #%1 yet.</source>
        <translation>Todavía no hay publicaciones con #%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="215"/>
        <source>Posts with #%1</source>
        <translation>Publicaciones con #%1</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Preview picture of the video: %1</source>
        <translation>Imagen de vista previa del vídeo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Cover of %1</source>
        <translation>Portada de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="248"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="252"/>
        <source>Video on PeerTube</source>
        <translation>Vídeo en PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="254"/>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="256"/>
        <source>Music on %1</source>
        <translation>Música en %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="258"/>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="260"/>
        <source>%1 long</source>
        <translation>dura %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="267"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="268"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play video</source>
        <translation>▶ Reproducir el vídeo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="292"/>
        <source>⏸ Pause</source>
        <translation>⏸ Pausa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="293"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="337"/>
        <source>Townsfolk cannot play videos on this computer, so it opened this one on %1 in your web browser.</source>
        <translation>Townsfolk no puede reproducir vídeos en este ordenador, así que abrió este en %1 en tu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="342"/>
        <source>Townsfolk cannot play music on this computer, so it opened this track on %1 in your web browser.</source>
        <translation>Townsfolk no puede reproducir música en este ordenador, así que abrió esta canción en %1 en tu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="380"/>
        <source>This video would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Este vídeo no se pudo reproducir en Townsfolk, así que se abrió en %1 en tu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="383"/>
        <source>This track would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Esta canción no se pudo reproducir en Townsfolk, así que se abrió en %1 en tu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="405"/>
        <source>Townsfolk could not play this here, and your web browser did not open. Please try again later.</source>
        <translation>Townsfolk no pudo reproducir esto aquí y tu navegador no se abrió. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="271"/>
        <source>Open on %1</source>
        <translation>Abrir en %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="28"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="31"/>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="34"/>
        <source>A picture with no description</source>
        <translation>Una imagen sin descripción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="41"/>
        <source>The person who posted this did not describe it.</source>
        <translation>La persona que publicó esto no la describió.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="45"/>
        <source>Description of the picture</source>
        <translation>Descripción de la imagen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="58"/>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="66"/>
        <source>The picture could not be loaded.</source>
        <translation>No se pudo cargar la imagen.</translation>
    </message>
</context>
<context>
    <name>Moving</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="23"/>
        <source>The people you follow</source>
        <translation>Las personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="24"/>
        <source>Your lists</source>
        <translation>Tus listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="25"/>
        <source>The people you blocked</source>
        <translation>Las personas que bloqueaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="26"/>
        <source>The people you muted</source>
        <translation>Las personas que silenciaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="27"/>
        <source>The towns you blocked</source>
        <translation>Los pueblos que bloqueaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="28"/>
        <source>Your bookmarks</source>
        <translation>Tus marcadores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/moved.py" line="31"/>
        <source>%1 moved to %2</source>
        <translation>%1 se mudó a %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="43"/>
        <source>&amp;Move to another town…</source>
        <translation>&amp;Mudarse a otro pueblo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="44"/>
        <source>Save my follows and lists…</source>
        <translation>Guardar mis seguimientos y listas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="45"/>
        <source>Bring in follows from a file…</source>
        <translation>Traer seguimientos desde un archivo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="53"/>
        <source>Move my &amp;whole account…</source>
        <translation>Mudar mi cuenta &amp;entera…</translation>
    </message>
</context>
<context>
    <name>MovingExport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="122"/>
        <source>Your lists are saved (%n lines in all).</source>
        <translation>Tus listas están guardadas (%n líneas en total).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="124"/>
        <source>Saving your lists stopped because your town did not answer (%n lines saved so far). It goes on from there when you try again.</source>
        <translation>El guardado de tus listas se detuvo porque tu pueblo no respondió (%n líneas guardadas hasta ahora). Seguirá desde ahí cuando lo intentes de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="133"/>
        <source>Reading the people you follow</source>
        <translation>Leyendo las personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="134"/>
        <source>Reading the people you blocked</source>
        <translation>Leyendo las personas que bloqueaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="135"/>
        <source>Reading the people you muted</source>
        <translation>Leyendo las personas que silenciaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="136"/>
        <source>Reading the towns you blocked</source>
        <translation>Leyendo los pueblos que bloqueaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="137"/>
        <source>Reading your bookmarks</source>
        <translation>Leyendo tus marcadores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="138"/>
        <source>Reading your lists</source>
        <translation>Leyendo tus listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="143"/>
        <source>lines so far: %n</source>
        <translation>líneas hasta ahora: %n</translation>
    </message>
</context>
<context>
    <name>MovingFiles</name>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="163"/>
        <source>people you follow</source>
        <extracomment>A sentence for the person when a follow file came without its header (the settings for boosts, notifications and languages are then not in it).</extracomment>
        <translation>personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="165"/>
        <source>blocked people</source>
        <translation>personas bloqueadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="167"/>
        <source>muted people</source>
        <translation>personas silenciadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="169"/>
        <source>blocked towns</source>
        <translation>pueblos bloqueados</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="171"/>
        <source>bookmarks</source>
        <translation>marcadores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="172"/>
        <source>lists</source>
        <translation>listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="297"/>
        <source>This file is bigger than 20 MB, more than any town accepts. Export the lists one by one, or split the file into smaller ones.</source>
        <translation>Este archivo ocupa más de 20 MB, más de lo que acepta cualquier pueblo. Exporta las listas una por una, o divide el archivo en otros más pequeños.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="310"/>
        <source>This is not a list saved as text: it may be a spreadsheet or a picture. Choose the .csv file your old town gave you.</source>
        <translation>Esto no es una lista guardada como texto: puede ser una hoja de cálculo o una imagen. Elige el archivo .csv que te dio tu antiguo pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="320"/>
        <source>Some letters in this file cannot be read: it was probably saved by a spreadsheet in another format. Use the file your old town gave you as it was, or save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>Algunas letras de este archivo no se pueden leer: probablemente lo guardó una hoja de cálculo en otro formato. Usa el archivo que te dio tu antiguo pueblo tal como estaba, o guárdalo de nuevo como &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="344"/>
        <source>This file is not a list Townsfolk can read: its quotation marks do not match. Use the file your old town gave you as it was.</source>
        <translation>Este archivo no es una lista que Townsfolk pueda leer: sus comillas no cuadran. Usa el archivo que te dio tu antiguo pueblo tal como estaba.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="389"/>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="403"/>
        <source>Townsfolk cannot tell what this file holds. Choose what it holds: people you follow, blocked people, muted people, blocked towns, bookmarks or lists.</source>
        <translation>Townsfolk no sabe qué contiene este archivo. Elige qué contiene: personas que sigues, personas bloqueadas, personas silenciadas, pueblos bloqueados, marcadores o listas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="412"/>
        <source>This file holds {found}, not {wanted}. Choose the right file, or import it as {found}.</source>
        <translation>Este archivo contiene {found}, no {wanted}. Elige el archivo correcto, o impórtalo como {found}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="422"/>
        <source>This file has more than 20,000 lines, more than a town accepts at once. Split it into smaller files and import them one after the other.</source>
        <translation>Este archivo tiene más de 20.000 líneas, más de lo que un pueblo acepta de una vez. Divídelo en archivos más pequeños e impórtalos uno tras otro.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="435"/>
        <source>This file&apos;s columns are not those of a Mastodon file of {what}. Choose the file your old town gave you.</source>
        <translation>Las columnas de este archivo no son las de un archivo de Mastodon de {what}. Elige el archivo que te dio tu antiguo pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="455"/>
        <source>Line {line} is not the name of a town: {text}</source>
        <translation>La línea {line} no es el nombre de un pueblo: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="458"/>
        <source>Line {line} is not the address of a post: {text}</source>
        <translation>La línea {line} no es la dirección de una publicación: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="461"/>
        <source>Line {line} is not the address of a person: {text}</source>
        <translation>La línea {line} no es la dirección de una persona: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="467"/>
        <source>Line {line} has no list name: {text}</source>
        <translation>La línea {line} no tiene nombre de lista: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="489"/>
        <source>Most lines of this file are not {what} (line {line}: {text}). It may come from another program. Choose the file your old town gave you.</source>
        <translation>La mayoría de las líneas de este archivo no son {what} (línea {line}: {text}). Puede venir de otro programa. Elige el archivo que te dio tu antiguo pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="498"/>
        <source>This file has only addresses: boosts and notifications will be as a new follow has them.</source>
        <translation>Este archivo solo tiene direcciones: los impulsos y las notificaciones quedarán como en un seguimiento nuevo.</translation>
    </message>
</context>
<context>
    <name>MovingImport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="199"/>
        <source>To follow: %n</source>
        <extracomment>The lines that did not work, by outcome (the things that worked are only counted).</extracomment>
        <translation>Para seguir: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="201"/>
        <source>To block: %n</source>
        <translation>Para bloquear: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="203"/>
        <source>To mute: %n</source>
        <translation>Para silenciar: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="205"/>
        <source>Towns to block: %n</source>
        <translation>Pueblos para bloquear: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="207"/>
        <source>Bookmarks to add: %n</source>
        <translation>Marcadores para añadir: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="208"/>
        <source>To put in lists: %n</source>
        <translation>Para poner en listas: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="216"/>
        <source>already there: %n</source>
        <translation>ya estaban: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="218"/>
        <source>lines that cannot be read: %n</source>
        <translation>líneas que no se pueden leer: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="221"/>
        <source>Replacing also removes what is not in the file (%n in all): look at it before you agree.</source>
        <translation>Reemplazar también quita lo que no está en el archivo (%n en total): míralo antes de aceptar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="245"/>
        <source>Already there: %n.</source>
        <translation>Ya estaban: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="250"/>
        <source>Posts that could not be found (deleted, or their town is gone): %n.</source>
        <translation>Publicaciones que no se encontraron (borradas, o su pueblo ya no existe): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="257"/>
        <source>Towns that could not be blocked: %n.</source>
        <translation>Pueblos que no se pudieron bloquear: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="261"/>
        <source>People who could not be found (their town is gone, or they changed their address): %n.</source>
        <translation>Personas que no se encontraron (su pueblo ya no existe, o cambiaron de dirección): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="273"/>
        <source>Refused by your new town (for example people who blocked you): %n.</source>
        <translation>Rechazados por tu nuevo pueblo (por ejemplo, personas que te bloquearon): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="287"/>
        <source>Found at their new address, because they had moved: %n.</source>
        <translation>Encontradas en su nueva dirección, porque se habían mudado: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="299"/>
        <source>Removed: %n.</source>
        <translation>Quitados: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="305"/>
        <source>Now followed: %n.</source>
        <translation>Ahora seguidos: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="307"/>
        <source>Blocked: %n.</source>
        <translation>Bloqueados: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="309"/>
        <source>Muted: %n.</source>
        <translation>Silenciados: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="311"/>
        <source>Towns blocked: %n.</source>
        <translation>Pueblos bloqueados: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="313"/>
        <source>Bookmarks added: %n.</source>
        <translation>Marcadores añadidos: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="314"/>
        <source>Put in lists: %n.</source>
        <translation>Puestos en listas: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="431"/>
        <source>Finished: every line looked at (%n).</source>
        <translation>Terminado: se revisaron todas las líneas (%n).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="432"/>
        <source>{done} of {total} lines done</source>
        <translation>{done} de {total} líneas hechas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="436"/>
        <source>about {time} left</source>
        <translation>quedan unos {time}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="440"/>
        <source>Your new town asked Townsfolk to slow down; it goes on by itself.</source>
        <translation>Tu nuevo pueblo pidió a Townsfolk que vaya más despacio; seguirá solo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="576"/>
        <source>Replacing removes things that are not in the file. Look at the list of what would be removed and agree to it first.</source>
        <translation>Reemplazar quita cosas que no están en el archivo. Mira la lista de lo que se quitaría y acéptala primero.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="610"/>
        <source>The account to import into is no longer here.</source>
        <translation>La cuenta a la que importar ya no está aquí.</translation>
    </message>
</context>
<context>
    <name>MovingJobs</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/controller.py" line="84"/>
        <source>Moving: %1</source>
        <translation>Mudanza: %1</translation>
    </message>
</context>
<context>
    <name>MovingPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="48"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>MovingWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="81"/>
        <source>Move to another town</source>
        <translation>Mudarse a otro pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="82"/>
        <source>Save my follows and lists</source>
        <translation>Guardar mis seguimientos y listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="83"/>
        <source>Bring in follows from a file</source>
        <translation>Traer seguimientos desde un archivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="104"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="106"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="108"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="224"/>
        <source>Remove what is not in the file?</source>
        <translation>¿Quitar lo que no está en el archivo?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="227"/>
        <source>Making the account the same as the file removes %1 things it has now (the list on the page shows them). This cannot be undone by Townsfolk.</source>
        <translation>Dejar la cuenta igual que el archivo quita %1 cosas que tiene ahora (la lista de la página las muestra). Townsfolk no puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="231"/>
        <source>Remove them</source>
        <translation>Quitarlas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="232"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
</context>
<context>
    <name>MuteDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="87"/>
        <source>Mute %1?</source>
        <translation>¿Silenciar a %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="89"/>
        <source>You won&apos;t see their posts or boosts any more. They won&apos;t know you muted them, and they can still follow you and see your posts.

To undo it, press Unmute on their profile or in “People you muted or blocked”.</source>
        <translation>Ya no verás sus publicaciones ni sus impulsos. No sabrá que lo silenciaste, y todavía puede seguirte y ver tus publicaciones.

Para deshacerlo, pulsa Dejar de silenciar en su perfil o en «Personas silenciadas o bloqueadas».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="94"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="97"/>
        <source>Also hide their notifications</source>
        <translation>Ocultar también sus notificaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="101"/>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="104"/>
        <source>For how long?</source>
        <translation>¿Durante cuánto tiempo?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="106"/>
        <source>Until I unmute them</source>
        <translation>Hasta que deje de silenciarlo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="107"/>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="108"/>
        <source>For 1 day</source>
        <translation>Durante 1 día</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="109"/>
        <source>For 7 days</source>
        <translation>Durante 7 días</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="113"/>
        <source>Places</source>
        <extracomment>Keys of the places, in order. The first four have Ctrl+1 … Ctrl+4. Key of the &quot;Lists&quot; heading (not a place: it cannot be chosen).</extracomment>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="115"/>
        <source>Choose what to read. Control and a number from 1 to 4 also work.</source>
        <translation>Elige qué leer. Control y un número del 1 al 4 también sirven.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="139"/>
        <source>your town</source>
        <translation>tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="140"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="142"/>
        <source>1 new</source>
        <translation>1 nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="144"/>
        <source>%1 new</source>
        <translation>%1 nuevas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="147"/>
        <source>People you follow</source>
        <translation>Personas que sigues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="148"/>
        <source>Posts from the people you follow, in every town</source>
        <translation>Publicaciones de las personas que sigues, en todos los pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="151"/>
        <source>Your town (people on %1)</source>
        <translation>Tu pueblo (gente de %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="152"/>
        <source>Posts from people who live in %1</source>
        <translation>Publicaciones de la gente que vive en %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="155"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="156"/>
        <source>Posts from all the towns %1 knows</source>
        <translation>Publicaciones de todos los pueblos que %1 conoce</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="160"/>
        <source>Who favourited, boosted or answered your posts, and who follows you</source>
        <translation>Quién marcó como favoritas, impulsó o respondió tus publicaciones, y quién te sigue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Saved posts</source>
        <translation>Publicaciones guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Posts you saved for later</source>
        <translation>Publicaciones que guardaste para más tarde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Find people, hashtags and posts</source>
        <translation>Encontrar personas, etiquetas y publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="186"/>
        <source>Your lists</source>
        <translation>Tus listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="195"/>
        <source>Posts from the people in your list “%1”</source>
        <translation>Publicaciones de las personas de tu lista «%1»</translation>
    </message>
</context>
<context>
    <name>NewAccountButton</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="189"/>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="206"/>
        <source>Follow the new account</source>
        <translation>Seguir la cuenta nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="191"/>
        <source>Follow %1</source>
        <translation>Seguir a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="204"/>
        <source>Following the new account ✓</source>
        <translation>Siguiendo la cuenta nueva ✓</translation>
    </message>
</context>
<context>
    <name>NewHomeOffer</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="158"/>
        <source>%1 has not answered for %2.</source>
        <extracomment>Two outage starts this close together (seconds) are the same outage. Why the offer on show was made: {&quot;outage&quot;: start} or {&quot;closing&quot;: words}. &quot;Not now&quot;, by main account: {&quot;outage&quot;: start, &quot;closing&quot;: words} (see the module).</extracomment>
        <translation>%1 lleva %2 sin responder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="173"/>
        <source>%1 says it is closing: “%2”</source>
        <translation>%1 dice que va a cerrar: «%2»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="183"/>
        <source>Make %1 your home? Townsfolk brings the people you follow along, and uses it as your main account from then on.</source>
        <translation>¿Hacer de %1 tu hogar? Townsfolk se trae a las personas que sigues y la usa como tu cuenta principal desde entonces.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="192"/>
        <source>Make it my home</source>
        <translation>Hacerlo mi hogar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="193"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="220"/>
        <source>Making %1 your home: bringing the people you follow along…</source>
        <translation>Haciendo de %1 tu hogar: trayendo a las personas que sigues…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="229"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="236"/>
        <source>%1 is now your home.</source>
        <translation>%1 es ahora tu hogar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="239"/>
        <source>Your old town did not answer, so the people you follow came from what Townsfolk had saved.</source>
        <translation>Tu antiguo pueblo no respondió, así que las personas que sigues salieron de lo que Townsfolk tenía guardado.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="52"/>
        <source>Someone</source>
        <extracomment>Custom emoji pictures asked for per name or post text (the rest stay words).</extracomment>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="61"/>
        <source>%1 favourited your post</source>
        <translation>%1 marcó tu publicación como favorita</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="62"/>
        <source>%1 boosted your post</source>
        <translation>%1 impulsó tu publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="63"/>
        <source>%1 started following you</source>
        <translation>%1 empezó a seguirte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="64"/>
        <source>%1 asked to follow you</source>
        <translation>%1 pidió seguirte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="65"/>
        <source>A poll you voted in has ended</source>
        <translation>Terminó una encuesta en la que votaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="66"/>
        <source>%1 edited a post you boosted</source>
        <translation>%1 editó una publicación que impulsaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="67"/>
        <source>%1 mentioned you</source>
        <translation>%1 te mencionó</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="68"/>
        <source>%1 wrote a new post</source>
        <translation>%1 escribió una publicación nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="69"/>
        <source>%1 moved to %2</source>
        <translation>%1 se mudó a %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="70"/>
        <source>%1 joined your town</source>
        <translation>%1 se unió a tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="71"/>
        <source>%1 sent a report for the town&apos;s moderators</source>
        <translation>%1 envió una denuncia a la moderación del pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="76"/>
        <source>%1 replied to you</source>
        <translation>%1 te respondió</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="78"/>
        <source>Something new from %1</source>
        <translation>Algo nuevo de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="87"/>
        <source>%1 and %2 favourited your post</source>
        <translation>%1 y %2 marcaron tu publicación como favorita</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="90"/>
        <source>%1 and %2 boosted your post</source>
        <translation>%1 y %2 impulsaron tu publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="91"/>
        <source>%1 and %2 followed you</source>
        <translation>%1 y %2 empezaron a seguirte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="92"/>
        <source>%1 and %2 joined your town</source>
        <translation>%1 y %2 se unieron a tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="99"/>
        <source>%1 and %n others favourited your post</source>
        <translation>%1 y %n personas más marcaron tu publicación como favorita</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="102"/>
        <source>%1 and %n others boosted your post</source>
        <translation>%1 y %n personas más impulsaron tu publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="105"/>
        <source>%1 and %n others followed you</source>
        <translation>%1 y %n personas más empezaron a seguirte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="108"/>
        <source>%1 and %n others joined your town</source>
        <translation>%1 y %n personas más se unieron a tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="148"/>
        <source>a new account</source>
        <translation>una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="203"/>
        <source>Content warning: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="208"/>
        <source>(pictures)</source>
        <translation>(imágenes)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="224"/>
        <source>Hidden because it mentions %1.</source>
        <translation>Oculta porque menciona %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="225"/>
        <source>Show anyway</source>
        <translation>Mostrar de todos modos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="235"/>
        <source>You accepted. %1 now follows you and sees your posts.</source>
        <translation>Aceptaste. %1 ahora te sigue y ve tus publicaciones.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="239"/>
        <source>You declined. %1 does not follow you.</source>
        <translation>Rechazaste. %1 no te sigue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="241"/>
        <source>This request is no longer waiting for an answer.</source>
        <translation>Esta solicitud ya no espera respuesta.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="275"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="276"/>
        <source>Boost</source>
        <translation>Impulso</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="277"/>
        <source>New follower</source>
        <translation>Nuevo seguidor</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="278"/>
        <source>Follow request</source>
        <translation>Solicitud de seguimiento</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="279"/>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="280"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="281"/>
        <source>Poll ended</source>
        <translation>Encuesta terminada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="282"/>
        <source>Post edited</source>
        <translation>Publicación editada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="283"/>
        <source>New post</source>
        <translation>Publicación nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="284"/>
        <source>New person in your town</source>
        <translation>Persona nueva en tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="285"/>
        <source>Report</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="286"/>
        <source>Moved to a new account</source>
        <translation>Se mudó a una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="288"/>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="123"/>
        <source>New:</source>
        <extracomment>The hidden words that fold this row (&quot;warn&quot;); empty: shown as it is. Keys of the groups shown with their people. Ids of unread notifications that have been on screen (see the module&apos;s text). Notifications a &quot;warn&quot; hidden-words filter folds (id -&gt; the words found), and the ones the person chose to see anyway.</extracomment>
        <translation>Nuevo:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="130"/>
        <source>Press Space to show it.</source>
        <translation>Pulsa Espacio para verlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="136"/>
        <source>Waiting for your answer: Accept or Decline.</source>
        <translation>Espera tu respuesta: Aceptar o Rechazar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="144"/>
        <source>Press Space to see who.</source>
        <translation>Pulsa Espacio para ver quiénes.</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="272"/>
        <source>Notifications</source>
        <extracomment>A follow request was answered and the town took it (notification id, accepted). Unread notifications that came on screen while the window was active (their ids). Moves whose new account was followed from here (notification ids). Whether the person can see the window (tests may replace it).</extracomment>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="290"/>
        <source>No notifications yet. When someone follows you, answers you, or favourites or boosts your posts, it will show here.</source>
        <translation>Todavía no hay notificaciones. Cuando alguien te siga, te responda, o marque como favoritas o impulse tus publicaciones, aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="503"/>
        <source>Townsfolk cannot follow just now. Please try again in a moment.</source>
        <translation>Townsfolk no puede seguir a nadie ahora mismo. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="518"/>
        <source>Townsfolk cannot answer just now. Please try again in a moment.</source>
        <translation>Townsfolk no puede responder ahora mismo. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="543"/>
        <source>Townsfolk could not send your answer. Nothing has changed; please try again.</source>
        <translation>Townsfolk no pudo enviar tu respuesta. No ha cambiado nada; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="28"/>
        <source>Join your company&apos;s town</source>
        <translation>Únete al pueblo de tu empresa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="41"/>
        <source>Logo of %1</source>
        <translation>Logotipo de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="45"/>
        <source>%1 has its own town: %2. Log in there with your work account. Your account there reaches people in every other town too, like an email address does.</source>
        <translation>%1 tiene su propio pueblo: %2. Inicia sesión allí con tu cuenta del trabajo. Tu cuenta allí también llega a la gente de todos los demás pueblos, como una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="54"/>
        <source>Use another town instead</source>
        <translation>Usar otro pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="65"/>
        <source>Log in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
</context>
<context>
    <name>OriginalPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="535"/>
        <source>Open the original on %1</source>
        <translation>Abrir el original en %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="537"/>
        <source>Open the original</source>
        <translation>Abrir el original</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="199"/>
        <source>Your town</source>
        <extracomment>How much older than it was a post&apos;s time may read: towns give times to the millisecond.</extracomment>
        <translation>Tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="204"/>
        <source>{town} did not accept this post. It said: “{said}”. Please change the post, then send it again.</source>
        <extracomment>{said} is what the town answered, in the town&apos;s own words.</extracomment>
        <translation>{town} no aceptó esta publicación. Dijo: «{said}». Cambia la publicación y vuelve a enviarla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="209"/>
        <source>{town} did not accept this post. Please change it, then send it again.</source>
        <translation>{town} no aceptó esta publicación. Cámbiala y vuelve a enviarla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="213"/>
        <source>{town} could not find something this post needs; the post you are replying to may have been deleted. Please change the post, or delete it.</source>
        <translation>{town} no encontró algo que esta publicación necesita; puede que se haya borrado la publicación que respondes. Cambia la publicación, o bórrala.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="220"/>
        <source>{problem} Your post is saved and will be sent after that.</source>
        <extracomment>{problem} is a sentence saying what went wrong (for example, log in again).</extracomment>
        <translation>{problem} Tu publicación está guardada y se enviará después.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="223"/>
        <source>{problem} Your post is saved; you can try again or change it.</source>
        <translation>{problem} Tu publicación está guardada; puedes intentarlo de nuevo o cambiarla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="435"/>
        <source>There is nothing to send yet. Please write something first.</source>
        <extracomment>Software known to honour ``Idempotency-Key`` (a re-send with the same key returns the first post). Every other town gets the wider check.</extracomment>
        <translation>Todavía no hay nada que enviar. Escribe algo primero.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="439"/>
        <source>A post can have pictures or a poll, but not both. Please remove one of them.</source>
        <translation>Una publicación puede tener imágenes o una encuesta, pero no ambas. Quita una de las dos, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="485"/>
        <source>This post may already have reached your town. Townsfolk is checking; you can change it once that is done.</source>
        <translation>Puede que esta publicación ya haya llegado a tu pueblo. Townsfolk lo está comprobando; podrás cambiarla cuando termine.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="527"/>
        <source>This post is already waiting to be sent.</source>
        <translation>Esta publicación ya está esperando para enviarse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="625"/>
        <source>Townsfolk cannot move this post: it is no longer waiting.</source>
        <translation>Townsfolk no puede mover esta publicación: ya no está esperando.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="628"/>
        <source>Townsfolk cannot change this post: it is no longer waiting.</source>
        <translation>Townsfolk no puede cambiar esta publicación: ya no está esperando.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="637"/>
        <source>This post may already have reached your town, so Townsfolk will not send it from another account. It is checking, and will tell you.</source>
        <translation>Puede que esta publicación ya haya llegado a tu pueblo, así que Townsfolk no la enviará desde otra cuenta. Lo está comprobando, y te avisará.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="647"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Esta publicación se está enviando ahora mismo. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="910"/>
        <source>Townsfolk had a problem sending this post.</source>
        <translation>Townsfolk tuvo un problema al enviar esta publicación.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="998"/>
        <source>Townsfolk is checking whether {town} got this post before sending it again.</source>
        <translation>Townsfolk está comprobando si {town} recibió esta publicación antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1001"/>
        <location filename="../src/townsfolk/services/outbox.py" line="1017"/>
        <source>your town</source>
        <translation>tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1012"/>
        <source>This post may already be on {town}: Townsfolk could not tell for sure, so it did not send it again. Please look at your posts there. If it is not there, press “Try again” to send it.</source>
        <translation>Puede que esta publicación ya esté en {town}: Townsfolk no pudo saberlo con seguridad, así que no la envió de nuevo. Mira tus publicaciones allí. Si no está, pulsa «Intentar de nuevo» para enviarla.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="54"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="77"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="116"/>
        <source>the town</source>
        <translation>el pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="136"/>
        <source>Checking your internet connection…</source>
        <translation>Comprobando tu conexión a internet…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="145"/>
        <source>If you typed your e-mail address: a town&apos;s address looks like mastodon.social, and a person&apos;s full address like @ann@mastodon.social.</source>
        <translation>Si escribiste tu dirección de correo: la dirección de un pueblo es como mastodon.social, y la dirección completa de una persona, como @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="150"/>
        <source>Your computer is not connected to the internet right now, so Townsfolk could not ask {town}. Please check your Wi-Fi or cable, then try again.</source>
        <translation>Tu ordenador no está conectado a internet ahora mismo, así que Townsfolk no pudo preguntar a {town}. Revisa tu wifi o tu cable y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="162"/>
        <source>{town} is not answering right now, but your internet connection works. The town may be closed for a while: try again later, or go back and pick another town.</source>
        <translation>{town} no responde ahora mismo, pero tu conexión a internet funciona. Puede que el pueblo esté cerrado un tiempo: inténtalo más tarde, o vuelve atrás y elige otro pueblo.</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="62"/>
        <source>How would you like to start?</source>
        <translation>¿Cómo te gustaría empezar?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="68"/>
        <source>I&apos;m new: help me pick a town</source>
        <translation>Soy nuevo: ayúdame a elegir un pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="69"/>
        <source>See towns by topic and choose one to join. It takes a few minutes.</source>
        <translation>Mira los pueblos por temas y elige uno al que unirte. Lleva unos minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="73"/>
        <source>I already have an account</source>
        <translation>Ya tengo una cuenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="74"/>
        <source>Log in with the account you have, in any town.</source>
        <translation>Inicia sesión con la cuenta que tienes, en cualquier pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="78"/>
        <source>Try a practice town first (nothing leaves your computer)</source>
        <translation>Probar primero un pueblo de práctica (nada sale de tu ordenador)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="80"/>
        <source>Look around a pretend town with pretend people, to see how it works. You can join a real town whenever you like.</source>
        <translation>Date una vuelta por un pueblo de mentira con gente de mentira, para ver cómo funciona. Puedes unirte a un pueblo de verdad cuando quieras.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="124"/>
        <source>This account is not ready yet. Please try again.</source>
        <extracomment>Mastodon shows avatars at 400×400 and headers at 1500×500, each at most 2 MB. How many of the town&apos;s people the popular pass reads, and how many of them it keeps.</extracomment>
        <translation>Esta cuenta todavía no está lista. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="291"/>
        <source>the profile picture</source>
        <translation>la foto de perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="294"/>
        <source>the banner picture</source>
        <translation>la imagen de portada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="326"/>
        <source>Townsfolk cannot use {what}: {reason}</source>
        <translation>Townsfolk no puede usar {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="337"/>
        <source>Your name is too long: {n} letters at most.</source>
        <translation>Tu nombre es demasiado largo: {n} letras como máximo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="341"/>
        <source>Your description is too long: {n} letters at most.</source>
        <translation>Tu descripción es demasiado larga: {n} letras como máximo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="346"/>
        <source>Your town takes {n} extra facts at most.</source>
        <translation>Tu pueblo admite {n} datos extra como máximo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="351"/>
        <source>An extra fact is too long: {n} letters at most.</source>
        <translation>Un dato extra es demasiado largo: {n} letras como máximo.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="181"/>
        <source>No one here yet.</source>
        <translation>Todavía no hay nadie aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="184"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="186"/>
        <source>Arrows move between people. Enter opens a profile, Space or F follows.</source>
        <translation>Las flechas te mueven entre las personas. Intro abre un perfil; Espacio o F sigue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="250"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="252"/>
        <source>Show more people</source>
        <translation>Mostrar más personas</translation>
    </message>
</context>
<context>
    <name>PeoplePageView</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="67"/>
        <source>Asking your town…</source>
        <translation>Preguntando a tu pueblo…</translation>
    </message>
</context>
<context>
    <name>PeoplePages</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="183"/>
        <source>These people are suggested by your town: people it recommends, people who live there and posted lately, and people many others follow.</source>
        <translation>Estas personas las sugiere tu pueblo: personas que recomienda, personas que viven allí y han publicado hace poco, y personas a las que siguen muchas otras.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="188"/>
        <source>Your town has no one to suggest right now. Try Search, or look at “Your town”.</source>
        <translation>Tu pueblo no tiene a nadie que sugerir ahora mismo. Prueba con Buscar, o mira en «Tu pueblo».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="194"/>
        <source>Welcome to your town! Posts show up in “People you follow” once you follow someone, so here are some people to start with.</source>
        <translation>¡Te damos la bienvenida a tu pueblo! Las publicaciones aparecen en «Personas que sigues» en cuanto sigues a alguien, así que aquí tienes algunas personas para empezar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="203"/>
        <source>People to follow</source>
        <translation>Personas a las que seguir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="226"/>
        <source>People who follow %1.</source>
        <translation>Personas que siguen a %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="228"/>
        <source>No one follows them yet, or their town does not show it.</source>
        <translation>Todavía nadie les sigue, o su pueblo no lo muestra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="231"/>
        <source>Followers of %1</source>
        <translation>Seguidores de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="233"/>
        <source>People %1 follows.</source>
        <translation>Personas a las que sigue %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="234"/>
        <source>They follow no one yet, or their town does not show it.</source>
        <translation>Todavía no siguen a nadie, o su pueblo no lo muestra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="237"/>
        <source>Followed by %1</source>
        <translation>Seguido por %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="290"/>
        <location filename="../src/townsfolk/ui/people_pages.py" line="292"/>
        <source>Find people to follow</source>
        <translation>Encontrar personas a las que seguir</translation>
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
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>Following ✓</source>
        <translation>Siguiendo ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="116"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="112"/>
        <source>Follow %1 (available when your town answers)</source>
        <translation>Seguir a %1 (disponible cuando tu pueblo responda)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Sigues a %1. Pulsa para dejar de seguir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="117"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Pediste seguir a %1. Pulsa para retirar la solicitud.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="119"/>
        <source>Follow %1</source>
        <translation>Seguir a %1</translation>
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
        <translation>Una foto sin descripción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="104"/>
        <source>%1 (photo set: %2 photos)</source>
        <translation>%1 (serie de fotos: %2 fotos)</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="42"/>
        <source>Whichever town you pick, you can follow and talk to people in every other town. Start with a big town for everyone, or pick one about what you love.</source>
        <translation>Elijas el pueblo que elijas, puedes seguir y hablar con gente de todos los demás pueblos. Empieza con un pueblo grande para todo el mundo, o elige uno sobre lo que te encanta.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="46"/>
        <source>About picking a town</source>
        <translation>Sobre elegir un pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="52"/>
        <source>Search towns by name or words</source>
        <translation>Buscar pueblos por nombre o palabras</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="53"/>
        <source>Search towns</source>
        <translation>Buscar pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="57"/>
        <source>Language of the town</source>
        <translation>Idioma del pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="59"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="66"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="72"/>
        <source>Towns</source>
        <translation>Pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="85"/>
        <source>No towns</source>
        <translation>Ningún pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="88"/>
        <source>About the town list</source>
        <translation>Sobre la lista de pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="97"/>
        <source>Pick a second town for your backup account</source>
        <translation>Elige un segundo pueblo para tu cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="99"/>
        <source>Pick a town</source>
        <translation>Elige un pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="111"/>
        <source>This is the list of towns that comes with Townsfolk. Details such as how many people live in each town will fill in when you are online.</source>
        <translation>Esta es la lista de pueblos que viene con Townsfolk. Los detalles, como cuánta gente vive en cada pueblo, se completarán cuando tengas conexión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="132"/>
        <source>Townsfolk could not update the town list just now, so you see the list that comes with it. Details such as how many people live in each town will fill in when you are online. You can still pick a town.</source>
        <translation>Townsfolk no pudo actualizar la lista de pueblos ahora mismo, así que ves la lista que viene con él. Los detalles, como cuánta gente vive en cada pueblo, se completarán cuando tengas conexión. Aun así puedes elegir un pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="147"/>
        <source>★ Good first towns</source>
        <translation>★ Buenos pueblos para empezar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="149"/>
        <source>Big towns about everything, where you can join now</source>
        <translation>Pueblos grandes sobre todo tipo de temas, a los que puedes unirte ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="155"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="173"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="216"/>
        <source>No towns match. Try other words, another language or another topic.</source>
        <translation>Ningún pueblo coincide. Prueba con otras palabras, otro idioma u otro tema.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="218"/>
        <source>Towns about this topic appear here when you are online.</source>
        <translation>Los pueblos sobre este tema aparecen aquí cuando tienes conexión.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="242"/>
        <source>See this town</source>
        <translation>Ver este pueblo</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="147"/>
        <source>Picture %1</source>
        <extracomment>How much of the post being answered shows above the reply box.</extracomment>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="151"/>
        <source>Describe picture %1</source>
        <translation>Describir la imagen %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="154"/>
        <source>What does this picture show? People who cannot see it will read or hear this.</source>
        <translation>¿Qué muestra esta imagen? Las personas que no pueden verla leerán o escucharán esto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="159"/>
        <source>Description of picture %1</source>
        <translation>Descripción de la imagen %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="164"/>
        <source>Remove this picture</source>
        <translation>Quitar esta imagen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="165"/>
        <source>Remove picture %1</source>
        <translation>Quitar la imagen %1</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="96"/>
        <source>Townsfolk cannot find this picture. It may have been moved or deleted.</source>
        <translation>Townsfolk no encuentra esta imagen. Puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="99"/>
        <source>Townsfolk could not open this picture. Check that you can open it in another app, then try again.</source>
        <translation>Townsfolk no pudo abrir esta imagen. Comprueba que puedes abrirla en otra aplicación y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="104"/>
        <source>This file is not a picture Townsfolk can read. Try a JPEG, PNG, GIF or WebP picture.</source>
        <translation>Este archivo no es una imagen que Townsfolk pueda leer. Prueba con una imagen JPEG, PNG, GIF o WebP.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="108"/>
        <source>This picture is damaged or incomplete, so Townsfolk cannot use it. Try saving it again, or choose another one.</source>
        <translation>Esta imagen está dañada o incompleta, así que Townsfolk no puede usarla. Prueba a guardarla de nuevo, o elige otra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="113"/>
        <source>This picture is too large to open safely. Try a smaller version of it.</source>
        <translation>Esta imagen es demasiado grande para abrirla con seguridad. Prueba con una versión más pequeña.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="116"/>
        <source>This picture is too big to send, even after making it smaller. Try a smaller version of it.</source>
        <translation>Esta imagen es demasiado grande para enviarla, incluso después de reducirla. Prueba con una versión más pequeña.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="121"/>
        <source>This moving picture is too large to send. Try a shorter or smaller one.</source>
        <translation>Esta imagen animada es demasiado grande para enviarla. Prueba con una más corta o más pequeña.</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="192"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="193"/>
        <source>Poll</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="199"/>
        <source>Add a choice</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="200"/>
        <source>Add a choice to the poll</source>
        <translation>Añadir una opción a la encuesta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="205"/>
        <source>How long people can vote</source>
        <translation>Cuánto tiempo se puede votar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="210"/>
        <source>People can vote for</source>
        <translation>Se puede votar durante</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="211"/>
        <source>People can pick more than one choice</source>
        <translation>Se puede elegir más de una opción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="221"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="233"/>
        <source>Choice %1</source>
        <translation>Opción %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="234"/>
        <source>Poll choice %1</source>
        <translation>Opción %1 de la encuesta</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="69"/>
        <source>favourite this post</source>
        <extracomment>What Townsfolk tried to do: a verb phrase that goes into every sentence of :func:`_failure`, after &quot;could not&quot; and after &quot;allow Townsfolk to&quot; (&quot;Townsfolk could not remove this post from your saved posts because ...&quot;). Translate so that those sentences read well.</extracomment>
        <translation>marcar esta publicación como favorita</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="70"/>
        <source>remove your favourite from this post</source>
        <translation>quitar esta publicación de tus favoritos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="71"/>
        <source>boost this post</source>
        <translation>impulsar esta publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="72"/>
        <source>undo your boost of this post</source>
        <translation>deshacer el impulso de esta publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="73"/>
        <source>save this post</source>
        <translation>guardar esta publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="74"/>
        <source>remove this post from your saved posts</source>
        <translation>quitar esta publicación de tus publicaciones guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="75"/>
        <source>vote in this poll</source>
        <translation>votar en esta encuesta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="76"/>
        <source>delete this post</source>
        <translation>borrar esta publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="77"/>
        <source>edit this post</source>
        <translation>editar esta publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="92"/>
        <source>Townsfolk could not {action}: the post no longer exists, or you are not allowed to see it.</source>
        <translation>Townsfolk no pudo {action}: la publicación ya no existe, o no tienes permiso para verla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="98"/>
        <source>Townsfolk could not {action} because {town} is not answering. Please try again in a little while.</source>
        <translation>Townsfolk no pudo {action} porque {town} no responde. Inténtalo de nuevo dentro de un rato.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="104"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} pidió a Townsfolk que vaya más despacio, así que no pudo {action}. Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="110"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>Townsfolk ya no tiene la sesión iniciada en {town}. Inicia sesión de nuevo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="115"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{town} no permitió a Townsfolk {action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="117"/>
        <source>{town} had a problem and could not {action}. Please try again later.</source>
        <translation>{town} tuvo un problema y no pudo {action}. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="122"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>Townsfolk no pudo {action}. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="231"/>
        <source>{town} does not let people change their posts. Your post is unchanged; you can delete it and write it again.</source>
        <extracomment>Whether the town lets people change their posts (None: not known yet). Learned from its software (:meth:`edit_support`) or from a refused change.</extracomment>
        <translation>{town} no permite cambiar las publicaciones. Tu publicación no cambió; puedes borrarla y escribirla de nuevo.</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="126"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
</context>
<context>
    <name>PracticeAccountDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="45"/>
        <source>Add a practice backup account</source>
        <translation>Añadir una cuenta de reserva de práctica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="47"/>
        <source>Add a practice account</source>
        <translation>Añadir una cuenta de práctica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="59"/>
        <source>Practise with a backup account on another practice town: %1. When your practice town stops answering, Townsfolk uses the backup instead. Everything stays on this computer.</source>
        <translation>Practica con una cuenta de reserva en otro pueblo de práctica: %1. Cuando tu pueblo de práctica deje de responder, Townsfolk usará la cuenta de reserva. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="65"/>
        <source>Practise with a second account on another practice town: %1. Everything stays on this computer.</source>
        <translation>Practica con una segunda cuenta en otro pueblo de práctica: %1. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="82"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="84"/>
        <source>Join a real town instead</source>
        <translation>Mejor unirme a un pueblo de verdad</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="89"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="96"/>
        <source>Add the practice backup account</source>
        <translation>Añadir la cuenta de reserva de práctica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="98"/>
        <source>Add the practice account</source>
        <translation>Añadir la cuenta de práctica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="115"/>
        <source>Making your practice account…</source>
        <translation>Creando tu cuenta de práctica…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="128"/>
        <source>The practice account could not be made. Your first practice account is as it was. Try again, or close this and go on practising.</source>
        <translation>No se pudo crear la cuenta de práctica. Tu primera cuenta de práctica sigue como estaba. Inténtalo de nuevo, o cierra esto y sigue practicando.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="29"/>
        <source>Add to what the account already has (nothing is removed)</source>
        <translation>Añadir a lo que la cuenta ya tiene (no se quita nada)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="32"/>
        <source>Make it the same as the file (removes what is not in the file)</source>
        <translation>Dejarla igual que el archivo (quita lo que no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="44"/>
        <source>What would be removed</source>
        <translation>Lo que se quitaría</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="52"/>
        <source>Look before anything changes</source>
        <translation>Mira antes de que cambie nada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="55"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="67"/>
        <source>This is what bringing everything into %1 would do.</source>
        <translation>Esto es lo que haría traerlo todo a %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="77"/>
        <source>Townsfolk is looking at what the account has now…</source>
        <translation>Townsfolk está mirando lo que tiene ahora la cuenta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="110"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="120"/>
        <source>These would be removed from the account (%1):</source>
        <translation>Esto se quitaría de la cuenta (%1):</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="67"/>
        <source>Edit my profile</source>
        <translation>Editar mi perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="88"/>
        <source>Choose a profile picture…</source>
        <translation>Elegir una foto de perfil…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="91"/>
        <source>Choose a banner picture…</source>
        <translation>Elegir una imagen de portada…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="102"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="108"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="111"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="119"/>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="122"/>
        <source>Extra facts</source>
        <translation>Datos extra</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="125"/>
        <source>Short facts shown on your profile, like “Garden: Maple Street” or “Website: example.org”. Your town takes %1 at most.</source>
        <translation>Datos breves que se muestran en tu perfil, como «Huerto: calle del Arce» o «Web: example.org». Tu pueblo admite %1 como máximo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="138"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="139"/>
        <source>Label of fact %1</source>
        <translation>Etiqueta del dato %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="143"/>
        <source>What it says</source>
        <translation>Lo que dice</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="144"/>
        <source>Fact %1</source>
        <translation>Dato %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="164"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="168"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="181"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="227"/>
        <source>Your changes from last time were kept. Press Save to send them to your town.</source>
        <translation>Se conservaron tus cambios de la última vez. Pulsa Guardar para enviarlos a tu pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a profile picture</source>
        <translation>Elegir una foto de perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a banner picture</source>
        <translation>Elegir una imagen de portada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="290"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="309"/>
        <source>Townsfolk cannot show this picture. Try another one.</source>
        <translation>Townsfolk no puede mostrar esta imagen. Prueba con otra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="345"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="360"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="363"/>
        <source>%1 too many</source>
        <translation>%1 de más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="384"/>
        <source>Sending your profile to your town…</source>
        <translation>Enviando tu perfil a tu pueblo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="393"/>
        <source>What you wrote is kept: press Save to try again.</source>
        <translation>Lo que escribiste se conserva: pulsa Guardar para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="78"/>
        <source>Banner picture</source>
        <extracomment>The banner picture&apos;s height above the name (Mastodon&apos;s are 3:1; the middle is shown), and on a short window (an 800×600 screen), where the posts need the room. &quot;Add to list…&quot; was pressed (shown for people you follow).</extracomment>
        <translation>Imagen de portada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="97"/>
        <source>Profile picture</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="353"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="366"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="360"/>
        <source>Following ✓</source>
        <translation>Siguiendo ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="363"/>
        <source>Asked to follow</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="146"/>
        <source>Add to list…</source>
        <translation>Añadir a una lista…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="156"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="158"/>
        <source>Edit my profile</source>
        <translation>Editar mi perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="179"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="180"/>
        <source>Open the new profile</source>
        <translation>Abrir el perfil nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="182"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="434"/>
        <source>Follow the new account</source>
        <translation>Seguir la cuenta nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="202"/>
        <source>No posts to show yet.</source>
        <translation>Todavía no hay publicaciones que mostrar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="204"/>
        <source>Their posts</source>
        <translation>Sus publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="279"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="286"/>
        <source>1 post</source>
        <translation>1 publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="288"/>
        <source>%1 posts</source>
        <translation>%1 publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="291"/>
        <source>follows 1 person</source>
        <translation>sigue a 1 persona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="293"/>
        <source>follows %1 people</source>
        <translation>sigue a %1 personas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="296"/>
        <source>1 follower</source>
        <translation>1 seguidor</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="298"/>
        <source>%1 followers</source>
        <translation>%1 seguidores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="305"/>
        <source>People %1 follows: %2. Press to see them.</source>
        <translation>Personas a las que sigue %1: %2. Pulsa para verlas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="313"/>
        <source>People who follow %1: %2. Press to see them.</source>
        <translation>Personas que siguen a %1: %2. Pulsa para verlas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="328"/>
        <source>%1 has moved to %2. Their new posts are there.</source>
        <translation>%1 se ha mudado a %2. Sus publicaciones nuevas están allí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="345"/>
        <source>Add %1 to one of your lists</source>
        <translation>Añadir a %1 a una de tus listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="356"/>
        <source>Follow (available when your town answers)</source>
        <translation>Seguir (disponible cuando tu pueblo responda)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="361"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Sigues a %1. Pulsa para dejar de seguir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="364"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Pediste seguir a %1. Pulsa para retirar la solicitud.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="432"/>
        <source>Following the new account ✓</source>
        <translation>Siguiendo la cuenta nueva ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="332"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="367"/>
        <source>Follow %1</source>
        <translation>Seguir a %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="183"/>
        <source>Report %1</source>
        <translation>Denunciar a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="186"/>
        <source>The people who look after %1 will read your report and decide what to do. %2 is not told who sent it.</source>
        <translation>Las personas que cuidan de %1 leerán tu denuncia y decidirán qué hacer. A %2 no se le dice quién la envió.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="192"/>
        <source>Send report</source>
        <translation>Enviar la denuncia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="198"/>
        <source>What is wrong?</source>
        <translation>¿Qué pasa?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="202"/>
        <source>It&apos;s spam</source>
        <translation>Es spam</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="204"/>
        <source>It breaks the rules of %1</source>
        <translation>Incumple las normas de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="206"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="221"/>
        <source>Which of their posts? (you may leave this empty)</source>
        <translation>¿Cuáles de sus publicaciones? (puedes dejarlo vacío)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="224"/>
        <source>Their posts to add to the report</source>
        <translation>Sus publicaciones que añadir a la denuncia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="231"/>
        <source>Looking for their posts…</source>
        <translation>Buscando sus publicaciones…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="237"/>
        <source>Anything the team should know (optional)</source>
        <translation>Lo que el equipo debería saber (opcional)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="238"/>
        <source>Anything the team should know</source>
        <translation>Lo que el equipo debería saber</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="245"/>
        <source>Also tell the team of their town, %1</source>
        <translation>Avisar también al equipo de su pueblo, %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="280"/>
        <source>(a post without text)</source>
        <translation>(una publicación sin texto)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="285"/>
        <source>They have no posts to show.</source>
        <translation>No tiene publicaciones que mostrar.</translation>
    </message>
</context>
<context>
    <name>RequestButtons</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="130"/>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="137"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="139"/>
        <source>Accept: let %1 follow you</source>
        <translation>Aceptar: dejar que %1 te siga</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="140"/>
        <source>%1 will see your posts</source>
        <translation>%1 verá tus publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="141"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="144"/>
        <source>Decline: %1 will not follow you</source>
        <translation>Rechazar: %1 no te seguirá</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="77"/>
        <source>Townsfolk could not {what}. {reason}</source>
        <extracomment>The durations a mute can have, in seconds (0: until unmuted). Timelines whose saved posts lose a muted or blocked person&apos;s posts.</extracomment>
        <translation>Townsfolk no pudo {what}. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="102"/>
        <source>mute this person</source>
        <translation>silenciar a esta persona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="110"/>
        <source>unmute this person</source>
        <translation>dejar de silenciar a esta persona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="117"/>
        <source>block this person</source>
        <translation>bloquear a esta persona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="125"/>
        <source>unblock this person</source>
        <translation>desbloquear a esta persona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="131"/>
        <source>read the people you muted</source>
        <translation>leer las personas que silenciaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="138"/>
        <source>read the people you blocked</source>
        <translation>leer las personas que bloqueaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="147"/>
        <source>block this town</source>
        <translation>bloquear este pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="154"/>
        <source>unblock this town</source>
        <translation>desbloquear este pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="160"/>
        <source>read the towns you blocked</source>
        <translation>leer los pueblos que bloqueaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="171"/>
        <source>read your town&apos;s rules</source>
        <translation>leer las normas de tu pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="178"/>
        <source>read this person&apos;s posts</source>
        <translation>leer las publicaciones de esta persona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="201"/>
        <source>send your report</source>
        <translation>enviar tu denuncia</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="105"/>
        <source>&amp;Account</source>
        <extracomment>The hidden-words context of each list of posts on the main page (None: not filtered). The question opened last (tests look at it).</extracomment>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="107"/>
        <source>People you &amp;muted or blocked…</source>
        <translation>Personas &amp;silenciadas o bloqueadas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="109"/>
        <source>&amp;Hidden words…</source>
        <translation>Palabras &amp;ocultas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="111"/>
        <source>&amp;Log out…</source>
        <translation>Cerrar &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="113"/>
        <source>&amp;Remove this account from Townsfolk…</source>
        <translation>&amp;Quitar esta cuenta de Townsfolk…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="136"/>
        <source>&amp;Log out of %1…</source>
        <translation>Cerrar &amp;sesión en %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="149"/>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="153"/>
        <source>Hidden words…</source>
        <translation>Palabras ocultas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="154"/>
        <source>People you muted or blocked…</source>
        <translation>Personas silenciadas o bloqueadas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="155"/>
        <source>Log out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="156"/>
        <source>Remove this account…</source>
        <translation>Quitar esta cuenta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="187"/>
        <source>Mute %1…</source>
        <translation>Silenciar a %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="190"/>
        <source>Block %1…</source>
        <translation>Bloquear a %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="193"/>
        <source>Report %1…</source>
        <translation>Denunciar a %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="198"/>
        <location filename="../src/townsfolk/ui/safety.py" line="538"/>
        <source>Block the whole town %1…</source>
        <translation>Bloquear el pueblo entero %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="265"/>
        <source>You muted %1. To undo it, press Unmute on their profile.</source>
        <translation>Silenciaste a %1. Para deshacerlo, pulsa Dejar de silenciar en su perfil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="278"/>
        <source>You blocked %1. To undo it, press Unblock on their profile.</source>
        <translation>Bloqueaste a %1. Para deshacerlo, pulsa Desbloquear en su perfil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="321"/>
        <source>Unmuted. Their new posts will show again.</source>
        <translation>Ya no está silenciado. Sus publicaciones nuevas volverán a aparecer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="323"/>
        <source>Unblocked. You can follow each other again.</source>
        <translation>Desbloqueado. Pueden volver a seguirse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="351"/>
        <source>You blocked the town %1.</source>
        <translation>Bloqueaste el pueblo %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="437"/>
        <source>Thank you. The team of %1 will look at your report.</source>
        <translation>Gracias. El equipo de %1 mirará tu denuncia.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="478"/>
        <location filename="../src/townsfolk/ui/safety.py" line="524"/>
        <source>Unmute</source>
        <translation>Dejar de silenciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="480"/>
        <location filename="../src/townsfolk/ui/safety.py" line="530"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="484"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="485"/>
        <source>More: mute, block or report</source>
        <translation>Más: silenciar, bloquear o denunciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="508"/>
        <source>Unmute %1</source>
        <translation>Dejar de silenciar a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="509"/>
        <source>Unblock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="528"/>
        <source>Mute…</source>
        <translation>Silenciar…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="534"/>
        <source>Block…</source>
        <translation>Bloquear…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="535"/>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="588"/>
        <source>You unblocked the town %1.</source>
        <translation>Desbloqueaste el pueblo %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="767"/>
        <source>All the waiting posts were sent.</source>
        <translation>Se enviaron todas las publicaciones en espera.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="772"/>
        <source>They could not be sent yet. They are still saved on this computer.</source>
        <translation>Todavía no se pudieron enviar. Siguen guardadas en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="781"/>
        <source>Sending them now…</source>
        <translation>Enviándolas ahora…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="809"/>
        <source>%1 was removed from Townsfolk.</source>
        <translation>Se quitó %1 de Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="811"/>
        <source>You logged out of %1.</source>
        <translation>Cerraste la sesión en %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="813"/>
        <source>%1 is now your main account.</source>
        <translation>%1 es ahora tu cuenta principal.</translation>
    </message>
</context>
<context>
    <name>SafetyListsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="80"/>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="85"/>
        <source>People you muted or blocked</source>
        <translation>Personas silenciadas o bloqueadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>You have not muted anyone.</source>
        <translation>No has silenciado a nadie.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>Unmute</source>
        <translation>Dejar de silenciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>You have not blocked anyone.</source>
        <translation>No has bloqueado a nadie.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>You have not blocked any town.</source>
        <translation>No has bloqueado ningún pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>Unblock the town</source>
        <translation>Desbloquear el pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="103"/>
        <source>Muted</source>
        <translation>Silenciadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="104"/>
        <source>Blocked</source>
        <translation>Bloqueadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="105"/>
        <source>Blocked towns</source>
        <translation>Pueblos bloqueados</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="110"/>
        <source>Name of a town, like example.social</source>
        <translation>Nombre de un pueblo, como example.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="111"/>
        <source>Name of a town to block</source>
        <translation>Nombre del pueblo que bloquear</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="112"/>
        <source>Block this town…</source>
        <translation>Bloquear este pueblo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="114"/>
        <source>Block this town</source>
        <translation>Bloquear este pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="139"/>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="51"/>
        <source>A name, @someone@town, #hashtag, or the link of a post</source>
        <translation>Un nombre, @alguien@pueblo, #etiqueta, o el enlace de una publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="53"/>
        <source>What to look for</source>
        <translation>Qué buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="57"/>
        <location filename="../src/townsfolk/ui/search_view.py" line="58"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="67"/>
        <source>Look for people and hashtags in every town your town knows. Paste the link of a post or a person to open it here.</source>
        <translation>Busca personas y etiquetas en todos los pueblos que tu pueblo conoce. Pega el enlace de una publicación o de una persona para abrirlo aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="82"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="87"/>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="88"/>
        <source>Hashtags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="91"/>
        <source>Hashtags found</source>
        <translation>Etiquetas encontradas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="99"/>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="103"/>
        <source>No posts found.</source>
        <translation>No se encontraron publicaciones.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="106"/>
        <source>Posts found</source>
        <translation>Publicaciones encontradas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="124"/>
        <source>What you can look for</source>
        <translation>Qué puedes buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="128"/>
        <source>A name, like “Ann” or “Riverside Library”: people whose name matches.</source>
        <translation>Un nombre, como «Ana» o «Biblioteca del Río»: personas cuyo nombre coincide.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="129"/>
        <source>A full address, like @ann@maple.social: that person, even in another town.</source>
        <translation>Una dirección completa, como @ann@maple.social: esa persona, aunque esté en otro pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="131"/>
        <source>The web address of a profile or a post, copied from your browser: it opens here.</source>
        <translation>La dirección web de un perfil o de una publicación, copiada de tu navegador: se abre aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="133"/>
        <source>A word with # in front, like #gardening: posts about that subject.</source>
        <translation>Una palabra con # delante, como #jardinería: publicaciones sobre ese tema.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="171"/>
        <source>Looking for “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="84"/>
        <source>No one found.</source>
        <translation>No se encontró a nadie.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="198"/>
        <source>No hashtags found.</source>
        <translation>No se encontraron etiquetas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="201"/>
        <source>Nothing was found. Try other words.</source>
        <translation>No se encontró nada. Prueba con otras palabras.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>1 hashtag</source>
        <translation>1 etiqueta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>%1 hashtags</source>
        <translation>%1 etiquetas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>1 post</source>
        <translation>1 publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>%1 posts</source>
        <translation>%1 publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="208"/>
        <source>Found: %1.</source>
        <translation>Encontrado: %1.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../src/townsfolk/services/secrets.py" line="76"/>
        <source>Townsfolk could not keep your login safe, because this computer&apos;s password store (keyring) is not available or is locked. Nothing was saved in plain text. Unlock your password store if you are asked to; on Linux, install one such as GNOME Keyring or KWallet and log in to your desktop again. Then try again.</source>
        <translation>Townsfolk no pudo guardar tu inicio de sesión de forma segura, porque el almacén de contraseñas de este ordenador (llavero) no está disponible o está bloqueado. No se guardó nada como texto sin cifrar. Desbloquea tu almacén de contraseñas si te lo pide; en Linux, instala uno como GNOME Keyring o KWallet y vuelve a entrar en tu escritorio. Luego inténtalo de nuevo.</translation>
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
        <translation>Esta cuenta ya no está en este ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="300"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>Townsfolk ya no tiene la sesión iniciada en {handle}. Inicia sesión de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="357"/>
        <source>This account is not ready yet. Please try again.</source>
        <translation>Esta cuenta todavía no está lista. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="401"/>
        <source>Townsfolk could not find {who}.</source>
        <translation>Townsfolk no pudo encontrar a {who}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="461"/>
        <source>A post of this account is still waiting to be sent. Send it first, or choose to delete it.</source>
        <translation>Una publicación de esta cuenta está esperando todavía para enviarse. Envíala primero, o elige borrarla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="467"/>
        <source>%n posts of this account are still waiting to be sent. Send them first, or choose to delete them.</source>
        <translation>%n publicaciones de esta cuenta están esperando todavía para enviarse. Envíalas primero, o elige borrarlas.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="127"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="137"/>
        <source>Settings</source>
        <extracomment>Space for saved pictures, in MB (the default, 500, is marked as the usual choice). Posts kept in each list (the default, 2000, is marked as the usual choice). (backup account id, follow the same people) for each choice changed, on &quot;Done&quot;.</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="291"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="297"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="301"/>
        <source>Like the rest of my computer</source>
        <translation>Como el resto de mi ordenador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="302"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="303"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="300"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="305"/>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="308"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="312"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="263"/>
        <source>Show pictures marked as sensitive without asking first</source>
        <translation>Mostrar las imágenes marcadas como delicadas sin preguntar primero</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="268"/>
        <source>Remind me to describe each picture for people who cannot see it</source>
        <translation>Recordarme que describa cada imagen para quienes no pueden verla</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="258"/>
        <source>Tell me about new notifications when Townsfolk is in the background</source>
        <translation>Avisarme de las notificaciones nuevas cuando Townsfolk está en segundo plano</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="245"/>
        <source>How often to look for new posts</source>
        <translation>Cada cuánto buscar publicaciones nuevas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="255"/>
        <source>&amp;Look for new posts</source>
        <translation>&amp;Buscar publicaciones nuevas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="319"/>
        <source>Switch back by itself</source>
        <translation>Volver solo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="320"/>
        <source>Ask me first</source>
        <translation>Preguntarme primero</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="318"/>
        <source>When my town is back after being down</source>
        <translation>Cuando mi pueblo vuelva después de una caída</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="323"/>
        <source>When my town is &amp;back after being down</source>
        <translation>Cuando mi pueblo &amp;vuelva después de una caída</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="334"/>
        <source>Follow the same people on my backup account @%1</source>
        <translation>Seguir a las mismas personas con mi cuenta de reserva @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="341"/>
        <source>Your backup account follows everyone your main account follows, so it is ready to read with if your town is down.</source>
        <translation>Tu cuenta de reserva sigue a todas las personas que sigue tu cuenta principal, así que está lista para leer si tu pueblo se cae.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="165"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="244"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="273"/>
        <source>Looks</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="316"/>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="360"/>
        <source>Keeping things tidy</source>
        <translation>Mantener todo en orden</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="362"/>
        <source>Space for saved pictures</source>
        <translation>Espacio para imágenes guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="371"/>
        <source>&amp;Space for saved pictures</source>
        <translation>&amp;Espacio para imágenes guardadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="374"/>
        <source>Posts kept in each list</source>
        <translation>Publicaciones que se guardan en cada lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="383"/>
        <source>&amp;Posts kept in each list</source>
        <translation>&amp;Publicaciones que se guardan en cada lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="388"/>
        <source>Older posts and pictures are let go by themselves; Townsfolk fetches them again when you scroll back to them.</source>
        <translation>Las publicaciones e imágenes más antiguas se sueltan solas; Townsfolk las vuelve a traer cuando retrocedes hasta ellas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="394"/>
        <source>&amp;Free up space now</source>
        <translation>&amp;Liberar espacio ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="396"/>
        <source>Free up space now</source>
        <translation>Liberar espacio ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="422"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="428"/>
        <source>%1 (usual)</source>
        <translation>%1 (lo habitual)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="426"/>
        <source>%1 posts</source>
        <translation>%1 publicaciones</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="444"/>
        <source>Freeing up space…</source>
        <translation>Liberando espacio…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="461"/>
        <source>Townsfolk could not free up space just now: the disk or the saved posts could not be changed. Try again in a moment, or restart Townsfolk.</source>
        <translation>Townsfolk no pudo liberar espacio ahora mismo: no se pudo cambiar el disco o las publicaciones guardadas. Inténtalo de nuevo en un momento, o reinicia Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="470"/>
        <source>There was nothing to let go. Saved pictures now take %1.</source>
        <translation>No había nada que soltar. Las imágenes guardadas ocupan ahora %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="478"/>
        <source>Freed %1: %2 saved pictures and %3 old posts were let go. Saved pictures now take %4.</source>
        <translation>Se liberaron %1: se soltaron %2 imágenes guardadas y %3 publicaciones antiguas. Las imágenes guardadas ocupan ahora %4.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="491"/>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="492"/>
        <source>Every 2 minutes</source>
        <translation>Cada 2 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="493"/>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="494"/>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="495"/>
        <source>Every 30 minutes</source>
        <translation>Cada 30 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="496"/>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="500"/>
        <source>Every %1 seconds</source>
        <translation>Cada %1 segundos</translation>
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
        <translation>Al menos 8 caracteres. Una frase corta que puedas recordar funciona bien.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="44"/>
        <source>Too short: please use at least 8 characters.</source>
        <translation>Demasiado corta: usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="56"/>
        <source>Strong password. Well done.</source>
        <translation>Contraseña fuerte. Muy bien.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="57"/>
        <source>Good. A longer one is even safer: try a short sentence.</source>
        <translation>Bien. Una más larga es aún más segura: prueba con una frase corta.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="76"/>
        <source>A user name cannot have spaces. Use _ instead, like rosa_diaz.</source>
        <extracomment>The longest user name and display name Mastodon accepts.</extracomment>
        <translation>Un nombre de usuario no puede tener espacios. Usa _ en su lugar, como rosa_diaz.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="80"/>
        <source>A user name can have only letters a to z, numbers and _.</source>
        <translation>Un nombre de usuario solo puede tener letras de la a a la z, números y _.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="84"/>
        <source>A user name can have at most {count} characters.</source>
        <translation>Un nombre de usuario puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="101"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="154"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="102"/>
        <source>The name others will see, like Ann Archer</source>
        <translation>El nombre que verán los demás, como Ana Arquero</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="105"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="155"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="106"/>
        <source>Letters, numbers and _ only, like ann_archer</source>
        <translation>Solo letras, números y _, como ana_arquero</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="107"/>
        <source>Your full address</source>
        <translation>Tu dirección completa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="109"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="156"/>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="110"/>
        <source>you@example.com</source>
        <translation>tu@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="112"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="157"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="114"/>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="115"/>
        <source>How strong the password is</source>
        <translation>Qué tan fuerte es la contraseña</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="117"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="121"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="158"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="123"/>
        <source>I agree to the rules</source>
        <translation>Acepto las normas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="145"/>
        <source>Problem with {what}</source>
        <translation>Problema con {what}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="159"/>
        <source>Rules</source>
        <translation>Normas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="209"/>
        <source>yourname</source>
        <translation>tunombre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="211"/>
        <source>Your full address will be @{name}@{town}</source>
        <translation>Tu dirección completa será @{name}@{town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="216"/>
        <source>Create your account in {town}</source>
        <translation>Crea tu cuenta en {town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="230"/>
        <source>I have read the rules of {town} and I agree to them</source>
        <translation>He leído las normas de {town} y las acepto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="239"/>
        <source>Asking {town} how to join…</source>
        <translation>Preguntando a {town} cómo unirse…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="252"/>
        <source>The town rules</source>
        <translation>Las normas del pueblo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="254"/>
        <source>Terms of use</source>
        <translation>Condiciones de uso</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="256"/>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="265"/>
        <source>The town&apos;s own pages (they open in your web browser):</source>
        <translation>Las páginas propias del pueblo (se abren en tu navegador):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="268"/>
        <source>The town&apos;s terms of use and privacy policy, as links</source>
        <translation>Las condiciones de uso y la política de privacidad del pueblo, como enlaces</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="284"/>
        <source>Date of birth (you must be at least {age})</source>
        <translation>Fecha de nacimiento (debes tener al menos {age})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="297"/>
        <source>Create my account</source>
        <translation>Crear mi cuenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="331"/>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="86"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. Your posts, follows and messages on your town are safe; posts that had not been sent yet may need to be written again. If Townsfolk asks, log in again.</source>
        <translation>Townsfolk vio que sus datos guardados en este ordenador estaban dañados, así que apartó ese archivo y empezó de cero. Tus publicaciones, seguimientos y mensajes en tu pueblo están a salvo; puede que tengas que volver a escribir las publicaciones que aún no se habían enviado. Si Townsfolk te lo pide, inicia sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="98"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. It kept your accounts and the posts you had not sent yet. Your posts, follows and messages on your town are safe; saved timelines will load again from your town.</source>
        <translation>Townsfolk vio que sus datos guardados en este ordenador estaban dañados, así que apartó ese archivo y empezó de cero. Conservó tus cuentas y las publicaciones que aún no habías enviado. Tus publicaciones, seguimientos y mensajes en tu pueblo están a salvo; las listas de publicaciones guardadas se cargarán de nuevo desde tu pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="55"/>
        <source>Townsfolk could not save or read its data on this computer. Nothing you already saved was lost. Please restart Townsfolk; if this keeps happening, restart the computer.</source>
        <translation>Townsfolk no pudo guardar ni leer sus datos en este ordenador. No se perdió nada de lo que ya habías guardado. Reinicia Townsfolk; si sigue pasando, reinicia el ordenador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="74"/>
        <source>Your computer&apos;s disk is full, so Townsfolk could not save this. Nothing you already saved was lost. Free some space (for example, empty the bin or delete large files you no longer need), then try again.</source>
        <translation>El disco de tu ordenador está lleno, así que Townsfolk no pudo guardar esto. No se perdió nada de lo que ya habías guardado. Libera algo de espacio (por ejemplo, vacía la papelera o borra archivos grandes que ya no necesites) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="87"/>
        <source>Townsfolk is not allowed to save in its folder on this computer. Nothing you already saved was lost. Check that your user account may write to the Townsfolk folder, then start Townsfolk again.</source>
        <translation>Townsfolk no tiene permiso para guardar en su carpeta de este ordenador. No se perdió nada de lo que ya habías guardado. Comprueba que tu cuenta de usuario puede escribir en la carpeta de Townsfolk y vuelve a abrir Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="100"/>
        <source>Townsfolk&apos;s folder on this computer is read-only, so nothing new can be saved. Nothing you already saved was lost. Move Townsfolk&apos;s folder to a disk you can write to, or make it writable, then start Townsfolk again.</source>
        <translation>La carpeta de Townsfolk en este ordenador es de solo lectura, así que no se puede guardar nada nuevo. No se perdió nada de lo que ya habías guardado. Mueve la carpeta de Townsfolk a un disco en el que puedas escribir, o haz que se pueda escribir en ella, y vuelve a abrir Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="113"/>
        <source>Townsfolk&apos;s saved data is being used by another program, perhaps a second copy of Townsfolk. Nothing was lost. Close the other copy, then try again.</source>
        <translation>Otro programa está usando los datos guardados de Townsfolk, quizá una segunda copia de Townsfolk. No se perdió nada. Cierra la otra copia y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="125"/>
        <source>The disk reported an error while Townsfolk was saving. What was saved before is kept. If this happens again, the disk may be failing: copy your important files somewhere safe.</source>
        <translation>El disco dio un error mientras Townsfolk guardaba. Lo que se guardó antes se conserva. Si vuelve a pasar, puede que el disco esté fallando: copia tus archivos importantes en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="138"/>
        <source>Townsfolk&apos;s saved data on this computer is damaged and could not be repaired automatically. Your posts on your town are safe. Restart Townsfolk; if this message comes back, start it with a new profile folder.</source>
        <translation>Los datos guardados de Townsfolk en este ordenador están dañados y no se pudieron reparar automáticamente. Tus publicaciones en tu pueblo están a salvo. Reinicia Townsfolk; si este mensaje vuelve a aparecer, ábrelo con una carpeta de perfil nueva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="152"/>
        <source>Townsfolk found that its saved data on this computer is damaged. Your posts on your town are safe. Please restart Townsfolk: it will check its saved data and keep everything it can still read.</source>
        <translation>Townsfolk vio que sus datos guardados en este ordenador están dañados. Tus publicaciones en tu pueblo están a salvo. Reinicia Townsfolk, por favor: revisará sus datos guardados y conservará todo lo que aún pueda leer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="165"/>
        <source>This Townsfolk folder was last used by a newer version of Townsfolk. Nothing was changed. Please install the newest Townsfolk to keep using it.</source>
        <translation>Esta carpeta de Townsfolk la usó por última vez una versión más nueva de Townsfolk. No se cambió nada. Instala el Townsfolk más reciente para seguir usándola.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="53"/>
        <source>This conversation is not saved on this computer yet. It will show when your town answers.</source>
        <extracomment>The list&apos;s height when it has no posts to measure (Qt&apos;s &quot;no limit&quot;).</extracomment>
        <translation>Esta conversación todavía no está guardada en este ordenador. Aparecerá cuando tu pueblo responda.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="58"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="70"/>
        <source>No replies yet. You can be the first to answer.</source>
        <translation>Todavía no hay respuestas. Puedes ser la primera persona en responder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="82"/>
        <source>Write a reply…</source>
        <translation>Escribir una respuesta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="83"/>
        <source>Write a reply to this post</source>
        <translation>Escribir una respuesta a esta publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="117"/>
        <source>Write a reply to %1…</source>
        <translation>Escribir una respuesta a %1…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="722"/>
        <source>Content warning: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="487"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="519"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="488"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="517"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="497"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="502"/>
        <source>Boosted</source>
        <translation>Impulsada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="405"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="688"/>
        <source>Read more</source>
        <extracomment>Custom emoji pictures asked for per post (a post may list 20,000); the rest stay words. A long post (Friendica, Hubzilla...: more than Mastodon&apos;s 500 letters) shows this many lines of its text in a list, then &quot;Read more&quot;, which opens it whole (ui/kinds). The widest a post&apos;s text runs, in letters (&quot;em&quot;), on a wide window. lupdate collects calls named ``translate`` whose context is written out. A post whose conversation is already on screen (a click on it opens nothing).</extracomment>
        <translation>Leer más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="504"/>
        <source>Boost</source>
        <translation>Impulsar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourited</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="521"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="589"/>
        <source>Some posts are not loaded here. Show them</source>
        <translation>Algunas publicaciones no están cargadas aquí. Mostrarlas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="605"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="204"/>
        <source>%1 boosted</source>
        <translation>%1 impulsó</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="627"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="211"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="709"/>
        <source>Continuing a thread</source>
        <translation>Continúa un hilo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="712"/>
        <source>Replying to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="715"/>
        <source>Replying to a post</source>
        <translation>Respondiendo a una publicación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Show anyway</source>
        <translation>Mostrar de todos modos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Hide again</source>
        <translation>Ocultar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="835"/>
        <source>Sensitive picture. Click to show it.</source>
        <translation>Imagen delicada. Haz clic para verla.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="848"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="959"/>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="961"/>
        <source>%n votes</source>
        <translation>%n votos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="964"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="966"/>
        <source>you voted</source>
        <translation>votaste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="968"/>
        <source>click an answer to vote</source>
        <translation>haz clic en una respuesta para votar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="135"/>
        <source>Some posts are not loaded yet here. Press Enter to load them.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out. What the person&apos;s hidden words do to a post: the post to show (folded behind a note when it should warn), or None when it is hidden (``ui/hidden_words.py``). The post shown whole even when long (the post a conversation is about).</extracomment>
        <translation>Algunas publicaciones aún no están cargadas aquí. Pulsa Intro para cargarlas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="209"/>
        <source>Press O to open it.</source>
        <translation>Pulsa O para abrirlo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="214"/>
        <source>%1 Press Space to show the post anyway.</source>
        <translation>%1 Pulsa Espacio para ver la publicación de todos modos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="220"/>
        <source>Content warning: %1. Press Space to show the post.</source>
        <translation>Aviso de contenido: %1. Pulsa Espacio para ver la publicación.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="227"/>
        <source>Content warning: %1.</source>
        <translation>Aviso de contenido: %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="150"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="239"/>
        <source>no description</source>
        <translation>sin descripción</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="233"/>
        <source>The text is shortened here. Press O to read more.</source>
        <translation>El texto está acortado aquí. Pulsa O para leer más.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="244"/>
        <source>%n pictures:</source>
        <translation>%n imágenes:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="249"/>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="252"/>
        <source>Poll: %1</source>
        <translation>Encuesta: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="257"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation>%1 respuestas, %2 impulsos, %3 favoritos</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="326"/>
        <source>There are no posts here yet. New posts will show up here.</source>
        <translation>Todavía no hay publicaciones aquí. Las publicaciones nuevas aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="509"/>
        <source>1 post could not be shown: the town sent it in a way Townsfolk cannot read.</source>
        <translation>1 publicación no se pudo mostrar: el pueblo la envió de una forma que Townsfolk no puede leer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="512"/>
        <source>%n posts could not be shown: the town sent them in a way Townsfolk cannot read.</source>
        <translation>
            <numerusform>%n publicación no se pudo mostrar: el pueblo la envió de una forma que Townsfolk no puede leer.</numerusform>
            <numerusform>%n publicaciones no se pudieron mostrar: el pueblo las envió de una forma que Townsfolk no puede leer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>1 new post</source>
        <translation>1 publicación nueva</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>%n new posts</source>
        <translation>
            <numerusform>%n publicación nueva</numerusform>
            <numerusform>%n publicaciones nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timelines</name>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="193"/>
        <source>You are offline; showing saved posts.</source>
        <extracomment>The English text of :func:`offline_message` (what it says when no translation is installed). Pages asked for in a row while every post on them was unreadable.</extracomment>
        <translation>No tienes conexión; se muestran las publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="202"/>
        <source>{problem} Showing saved posts.</source>
        <extracomment>{problem} is a sentence saying what went wrong with the town.</extracomment>
        <translation>{problem} Se muestran las publicaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="207"/>
        <source>Something went wrong while loading posts. Showing saved posts.</source>
        <translation>Algo salió mal al cargar las publicaciones. Se muestran las publicaciones guardadas.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="132"/>
        <source>For everyone</source>
        <extracomment>Software that speaks the Mastodon client API well enough for Townsfolk. Software that certainly does not (shown as &quot;Townsfolk cannot use this town yet&quot;). One line under the title, in everyday words. Only filled by the live directory (nothing in the shipped list).</extracomment>
        <translation>Para todo el mundo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="133"/>
        <source>Big towns about everything: a good place to start</source>
        <translation>Pueblos grandes sobre todo tipo de temas: un buen lugar para empezar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="136"/>
        <source>Academia and science</source>
        <translation>Universidad y ciencia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="137"/>
        <source>Researchers, teachers, students, libraries</source>
        <translation>Investigadores, docentes, estudiantes, bibliotecas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="140"/>
        <source>News and journalism</source>
        <translation>Noticias y periodismo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="141"/>
        <source>Reporters, newsrooms and news lovers</source>
        <translation>Periodistas, redacciones y amantes de las noticias</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="144"/>
        <source>Art, books and writing</source>
        <translation>Arte, libros y escritura</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="145"/>
        <source>Artists, photographers, writers, readers</source>
        <translation>Artistas, fotógrafos, escritores, lectores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="148"/>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="149"/>
        <source>Musicians and music lovers</source>
        <translation>Músicos y amantes de la música</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="152"/>
        <source>Games</source>
        <translation>Juegos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="153"/>
        <source>Video games, board games, role-playing</source>
        <translation>Videojuegos, juegos de mesa, juegos de rol</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="156"/>
        <source>Anime, fandoms and subcultures</source>
        <translation>Anime, fandoms y subculturas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="157"/>
        <source>Anime, manga, fan works and more</source>
        <translation>Anime, manga, obras de fans y más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="160"/>
        <source>Furries</source>
        <translation>Furries</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="161"/>
        <source>The furry community</source>
        <translation>La comunidad furry</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="164"/>
        <source>Technology and programming</source>
        <translation>Tecnología y programación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="165"/>
        <source>Computers, free software, coding</source>
        <translation>Ordenadores, software libre, programación</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="168"/>
        <source>Safe spaces: LGBTQ+, BIPOC and more</source>
        <translation>Espacios seguros: LGBTQ+, personas racializadas y más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="169"/>
        <source>Towns made for communities</source>
        <translation>Pueblos hechos para comunidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="172"/>
        <source>Activism, politics and the planet</source>
        <translation>Activismo, política y el planeta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="173"/>
        <source>Causes, climate, social issues</source>
        <translation>Causas, clima, temas sociales</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="176"/>
        <source>Hobbies, food and sports</source>
        <translation>Aficiones, comida y deportes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="177"/>
        <source>Radio, racing, cooking, parents and more</source>
        <translation>Radio, carreras, cocina, familias y más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="180"/>
        <source>Humour and fun</source>
        <translation>Humor y diversión</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="181"/>
        <source>Jokes, cats and silliness</source>
        <translation>Chistes, gatos y tonterías</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="184"/>
        <source>Cities and countries</source>
        <translation>Ciudades y países</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="185"/>
        <source>Towns for one place in the world</source>
        <translation>Pueblos para un lugar del mundo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="188"/>
        <source>In your language</source>
        <translation>En tu idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="189"/>
        <source>Towns for one language</source>
        <translation>Pueblos para un idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="192"/>
        <source>Faith and religion</source>
        <translation>Fe y religión</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="193"/>
        <source>Religious communities</source>
        <translation>Comunidades religiosas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="196"/>
        <source>Adults only (18+)</source>
        <translation>Solo para adultos (18+)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="197"/>
        <source>Grown-up topics; you must be an adult</source>
        <translation>Temas para adultos; debes ser mayor de edad</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="200"/>
        <source>Other towns</source>
        <translation>Otros pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="201"/>
        <source>Towns that fit nowhere else</source>
        <translation>Pueblos que no encajan en ningún otro sitio</translation>
    </message>
</context>
<context>
    <name>TownCards</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="49"/>
        <source>{people} people live here · {active} were active lately</source>
        <translation>Aquí viven {people} personas · {active} estuvieron activas últimamente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="52"/>
        <source>{people} people live here</source>
        <translation>Aquí viven {people} personas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="61"/>
        <source>Language: {names}</source>
        <translation>Idioma: {names}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="66"/>
        <source>Townsfolk cannot use this kind of town yet ({software})</source>
        <translation>Townsfolk todavía no puede usar este tipo de pueblo ({software})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="68"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="70"/>
        <source>Did not answer the last time Townsfolk asked</source>
        <translation>No respondió la última vez que Townsfolk preguntó</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="74"/>
        <source>You can join now</source>
        <translation>Puedes unirte ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="75"/>
        <source>You ask to join, and someone from the town says yes</source>
        <translation>Pides unirte y alguien del pueblo dice que sí</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="78"/>
        <source>Not taking new people</source>
        <translation>No acepta gente nueva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="87"/>
        <source>A big town about everything, where newcomers can join.</source>
        <translation>Un pueblo grande sobre todo tipo de temas, donde la gente nueva puede unirse.</translation>
    </message>
</context>
<context>
    <name>TownStatus</name>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="162"/>
        <source>a few seconds</source>
        <translation>unos segundos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="166"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="168"/>
        <source>%n minutes</source>
        <translation>%n minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="173"/>
        <source>about 1 hour</source>
        <translation>alrededor de 1 hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="175"/>
        <source>about %n hours</source>
        <translation>alrededor de %n horas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="179"/>
        <source>about 1 day</source>
        <translation>alrededor de 1 día</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="181"/>
        <source>about %n days</source>
        <translation>alrededor de %n días</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="217"/>
        <source>You have been offline since {start} ({length} so far).</source>
        <translation>No tienes conexión desde las {start} ({length} hasta ahora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="221"/>
        <source>You have been offline since {start} on {day} ({length} so far).</source>
        <translation>No tienes conexión desde las {start} del {day} ({length} hasta ahora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="226"/>
        <source>You were offline for {length}, from {start}.</source>
        <translation>Estuviste sin conexión {length}, desde las {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="228"/>
        <source>You were offline for {length}, from {start} on {day}.</source>
        <translation>Estuviste sin conexión {length}, desde las {start} del {day}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="233"/>
        <source>{town} has not been answering since {start} ({length} so far).</source>
        <translation>{town} no responde desde las {start} ({length} hasta ahora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="237"/>
        <source>{town} has not been answering since {start} on {day} ({length} so far).</source>
        <translation>{town} no responde desde las {start} del {day} ({length} hasta ahora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="242"/>
        <source>{town} was not answering for {length}, from {start}.</source>
        <translation>{town} estuvo sin responder {length}, desde las {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="244"/>
        <source>{town} was not answering for {length}, from {start} on {day}.</source>
        <translation>{town} estuvo sin responder {length}, desde las {start} del {day}.</translation>
    </message>
</context>
<context>
    <name>TownStatusDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="63"/>
        <location filename="../src/townsfolk/ui/town_status.py" line="64"/>
        <source>Town status</source>
        <translation>Estado de los pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="70"/>
        <source>How your towns are doing</source>
        <translation>Cómo van tus pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="75"/>
        <source>Each of your accounts lives in a town. When a town does not answer, Townsfolk uses your backup account and keeps your posts safe until the town is back.</source>
        <translation>Cada una de tus cuentas vive en un pueblo. Cuando un pueblo no responde, Townsfolk usa tu cuenta de reserva y mantiene tus publicaciones a salvo hasta que el pueblo vuelve.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="90"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="113"/>
        <source>You are offline, so Townsfolk cannot reach any town just now.</source>
        <translation>No tienes conexión, así que Townsfolk no puede contactar con ningún pueblo ahora mismo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="115"/>
        <source>Answering normally.</source>
        <translation>Responde con normalidad.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="117"/>
        <source>Slow: it answers, but takes a long time.</source>
        <translation>Lento: responde, pero tarda mucho.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="119"/>
        <source>Back: answering again.</source>
        <translation>Ha vuelto: responde de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="120"/>
        <source>Not answering since %1. Townsfolk keeps checking by itself.</source>
        <translation>No responde desde %1. Townsfolk sigue comprobándolo solo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="140"/>
        <source>In use now: your backup account @%1.</source>
        <translation>En uso ahora: tu cuenta de reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="142"/>
        <source>In use now: your account @%1.</source>
        <translation>En uso ahora: tu cuenta @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="160"/>
        <source>Your backup accounts</source>
        <translation>Tus cuentas de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="174"/>
        <source>When towns were down</source>
        <translation>Cuándo se cayeron los pueblos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="178"/>
        <source>None of your towns has been down since Townsfolk started keeping track.</source>
        <translation>Ninguno de tus pueblos se ha caído desde que Townsfolk empezó a llevar la cuenta.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="210"/>
        <source>Your backup account @%1</source>
        <translation>Tu cuenta de reserva @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="212"/>
        <source>Your account @%1</source>
        <translation>Tu cuenta @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="214"/>
        <source>(in use now)</source>
        <translation>(en uso ahora)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="251"/>
        <source>This backup account does not follow the same people as your main account. You can change this in Settings.</source>
        <translation>Esta cuenta de reserva no sigue a las mismas personas que tu cuenta principal. Puedes cambiarlo en Configuración.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="257"/>
        <source>Townsfolk will soon make this backup account follow the same people as your main account.</source>
        <translation>Townsfolk hará pronto que esta cuenta de reserva siga a las mismas personas que tu cuenta principal.</translation>
    </message>
</context>
<context>
    <name>UnfollowDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="163"/>
        <source>Stop following %1?</source>
        <translation>¿Dejar de seguir a %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="164"/>
        <source>You won&apos;t see their posts in People you follow.</source>
        <translation>Ya no verás sus publicaciones en Personas que sigues.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="165"/>
        <source>Stop following</source>
        <translation>Dejar de seguir</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="267"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="327"/>
        <source>Waiting to be sent</source>
        <extracomment>&quot;Post from my backup instead&quot; (shown with :meth:`offer_backup` while the town is down).</extracomment>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="268"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="271"/>
        <source>Posts waiting to be sent</source>
        <translation>Publicaciones esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="276"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="277"/>
        <source>Change the chosen waiting post</source>
        <translation>Cambiar la publicación en espera elegida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="279"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="280"/>
        <source>Delete the chosen waiting post</source>
        <translation>Borrar la publicación en espera elegida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="282"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="283"/>
        <source>Try to send the chosen post again</source>
        <translation>Intentar enviar de nuevo la publicación elegida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="287"/>
        <source>About the waiting posts</source>
        <translation>Sobre las publicaciones en espera</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="288"/>
        <source>Post from my backup instead</source>
        <translation>Publicar desde mi cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="290"/>
        <source>Post the chosen post from my backup account instead</source>
        <translation>Publicar la publicación elegida desde mi cuenta de reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="319"/>
        <source>(pictures only)</source>
        <translation>(solo imágenes)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="321"/>
        <source>Needs you: %1</source>
        <translation>Te necesita: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="323"/>
        <source>Being sent now</source>
        <translation>Enviándose ahora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="325"/>
        <source>Waiting; Townsfolk will try again soon. %1</source>
        <translation>En espera; Townsfolk lo intentará de nuevo pronto. %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="377"/>
        <source>The post was deleted. It was never sent.</source>
        <translation>La publicación se borró. Nunca se envió.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="392"/>
        <source>Delete this post?</source>
        <translation>¿Borrar esta publicación?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="393"/>
        <source>This post has not been sent yet. Delete it for good?</source>
        <translation>Esta publicación todavía no se ha enviado. ¿Borrarla para siempre?</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="180"/>
        <source>Townsfolk: practice town</source>
        <extracomment>The settings every window shares (the practice window is attached to them). &quot;Add a practice account&quot; in the practice window, while open. The gentle &quot;add a backup account&quot; message, a few days after the wizard.</extracomment>
        <translation>Townsfolk: pueblo de práctica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="203"/>
        <source>This is a practice town. Everything here stays on your computer, so try anything you like. When you are ready, join a real town.</source>
        <translation>Este es un pueblo de práctica. Todo lo que hay aquí se queda en tu ordenador, así que prueba lo que quieras. Cuando estés listo, únete a un pueblo de verdad.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="207"/>
        <source>Join a real town</source>
        <translation>Unirme a un pueblo de verdad</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="29"/>
        <source>Welcome to Townsfolk</source>
        <translation>Te damos la bienvenida a Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="32"/>
        <source>Picture: three towns joined by roads</source>
        <translation>Imagen: tres pueblos unidos por caminos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="33"/>
        <source>What the fediverse is</source>
        <translation>Qué es el fediverso</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="35"/>
        <source>Tell me more</source>
        <translation>Cuéntame más</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="36"/>
        <source>Tell me more about how it works</source>
        <translation>Cuéntame más sobre cómo funciona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="46"/>
        <source>How the fediverse works</source>
        <translation>Cómo funciona el fediverso</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="130"/>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="131"/>
        <source>Welcome to Townsfolk</source>
        <extracomment>Seconds between two &quot;is the email confirmed yet?&quot; checks. Seconds to wait for the browser log-in. Seconds of waiting for the browser log-in before saying that the town may want the code instead (some towns show their own error page and never send the person back). The company&apos;s own town (services/organisation.py); the wizard then starts there. An account became usable (logged in, or its email confirmed), a main account or a backup: the app makes it live at once, before the wizard ends (it may never end). A background task failed unexpectedly (a bug); the message is for the log.</extracomment>
        <translation>Te damos la bienvenida a Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="151"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="152"/>
        <source>Close; your progress is kept</source>
        <translation>Cerrar; tu avance se conserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="155"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="156"/>
        <source>Back to the page before</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="157"/>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="160"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="161"/>
        <source>Enter or Alt+N</source>
        <translation>Intro o Alt+N</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="357"/>
        <source>Opening the practice town…</source>
        <translation>Abriendo el pueblo de práctica…</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="29"/>
        <source>Townsfolk saves these from %1 in files a town can read (the same files Mastodon&apos;s own export makes). Nothing on your town changes.</source>
        <translation>Townsfolk guarda esto desde %1 en archivos que un pueblo puede leer (los mismos archivos que crea la exportación de Mastodon). No cambia nada en tu pueblo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="34"/>
        <source>Choose what to take along from %1. Nothing is changed on your old town: you can still use it while you move.</source>
        <translation>Elige qué llevarte de %1. No se cambia nada en tu antiguo pueblo: puedes seguir usándolo mientras te mudas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="52"/>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="62"/>
        <source>Save my follows and lists</source>
        <translation>Guardar mis seguimientos y listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="63"/>
        <source>What do you want to take along?</source>
        <translation>¿Qué quieres llevarte?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="74"/>
        <source>The files go into %1</source>
        <translation>Los archivos van a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="86"/>
        <source>Where should the files go?</source>
        <translation>¿Dónde deben ir los archivos?</translation>
    </message>
</context>
</TS>
