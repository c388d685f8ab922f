<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="40"/>
        <source>About this town</source>
        <translation>Sobre esta cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="44"/>
        <source>Why do you want to join? The people who look after this town read every request. It may take a few days before they say yes; Townsfolk will tell you.</source>
        <translation>Por que você quer entrar? As pessoas que cuidam desta cidade leem cada pedido. Pode levar alguns dias até elas dizerem sim; o Townsfolk vai te avisar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="48"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="51"/>
        <source>Why do you want to join?</source>
        <translation>Por que você quer entrar?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="53"/>
        <source>A sentence or two about you and why you&apos;d like to join</source>
        <translation>Uma ou duas frases sobre você e por que gostaria de entrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="58"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="59"/>
        <source>Ask the town again</source>
        <translation>Perguntar de novo à cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="62"/>
        <source>I already have an account here</source>
        <translation>Já tenho uma conta aqui</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="63"/>
        <source>I already have an account in this town</source>
        <translation>Já tenho uma conta nesta cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="66"/>
        <source>Join on the town&apos;s web page</source>
        <translation>Entrar pela página da cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="69"/>
        <source>Join on the town&apos;s web page (opens your web browser)</source>
        <translation>Entrar pela página da cidade (abre no seu navegador)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="102"/>
        <source>Asking {town} about itself…</source>
        <extracomment>Said once the town is read again (why the person was sent back here).</extracomment>
        <translation>Perguntando a {town} sobre ela mesma…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="159"/>
        <source>The town&apos;s page is open in your web browser. When you have joined there (and confirmed your email, if the town asks), come back and press “I have joined: log in”.</source>
        <translation>A página da cidade está aberta no seu navegador. Quando você tiver entrado lá (e confirmado seu e-mail, se a cidade pedir), volte aqui e toque em “Já entrei: fazer login”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="167"/>
        <source>I have joined: log in</source>
        <translation>Já entrei: fazer login</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="168"/>
        <source>Join this town</source>
        <translation>Entrar nesta cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="205"/>
        <source>Town address: {address}</source>
        <translation>Endereço da cidade: {address}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="214"/>
        <source>{n} people live here, and {active} of them were active last month.</source>
        <translation>{n} pessoas moram aqui, e {active} delas estiveram ativas no mês passado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="220"/>
        <source>{n} people live here, and {active} of them were active last week.</source>
        <translation>{n} pessoas moram aqui, e {active} delas estiveram ativas na semana passada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="226"/>
        <source>{n} people live here.</source>
        <translation>{n} pessoas moram aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="232"/>
        <source>{n} people were active here last month.</source>
        <translation>{n} pessoas estiveram ativas aqui no mês passado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="238"/>
        <source>Language: {names}.</source>
        <translation>Idioma: {names}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="244"/>
        <source>Can I join?</source>
        <translation>Posso entrar?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="248"/>
        <source>Yes: you can join now.</source>
        <translation>Sim: você pode entrar agora.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="249"/>
        <source>You ask to join, and a person from the town says yes. This can take a few days.</source>
        <translation>Você pede para entrar e uma pessoa da cidade diz sim. Isso pode levar alguns dias.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="253"/>
        <source>This town is not taking new people right now. Please go back and pick another town.</source>
        <translation>Esta cidade não está recebendo gente nova agora. Volte e escolha outra cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="257"/>
        <source>Yes, on the town&apos;s own web page: press “Join on the town&apos;s web page”, join there, then come back here and log in.</source>
        <translation>Sim, na própria página da cidade: toque em “Entrar pela página da cidade”, entre lá e depois volte aqui e faça login.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="273"/>
        <source>You must be at least {age} years old.</source>
        <translation>Você precisa ter pelo menos {age} anos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="277"/>
        <source>The town rules</source>
        <translation>As regras da cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="286"/>
        <source>This town keeps its rules on its web page. Please read them before you join:</source>
        <translation>Esta cidade mantém suas regras na página dela. Leia antes de entrar:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="290"/>
        <source>Read the town rules</source>
        <translation>Ler as regras da cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="296"/>
        <source>The town did not tell Townsfolk its rules. Every town has some: please read about the town on its web page before you join.</source>
        <translation>A cidade não contou ao Townsfolk quais são as regras dela. Toda cidade tem alguma: leia sobre a cidade na página dela antes de entrar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="303"/>
        <source>About the town (its web page)</source>
        <translation>Sobre a cidade (a página dela)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="307"/>
        <source>Terms of use</source>
        <translation>Termos de uso</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="312"/>
        <source>Privacy policy</source>
        <translation>Política de privacidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="316"/>
        <source>Before you join, you can read these pages (they open in your web browser):</source>
        <translation>Antes de entrar, você pode ler estas páginas (elas abrem no seu navegador):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="325"/>
        <source>Who runs it: {who}</source>
        <translation>Quem cuida dela: {who}</translation>
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
        <translation>Mudar minha conta inteira</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="112"/>
        <source>What moves: your followers. Once the move is done, your old town tells them, and their accounts follow your new account by themselves. Townsfolk then brings in the people you follow, your lists, blocks, mutes, blocked towns and bookmarks.</source>
        <translation>O que muda junto: seus seguidores. Quando a mudança terminar, sua cidade antiga avisa essas pessoas, e as contas delas passam a seguir sua conta nova sozinhas. Depois o Townsfolk traz as pessoas que você segue, suas listas, bloqueios, silenciamentos, cidades bloqueadas e itens salvos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="120"/>
        <source>What does not move: your posts. They stay on %1, and your old account shows that you moved. After moving you must wait %2 days before you can move again.</source>
        <translation>O que não muda junto: suas publicações. Elas ficam em %1, e sua conta antiga mostra que você se mudou. Depois de se mudar, você precisa esperar %2 dias antes de poder se mudar de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="128"/>
        <source>Your new account:</source>
        <translation>Sua conta nova:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="130"/>
        <source>Your new account</source>
        <translation>Sua conta nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="133"/>
        <source>Add an account in another town…</source>
        <translation>Adicionar uma conta em outra cidade…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="139"/>
        <source>Open the download page</source>
        <translation>Abrir a página de download</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="141"/>
        <source>Skip this</source>
        <translation>Pular isto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="144"/>
        <source>Open the page on the new town</source>
        <translation>Abrir a página na cidade nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="146"/>
        <source>Copy the old address</source>
        <translation>Copiar o endereço antigo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="150"/>
        <source>Save, then open the page on the old town</source>
        <translation>Salvar e depois abrir a página na cidade antiga</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="286"/>
        <source>Step 2. Townsfolk first saves the people you follow, your lists, blocks, mutes, blocked towns and bookmarks (once you have moved, %1 no longer lets it read them). Then, on %1, open “Move to a different account”, type your new address: %2, and your password, and press the button there to move.</source>
        <translation>Passo 2. O Townsfolk salva primeiro as pessoas que você segue, suas listas, bloqueios, silenciamentos, cidades bloqueadas e itens salvos (depois da mudança, %1 não deixa mais o Townsfolk ler isso). Depois, em %1, abra “Mudar para outra conta”, digite seu endereço novo: %2, e sua senha, e toque no botão de lá para se mudar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="372"/>
        <source>Saving the people you follow, your lists, blocks, mutes, blocked towns and bookmarks from %1 first: once the account has moved, %2 no longer lets Townsfolk read them…</source>
        <translation>Salvando primeiro as pessoas que você segue, suas listas, bloqueios, silenciamentos, cidades bloqueadas e itens salvos de %1: depois que a conta se mudar, %2 não deixa mais o Townsfolk ler isso…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="403"/>
        <source>%1 no longer lets Townsfolk read your old account: it may have moved already. Townsfolk looks whether it did.</source>
        <translation>%1 não deixa mais o Townsfolk ler sua conta antiga: ela pode já ter se mudado. O Townsfolk vê se foi isso.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="410"/>
        <source>Saved. When you have moved on the old town&apos;s page, Townsfolk sees it here by itself (it looks every little while).</source>
        <translation>Salvo. Quando você tiver se mudado na página da cidade antiga, o Townsfolk vê isso aqui sozinho (ele olha de tempos em tempos).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="425"/>
        <source>Nothing has moved. Do not move on the old town&apos;s page yet: press the button again when %1 answers.</source>
        <translation>Nada se mudou. Não se mude ainda na página da cidade antiga: toque no botão de novo quando %1 responder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="494"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, and nothing was saved before the move. Your followers still move by themselves. For the rest: download your files on %1&apos;s export page (it still works after a move), then bring them into %2 with “Bring in follows from a file…” in the menu.</source>
        <translation>%1 não deixa mais o Townsfolk ler sua conta antiga agora que ela se mudou, e nada foi salvo antes da mudança. Seus seguidores continuam indo sozinhos. Para o resto: baixe seus arquivos na página de exportação de %1 (ela ainda funciona depois de uma mudança) e depois traga-os para %2 com “Trazer quem você segue a partir de um arquivo…” no menu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="153"/>
        <source>Copy the new address</source>
        <translation>Copiar o endereço novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="158"/>
        <source>Look now</source>
        <translation>Olhar agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="161"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="169"/>
        <source>Start again</source>
        <translation>Começar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="171"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="272"/>
        <source>(choose it above)</source>
        <translation>(escolha acima)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="273"/>
        <source>your new town</source>
        <translation>sua cidade nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="276"/>
        <source>First, if you want your posts: download them from %1 (a file for you to keep; they cannot be moved to the new town).</source>
        <translation>Primeiro, se você quiser suas publicações: baixe de %1 (um arquivo para você guardar; elas não podem ir para a cidade nova).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="280"/>
        <source>Step 1. On %1, open “Account aliases” and type your old address: %2. This tells the new town the old account is yours.</source>
        <translation>Passo 1. Em %1, abra “Apelidos da conta” e digite seu endereço antigo: %2. Assim a cidade nova sabe que a conta antiga é sua.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="293"/>
        <source>Step 3. Townsfolk looks whether %1 now says it moved.</source>
        <translation>Passo 3. O Townsfolk vê se %1 já diz que se mudou.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="297"/>
        <source>Step 4. Townsfolk brings the people you follow, your lists, blocks, mutes, blocked towns and bookmarks into %1.</source>
        <translation>Passo 4. O Townsfolk traz para %1 as pessoas que você segue, suas listas, bloqueios, silenciamentos, cidades bloqueadas e itens salvos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="300"/>
        <source>Done.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="330"/>
        <source>You have moved to %1. Your followers are moving there by themselves (this can take a while). You can move again after %2.</source>
        <translation>Você se mudou para %1. Seus seguidores estão indo para lá sozinhos (isso pode demorar um pouco). Você pode se mudar de novo depois de %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="455"/>
        <source>%1 does not say it moved yet. If you have done step 2, wait a minute: Townsfolk keeps looking.</source>
        <translation>%1 ainda não diz que se mudou. Se você já fez o passo 2, espere um minuto: o Townsfolk continua olhando.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="481"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, so Townsfolk brings in what it saved just before the move.</source>
        <translation>%1 não deixa mais o Townsfolk ler sua conta antiga agora que ela se mudou, então o Townsfolk traz o que salvou logo antes da mudança.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="486"/>
        <source>Reading everything from your old account…</source>
        <translation>Lendo tudo da sua conta antiga…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="31"/>
        <source>Add an account in another town…</source>
        <translation>Adicionar uma conta em outra cidade…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="33"/>
        <source>Look again</source>
        <translation>Olhar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="42"/>
        <source>Which account do you move into?</source>
        <translation>Para qual conta você está se mudando?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="54"/>
        <source>Choose the account that should get what is in the file.</source>
        <translation>Escolha a conta que deve receber o que está no arquivo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="57"/>
        <source>Choose your account in the new town. If you do not have one yet, add it first: Townsfolk helps you sign up or log in, then you come back here.</source>
        <translation>Escolha sua conta na cidade nova. Se você ainda não tem uma, adicione primeiro: o Townsfolk te ajuda a se cadastrar ou fazer login, e depois você volta aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="87"/>
        <source>You have no other account yet. Add one first.</source>
        <translation>Você ainda não tem outra conta. Adicione uma primeiro.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="88"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="90"/>
        <source>Which of your accounts you are reading and writing with</source>
        <translation>Com qual das suas contas você está lendo e escrevendo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="144"/>
        <source>(backup)</source>
        <translation>(reserva)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="192"/>
        <source>In use: your backup account @%1</source>
        <translation>Em uso: sua conta reserva @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="194"/>
        <source>In use: your account @%1</source>
        <translation>Em uso: sua conta @%1</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="225"/>
        <source>Someone in this town already uses that name. Please choose another one.</source>
        <extracomment>Software that looks at the return address only after the person has logged in (so the check before opening the browser cannot see a refusal) and refuses a loopback port. Software that signs people up only on its web page (no ``POST /api/v1/accounts``), and where that page is on the town. Where towns that keep their rules and policies as web pages (Takahē) put them; each is looked for only when the town&apos;s answers leave it out. How long a browser log-in that did not come back makes a town &quot;prefers the code&quot;. The town&apos;s own words about joining (plain text), e.g. why it is closed. For ``ELSEWHERE``: the page where people sign up. The town&apos;s own web pages for its terms of service and privacy policy, or None when the town has none (the wizard then says nothing rather than show a dead link). When the town&apos;s answers list no rules: its web page with the rules, if it has one (never shown as &quot;no rules&quot;), and its &quot;about&quot; page (or home page) to read instead.</extracomment>
        <translation>Alguém nesta cidade já usa esse nome. Escolha outro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="229"/>
        <source>That name is kept aside by the town. Please choose another one.</source>
        <translation>Esse nome está reservado pela cidade. Escolha outro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="232"/>
        <source>A name can only have letters, numbers and underscores (_).</source>
        <translation>Um nome só pode ter letras, números e sublinhados (_).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="235"/>
        <source>That name is too long. Please choose a shorter one.</source>
        <translation>Esse nome é longo demais. Escolha um mais curto, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="238"/>
        <source>Please choose a name.</source>
        <translation>Escolha um nome, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="241"/>
        <source>This email address already has an account in this town. You can log in instead.</source>
        <translation>Este e-mail já tem uma conta nesta cidade. Você pode fazer login.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="245"/>
        <source>This town does not accept this email provider. Please use another email address.</source>
        <translation>Esta cidade não aceita este provedor de e-mail. Use outro endereço de e-mail, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="249"/>
        <source>This email address does not seem to exist. Please check it.</source>
        <translation>Este endereço de e-mail parece não existir. Confira, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="252"/>
        <source>That does not look like an email address. Please check it.</source>
        <translation>Isso não parece um endereço de e-mail. Confira, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="255"/>
        <source>Please type your email address.</source>
        <translation>Digite seu endereço de e-mail, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="258"/>
        <source>Your password is too short. Please use at least 8 characters.</source>
        <translation>Sua senha é curta demais. Use pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="261"/>
        <source>Your password is too long. Please use fewer than 72 characters.</source>
        <translation>Sua senha é longa demais. Use menos de 72 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="264"/>
        <source>Please choose a password.</source>
        <translation>Escolha uma senha, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="265"/>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>Esta senha não pode ser usada. Escolha outra, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="270"/>
        <source>Please read the town&apos;s rules and tick “I agree” to join.</source>
        <translation>Leia as regras da cidade e marque “Concordo” para entrar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="275"/>
        <source>This town asks why you would like to join. Please write a sentence or two.</source>
        <translation>Esta cidade pergunta por que você gostaria de entrar. Escreva uma ou duas frases, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="279"/>
        <source>Your reason is too long. Please make it shorter.</source>
        <translation>Seu motivo é longo demais. Encurte, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="284"/>
        <source>Sorry, you are too young to join this town.</source>
        <translation>Desculpe, você é jovem demais para entrar nesta cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="285"/>
        <source>Please give your date of birth; this town needs it.</source>
        <translation>Informe sua data de nascimento; esta cidade precisa dela.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="288"/>
        <source>Please give your date of birth as day, month and year.</source>
        <translation>Informe sua data de nascimento com dia, mês e ano.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="297"/>
        <source>Please choose another name.</source>
        <translation>Escolha outro nome, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="298"/>
        <source>Please check your email address.</source>
        <translation>Confira seu endereço de e-mail, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="299"/>
        <source>Please choose another password.</source>
        <translation>Escolha outra senha, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="300"/>
        <source>Please tick “I agree” to join.</source>
        <translation>Marque “Concordo” para entrar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="301"/>
        <source>Please check why you would like to join.</source>
        <translation>Confira por que você gostaria de entrar, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="302"/>
        <source>Please check your date of birth.</source>
        <translation>Confira sua data de nascimento, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="313"/>
        <source>Please check what you typed here.</source>
        <translation>Confira o que você digitou aqui, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="319"/>
        <source>in a minute</source>
        <translation>daqui a um minuto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="322"/>
        <source>in about {minutes} minutes</source>
        <translation>daqui a uns {minutes} minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="323"/>
        <source>in an hour or so</source>
        <translation>daqui a mais ou menos uma hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="331"/>
        <source>The connection to {town} is not safe (its certificate could not be checked), so Townsfolk did not continue. Please check the address or try again later.</source>
        <translation>A conexão com {town} não é segura (não foi possível verificar o certificado), então o Townsfolk não continuou. Confira o endereço ou tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="337"/>
        <source>Townsfolk could not reach {town}. Please check the address and your internet connection, then try again.</source>
        <translation>O Townsfolk não conseguiu chegar a {town}. Confira o endereço e sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="343"/>
        <source>{town} is taking too long to answer. Please try again in a little while.</source>
        <translation>{town} está demorando demais para responder. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="347"/>
        <source>{town} is a kind of town that Townsfolk cannot use yet. Please choose another town.</source>
        <translation>{town} é um tipo de cidade que o Townsfolk ainda não consegue usar. Escolha outra cidade, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="352"/>
        <source>{town} asked Townsfolk to slow down. Please try again {when}.</source>
        <translation>{town} pediu ao Townsfolk para ir mais devagar. Tente de novo {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="358"/>
        <source>Townsfolk could not talk to {town}. Please try again in a little while.</source>
        <translation>O Townsfolk não conseguiu falar com {town}. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="361"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Algo deu errado ao falar com {town}. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="434"/>
        <source>{town} does not look like a town Townsfolk can use. Please check the address.</source>
        <extracomment>Towns whose sign-up answered 404/405: base URL -&gt; the page to join on.</extracomment>
        <translation>{town} não parece uma cidade que o Townsfolk consiga usar. Confira o endereço, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="483"/>
        <source>{town} takes new people only on its own web page. Join there, then come back and log in.</source>
        <translation>{town} só recebe gente nova pela própria página. Entre por lá e depois volte e faça login.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="512"/>
        <source>{town} did not let Townsfolk in. Please try again later.</source>
        <translation>{town} não deixou o Townsfolk entrar. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="576"/>
        <source>{town} does not allow the usual way of logging in from Townsfolk. Please use the code instead: Townsfolk will show you how.</source>
        <translation>{town} não permite o jeito normal de fazer login pelo Townsfolk. Use o código: o Townsfolk vai mostrar como.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="610"/>
        <source>The town did not accept this log-in. Please try again.</source>
        <translation>A cidade não aceitou este login. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="693"/>
        <source>That does not look like the code from the town&apos;s page. Please copy it again.</source>
        <translation>Isso não parece o código da página da cidade. Copie de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="719"/>
        <source>This code did not work. Codes work only once and only for a short time: press “Get a new code”, log in on the page that opens and copy the new code.</source>
        <translation>Este código não funcionou. Os códigos só valem uma vez e por pouco tempo: toque em “Pegar um código novo”, faça login na página que abrir e copie o código novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="795"/>
        <location filename="../src/townsfolk/services/accounts.py" line="823"/>
        <source>{town} is not taking new people right now. Please choose another town.</source>
        <translation>{town} não está recebendo gente nova agora. Escolha outra cidade, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="806"/>
        <source>Please fill in the marked boxes.</source>
        <translation>Preencha os campos marcados, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="830"/>
        <source>Too many sign-ups were tried from your internet connection. Please try again {when}.</source>
        <translation>Foram tentados cadastros demais a partir da sua conexão com a internet. Tente de novo {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="938"/>
        <source>Please sign up again: Townsfolk no longer has this account&apos;s key.</source>
        <translation>Cadastre-se de novo, por favor: o Townsfolk não tem mais a chave desta conta.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="965"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>O Townsfolk não está mais conectado a {handle}. Faça login de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1269"/>
        <source>The town did not accept this sign-up. Please check every box.</source>
        <translation>A cidade não aceitou este cadastro. Confira cada campo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1271"/>
        <source>Please look at the marked boxes.</source>
        <translation>Veja os campos marcados, por favor.</translation>
    </message>
</context>
<context>
    <name>AddToListDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="44"/>
        <source>Add %1 to a list</source>
        <translation>Adicionar %1 a uma lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="67"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="74"/>
        <source>Tick the lists %1 should be in.</source>
        <translation>Marque as listas em que %1 deve estar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="78"/>
        <source>You have no lists yet. Lists let you read some people together, like “Family” or “Gardening”. Make one with “New list…” on the left.</source>
        <translation>Você ainda não tem listas. Com as listas você lê algumas pessoas juntas, como “Família” ou “Jardinagem”. Crie uma com “Nova lista…” à esquerda.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="132"/>
        <source>Added to “%1”.</source>
        <translation>Adicionado a “%1”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="134"/>
        <source>Taken out of “%1”.</source>
        <translation>Retirado de “%1”.</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="67"/>
        <source>That does not look like a town&apos;s address. A town&apos;s address looks like mastodon.social.</source>
        <extracomment>Where to connect, without a trailing slash: ``https://mastodon.social``. The name to show people, in its own letters: ``bücher.example``. The host as the network knows it (ASCII, punycode for international names). The name before the town when the person typed a full address (``ann`` of ``@ann@x``).</extracomment>
        <translation>Isso não parece o endereço de uma cidade. O endereço de uma cidade é como mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="106"/>
        <source>Please type the address of your town, for example mastodon.social.</source>
        <extracomment>E-mail services people type by mistake where a town goes (&quot;ann@gmail.com&quot;).</extracomment>
        <translation>Digite o endereço da sua cidade, por exemplo mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="121"/>
        <source>That is not the address of a town. A town&apos;s address looks like mastodon.social.</source>
        <translation>Esse não é o endereço de uma cidade. O endereço de uma cidade é como mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="133"/>
        <source>That does not look like a person&apos;s address. A full address looks like @ann@mastodon.social.</source>
        <translation>Isso não parece o endereço de uma pessoa. Um endereço completo é como @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="151"/>
        <source>Please type only the town&apos;s address, without a name or password in it. A town&apos;s address looks like mastodon.social.</source>
        <translation>Digite só o endereço da cidade, sem nome nem senha. O endereço de uma cidade é como mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="158"/>
        <source>the town</source>
        <translation>a cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="160"/>
        <source>That is the address of a page, not of a town. Please type just the town&apos;s name, like {town}.</source>
        <translation>Esse é o endereço de uma página, não de uma cidade. Digite só o nome da cidade, como {town}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="181"/>
        <source>Townsfolk only talks to towns over a safe (https) connection, and this address has none. Please use the town&apos;s name, like mastodon.social.</source>
        <translation>O Townsfolk só fala com as cidades por uma conexão segura (https), e este endereço não tem. Use o nome da cidade, como mastodon.social.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="106"/>
        <source>The town</source>
        <translation>A cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="110"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Algo deu errado ao falar com {town}. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="119"/>
        <source>Could not reach {town}. Check that you are connected to the internet, then try again.</source>
        <translation>Não foi possível chegar a {town}. Confira se você está conectado à internet e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="129"/>
        <source>Could not reach {town}. It may be down for a while, or your internet connection may be off. Nothing was lost; try again in a few minutes.</source>
        <translation>Não foi possível chegar a {town}. Ela pode estar fora do ar por um tempo, ou sua conexão com a internet pode estar desligada. Nada foi perdido; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="140"/>
        <source>{town} is taking too long to answer. It may be very busy. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} está demorando demais para responder. Ela pode estar muito ocupada. Nada foi perdido; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="151"/>
        <source>Could not open a secure connection to {town}. Its security certificate was not accepted, or something on your network is interfering. Townsfolk did not send anything.</source>
        <translation>Não foi possível abrir uma conexão segura com {town}. O certificado de segurança dela não foi aceito, ou algo na sua rede está atrapalhando. O Townsfolk não enviou nada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="163"/>
        <source>{town} has a problem right now. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} está com um problema agora. Nada foi perdido; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="199"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {seconds} seconds and try again.</source>
        <translation>{town} pede ao Townsfolk para ir mais devagar. Nada foi perdido; espere uns {seconds} segundos e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="204"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {minutes} minutes and try again.</source>
        <translation>{town} pede ao Townsfolk para ir mais devagar. Nada foi perdido; espere uns {minutes} minutos e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="209"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait a few minutes and try again.</source>
        <translation>{town} pede ao Townsfolk para ir mais devagar. Nada foi perdido; espere alguns minutos e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="221"/>
        <source>You are no longer logged in to {town}. Please log in again.</source>
        <translation>Você não está mais conectado a {town}. Faça login de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="270"/>
        <source>Please confirm your email address first: {town} sent you an email with a link. After you click it, come back and continue.</source>
        <translation>Confirme seu endereço de e-mail primeiro: {town} te enviou um e-mail com um link. Depois de clicar nele, volte aqui e continue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="276"/>
        <source>The people who run {town} have not approved your account yet. You will get an email when they do.</source>
        <translation>As pessoas que cuidam de {town} ainda não aprovaram sua conta. Você vai receber um e-mail quando aprovarem.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="282"/>
        <source>Your account on {town} is switched off (it may have moved to another town, or been suspended). Check your email or log in on the town&apos;s website.</source>
        <translation>Sua conta em {town} está desativada (ela pode ter se mudado para outra cidade, ou ter sido suspensa). Veja seu e-mail ou faça login no site da cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="288"/>
        <source>{town} does not allow this right now.</source>
        <translation>{town} não permite isso agora.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="290"/>
        <source>{town} did not allow this. You may need to log in again.</source>
        <translation>{town} não permitiu isso. Talvez você precise fazer login de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="300"/>
        <source>That could not be found on {town}. It may have been deleted.</source>
        <translation>Isso não foi encontrado em {town}. Pode ter sido apagado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="308"/>
        <source>That username</source>
        <translation>Esse nome de usuário</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="309"/>
        <source>That email address</source>
        <translation>Esse endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="310"/>
        <source>The password</source>
        <translation>A senha</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="311"/>
        <source>The agreement</source>
        <translation>O aceite</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="312"/>
        <source>The language</source>
        <translation>O idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="313"/>
        <source>The date of birth</source>
        <translation>A data de nascimento</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="314"/>
        <source>The reason</source>
        <translation>O motivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="315"/>
        <source>The name</source>
        <translation>O nome</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="316"/>
        <source>The description</source>
        <translation>A descrição</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="317"/>
        <source>The title</source>
        <translation>O título</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="321"/>
        <source>The {field}</source>
        <translation>O campo {field}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="327"/>
        <source>is already taken. Please choose another one.</source>
        <translation>já está em uso. Escolha outro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="328"/>
        <source>is missing. Please fill it in.</source>
        <translation>está faltando. Preencha, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="329"/>
        <source>is not valid. Please check it.</source>
        <translation>não é válido. Confira, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="330"/>
        <source>is too long.</source>
        <translation>é longo demais.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="331"/>
        <source>is too short.</source>
        <translation>é curto demais.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="332"/>
        <source>is reserved. Please choose another one.</source>
        <translation>está reservado. Escolha outro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="333"/>
        <source>is not accepted by this town. Please use another one.</source>
        <translation>não é aceito por esta cidade. Use outro, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="336"/>
        <source>cannot receive email. Please check it.</source>
        <translation>não pode receber e-mails. Confira, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="337"/>
        <source>must be accepted to continue.</source>
        <translation>precisa ser aceito para continuar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="338"/>
        <source>is not one of the allowed choices.</source>
        <translation>não é uma das opções permitidas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="339"/>
        <source>is below the minimum age for this town.</source>
        <translation>está abaixo da idade mínima desta cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="343"/>
        <source>was not accepted. Please check it.</source>
        <translation>não foi aceito. Confira, por favor.</translation>
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
        <translation>{town} não aceitou isso. Confira o que você digitou, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="387"/>
        <source>{town} did not accept this request. Please try again.</source>
        <translation>{town} não aceitou este pedido. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="412"/>
        <source>{town} runs {software}, a kind of town Townsfolk cannot join yet. Please pick another town.</source>
        <translation>{town} usa {software}, um tipo de cidade em que o Townsfolk ainda não consegue entrar. Escolha outra cidade, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="417"/>
        <source>{town} does not seem to be a town Townsfolk can talk to. Please check the address, or pick another town.</source>
        <translation>{town} não parece ser uma cidade com que o Townsfolk consiga falar. Confira o endereço ou escolha outra cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="429"/>
        <source>{town} sent an answer Townsfolk could not understand. Nothing was lost; try again later.</source>
        <translation>{town} enviou uma resposta que o Townsfolk não conseguiu entender. Nada foi perdido; tente mais tarde.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../src/townsfolk/ui/app_settings.py" line="59"/>
        <source>Your settings could not be saved; they stay as you chose them until you quit Townsfolk. {problem}</source>
        <extracomment>The Settings window while it is open (for tests).</extracomment>
        <translation>Não foi possível salvar suas configurações; elas ficam como você escolheu até você fechar o Townsfolk. {problem}</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="486"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="491"/>
        <source>The whole post</source>
        <translation>A publicação inteira</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="499"/>
        <source>Read the article</source>
        <translation>Ler o artigo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="501"/>
        <source>Read more</source>
        <translation>Ler mais</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="28"/>
        <source>A backup account (you can skip this)</source>
        <translation>Uma conta reserva (você pode pular esta etapa)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="33"/>
        <source>This step is optional: your account works without a backup. You can start using Townsfolk now, and add a backup any time from the Townsfolk menu. Townsfolk will remind you gently in a few days.</source>
        <translation>Esta etapa é opcional: sua conta funciona sem conta reserva. Você pode começar a usar o Townsfolk agora e adicionar uma conta reserva quando quiser pelo menu Townsfolk. O Townsfolk vai te lembrar com jeitinho daqui a alguns dias.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="38"/>
        <source>This step is optional</source>
        <translation>Esta etapa é opcional</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="42"/>
        <source>Why a backup account</source>
        <translation>Por que uma conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="45"/>
        <source>Suggested towns</source>
        <translation>Cidades sugeridas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="50"/>
        <source>Not now: start using Townsfolk (remind me later)</source>
        <translation>Agora não: começar a usar o Townsfolk (me lembre depois)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="51"/>
        <source>Join a second town (I&apos;m new there)</source>
        <translation>Entrar numa segunda cidade (sou novo lá)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="52"/>
        <source>I already have an account in another town</source>
        <translation>Já tenho uma conta em outra cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="60"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="61"/>
        <source>Follow the same people on my backup account</source>
        <translation>Seguir as mesmas pessoas na minha conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="63"/>
        <source>Then your backup shows the same posts when your town is away</source>
        <translation>Assim sua conta reserva mostra as mesmas publicações quando sua cidade estiver fora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="80"/>
        <source>Your account is @{handle}. Good towns for a backup: {towns}.</source>
        <translation>Sua conta é @{handle}. Boas cidades para uma conta reserva: {towns}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="103"/>
        <source>Pick a second town</source>
        <translation>Escolha uma segunda cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="104"/>
        <source>Log in</source>
        <translation>Fazer login</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="105"/>
        <source>Skip for now</source>
        <translation>Pular por enquanto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="106"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="114"/>
        <source>Your account has no backup yet. A backup account in a second town keeps you connected when your town is closed for a while. It takes a minute.</source>
        <extracomment>The first reminder comes this long after the account was first seen without a backup. &quot;Hide&quot;: asked again this much later. How often the window looks again (the reminder is not urgent).</extracomment>
        <translation>Sua conta ainda não tem conta reserva. Uma conta reserva numa segunda cidade te mantém conectado quando sua cidade fica fechada por um tempo. Leva um minuto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="118"/>
        <source>Add a backup account…</source>
        <translation>Adicionar uma conta reserva…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="119"/>
        <source>Don&apos;t remind me again</source>
        <translation>Não me lembre de novo</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="156"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
</context>
<context>
    <name>BannerRow</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="93"/>
        <source>Hide</source>
        <extracomment>How many messages show at once (older ones wait underneath, never lost). Room the words keep beside the buttons, in average characters; less puts the buttons under.</extracomment>
        <translation>Esconder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="95"/>
        <source>Hide this message</source>
        <translation>Esconder esta mensagem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="130"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="125"/>
        <source>Block %1?</source>
        <translation>Bloquear %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="127"/>
        <source>They won&apos;t be able to follow you or see your posts, and you won&apos;t see theirs. If you follow each other, that stops. They are not told, but they may notice.

To undo it, press Unblock on their profile or in “People you muted or blocked”.</source>
        <translation>Essa pessoa não vai poder seguir você nem ver suas publicações, e você não vai ver as dela. Se vocês se seguem, isso para. Ela não é avisada, mas pode perceber.

Para desfazer, toque em Desbloquear no perfil dela ou em “Pessoas silenciadas ou bloqueadas”.</translation>
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
        <translation>Bloquear a cidade inteira %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="145"/>
        <source>You won&apos;t see posts or notifications from anyone who lives in %1. People from %1 who follow you are removed from your followers, and you stop following the people you follow there.

This is for towns that are run badly. For one person, mute or block them instead. You can unblock the town in “People you muted or blocked”, but the followers you lost do not come back by themselves.</source>
        <translation>Você não vai ver publicações nem notificações de ninguém que mora em %1. As pessoas de %1 que seguem você saem dos seus seguidores, e você deixa de seguir as pessoas que segue lá.

Isto é para cidades mal cuidadas. Para uma pessoa só, prefira silenciar ou bloquear. Você pode desbloquear a cidade em “Pessoas silenciadas ou bloqueadas”, mas os seguidores perdidos não voltam sozinhos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="154"/>
        <source>Block the town</source>
        <translation>Bloquear a cidade</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="168"/>
        <source>What to do in the browser</source>
        <translation>O que fazer no navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="170"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="240"/>
        <source>Open the browser again</source>
        <translation>Abrir o navegador de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="171"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="241"/>
        <source>Open the log-in page in the browser again</source>
        <translation>Abrir de novo a página de login no navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="174"/>
        <source>Use a code instead</source>
        <translation>Usar um código</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="175"/>
        <source>Log in by copying a code instead</source>
        <translation>Fazer login copiando um código</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="179"/>
        <source>The code from the town&apos;s page</source>
        <translation>O código da página da cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="180"/>
        <source>Paste the code here</source>
        <translation>Cole o código aqui</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="215"/>
        <source>Still waiting for {town}. If the town showed an error page instead of asking you to say yes, press “Use a code instead”: some towns only allow that way.</source>
        <translation>Ainda esperando por {town}. Se a cidade mostrou uma página de erro em vez de pedir que você dissesse sim, toque em “Usar um código”: algumas cidades só permitem esse jeito.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="229"/>
        <source>Log in to {town} in your browser</source>
        <translation>Faça login em {town} no seu navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="232"/>
        <source>We opened your browser so you can log in to {town}. Log in there and say yes to Townsfolk. Then come back: this window moves on by itself.

Nothing opened? Press “Open the browser again”, or use a code instead.</source>
        <translation>Abrimos seu navegador para você fazer login em {town}. Faça login lá e diga sim ao Townsfolk. Depois volte: esta janela avança sozinha.

Não abriu nada? Toque em “Abrir o navegador de novo”, ou use um código.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="271"/>
        <source>{town} asks for a code instead of the usual way of logging in. It only takes a moment: follow the steps above.</source>
        <translation>{town} pede um código em vez do jeito normal de fazer login. Leva só um momento: siga os passos acima.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="282"/>
        <source>Log in to {town} with a code</source>
        <translation>Faça login em {town} com um código</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="285"/>
        <source>Log in to {town} on the page that opens in your browser and say yes to Townsfolk. The page then shows a code: copy it, paste it below and press “Log in”.</source>
        <translation>Faça login em {town} na página que abrir no seu navegador e diga sim ao Townsfolk. Depois a página mostra um código: copie, cole abaixo e toque em “Fazer login”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="292"/>
        <source>Get a new code</source>
        <translation>Pegar um código novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="293"/>
        <source>Open the log-in page again to get a new code</source>
        <translation>Abrir de novo a página de login para pegar um código novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="321"/>
        <source>Log in</source>
        <translation>Fazer login</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="329"/>
        <source>Logging in…</source>
        <translation>Fazendo login…</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="448"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="449"/>
        <source>Write a post</source>
        <extracomment>The outbox entry sent last from this window, until the town has it. For the emoji picker (set by the main window): pictures, and the town&apos;s emoji.</extracomment>
        <translation>Escrever uma publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="471"/>
        <source>Replying to</source>
        <translation>Respondendo a</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="478"/>
        <source>The post you are answering</source>
        <translation>A publicação que você está respondendo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="486"/>
        <source>Add a content warning (hide the post behind a note)</source>
        <translation>Adicionar um aviso de conteúdo (esconder a publicação atrás de um aviso)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="487"/>
        <source>Add a content warning</source>
        <translation>Adicionar um aviso de conteúdo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="489"/>
        <source>People see only your note first, and choose whether to read the post.</source>
        <translation>As pessoas veem primeiro só o seu aviso e escolhem se querem ler a publicação.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="494"/>
        <source>Your note, for example: Spoilers for the film</source>
        <translation>Seu aviso, por exemplo: Spoilers do filme</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="495"/>
        <source>Content warning</source>
        <translation>Aviso de conteúdo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="501"/>
        <source>What would you like to say?</source>
        <translation>O que você gostaria de dizer?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="502"/>
        <source>Your post</source>
        <translation>Sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="513"/>
        <source>Characters left</source>
        <translation>Caracteres restantes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="525"/>
        <source>Please describe each picture, so people who cannot see it know what it shows.</source>
        <translation>Descreva cada imagem, para que as pessoas que não conseguem vê-la saibam o que ela mostra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="530"/>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="531"/>
        <source>Send without a description</source>
        <translation>Enviar sem descrição</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="532"/>
        <source>Send without describing the pictures</source>
        <translation>Enviar sem descrever as imagens</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="539"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="540"/>
        <source>Add a poll</source>
        <translation>Adicionar uma enquete</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="547"/>
        <source>Add a picture…</source>
        <translation>Adicionar uma imagem…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="548"/>
        <source>Add a picture</source>
        <translation>Adicionar uma imagem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="551"/>
        <source>☺ Emoji…</source>
        <translation>☺ Emoji…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="553"/>
        <source>Add an emoji</source>
        <translation>Adicionar um emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="554"/>
        <source>Add an emoji (Ctrl+E)</source>
        <translation>Adicionar um emoji (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="568"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="575"/>
        <source>Who can see this</source>
        <translation>Quem pode ver isto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="574"/>
        <source>What this choice means</source>
        <translation>O que esta escolha significa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="578"/>
        <source>Language of the post</source>
        <translation>Idioma da publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="583"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="588"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="594"/>
        <source>Posts waiting to be sent</source>
        <translation>Publicações esperando para serem enviadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Show them</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Hide them</source>
        <translation>Esconder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="596"/>
        <source>Show the posts waiting to be sent</source>
        <translation>Mostrar as publicações esperando para serem enviadas</translation>
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
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="600"/>
        <source>Send the post</source>
        <translation>Enviar a publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="601"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="654"/>
        <source>Everyone</source>
        <translation>Todo mundo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="655"/>
        <source>Everyone, but quietly</source>
        <translation>Todo mundo, mas sem alarde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="656"/>
        <source>Only my followers</source>
        <translation>Só meus seguidores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="657"/>
        <source>Only people I mention</source>
        <translation>Só as pessoas que eu mencionar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="661"/>
        <source>your town</source>
        <translation>sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="665"/>
        <source>Anyone can see it, and it shows up in the lists of new posts in %1 and other towns.</source>
        <translation>Qualquer pessoa pode ver, e ela aparece nas listas de publicações novas de %1 e de outras cidades.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="671"/>
        <source>Anyone can see it on your profile and your followers get it, but it stays out of the lists of new posts.</source>
        <translation>Qualquer pessoa pode ver no seu perfil e seus seguidores recebem, mas ela fica fora das listas de publicações novas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="674"/>
        <source>Only the people who follow you can see it.</source>
        <translation>Só as pessoas que seguem você podem ver.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="675"/>
        <source>Only the people you mention with @name can see it.</source>
        <translation>Só as pessoas que você mencionar com @nome podem ver.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="696"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="753"/>
        <source>Replying to %1</source>
        <translation>Respondendo a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="834"/>
        <source>1 character left</source>
        <translation>Falta 1 caractere</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="836"/>
        <source>%1 characters left</source>
        <translation>Faltam %1 caracteres</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="842"/>
        <source>1 character too many</source>
        <translation>1 caractere a mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="844"/>
        <source>%1 characters too many</source>
        <translation>%1 caracteres a mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="878"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="882"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="934"/>
        <source>A post can have pictures or a poll, but not both.</source>
        <translation>Uma publicação pode ter imagens ou uma enquete, mas não as duas coisas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="888"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="928"/>
        <source>Your town allows %1 pictures in one post.</source>
        <translation>Sua cidade permite %1 imagens numa publicação.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="910"/>
        <source>Choose pictures</source>
        <translation>Escolher imagens</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="912"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="992"/>
        <source>Saving your post…</source>
        <translation>Salvando sua publicação…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1016"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1067"/>
        <source>Your post was sent.</source>
        <translation>Sua publicação foi enviada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1020"/>
        <source>Your post is saved and on its way. It will be sent even if you close this.</source>
        <translation>Sua publicação está salva e a caminho. Ela será enviada mesmo se você fechar isto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1036"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Esta publicação está sendo enviada agora. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1055"/>
        <source>You are changing a post that has not been sent yet.</source>
        <translation>Você está alterando uma publicação que ainda não foi enviada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1074"/>
        <source>1 post waiting to be sent</source>
        <translation>1 publicação esperando para ser enviada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1076"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 publicações esperando para serem enviadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1100"/>
        <source>Close without sending?</source>
        <translation>Fechar sem enviar?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1101"/>
        <source>You have not sent this post. Keep it for later?</source>
        <translation>Você não enviou esta publicação. Guardar para depois?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1102"/>
        <source>Keep it for later</source>
        <translation>Guardar para depois</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1103"/>
        <source>Throw it away</source>
        <translation>Jogar fora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1104"/>
        <source>Keep writing</source>
        <translation>Continuar escrevendo</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/townsfolk/ui/dates.py" line="28"/>
        <source>now</source>
        <translation>agora</translation>
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
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="134"/>
        <source>Your accounts</source>
        <translation>Suas contas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="136"/>
        <source>Three tips</source>
        <translation>Três dicas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="144"/>
        <source>Your account: @{handle}</source>
        <translation>Sua conta: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="146"/>
        <source>Your backup account: @{handle}</source>
        <translation>Sua conta reserva: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="148"/>
        <source>Townsfolk will remind you later about a backup account.</source>
        <translation>O Townsfolk vai te lembrar depois da conta reserva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="156"/>
        <source>Open Townsfolk</source>
        <translation>Abrir o Townsfolk</translation>
    </message>
</context>
<context>
    <name>EditPostDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="93"/>
        <source>Change your post</source>
        <translation>Alterar sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="98"/>
        <source>People who already saw your post will see that it was changed. Pictures and polls stay as they are.</source>
        <translation>Quem já viu sua publicação vai ver que ela foi alterada. Imagens e enquetes continuam como estão.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="107"/>
        <source>The text of your post</source>
        <translation>O texto da sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="112"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="26"/>
        <source>What happens now</source>
        <translation>O que acontece agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="28"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="29"/>
        <source>Resend the email</source>
        <translation>Reenviar o e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="46"/>
        <source>Something went missing</source>
        <translation>Algo se perdeu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="48"/>
        <source>Townsfolk no longer knows this account. Please sign up again.</source>
        <translation>O Townsfolk não conhece mais esta conta. Cadastre-se de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="70"/>
        <source>your email address</source>
        <translation>seu endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="73"/>
        <source>Waiting for {town} to say yes</source>
        <translation>Esperando {town} dizer sim</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="76"/>
        <source>Thank you, your email address is confirmed. The people who look after {town} read every request, and this can take a few days.

You can close Townsfolk now. It will check again the next time you open it, and carry on by itself as soon as you are let in.</source>
        <translation>Obrigado, seu endereço de e-mail está confirmado. As pessoas que cuidam de {town} leem cada pedido, e isso pode levar alguns dias.

Você já pode fechar o Townsfolk. Ele vai verificar de novo na próxima vez que você abrir, e seguir sozinho assim que você for aceito.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="84"/>
        <source>Check your email</source>
        <translation>Veja seu e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="87"/>
        <source>{town} sent an email to {email}. Open it and press the link inside to confirm that the address is yours.

This window moves on by itself as soon as you have done that. Nothing there? Look in your spam folder, or send the email again.</source>
        <translation>{town} enviou um e-mail para {email}. Abra e toque no link que está nele para confirmar que o endereço é seu.

Esta janela avança sozinha assim que você fizer isso. Não chegou nada? Olhe na pasta de spam, ou envie o e-mail de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="101"/>
        <source>Please sign up again</source>
        <translation>Cadastre-se de novo, por favor</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="103"/>
        <source>{town} no longer knows this account. Please sign up again.</source>
        <translation>{town} não conhece mais esta conta. Cadastre-se de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="111"/>
        <source>Sending the email again…</source>
        <translation>Enviando o e-mail de novo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="114"/>
        <source>Done: a new email is on its way.</source>
        <translation>Pronto: um e-mail novo está a caminho.</translation>
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
        <translation>Encontre um emoji, por exemplo: coração</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="161"/>
        <source>Find an emoji</source>
        <translation>Encontrar um emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="165"/>
        <source>&amp;Find:</source>
        <translation>&amp;Encontrar:</translation>
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
        <translation>As setas andam entre os emojis; Enter coloca o escolhido na sua publicação.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="204"/>
        <source>Emoji chosen now</source>
        <translation>Emoji escolhido agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="220"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="221"/>
        <source>Faces</source>
        <translation>Rostos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="222"/>
        <source>Hands</source>
        <translation>Mãos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="223"/>
        <source>Hearts and sparkles</source>
        <translation>Corações e brilhos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="224"/>
        <source>Animals and nature</source>
        <translation>Animais e natureza</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="225"/>
        <source>Food and drink</source>
        <translation>Comida e bebida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="226"/>
        <source>Things to do</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="227"/>
        <source>Travel and places</source>
        <translation>Viagens e lugares</translation>
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
        <translation>sua cidade</translation>
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
        <translation>%1 (uma imagem da sua cidade)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="296"/>
        <source>No emoji has that name.</source>
        <translation>Nenhum emoji tem esse nome.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="38"/>
        <source>Welcome to Townsfolk</source>
        <translation>Boas-vindas ao Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="46"/>
        <source>You have not added an account yet.

Once you have one, this window will show the posts of the people you follow, the people who live in your town, and everyone your town knows. Your notifications will be here too.</source>
        <translation>Você ainda não adicionou uma conta.

Quando tiver uma, esta janela vai mostrar as publicações das pessoas que você segue, das pessoas que moram na sua cidade e de todo mundo que a sua cidade conhece. Suas notificações também vão ficar aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="57"/>
        <source>What this window will show</source>
        <translation>O que esta janela vai mostrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="60"/>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="62"/>
        <source>Add an account</source>
        <translation>Adicionar uma conta</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="31"/>
        <source>Working out how long this takes…</source>
        <translation>Calculando quanto tempo isto leva…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="34"/>
        <source>Almost done.</source>
        <translation>Quase pronto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="35"/>
        <source>About %1 left.</source>
        <translation>Faltam uns %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="45"/>
        <source>How far the saving is</source>
        <translation>Quanto falta para terminar de salvar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="50"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="61"/>
        <source>Reading everything from your town</source>
        <translation>Lendo tudo da sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="73"/>
        <source>Townsfolk is reading from %1. You can close this window: it goes on, and if you quit, it goes on from there at the next start.</source>
        <translation>O Townsfolk está lendo de %1. Você pode fechar esta janela: continua, e se você fechar o Townsfolk, continua dali na próxima vez que ele abrir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="101"/>
        <source>The files could not be written into that folder. Choose another folder and try again.</source>
        <translation>Não foi possível gravar os arquivos nessa pasta. Escolha outra pasta e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="108"/>
        <source>Everything is read.</source>
        <translation>Tudo foi lido.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="110"/>
        <source>The files are in %1.</source>
        <translation>Os arquivos estão em %1.</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="90"/>
        <source>your unsent post is saved</source>
        <translation>sua publicação não enviada está salva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="91"/>
        <source>your %n unsent posts are saved</source>
        <translation>suas %n publicações não enviadas estão salvas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="100"/>
        <source>{down} is not answering. You are now using your backup account on {backup}.</source>
        <translation>{down} não está respondendo. Agora você está usando sua conta reserva em {backup}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="104"/>
        <source>Townsfolk will ask you before going back to {down}.</source>
        <translation>O Townsfolk vai te perguntar antes de voltar para {down}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="106"/>
        <source>Townsfolk will switch you back when {down} is back.</source>
        <translation>O Townsfolk vai te levar de volta quando {down} voltar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="108"/>
        <location filename="../src/townsfolk/services/failover.py" line="124"/>
        <source>Nothing is lost: {unsent} and will go out when {down} is back.</source>
        <translation>Nada foi perdido: {unsent}, e tudo vai sair quando {down} voltar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="112"/>
        <location filename="../src/townsfolk/services/failover.py" line="127"/>
        <source>Nothing is lost.</source>
        <translation>Nada foi perdido.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="119"/>
        <source>{down} is not answering.</source>
        <translation>{down} não está respondendo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="121"/>
        <source>Your backup town {names} is not answering either.</source>
        <translation>Sua cidade reserva {names} também não está respondendo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="128"/>
        <source>You can still read your saved posts.</source>
        <translation>Você ainda pode ler suas publicações salvas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="131"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="138"/>
        <source>You are offline; showing saved posts.</source>
        <translation>Você está sem internet; mostrando as publicações salvas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="140"/>
        <source>Nothing is lost: {unsent} and will go out when you are online.</source>
        <translation>Nada foi perdido: {unsent}, e tudo vai sair quando você estiver on-line de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="150"/>
        <source>{town} is back. You are using your account there again.</source>
        <translation>{town} voltou. Você está usando sua conta lá de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="152"/>
        <source>{town} is back. Townsfolk will switch you back when you finish writing.</source>
        <translation>{town} voltou. O Townsfolk vai te levar de volta quando você terminar de escrever.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="156"/>
        <source>{town} is back.</source>
        <translation>{town} voltou.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="162"/>
        <source>{town} is back. Go back to your account on {town}? (If you choose not to, you keep using your backup account on {backup}.)</source>
        <translation>{town} voltou. Voltar para sua conta em {town}? (Se você escolher não, continua usando sua conta reserva em {backup}.)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="391"/>
        <source>This account is no longer on this computer.</source>
        <translation>Esta conta não está mais neste computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="456"/>
        <source>Townsfolk cannot move posts right now. Please try again.</source>
        <translation>O Townsfolk não consegue mover publicações agora. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="461"/>
        <source>This post is no longer waiting: it may have been sent.</source>
        <translation>Esta publicação não está mais esperando: ela pode ter sido enviada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="476"/>
        <source>This backup account is no longer on this computer.</source>
        <translation>Esta conta reserva não está mais neste computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="488"/>
        <source>You have no backup account that can post right now. Your post stays saved and will go out from your main account.</source>
        <translation>Você não tem nenhuma conta reserva que possa publicar agora. Sua publicação continua salva e vai sair pela sua conta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="502"/>
        <source>Townsfolk could not find the post you are answering from {town}, so your reply stays saved and will go out from your main account.</source>
        <translation>O Townsfolk não encontrou, a partir de {town}, a publicação que você está respondendo, então sua resposta continua salva e vai sair pela sua conta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="527"/>
        <source>Townsfolk could not find this post from {town}. It may have been deleted, or it may not be visible from there.</source>
        <translation>O Townsfolk não encontrou esta publicação a partir de {town}. Ela pode ter sido apagada, ou pode não estar visível de lá.</translation>
    </message>
</context>
<context>
    <name>Fediverse</name>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="242"/>
        <source>Photo on Pixelfed</source>
        <extracomment>Posts longer than Mastodon&apos;s own limit (500 letters) come from long-form servers: the window shows a part and &quot;Read more&quot;. Software whose posts read like Mastodon&apos;s; anything else says where it came from.</extracomment>
        <translation>Foto no Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="243"/>
        <source>Photo set on Pixelfed: %n photos</source>
        <translation>Álbum no Pixelfed: %n fotos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="245"/>
        <source>Video on PeerTube</source>
        <translation>Vídeo no PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="250"/>
        <source>Music on %1</source>
        <translation>Música em %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="258"/>
        <source>Live now: %1</source>
        <translation>Ao vivo agora: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="260"/>
        <source>Was live: %1</source>
        <translation>Esteve ao vivo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="261"/>
        <source>Live stream: %1</source>
        <translation>Transmissão ao vivo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="263"/>
        <source>Article: %1</source>
        <translation>Artigo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="266"/>
        <source>Long post: %1</source>
        <translation>Publicação longa: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="267"/>
        <source>Long post</source>
        <translation>Publicação longa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="269"/>
        <source>From %1: open the original</source>
        <translation>De %1: abrir o original</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="63"/>
        <source>a photographer&apos;s album on Pixelfed</source>
        <extracomment>How each software spells its own name.</extracomment>
        <translation>o álbum de fotos de alguém no Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="64"/>
        <source>a video channel on PeerTube</source>
        <translation>um canal de vídeo no PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="65"/>
        <source>music on Funkwhale</source>
        <translation>música no Funkwhale</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="66"/>
        <source>live streams on Owncast</source>
        <translation>transmissões ao vivo no Owncast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="67"/>
        <source>a friend on Friendica</source>
        <translation>alguém no Friendica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="68"/>
        <source>a discussion group on Lemmy</source>
        <translation>um grupo de conversa no Lemmy</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="69"/>
        <source>a discussion group on Mbin</source>
        <translation>um grupo de conversa no Mbin</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="70"/>
        <source>a blog on WriteFreely</source>
        <translation>um blog no WriteFreely</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="71"/>
        <source>a blog on WordPress</source>
        <translation>um blog no WordPress</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="72"/>
        <source>a blog on Plume</source>
        <translation>um blog no Plume</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="73"/>
        <source>a reader on BookWyrm</source>
        <translation>um leitor no BookWyrm</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="74"/>
        <source>events on Mobilizon</source>
        <translation>eventos no Mobilizon</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="75"/>
        <source>events on Gancio</source>
        <translation>eventos no Gancio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="80"/>
        <source>a group on %1</source>
        <translation>um grupo em %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="82"/>
        <source>an automated account on %1</source>
        <translation>uma conta automática em %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="83"/>
        <source>someone on %1</source>
        <translation>alguém em %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="55"/>
        <source>Choose a file saved by Townsfolk or by a town&apos;s own export page (for example following_accounts.csv). Nothing changes until you have seen what it would do.</source>
        <extracomment>The kinds offered, in the order the sentence about an unknown file names them.</extracomment>
        <translation>Escolha um arquivo salvo pelo Townsfolk ou pela página de exportação de uma cidade (por exemplo following_accounts.csv). Nada muda até você ver o que ele faria.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="60"/>
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="68"/>
        <source>What this file holds</source>
        <translation>O que este arquivo contém</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="86"/>
        <source>Bring in a file</source>
        <translation>Trazer um arquivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="100"/>
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="102"/>
        <source>Files (*.csv *.txt)</source>
        <translation>Arquivos (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="148"/>
        <source>Townsfolk could not open this file. Is it still there? Choose it again.</source>
        <translation>O Townsfolk não conseguiu abrir este arquivo. Ele ainda está lá? Escolha de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="154"/>
        <source>This file has %1: %2 lines.</source>
        <translation>Este arquivo tem %1: %2 linhas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="159"/>
        <source>%1 lines cannot be read and will be left out.</source>
        <translation>%1 linhas não podem ser lidas e vão ficar de fora.</translation>
    </message>
</context>
<context>
    <name>FollowRequests</name>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="264"/>
        <source>let {name} follow you</source>
        <extracomment>The kinds Townsfolk shows; others (admin reports and the like) are left out. What is asked of a town that refused ``KNOWN_TYPES`` (400 or 422): the types every server family that has ``types[]`` knows. A town that refuses a type it does not know (Pleroma does for the admin types) would otherwise cost the person all her notifications. The saved ``type`` of an answered follow request (only on this computer). What the saved list shows: the town&apos;s kinds and the answered requests. The id of a follow request read from /api/v1/follow_requests (not a town notification). For a follow request: the answer given (None while it still waits). Kinds shown as one line per post (&quot;Ann and 3 others favourited your post&quot;) or per day (&quot;Ann and 2 others followed you&quot;), as Mastodon 4.3 groups them (docs: grouped notifications). Follow requests are never grouped: each needs its own answer. How far apart the newest and the oldest notification of one group may be. {name} is the person who asked to follow.</extracomment>
        <translation>deixar {name} seguir você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="266"/>
        <source>decline the request from {name}</source>
        <translation>recusar o pedido de {name}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="270"/>
        <source>{name} is no longer waiting for an answer: they may have taken the request back, or you already answered it somewhere else.</source>
        <translation>{name} não está mais esperando uma resposta: pode ter retirado o pedido, ou você já respondeu em outro lugar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="278"/>
        <source>Townsfolk could not {action} because {town} is not answering. Nothing has changed; please try again in a little while.</source>
        <translation>O Townsfolk não conseguiu {action} porque {town} não está respondendo. Nada mudou; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="284"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} pediu ao Townsfolk para ir mais devagar, então não deu para {action}. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="290"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>O Townsfolk não está mais conectado a {town}. Faça login de novo e tente outra vez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="295"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{town} não permitiu que o Townsfolk pudesse {action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="297"/>
        <source>{town} had a problem and could not {action}. Nothing has changed; please try again later.</source>
        <translation>{town} teve um problema e não conseguiu {action}. Nada mudou; tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="303"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>O Townsfolk não conseguiu {action}. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>FollowSync</name>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="82"/>
        <source>Your backup account already follows everyone your main account follows.</source>
        <translation>Sua conta reserva já segue todo mundo que sua conta principal segue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="87"/>
        <source>Your backup account now follows the same person as your main account.</source>
        <translation>Sua conta reserva agora segue a mesma pessoa que sua conta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="91"/>
        <source>Your backup account now follows the same %n people as your main account.</source>
        <translation>Sua conta reserva agora segue as mesmas %n pessoas que sua conta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="97"/>
        <source>Following {done} of {total} people on your backup account</source>
        <translation>Seguindo {done} de {total} pessoas na sua conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="102"/>
        <source>The backup&apos;s town asked Townsfolk to slow down: the rest follow in {wait}</source>
        <translation>A cidade da conta reserva pediu ao Townsfolk para ir mais devagar: o restante vai ser seguido em {wait}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="338"/>
        <source>Follow sync is only for backup accounts.</source>
        <extracomment>(address, id on the backup&apos;s town) of people only the backup follows.</extracomment>
        <translation>Seguir as mesmas pessoas só funciona com contas reserva.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="343"/>
        <source>The main account of this backup is no longer here.</source>
        <translation>A conta principal desta conta reserva não está mais aqui.</translation>
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
        <translation>Próxima foto ▶</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="124"/>
        <source>Next photo</source>
        <translation>Próxima foto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="142"/>
        <source>No photos.</source>
        <translation>Nenhuma foto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="146"/>
        <source>The person did not describe this photo.</source>
        <translation>A pessoa não descreveu esta foto.</translation>
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
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="38"/>
        <source> or </source>
        <extracomment>Help pages from Markdown files: key -&gt; file name in resources/help/&lt;language&gt;/.</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="61"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="62"/>
        <source>Boost</source>
        <translation>Impulsionar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="63"/>
        <source>Favourite</source>
        <translation>Favoritar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="64"/>
        <source>Save for later</source>
        <translation>Salvar para depois</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="65"/>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="69"/>
        <source>Next and previous post</source>
        <translation>Publicação seguinte e anterior</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="70"/>
        <source>J, K (or Down, Up)</source>
        <translation>J, K (ou seta para baixo, seta para cima)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="73"/>
        <source>Open the conversation</source>
        <translation>Abrir a conversa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="74"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="77"/>
        <source>Show or hide a post behind a content warning</source>
        <translation>Mostrar ou esconder uma publicação atrás de um aviso de conteúdo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="80"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="82"/>
        <source>Show a sensitive picture</source>
        <translation>Mostrar uma imagem sensível</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="88"/>
        <source>Back to the newest posts</source>
        <translation>Voltar para as publicações mais novas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="89"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="98"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="102"/>
        <source>Add an emoji</source>
        <translation>Adicionar um emoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="106"/>
        <source>Close the window (what you wrote is kept)</source>
        <translation>Fechar a janela (o que você escreveu fica guardado)</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="115"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="116"/>
        <source>Press</source>
        <translation>Pressione</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="120"/>
        <source>In a list of posts</source>
        <translation>Numa lista de publicações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="121"/>
        <source>Writing a post</source>
        <translation>Escrevendo uma publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="168"/>
        <source>How Townsfolk works</source>
        <translation>Como o Townsfolk funciona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="169"/>
        <source>What the words mean</source>
        <translation>O que as palavras querem dizer</translation>
    </message>
</context>
<context>
    <name>HiddenWords</name>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="235"/>
        <source>Townsfolk could not read your hidden words. {reason}</source>
        <translation>O Townsfolk não conseguiu ler suas palavras ocultas. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="256"/>
        <source>Type at least one word to hide.</source>
        <translation>Digite pelo menos uma palavra para ocultar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="259"/>
        <source>Choose at least one place where the words are hidden.</source>
        <translation>Escolha pelo menos um lugar onde as palavras ficam ocultas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="301"/>
        <source>Type at least one word and choose where to hide it.</source>
        <translation>Digite pelo menos uma palavra e escolha onde ocultá-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="351"/>
        <source>Townsfolk could not change your hidden words. {reason}</source>
        <translation>O Townsfolk não conseguiu alterar suas palavras ocultas. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="385"/>
        <source>Townsfolk could not save your hidden words on this computer.</source>
        <translation>O Townsfolk não conseguiu salvar suas palavras ocultas neste computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="54"/>
        <source>Hidden because it mentions %1.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out.</extracomment>
        <translation>Escondida porque menciona %1.</translation>
    </message>
</context>
<context>
    <name>HiddenWordsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="93"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="100"/>
        <source>Hidden words</source>
        <extracomment>(rule being changed or None, words, contexts, action, seconds or 0)</extracomment>
        <translation>Palavras ocultas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="105"/>
        <source>Posts that mention these words are folded away or not shown at all. Whole words only: “cat” does not hide “concatenate”.</source>
        <translation>As publicações que mencionam estas palavras ficam recolhidas ou nem aparecem. Só palavras inteiras: “gato” não esconde “gatilho”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="114"/>
        <source>Your town does not keep hidden words, so Townsfolk keeps them on this computer. They work only here.</source>
        <translation>Sua cidade não guarda palavras ocultas, então o Townsfolk guarda neste computador. Elas só funcionam aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="126"/>
        <source>Your hidden words</source>
        <translation>Suas palavras ocultas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="132"/>
        <source>No hidden words yet.</source>
        <translation>Ainda não há palavras ocultas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="137"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="138"/>
        <source>Words to hide, separated by commas</source>
        <translation>Palavras para ocultar, separadas por vírgulas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="141"/>
        <source>Where:</source>
        <translation>Onde:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="145"/>
        <source>People you follow</source>
        <translation>Pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="146"/>
        <source>Your town and Everywhere</source>
        <translation>Sua cidade e Em toda parte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="147"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="148"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="149"/>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="168"/>
        <source>Fold the post behind a note (you can still open it)</source>
        <translation>Recolher a publicação atrás de um aviso (você ainda pode abrir)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="171"/>
        <source>Don&apos;t show the post at all</source>
        <translation>Não mostrar a publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="180"/>
        <source>For how long:</source>
        <translation>Por quanto tempo:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="183"/>
        <source>For how long</source>
        <translation>Por quanto tempo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="186"/>
        <source>Until I remove them</source>
        <translation>Até eu tirar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="187"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="188"/>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="189"/>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="190"/>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="208"/>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="211"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="262"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="214"/>
        <source>Remove</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>not shown</source>
        <translation>não mostrada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>folded</source>
        <translation>recolhida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="250"/>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="283"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="25"/>
        <source>You can close this window: bringing everything in goes on. If you quit Townsfolk, it goes on from where it was at the next start.</source>
        <translation>Você pode fechar esta janela: a importação continua. Se você fechar o Townsfolk, ela continua de onde estava na próxima vez que ele abrir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="30"/>
        <source>How far bringing everything in is</source>
        <translation>Quanto falta para trazer tudo</translation>
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
        <translation>Trazendo tudo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="58"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="97"/>
        <source>Paused. Press Go on when you are ready; nothing done so far is lost.</source>
        <translation>Pausado. Toque em Continuar quando estiver pronto; nada do que já foi feito se perde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="108"/>
        <source>Nothing done so far is lost. Press Go on to try again.</source>
        <translation>Nada do que já foi feito se perde. Toque em Continuar para tentar de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="120"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="121"/>
        <source>What happened:</source>
        <translation>O que aconteceu:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="128"/>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
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
        <translation>Transmissão ao vivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="584"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="585"/>
        <source>Long post</source>
        <translation>Publicação longa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="587"/>
        <source>Post</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="595"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="161"/>
        <source>Same as this computer</source>
        <extracomment>The language the code is written in; it needs no catalogue. Names as people write them in their own language (Qt&apos;s are &quot;American English&quot;, &quot;español de España&quot;: right for a locale, too narrow for a language). What was there before (``remove_language`` puts it back).</extracomment>
        <translation>Igual a este computador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="168"/>
        <source>Townsfolk will speak the language you choose the next time it starts.</source>
        <translation>O Townsfolk vai falar o idioma escolhido na próxima vez que abrir.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../src/townsfolk/ui/links.py" line="24"/>
        <source>This link cannot be opened safely, so Townsfolk did not open it. Only web pages (https and http) and email addresses open from Townsfolk.</source>
        <translation>Este link não pode ser aberto com segurança, então o Townsfolk não abriu. Só páginas da web (https e http) e endereços de e-mail abrem pelo Townsfolk.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="78"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <extracomment>Someone was taken out (their posts must leave the list&apos;s page). Replaceable in tests: asks before deleting a list.</extracomment>
        <translation>Com as listas você lê algumas pessoas juntas, como “Família” ou “Jardinagem”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="87"/>
        <source>Name of the list</source>
        <translation>Nome da lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="89"/>
        <source>For example: Family</source>
        <translation>Por exemplo: Família</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="96"/>
        <source>Which replies to show</source>
        <translation>Quais respostas mostrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="100"/>
        <source>Replies to people in this list</source>
        <translation>Respostas a pessoas desta lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="101"/>
        <source>Replies to anyone you follow</source>
        <translation>Respostas a qualquer pessoa que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="102"/>
        <source>No replies</source>
        <translation>Nenhuma resposta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="107"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="114"/>
        <source>Show these people only here, not in “People you follow”</source>
        <translation>Mostrar estas pessoas só aqui, e não em “Pessoas que você segue”</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="135"/>
        <source>&amp;People in this list:</source>
        <translation>&amp;Pessoas nesta lista:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="138"/>
        <source>People in this list</source>
        <translation>Pessoas nesta lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="141"/>
        <source>&amp;Remove from list</source>
        <translation>&amp;Tirar da lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="148"/>
        <source>&amp;Add people you follow:</source>
        <translation>&amp;Adicionar pessoas que você segue:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="151"/>
        <source>Find people you follow</source>
        <translation>Encontrar pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="152"/>
        <source>Type a name</source>
        <translation>Digite um nome</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="156"/>
        <source>People you follow</source>
        <translation>Pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="158"/>
        <source>A&amp;dd to list</source>
        <translation>A&amp;dicionar à lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="181"/>
        <source>Delete list…</source>
        <translation>Apagar a lista…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="184"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="208"/>
        <source>New list</source>
        <translation>Nova lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="210"/>
        <source>List “%1”</source>
        <translation>Lista “%1”</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Create list</source>
        <translation>&amp;Criar lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Create list</source>
        <translation>Criar lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Save the name and choices</source>
        <translation>Salvar o nome e as escolhas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="259"/>
        <source>List created. Now add the people you want to read in it.</source>
        <translation>Lista criada. Agora adicione as pessoas que você quer ler nela.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="261"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="314"/>
        <source>Nobody you follow has that name.</source>
        <translation>Ninguém que você segue tem esse nome.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="333"/>
        <source>%1 is now in this list.</source>
        <translation>%1 agora está nesta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="354"/>
        <source>%1 was taken out of this list.</source>
        <translation>%1 foi tirado desta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="362"/>
        <source>Delete this list?</source>
        <translation>Apagar esta lista?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="365"/>
        <source>Delete the list “%1”? The people in it are not told, and you keep following them.</source>
        <translation>Apagar a lista “%1”? As pessoas dela não são avisadas, e você continua seguindo todas.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="159"/>
        <source>Please give the list a name, like “Family” or “Gardening”.</source>
        <translation>Dê um nome à lista, como “Família” ou “Jardinagem”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="60"/>
        <source>Your town did not take that name. Please try a shorter or different one.</source>
        <extracomment>Whose replies a list shows: people in the list, people you follow, nobody&apos;s. At most this many people are read from &quot;people you follow&quot; (40 a page).</extracomment>
        <translation>Sua cidade não aceitou esse nome. Tente um mais curto ou diferente.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="226"/>
        <source>You can add only people you follow. Follow them first, then add them.</source>
        <translation>Você só pode adicionar pessoas que segue. Siga primeiro e depois adicione.</translation>
    </message>
</context>
<context>
    <name>ListsPlaces</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="45"/>
        <source>+  New list…</source>
        <extracomment>The editor or &quot;Add to list&quot; window open now (for tests).</extracomment>
        <translation>+  Nova lista…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="47"/>
        <source>New list</source>
        <translation>Nova lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="49"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <translation>Com as listas você lê algumas pessoas juntas, como “Família” ou “Jardinagem”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="52"/>
        <source>Edit list…</source>
        <translation>Editar lista…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="54"/>
        <source>Edit this list</source>
        <translation>Editar esta lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="125"/>
        <source>Posts from the people in this list will show here. Add people with “Edit list…” above.</source>
        <translation>As publicações das pessoas desta lista vão aparecer aqui. Adicione pessoas com “Editar lista…” acima.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="139"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="142"/>
        <source>Posts from the people in this list.</source>
        <translation>Publicações das pessoas desta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="207"/>
        <source>Add %1 to a list</source>
        <translation>Adicionar %1 a uma lista</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="439"/>
        <source>● Live now</source>
        <translation>● Ao vivo agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="441"/>
        <source>Was live</source>
        <translation>Esteve ao vivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="443"/>
        <source>Live stream</source>
        <translation>Transmissão ao vivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="451"/>
        <source>Preview picture of the stream: %1</source>
        <translation>Imagem de prévia da transmissão: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="453"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="455"/>
        <source>Live streams on Owncast · %1</source>
        <translation>Transmissões ao vivo no Owncast · %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Watch</source>
        <translation>Assistir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Open the stream&apos;s page</source>
        <translation>Abrir a página da transmissão</translation>
    </message>
</context>
<context>
    <name>LogOutDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="31"/>
        <source>Remove %1 from Townsfolk?</source>
        <translation>Tirar %1 do Townsfolk?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="34"/>
        <source>Townsfolk forgets this account: the key to it, the posts saved on this computer, and its place in the account menu. The account itself and your posts stay on %1; you can add it again later.</source>
        <translation>O Townsfolk esquece esta conta: a chave dela, as publicações salvas neste computador e o lugar dela no menu de contas. A conta em si e suas publicações continuam em %1; você pode adicionar de novo depois.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="40"/>
        <source>Remove account</source>
        <translation>Tirar a conta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="42"/>
        <source>Log out of %1?</source>
        <translation>Sair de %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="45"/>
        <source>This computer forgets the key to your account. Your account and your posts stay on %1, and you can log in again at any time. The copies of posts saved on this computer are removed.</source>
        <translation>Este computador esquece a chave da sua conta. Sua conta e suas publicações continuam em %1, e você pode fazer login de novo a qualquer momento. As cópias de publicações salvas neste computador são apagadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="51"/>
        <source>Log out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="62"/>
        <source>Your backup account %1 becomes your main account.</source>
        <translation>Sua conta reserva %1 passa a ser sua conta principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="70"/>
        <source>Send them first</source>
        <translation>Enviar primeiro</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="72"/>
        <source>Send the waiting posts first</source>
        <translation>Enviar primeiro as publicações em espera</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="86"/>
        <source>1 post from this account is still waiting to be sent.</source>
        <translation>1 publicação desta conta ainda está esperando para ser enviada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="88"/>
        <source>%n posts from this account are still waiting to be sent.</source>
        <translation>
            <numerusform>%n publicação desta conta ainda está esperando para ser enviada.</numerusform>
            <numerusform>%n publicações desta conta ainda estão esperando para serem enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="92"/>
        <source>Removing the account would delete what is waiting: send it first, or tick the box to delete it.</source>
        <translation>Tirar a conta apagaria o que está em espera: envie primeiro, ou marque a caixa para apagar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="97"/>
        <source>If you log out now, it stays saved on this computer and goes out when you log in again.</source>
        <translation>Se você sair agora, fica salvo neste computador e sai quando você fizer login de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="109"/>
        <source>Delete the waiting post</source>
        <translation>Apagar a publicação em espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="111"/>
        <source>Delete the %n waiting posts</source>
        <translation>
            <numerusform>Apagar a %n publicação em espera</numerusform>
            <numerusform>Apagar as %n publicações em espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginBrowserPage</name>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="83"/>
        <source>You are logged in</source>
        <translation>Você fez login</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="87"/>
        <source>You can go back to Townsfolk now. You may close this browser tab.</source>
        <translation>Você já pode voltar para o Townsfolk. Pode fechar esta aba do navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="93"/>
        <source>The log-in did not work</source>
        <translation>O login não deu certo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="97"/>
        <source>This is not the log-in Townsfolk is waiting for</source>
        <translation>Este não é o login que o Townsfolk está esperando</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="101"/>
        <source>Townsfolk ignored this page because it does not belong to the log-in it is waiting for. If you are logging in, finish on your town&apos;s page in the browser, or start the log-in again from Townsfolk.</source>
        <translation>O Townsfolk ignorou esta página porque ela não faz parte do login que ele está esperando. Se você está fazendo login, termine na página da sua cidade no navegador, ou comece o login de novo pelo Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="111"/>
        <source>en</source>
        <extracomment>The language code of the page shown in the browser after logging in (de, fr, ...).</extracomment>
        <translation>pt-BR</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="192"/>
        <source>An answer came back that does not belong to the log-in Townsfolk started, so it was ignored for your safety. Please start the log-in again from Townsfolk.</source>
        <translation>Chegou uma resposta que não faz parte do login que o Townsfolk começou, então ela foi ignorada para a sua segurança. Comece o login de novo pelo Townsfolk, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="200"/>
        <source>Townsfolk waited for you to log in, but nothing came back from the browser. Please try again; if the browser did not open, use the code instead.</source>
        <translation>O Townsfolk esperou você fazer login, mas nada voltou do navegador. Tente de novo; se o navegador não abriu, use o código.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="285"/>
        <source>This log-in is already finished.</source>
        <translation>Este login já terminou.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="301"/>
        <source>The town did not let Townsfolk in. If you pressed “Deny” or closed the page, that is fine: you can try again whenever you like.</source>
        <translation>A cidade não deixou o Townsfolk entrar. Se você tocou em “Negar” ou fechou a página, tudo bem: pode tentar de novo quando quiser.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="38"/>
        <source>Type the name of your town, or your full address. All of these work: mastodon.social, https://mastodon.social, @ann@mastodon.social.</source>
        <translation>Digite o nome da sua cidade, ou seu endereço completo. Todos estes funcionam: mastodon.social, https://mastodon.social, @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="42"/>
        <source>How to type your town</source>
        <translation>Como digitar sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="45"/>
        <source>Your town or your full address</source>
        <translation>Sua cidade ou seu endereço completo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="46"/>
        <source>For example mastodon.social</source>
        <translation>Por exemplo mastodon.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="55"/>
        <source>Towns that match</source>
        <translation>Cidades que combinam</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="56"/>
        <source>Your town</source>
        <translation>Sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="66"/>
        <source>Log in to your backup account</source>
        <translation>Fazer login na sua conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="68"/>
        <source>Log in to your town</source>
        <translation>Fazer login na sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="90"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="101"/>
        <source>That looks like an e-mail address. Here Townsfolk needs the address of your town, like mastodon.social, or your full address in it, like @ann@mastodon.social.</source>
        <translation>Isso parece um endereço de e-mail. Aqui o Townsfolk precisa do endereço da sua cidade, como mastodon.social, ou do seu endereço completo nela, como @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="119"/>
        <source>Checking {town}…</source>
        <translation>Verificando {town}…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="131"/>
        <source>That is the town of your first account. A backup account needs to be in another town, so that it works when your first town is away.</source>
        <translation>Essa é a cidade da sua primeira conta. Uma conta reserva precisa ficar em outra cidade, para funcionar quando sua primeira cidade estiver fora.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="155"/>
        <source>Townsfolk could not reach {town}, but your internet connection works. Please check the address; if it is right, the town may be closed for a while: try again later.</source>
        <translation>O Townsfolk não conseguiu chegar a {town}, mas sua conexão com a internet funciona. Confira o endereço; se estiver certo, a cidade pode estar fechada por um tempo: tente mais tarde.</translation>
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
        <translation>&amp;Escrever uma publicação…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="58"/>
        <source>&amp;Add an account…</source>
        <translation>&amp;Adicionar uma conta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="60"/>
        <source>Add a &amp;backup account…</source>
        <translation>Adicionar uma conta &amp;reserva…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="65"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="75"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="78"/>
        <source>&amp;People you follow</source>
        <translation>&amp;Pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="79"/>
        <source>Your &amp;town</source>
        <translation>Sua &amp;cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="80"/>
        <source>&amp;Everywhere</source>
        <translation>&amp;Em toda parte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="81"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="82"/>
        <source>Sa&amp;ved posts</source>
        <translation>Publicações sal&amp;vas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="83"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="93"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="96"/>
        <source>&amp;Look for new posts now</source>
        <translation>Procurar publicações &amp;novas agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="99"/>
        <source>&amp;Your profile</source>
        <translation>Seu pe&amp;rfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="101"/>
        <source>&amp;Edit my profile…</source>
        <translation>&amp;Editar meu perfil…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="103"/>
        <source>People to &amp;follow</source>
        <translation>Pessoas para &amp;seguir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="106"/>
        <source>&amp;Town status (how the towns are doing)</source>
        <translation>Situação das ci&amp;dades (como as cidades estão)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="127"/>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="130"/>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="133"/>
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="139"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="140"/>
        <source>&amp;How Townsfolk works</source>
        <translation>&amp;Como o Townsfolk funciona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="143"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="145"/>
        <source>&amp;What the words mean</source>
        <translation>O que as &amp;palavras querem dizer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="147"/>
        <source>&amp;About Townsfolk</source>
        <translation>&amp;Sobre o Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="185"/>
        <source>About Townsfolk</source>
        <translation>Sobre o Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="186"/>
        <source>Townsfolk {version}

A friendly way to join the fediverse: many towns, one account that talks to all of them.</source>
        <translation>Townsfolk {version}

Um jeito acolhedor de entrar no fediverso: muitas cidades, uma só conta que fala com todas elas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="66"/>
        <source>✎  Write a post</source>
        <translation>✎  Escrever uma publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="68"/>
        <source>Write a post</source>
        <translation>Escrever uma publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="69"/>
        <source>Write a post (Ctrl+N)</source>
        <translation>Escrever uma publicação (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="91"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="93"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="94"/>
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Esquerda)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="116"/>
        <source>Posts from the people you follow will show here. Find people to follow in “Your town” or with Search.</source>
        <translation>As publicações das pessoas que você segue vão aparecer aqui. Encontre pessoas para seguir em “Sua cidade” ou na Busca.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="121"/>
        <source>Posts from people who live in your town will show here.</source>
        <translation>As publicações das pessoas que moram na sua cidade vão aparecer aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="124"/>
        <source>Posts from every town your town knows will show here.</source>
        <translation>As publicações de todas as cidades que a sua cidade conhece vão aparecer aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="127"/>
        <source>Posts you save (with “Save” under a post) will show here.</source>
        <translation>As publicações que você salvar (com “Salvar” embaixo de uma publicação) vão aparecer aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="142"/>
        <source>Log in again</source>
        <translation>Fazer login de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="149"/>
        <source>Townsfolk — %1</source>
        <translation>Townsfolk — %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="35"/>
        <source>People you follow</source>
        <translation>Pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="36"/>
        <source>Your town (people on %1)</source>
        <translation>Sua cidade (pessoas de %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="37"/>
        <source>Everywhere</source>
        <translation>Em toda parte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="38"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="39"/>
        <source>Saved posts</source>
        <translation>Publicações salvas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="40"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="49"/>
        <source>Posts from the people you follow, in every town.</source>
        <translation>Publicações das pessoas que você segue, em todas as cidades.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="51"/>
        <source>Posts from everyone who lives in %1, whether you follow them or not.</source>
        <translation>Publicações de todo mundo que mora em %1, quer você siga essas pessoas ou não.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="57"/>
        <source>Posts from people in all the towns %1 knows. Your one account reaches every town.</source>
        <translation>Publicações de pessoas de todas as cidades que %1 conhece. Sua única conta chega a todas as cidades.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="63"/>
        <source>Who answered, favourited or boosted your posts, and who follows you.</source>
        <translation>Quem respondeu, favoritou ou impulsionou suas publicações, e quem segue você.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="66"/>
        <source>Posts you saved for later. Only you can see this list.</source>
        <translation>Publicações que você salvou para depois. Só você vê esta lista.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="317"/>
        <source>Something went wrong inside Townsfolk. Nothing was lost; if it happens again, please restart Townsfolk.</source>
        <translation>Algo deu errado dentro do Townsfolk. Nada foi perdido; se acontecer de novo, reinicie o Townsfolk, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="365"/>
        <source>%1 is not answering; showing saved posts.</source>
        <translation>%1 não está respondendo; mostrando as publicações salvas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="87"/>
        <source>You are offline; showing saved posts. Posts you write are kept and will go out by themselves when you are back online.</source>
        <translation>Você está sem internet; mostrando as publicações salvas. As publicações que você escrever ficam guardadas e saem sozinhas quando você voltar a ficar on-line.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="93"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="152"/>
        <source>%1 is back. Townsfolk will take you back to your account there when you finish writing.</source>
        <translation>%1 voltou. O Townsfolk vai te levar de volta para sua conta lá quando você terminar de escrever.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="163"/>
        <source>%1 is back.</source>
        <translation>%1 voltou.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="173"/>
        <source>%1 is back. Go back to your account there? If you choose “Not now”, you keep using your backup account %2.</source>
        <translation>%1 voltou. Voltar para sua conta lá? Se você escolher “Agora não”, continua usando sua conta reserva %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="182"/>
        <source>Yes, go back</source>
        <translation>Sim, voltar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="183"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="193"/>
        <source>%1 is back. You are using your account %2 again.</source>
        <translation>%1 voltou. Você está usando sua conta %2 de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="198"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="229"/>
        <source>%1 is not answering. You are now using your backup account @%2.</source>
        <translation>%1 não está respondendo. Agora você está usando sua conta reserva @%2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="235"/>
        <source>Nothing is lost: your waiting post will go out when %1 is back.</source>
        <translation>Nada foi perdido: sua publicação em espera vai sair quando %1 voltar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="242"/>
        <source>Nothing is lost: your %2 waiting posts will go out when %1 is back.</source>
        <translation>Nada foi perdido: suas %2 publicações em espera vão sair quando %1 voltar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="249"/>
        <source>Nothing is lost.</source>
        <translation>Nada foi perdido.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="254"/>
        <source>Post from my backup instead</source>
        <translation>Publicar pela minha conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="259"/>
        <source>%1 is not answering.</source>
        <translation>%1 não está respondendo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="262"/>
        <source>Nothing is lost: your waiting posts will go out when %1 is back. Meanwhile you can read your saved posts.</source>
        <translation>Nada foi perdido: suas publicações em espera vão sair quando %1 voltar. Enquanto isso, você pode ler suas publicações salvas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="270"/>
        <source>Nothing is lost. Meanwhile you can read your saved posts.</source>
        <translation>Nada foi perdido. Enquanto isso, você pode ler suas publicações salvas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="281"/>
        <source>not answering, saved posts only</source>
        <translation>sem resposta, só publicações salvas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="283"/>
        <source>slow</source>
        <translation>lenta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="302"/>
        <source>Saved posts: %1 is not answering, so these are the posts Townsfolk kept. You can read them; new posts come when %1 is back.</source>
        <translation>Publicações salvas: %1 não está respondendo, então estas são as publicações que o Townsfolk guardou. Você pode lê-las; as novas chegam quando %1 voltar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="322"/>
        <source>You keep using your backup account @%1.</source>
        <translation>Você continua usando sua conta reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="369"/>
        <source>Your post will go out from your backup account %1.</source>
        <translation>Sua publicação vai sair pela sua conta reserva %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="374"/>
        <source>Your %2 posts will go out from your backup account %1.</source>
        <translation>Suas %2 publicações vão sair pela sua conta reserva %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/notifications.py" line="113"/>
        <source>%1 new notifications</source>
        <translation>%1 notificações novas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="157"/>
        <source>Favourited from your backup account @%1.</source>
        <translation>Favoritada pela sua conta reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="159"/>
        <source>Boosted from your backup account @%1.</source>
        <translation>Impulsionada pela sua conta reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="180"/>
        <source>More actions for this post</source>
        <translation>Mais ações para esta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="185"/>
        <source>Copy link to post</source>
        <translation>Copiar o link da publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="187"/>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="191"/>
        <source>Open the conversation</source>
        <translation>Abrir a conversa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="203"/>
        <source>Change this post…</source>
        <translation>Alterar esta publicação…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="206"/>
        <source>Delete this post…</source>
        <translation>Apagar esta publicação…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="224"/>
        <source>The link to the post was copied.</source>
        <translation>O link da publicação foi copiado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="259"/>
        <source>Your post was deleted.</source>
        <translation>Sua publicação foi apagada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="265"/>
        <source>Delete this post?</source>
        <translation>Apagar esta publicação?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="266"/>
        <source>Delete your post for good? It will disappear from every town. This cannot be undone.</source>
        <translation>Apagar sua publicação de vez? Ela vai sumir de todas as cidades. Não dá para desfazer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="285"/>
        <source>Your town does not let people change their posts. You can delete the post and write it again.</source>
        <translation>Sua cidade não deixa as pessoas alterarem as publicações. Você pode apagar a publicação e escrever de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="75"/>
        <source>Write a post — @%1</source>
        <translation>Escrever uma publicação — @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="101"/>
        <location filename="../src/townsfolk/ui/window/posting.py" line="160"/>
        <source>Your post was sent.</source>
        <translation>Sua publicação foi enviada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="103"/>
        <source>Your post is saved on this computer. It will be sent when you are online again.</source>
        <translation>Sua publicação está salva neste computador. Ela será enviada quando você estiver on-line de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="108"/>
        <source>Your post is saved on this computer. It will be sent when your town answers.</source>
        <translation>Sua publicação está salva neste computador. Ela será enviada quando sua cidade responder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="113"/>
        <source>Sending your post…</source>
        <translation>Enviando sua publicação…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="121"/>
        <source>Behind a content warning: %1</source>
        <translation>Atrás de um aviso de conteúdo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="186"/>
        <source>1 post waiting to be sent</source>
        <translation>1 publicação esperando para ser enviada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="188"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 publicações esperando para serem enviadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="191"/>
        <source>See the posts waiting to be sent</source>
        <translation>Ver as publicações esperando para serem enviadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="182"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="211"/>
        <source>No posts with #%1 yet.</source>
        <translation>Ainda não há publicações com #%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="215"/>
        <source>Posts with #%1</source>
        <translation>Publicações com #%1</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Preview picture of the video: %1</source>
        <translation>Imagem de prévia do vídeo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Cover of %1</source>
        <translation>Capa de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="248"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="252"/>
        <source>Video on PeerTube</source>
        <translation>Vídeo no PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="254"/>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="256"/>
        <source>Music on %1</source>
        <translation>Música em %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="258"/>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="260"/>
        <source>%1 long</source>
        <translation>duração: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="267"/>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="268"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play video</source>
        <translation>▶ Assistir ao vídeo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play</source>
        <translation>▶ Tocar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="292"/>
        <source>⏸ Pause</source>
        <translation>⏸ Pausar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="293"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="337"/>
        <source>Townsfolk cannot play videos on this computer, so it opened this one on %1 in your web browser.</source>
        <translation>O Townsfolk não consegue tocar vídeos neste computador, então abriu este no %1 no seu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="342"/>
        <source>Townsfolk cannot play music on this computer, so it opened this track on %1 in your web browser.</source>
        <translation>O Townsfolk não consegue tocar música neste computador, então abriu esta faixa no %1 no seu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="380"/>
        <source>This video would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Este vídeo não tocou no Townsfolk, então foi aberto no %1 no seu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="383"/>
        <source>This track would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Esta faixa não tocou no Townsfolk, então foi aberta no %1 no seu navegador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="405"/>
        <source>Townsfolk could not play this here, and your web browser did not open. Please try again later.</source>
        <translation>O Townsfolk não conseguiu tocar isto aqui, e o seu navegador não abriu. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="271"/>
        <source>Open on %1</source>
        <translation>Abrir em %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="28"/>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="31"/>
        <source>Loading the picture…</source>
        <translation>Carregando a imagem…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="34"/>
        <source>A picture with no description</source>
        <translation>Uma imagem sem descrição</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="41"/>
        <source>The person who posted this did not describe it.</source>
        <translation>Quem publicou isto não descreveu a imagem.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="45"/>
        <source>Description of the picture</source>
        <translation>Descrição da imagem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="58"/>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="66"/>
        <source>The picture could not be loaded.</source>
        <translation>Não foi possível carregar a imagem.</translation>
    </message>
</context>
<context>
    <name>Moving</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="23"/>
        <source>The people you follow</source>
        <translation>As pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="24"/>
        <source>Your lists</source>
        <translation>Suas listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="25"/>
        <source>The people you blocked</source>
        <translation>As pessoas que você bloqueou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="26"/>
        <source>The people you muted</source>
        <translation>As pessoas que você silenciou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="27"/>
        <source>The towns you blocked</source>
        <translation>As cidades que você bloqueou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="28"/>
        <source>Your bookmarks</source>
        <translation>Seus itens salvos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/moved.py" line="31"/>
        <source>%1 moved to %2</source>
        <translation>%1 se mudou para %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="43"/>
        <source>&amp;Move to another town…</source>
        <translation>&amp;Mudar para outra cidade…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="44"/>
        <source>Save my follows and lists…</source>
        <translation>Salvar quem eu sigo e minhas listas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="45"/>
        <source>Bring in follows from a file…</source>
        <translation>Trazer quem você segue a partir de um arquivo…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="53"/>
        <source>Move my &amp;whole account…</source>
        <translation>Mudar minha conta &amp;inteira…</translation>
    </message>
</context>
<context>
    <name>MovingExport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="122"/>
        <source>Your lists are saved (%n lines in all).</source>
        <translation>Suas listas estão salvas (%n linhas ao todo).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="124"/>
        <source>Saving your lists stopped because your town did not answer (%n lines saved so far). It goes on from there when you try again.</source>
        <translation>Salvar suas listas parou porque sua cidade não respondeu (%n linhas salvas até agora). Continua de onde parou quando você tentar de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="133"/>
        <source>Reading the people you follow</source>
        <translation>Lendo as pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="134"/>
        <source>Reading the people you blocked</source>
        <translation>Lendo as pessoas que você bloqueou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="135"/>
        <source>Reading the people you muted</source>
        <translation>Lendo as pessoas que você silenciou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="136"/>
        <source>Reading the towns you blocked</source>
        <translation>Lendo as cidades que você bloqueou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="137"/>
        <source>Reading your bookmarks</source>
        <translation>Lendo seus itens salvos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="138"/>
        <source>Reading your lists</source>
        <translation>Lendo suas listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="143"/>
        <source>lines so far: %n</source>
        <translation>linhas até agora: %n</translation>
    </message>
</context>
<context>
    <name>MovingFiles</name>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="163"/>
        <source>people you follow</source>
        <extracomment>A sentence for the person when a follow file came without its header (the settings for boosts, notifications and languages are then not in it).</extracomment>
        <translation>pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="165"/>
        <source>blocked people</source>
        <translation>pessoas bloqueadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="167"/>
        <source>muted people</source>
        <translation>pessoas silenciadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="169"/>
        <source>blocked towns</source>
        <translation>cidades bloqueadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="171"/>
        <source>bookmarks</source>
        <translation>itens salvos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="172"/>
        <source>lists</source>
        <translation>listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="297"/>
        <source>This file is bigger than 20 MB, more than any town accepts. Export the lists one by one, or split the file into smaller ones.</source>
        <translation>Este arquivo tem mais de 20 MB, mais do que qualquer cidade aceita. Exporte as listas uma por uma, ou divida o arquivo em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="310"/>
        <source>This is not a list saved as text: it may be a spreadsheet or a picture. Choose the .csv file your old town gave you.</source>
        <translation>Isto não é uma lista salva como texto: pode ser uma planilha ou uma imagem. Escolha o arquivo .csv que sua cidade antiga te deu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="320"/>
        <source>Some letters in this file cannot be read: it was probably saved by a spreadsheet in another format. Use the file your old town gave you as it was, or save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>Algumas letras deste arquivo não podem ser lidas: ele provavelmente foi salvo por uma planilha em outro formato. Use o arquivo do jeito que sua cidade antiga te deu, ou salve de novo como &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="344"/>
        <source>This file is not a list Townsfolk can read: its quotation marks do not match. Use the file your old town gave you as it was.</source>
        <translation>Este arquivo não é uma lista que o Townsfolk consiga ler: as aspas não fecham. Use o arquivo do jeito que sua cidade antiga te deu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="389"/>
        <source>This file is empty.</source>
        <translation>Este arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="403"/>
        <source>Townsfolk cannot tell what this file holds. Choose what it holds: people you follow, blocked people, muted people, blocked towns, bookmarks or lists.</source>
        <translation>O Townsfolk não sabe o que este arquivo contém. Escolha o que ele contém: pessoas que você segue, pessoas bloqueadas, pessoas silenciadas, cidades bloqueadas, itens salvos ou listas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="412"/>
        <source>This file holds {found}, not {wanted}. Choose the right file, or import it as {found}.</source>
        <translation>Este arquivo contém {found}, não {wanted}. Escolha o arquivo certo, ou importe como {found}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="422"/>
        <source>This file has more than 20,000 lines, more than a town accepts at once. Split it into smaller files and import them one after the other.</source>
        <translation>Este arquivo tem mais de 20.000 linhas, mais do que uma cidade aceita de uma vez. Divida em arquivos menores e importe um depois do outro.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="435"/>
        <source>This file&apos;s columns are not those of a Mastodon file of {what}. Choose the file your old town gave you.</source>
        <translation>As colunas deste arquivo não são as de um arquivo do Mastodon de {what}. Escolha o arquivo que sua cidade antiga te deu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="455"/>
        <source>Line {line} is not the name of a town: {text}</source>
        <translation>A linha {line} não é o nome de uma cidade: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="458"/>
        <source>Line {line} is not the address of a post: {text}</source>
        <translation>A linha {line} não é o endereço de uma publicação: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="461"/>
        <source>Line {line} is not the address of a person: {text}</source>
        <translation>A linha {line} não é o endereço de uma pessoa: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="467"/>
        <source>Line {line} has no list name: {text}</source>
        <translation>A linha {line} não tem nome de lista: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="489"/>
        <source>Most lines of this file are not {what} (line {line}: {text}). It may come from another program. Choose the file your old town gave you.</source>
        <translation>A maioria das linhas deste arquivo não são {what} (linha {line}: {text}). Ele pode ter vindo de outro programa. Escolha o arquivo que sua cidade antiga te deu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="498"/>
        <source>This file has only addresses: boosts and notifications will be as a new follow has them.</source>
        <translation>Este arquivo só tem endereços: impulsos e notificações vão ficar como num novo seguimento.</translation>
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
        <translation>Cidades para bloquear: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="207"/>
        <source>Bookmarks to add: %n</source>
        <translation>Itens salvos para adicionar: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="208"/>
        <source>To put in lists: %n</source>
        <translation>Para pôr em listas: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="216"/>
        <source>already there: %n</source>
        <translation>já estavam lá: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="218"/>
        <source>lines that cannot be read: %n</source>
        <translation>linhas que não podem ser lidas: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="221"/>
        <source>Replacing also removes what is not in the file (%n in all): look at it before you agree.</source>
        <translation>Substituir também remove o que não está no arquivo (%n ao todo): veja antes de concordar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="245"/>
        <source>Already there: %n.</source>
        <translation>Já estavam lá: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="250"/>
        <source>Posts that could not be found (deleted, or their town is gone): %n.</source>
        <translation>Publicações que não foram encontradas (apagadas, ou a cidade delas não existe mais): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="257"/>
        <source>Towns that could not be blocked: %n.</source>
        <translation>Cidades que não puderam ser bloqueadas: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="261"/>
        <source>People who could not be found (their town is gone, or they changed their address): %n.</source>
        <translation>Pessoas que não foram encontradas (a cidade delas não existe mais, ou mudaram de endereço): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="273"/>
        <source>Refused by your new town (for example people who blocked you): %n.</source>
        <translation>Recusados pela sua nova cidade (por exemplo, pessoas que bloquearam você): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="287"/>
        <source>Found at their new address, because they had moved: %n.</source>
        <translation>Encontradas no endereço novo, porque tinham se mudado: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="299"/>
        <source>Removed: %n.</source>
        <translation>Removidos: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="305"/>
        <source>Now followed: %n.</source>
        <translation>Seguidos agora: %n.</translation>
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
        <translation>Cidades bloqueadas: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="313"/>
        <source>Bookmarks added: %n.</source>
        <translation>Itens salvos adicionados: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="314"/>
        <source>Put in lists: %n.</source>
        <translation>Postos em listas: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="431"/>
        <source>Finished: every line looked at (%n).</source>
        <translation>Terminado: todas as linhas foram vistas (%n).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="432"/>
        <source>{done} of {total} lines done</source>
        <translation>{done} de {total} linhas feitas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="436"/>
        <source>about {time} left</source>
        <translation>faltam uns {time}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="440"/>
        <source>Your new town asked Townsfolk to slow down; it goes on by itself.</source>
        <translation>Sua nova cidade pediu ao Townsfolk para ir mais devagar; continua sozinho.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="576"/>
        <source>Replacing removes things that are not in the file. Look at the list of what would be removed and agree to it first.</source>
        <translation>Substituir remove coisas que não estão no arquivo. Veja a lista do que seria removido e concorde com ela primeiro.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="610"/>
        <source>The account to import into is no longer here.</source>
        <translation>A conta para onde importar não está mais aqui.</translation>
    </message>
</context>
<context>
    <name>MovingJobs</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/controller.py" line="84"/>
        <source>Moving: %1</source>
        <translation>Mudança: %1</translation>
    </message>
</context>
<context>
    <name>MovingPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="48"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
</context>
<context>
    <name>MovingWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="81"/>
        <source>Move to another town</source>
        <translation>Mudar para outra cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="82"/>
        <source>Save my follows and lists</source>
        <translation>Salvar quem eu sigo e minhas listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="83"/>
        <source>Bring in follows from a file</source>
        <translation>Trazer quem você segue a partir de um arquivo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="104"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="106"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="108"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="224"/>
        <source>Remove what is not in the file?</source>
        <translation>Remover o que não está no arquivo?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="227"/>
        <source>Making the account the same as the file removes %1 things it has now (the list on the page shows them). This cannot be undone by Townsfolk.</source>
        <translation>Deixar a conta igual ao arquivo remove %1 coisas que ela tem agora (a lista na página mostra quais). O Townsfolk não consegue desfazer isso.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="231"/>
        <source>Remove them</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="232"/>
        <source>Keep them</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>MuteDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="87"/>
        <source>Mute %1?</source>
        <translation>Silenciar %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="89"/>
        <source>You won&apos;t see their posts or boosts any more. They won&apos;t know you muted them, and they can still follow you and see your posts.

To undo it, press Unmute on their profile or in “People you muted or blocked”.</source>
        <translation>Você não vai mais ver as publicações nem os impulsos dessa pessoa. Ela não vai saber que você a silenciou, e ainda pode seguir você e ver suas publicações.

Para desfazer, toque em Deixar de silenciar no perfil dela ou em “Pessoas silenciadas ou bloqueadas”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="94"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="97"/>
        <source>Also hide their notifications</source>
        <translation>Esconder também as notificações dela</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="101"/>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="104"/>
        <source>For how long?</source>
        <translation>Por quanto tempo?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="106"/>
        <source>Until I unmute them</source>
        <translation>Até eu deixar de silenciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="107"/>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="108"/>
        <source>For 1 day</source>
        <translation>Por 1 dia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="109"/>
        <source>For 7 days</source>
        <translation>Por 7 dias</translation>
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
        <translation>Escolha o que ler. Control e um número de 1 a 4 também funcionam.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="139"/>
        <source>your town</source>
        <translation>sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="140"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="142"/>
        <source>1 new</source>
        <translation>1 nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="144"/>
        <source>%1 new</source>
        <translation>%1 novas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="147"/>
        <source>People you follow</source>
        <translation>Pessoas que você segue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="148"/>
        <source>Posts from the people you follow, in every town</source>
        <translation>Publicações das pessoas que você segue, em todas as cidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="151"/>
        <source>Your town (people on %1)</source>
        <translation>Sua cidade (pessoas de %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="152"/>
        <source>Posts from people who live in %1</source>
        <translation>Publicações de pessoas que moram em %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="155"/>
        <source>Everywhere</source>
        <translation>Em toda parte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="156"/>
        <source>Posts from all the towns %1 knows</source>
        <translation>Publicações de todas as cidades que %1 conhece</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="160"/>
        <source>Who favourited, boosted or answered your posts, and who follows you</source>
        <translation>Quem favoritou, impulsionou ou respondeu suas publicações, e quem segue você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Saved posts</source>
        <translation>Publicações salvas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Posts you saved for later</source>
        <translation>Publicações que você salvou para depois</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Find people, hashtags and posts</source>
        <translation>Encontrar pessoas, hashtags e publicações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="186"/>
        <source>Your lists</source>
        <translation>Suas listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="195"/>
        <source>Posts from the people in your list “%1”</source>
        <translation>Publicações das pessoas da sua lista “%1”</translation>
    </message>
</context>
<context>
    <name>NewAccountButton</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="189"/>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="206"/>
        <source>Follow the new account</source>
        <translation>Seguir a conta nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="191"/>
        <source>Follow %1</source>
        <translation>Seguir %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="204"/>
        <source>Following the new account ✓</source>
        <translation>Seguindo a conta nova ✓</translation>
    </message>
</context>
<context>
    <name>NewHomeOffer</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="158"/>
        <source>%1 has not answered for %2.</source>
        <extracomment>Two outage starts this close together (seconds) are the same outage. Why the offer on show was made: {&quot;outage&quot;: start} or {&quot;closing&quot;: words}. &quot;Not now&quot;, by main account: {&quot;outage&quot;: start, &quot;closing&quot;: words} (see the module).</extracomment>
        <translation>%1 não responde há %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="173"/>
        <source>%1 says it is closing: “%2”</source>
        <translation>%1 diz que vai fechar: “%2”</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="183"/>
        <source>Make %1 your home? Townsfolk brings the people you follow along, and uses it as your main account from then on.</source>
        <translation>Fazer de %1 sua casa? O Townsfolk leva junto as pessoas que você segue e passa a usar essa conta como principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="192"/>
        <source>Make it my home</source>
        <translation>Fazer dela minha casa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="193"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="220"/>
        <source>Making %1 your home: bringing the people you follow along…</source>
        <translation>Fazendo de %1 sua casa: levando junto as pessoas que você segue…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="229"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="236"/>
        <source>%1 is now your home.</source>
        <translation>%1 agora é sua casa.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="239"/>
        <source>Your old town did not answer, so the people you follow came from what Townsfolk had saved.</source>
        <translation>Sua cidade antiga não respondeu, então as pessoas que você segue vieram do que o Townsfolk tinha salvo.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="52"/>
        <source>Someone</source>
        <extracomment>Custom emoji pictures asked for per name or post text (the rest stay words).</extracomment>
        <translation>Alguém</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="61"/>
        <source>%1 favourited your post</source>
        <translation>%1 favoritou sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="62"/>
        <source>%1 boosted your post</source>
        <translation>%1 impulsionou sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="63"/>
        <source>%1 started following you</source>
        <translation>%1 começou a seguir você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="64"/>
        <source>%1 asked to follow you</source>
        <translation>%1 pediu para seguir você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="65"/>
        <source>A poll you voted in has ended</source>
        <translation>Terminou uma enquete em que você votou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="66"/>
        <source>%1 edited a post you boosted</source>
        <translation>%1 editou uma publicação que você impulsionou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="67"/>
        <source>%1 mentioned you</source>
        <translation>%1 mencionou você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="68"/>
        <source>%1 wrote a new post</source>
        <translation>%1 escreveu uma publicação nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="69"/>
        <source>%1 moved to %2</source>
        <translation>%1 se mudou para %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="70"/>
        <source>%1 joined your town</source>
        <translation>%1 entrou na sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="71"/>
        <source>%1 sent a report for the town&apos;s moderators</source>
        <translation>%1 enviou uma denúncia para a moderação da cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="76"/>
        <source>%1 replied to you</source>
        <translation>%1 respondeu você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="78"/>
        <source>Something new from %1</source>
        <translation>Novidade de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="87"/>
        <source>%1 and %2 favourited your post</source>
        <translation>%1 e %2 favoritaram sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="90"/>
        <source>%1 and %2 boosted your post</source>
        <translation>%1 e %2 impulsionaram sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="91"/>
        <source>%1 and %2 followed you</source>
        <translation>%1 e %2 começaram a seguir você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="92"/>
        <source>%1 and %2 joined your town</source>
        <translation>%1 e %2 entraram na sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="99"/>
        <source>%1 and %n others favourited your post</source>
        <translation>%1 e mais %n pessoas favoritaram sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="102"/>
        <source>%1 and %n others boosted your post</source>
        <translation>%1 e mais %n pessoas impulsionaram sua publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="105"/>
        <source>%1 and %n others followed you</source>
        <translation>%1 e mais %n pessoas começaram a seguir você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="108"/>
        <source>%1 and %n others joined your town</source>
        <translation>%1 e mais %n pessoas entraram na sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="148"/>
        <source>a new account</source>
        <translation>uma conta nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="203"/>
        <source>Content warning: %1</source>
        <translation>Aviso de conteúdo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="208"/>
        <source>(pictures)</source>
        <translation>(imagens)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="224"/>
        <source>Hidden because it mentions %1.</source>
        <translation>Escondida porque menciona %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="225"/>
        <source>Show anyway</source>
        <translation>Mostrar mesmo assim</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="235"/>
        <source>You accepted. %1 now follows you and sees your posts.</source>
        <translation>Você aceitou. %1 agora segue você e vê suas publicações.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="239"/>
        <source>You declined. %1 does not follow you.</source>
        <translation>Você recusou. %1 não segue você.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="241"/>
        <source>This request is no longer waiting for an answer.</source>
        <translation>Este pedido não está mais esperando resposta.</translation>
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
        <translation>Novo seguidor</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="278"/>
        <source>Follow request</source>
        <translation>Pedido para seguir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="279"/>
        <source>Mention</source>
        <translation>Menção</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="280"/>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="281"/>
        <source>Poll ended</source>
        <translation>Enquete encerrada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="282"/>
        <source>Post edited</source>
        <translation>Publicação editada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="283"/>
        <source>New post</source>
        <translation>Publicação nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="284"/>
        <source>New person in your town</source>
        <translation>Pessoa nova na sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="285"/>
        <source>Report</source>
        <translation>Denúncia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="286"/>
        <source>Moved to a new account</source>
        <translation>Mudou para uma conta nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="288"/>
        <source>Notification</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="123"/>
        <source>New:</source>
        <extracomment>The hidden words that fold this row (&quot;warn&quot;); empty: shown as it is. Keys of the groups shown with their people. Ids of unread notifications that have been on screen (see the module&apos;s text). Notifications a &quot;warn&quot; hidden-words filter folds (id -&gt; the words found), and the ones the person chose to see anyway.</extracomment>
        <translation>Novo:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="130"/>
        <source>Press Space to show it.</source>
        <translation>Pressione Espaço para mostrar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="136"/>
        <source>Waiting for your answer: Accept or Decline.</source>
        <translation>Esperando sua resposta: Aceitar ou Recusar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="144"/>
        <source>Press Space to see who.</source>
        <translation>Pressione Espaço para ver quem.</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="272"/>
        <source>Notifications</source>
        <extracomment>A follow request was answered and the town took it (notification id, accepted). Unread notifications that came on screen while the window was active (their ids). Moves whose new account was followed from here (notification ids). Whether the person can see the window (tests may replace it).</extracomment>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="290"/>
        <source>No notifications yet. When someone follows you, answers you, or favourites or boosts your posts, it will show here.</source>
        <translation>Ainda não há notificações. Quando alguém seguir você, te responder, ou favoritar ou impulsionar suas publicações, vai aparecer aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="503"/>
        <source>Townsfolk cannot follow just now. Please try again in a moment.</source>
        <translation>O Townsfolk não consegue seguir ninguém agora. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="518"/>
        <source>Townsfolk cannot answer just now. Please try again in a moment.</source>
        <translation>O Townsfolk não consegue responder agora. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="543"/>
        <source>Townsfolk could not send your answer. Nothing has changed; please try again.</source>
        <translation>O Townsfolk não conseguiu enviar sua resposta. Nada mudou; tente de novo.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="28"/>
        <source>Join your company&apos;s town</source>
        <translation>Entre na cidade da sua empresa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="41"/>
        <source>Logo of %1</source>
        <translation>Logotipo de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="45"/>
        <source>%1 has its own town: %2. Log in there with your work account. Your account there reaches people in every other town too, like an email address does.</source>
        <translation>%1 tem sua própria cidade: %2. Faça login lá com sua conta de trabalho. Sua conta lá também chega a pessoas de todas as outras cidades, como um endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="54"/>
        <source>Use another town instead</source>
        <translation>Usar outra cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="65"/>
        <source>Log in to %1</source>
        <translation>Fazer login em %1</translation>
    </message>
</context>
<context>
    <name>OriginalPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="535"/>
        <source>Open the original on %1</source>
        <translation>Abrir o original em %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="537"/>
        <source>Open the original</source>
        <translation>Abrir o original</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="199"/>
        <source>Your town</source>
        <extracomment>How much older than it was a post&apos;s time may read: towns give times to the millisecond.</extracomment>
        <translation>Sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="204"/>
        <source>{town} did not accept this post. It said: “{said}”. Please change the post, then send it again.</source>
        <extracomment>{said} is what the town answered, in the town&apos;s own words.</extracomment>
        <translation>{town} não aceitou esta publicação. Ela disse: “{said}”. Altere a publicação e envie de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="209"/>
        <source>{town} did not accept this post. Please change it, then send it again.</source>
        <translation>{town} não aceitou esta publicação. Altere e envie de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="213"/>
        <source>{town} could not find something this post needs; the post you are replying to may have been deleted. Please change the post, or delete it.</source>
        <translation>{town} não encontrou algo de que esta publicação precisa; a publicação que você está respondendo pode ter sido apagada. Altere a publicação, ou apague.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="220"/>
        <source>{problem} Your post is saved and will be sent after that.</source>
        <extracomment>{problem} is a sentence saying what went wrong (for example, log in again).</extracomment>
        <translation>{problem} Sua publicação está salva e será enviada depois disso.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="223"/>
        <source>{problem} Your post is saved; you can try again or change it.</source>
        <translation>{problem} Sua publicação está salva; você pode tentar de novo ou alterá-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="435"/>
        <source>There is nothing to send yet. Please write something first.</source>
        <extracomment>Software known to honour ``Idempotency-Key`` (a re-send with the same key returns the first post). Every other town gets the wider check.</extracomment>
        <translation>Ainda não há nada para enviar. Escreva alguma coisa primeiro.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="439"/>
        <source>A post can have pictures or a poll, but not both. Please remove one of them.</source>
        <translation>Uma publicação pode ter imagens ou uma enquete, mas não as duas coisas. Tire uma delas, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="485"/>
        <source>This post may already have reached your town. Townsfolk is checking; you can change it once that is done.</source>
        <translation>Esta publicação pode já ter chegado à sua cidade. O Townsfolk está verificando; você poderá alterá-la quando isso terminar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="527"/>
        <source>This post is already waiting to be sent.</source>
        <translation>Esta publicação já está esperando para ser enviada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="625"/>
        <source>Townsfolk cannot move this post: it is no longer waiting.</source>
        <translation>O Townsfolk não pode mover esta publicação: ela não está mais esperando.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="628"/>
        <source>Townsfolk cannot change this post: it is no longer waiting.</source>
        <translation>O Townsfolk não pode alterar esta publicação: ela não está mais esperando.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="637"/>
        <source>This post may already have reached your town, so Townsfolk will not send it from another account. It is checking, and will tell you.</source>
        <translation>Esta publicação pode já ter chegado à sua cidade, então o Townsfolk não vai enviá-la por outra conta. Ele está verificando e vai te avisar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="647"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Esta publicação está sendo enviada agora. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="910"/>
        <source>Townsfolk had a problem sending this post.</source>
        <translation>O Townsfolk teve um problema ao enviar esta publicação.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="998"/>
        <source>Townsfolk is checking whether {town} got this post before sending it again.</source>
        <translation>O Townsfolk está verificando se {town} recebeu esta publicação antes de enviá-la de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1001"/>
        <location filename="../src/townsfolk/services/outbox.py" line="1017"/>
        <source>your town</source>
        <translation>sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1012"/>
        <source>This post may already be on {town}: Townsfolk could not tell for sure, so it did not send it again. Please look at your posts there. If it is not there, press “Try again” to send it.</source>
        <translation>Esta publicação pode já estar em {town}: o Townsfolk não conseguiu ter certeza, então não enviou de novo. Veja suas publicações lá. Se não estiver, toque em “Tentar de novo” para enviar.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="54"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="77"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="116"/>
        <source>the town</source>
        <translation>a cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="136"/>
        <source>Checking your internet connection…</source>
        <translation>Verificando sua conexão com a internet…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="145"/>
        <source>If you typed your e-mail address: a town&apos;s address looks like mastodon.social, and a person&apos;s full address like @ann@mastodon.social.</source>
        <translation>Se você digitou seu endereço de e-mail: o endereço de uma cidade é como mastodon.social, e o endereço completo de uma pessoa, como @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="150"/>
        <source>Your computer is not connected to the internet right now, so Townsfolk could not ask {town}. Please check your Wi-Fi or cable, then try again.</source>
        <translation>Seu computador não está conectado à internet agora, então o Townsfolk não conseguiu perguntar a {town}. Confira o Wi-Fi ou o cabo e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="162"/>
        <source>{town} is not answering right now, but your internet connection works. The town may be closed for a while: try again later, or go back and pick another town.</source>
        <translation>{town} não está respondendo agora, mas sua conexão com a internet funciona. A cidade pode estar fechada por um tempo: tente mais tarde, ou volte e escolha outra cidade.</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="62"/>
        <source>How would you like to start?</source>
        <translation>Como você gostaria de começar?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="68"/>
        <source>I&apos;m new: help me pick a town</source>
        <translation>Sou novo: me ajude a escolher uma cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="69"/>
        <source>See towns by topic and choose one to join. It takes a few minutes.</source>
        <translation>Veja as cidades por tema e escolha uma para entrar. Leva alguns minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="73"/>
        <source>I already have an account</source>
        <translation>Já tenho uma conta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="74"/>
        <source>Log in with the account you have, in any town.</source>
        <translation>Faça login com a conta que você tem, em qualquer cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="78"/>
        <source>Try a practice town first (nothing leaves your computer)</source>
        <translation>Experimentar primeiro uma cidade de treino (nada sai do seu computador)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="80"/>
        <source>Look around a pretend town with pretend people, to see how it works. You can join a real town whenever you like.</source>
        <translation>Dê uma volta numa cidade de mentirinha com gente de mentirinha, para ver como funciona. Você pode entrar numa cidade de verdade quando quiser.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="124"/>
        <source>This account is not ready yet. Please try again.</source>
        <extracomment>Mastodon shows avatars at 400×400 and headers at 1500×500, each at most 2 MB. How many of the town&apos;s people the popular pass reads, and how many of them it keeps.</extracomment>
        <translation>Esta conta ainda não está pronta. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="291"/>
        <source>the profile picture</source>
        <translation>a foto do perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="294"/>
        <source>the banner picture</source>
        <translation>a imagem de capa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="326"/>
        <source>Townsfolk cannot use {what}: {reason}</source>
        <translation>O Townsfolk não pode usar {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="337"/>
        <source>Your name is too long: {n} letters at most.</source>
        <translation>Seu nome está longo demais: no máximo {n} letras.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="341"/>
        <source>Your description is too long: {n} letters at most.</source>
        <translation>Sua descrição está longa demais: no máximo {n} letras.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="346"/>
        <source>Your town takes {n} extra facts at most.</source>
        <translation>Sua cidade aceita no máximo {n} informações extras.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="351"/>
        <source>An extra fact is too long: {n} letters at most.</source>
        <translation>Uma informação extra está longa demais: no máximo {n} letras.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="181"/>
        <source>No one here yet.</source>
        <translation>Ainda não tem ninguém aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="184"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="186"/>
        <source>Arrows move between people. Enter opens a profile, Space or F follows.</source>
        <translation>As setas andam entre as pessoas. Enter abre um perfil; Espaço ou F segue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="250"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="252"/>
        <source>Show more people</source>
        <translation>Mostrar mais pessoas</translation>
    </message>
</context>
<context>
    <name>PeoplePageView</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="67"/>
        <source>Asking your town…</source>
        <translation>Perguntando à sua cidade…</translation>
    </message>
</context>
<context>
    <name>PeoplePages</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="183"/>
        <source>These people are suggested by your town: people it recommends, people who live there and posted lately, and people many others follow.</source>
        <translation>Estas pessoas são sugeridas pela sua cidade: pessoas que ela recomenda, pessoas que moram lá e publicaram há pouco, e pessoas que muita gente segue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="188"/>
        <source>Your town has no one to suggest right now. Try Search, or look at “Your town”.</source>
        <translation>Sua cidade não tem ninguém para sugerir agora. Tente a Busca, ou veja em “Sua cidade”.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="194"/>
        <source>Welcome to your town! Posts show up in “People you follow” once you follow someone, so here are some people to start with.</source>
        <translation>Boas-vindas à sua cidade! As publicações aparecem em “Pessoas que você segue” assim que você seguir alguém, então aqui estão algumas pessoas para começar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="203"/>
        <source>People to follow</source>
        <translation>Pessoas para seguir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="226"/>
        <source>People who follow %1.</source>
        <translation>Pessoas que seguem %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="228"/>
        <source>No one follows them yet, or their town does not show it.</source>
        <translation>Ninguém segue esta pessoa ainda, ou a cidade dela não mostra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="231"/>
        <source>Followers of %1</source>
        <translation>Seguidores de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="233"/>
        <source>People %1 follows.</source>
        <translation>Pessoas que %1 segue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="234"/>
        <source>They follow no one yet, or their town does not show it.</source>
        <translation>Esta pessoa ainda não segue ninguém, ou a cidade dela não mostra.</translation>
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
        <translation>Encontrar pessoas para seguir</translation>
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
        <translation>Seguindo ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="116"/>
        <source>Requested</source>
        <translation>Pedido feito</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="112"/>
        <source>Follow %1 (available when your town answers)</source>
        <translation>Seguir %1 (disponível quando sua cidade responder)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Você segue %1. Toque para deixar de seguir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="117"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Você pediu para seguir %1. Toque para retirar o pedido.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="119"/>
        <source>Follow %1</source>
        <translation>Seguir %1</translation>
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
        <translation>Uma foto sem descrição</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="104"/>
        <source>%1 (photo set: %2 photos)</source>
        <translation>%1 (álbum: %2 fotos)</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="42"/>
        <source>Whichever town you pick, you can follow and talk to people in every other town. Start with a big town for everyone, or pick one about what you love.</source>
        <translation>Seja qual for a cidade que você escolher, dá para seguir e conversar com pessoas de todas as outras cidades. Comece por uma cidade grande para todo mundo, ou escolha uma sobre o que você ama.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="46"/>
        <source>About picking a town</source>
        <translation>Sobre escolher uma cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="52"/>
        <source>Search towns by name or words</source>
        <translation>Buscar cidades por nome ou palavras</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="53"/>
        <source>Search towns</source>
        <translation>Buscar cidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="57"/>
        <source>Language of the town</source>
        <translation>Idioma da cidade</translation>
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
        <translation>Cidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="85"/>
        <source>No towns</source>
        <translation>Nenhuma cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="88"/>
        <source>About the town list</source>
        <translation>Sobre a lista de cidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="97"/>
        <source>Pick a second town for your backup account</source>
        <translation>Escolha uma segunda cidade para sua conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="99"/>
        <source>Pick a town</source>
        <translation>Escolha uma cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="111"/>
        <source>This is the list of towns that comes with Townsfolk. Details such as how many people live in each town will fill in when you are online.</source>
        <translation>Esta é a lista de cidades que vem com o Townsfolk. Detalhes como quantas pessoas moram em cada cidade aparecem quando você estiver on-line.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="132"/>
        <source>Townsfolk could not update the town list just now, so you see the list that comes with it. Details such as how many people live in each town will fill in when you are online. You can still pick a town.</source>
        <translation>O Townsfolk não conseguiu atualizar a lista de cidades agora, então você vê a lista que vem com ele. Detalhes como quantas pessoas moram em cada cidade aparecem quando você estiver on-line. Você ainda pode escolher uma cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="147"/>
        <source>★ Good first towns</source>
        <translation>★ Boas cidades para começar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="149"/>
        <source>Big towns about everything, where you can join now</source>
        <translation>Cidades grandes sobre todo tipo de assunto, onde você pode entrar agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="155"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="173"/>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="216"/>
        <source>No towns match. Try other words, another language or another topic.</source>
        <translation>Nenhuma cidade combina. Tente outras palavras, outro idioma ou outro tema.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="218"/>
        <source>Towns about this topic appear here when you are online.</source>
        <translation>As cidades sobre este tema aparecem aqui quando você está on-line.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="242"/>
        <source>See this town</source>
        <translation>Ver esta cidade</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="147"/>
        <source>Picture %1</source>
        <extracomment>How much of the post being answered shows above the reply box.</extracomment>
        <translation>Imagem %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="151"/>
        <source>Describe picture %1</source>
        <translation>Descrever a imagem %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="154"/>
        <source>What does this picture show? People who cannot see it will read or hear this.</source>
        <translation>O que esta imagem mostra? As pessoas que não conseguem vê-la vão ler ou ouvir isto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="159"/>
        <source>Description of picture %1</source>
        <translation>Descrição da imagem %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="164"/>
        <source>Remove this picture</source>
        <translation>Tirar esta imagem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="165"/>
        <source>Remove picture %1</source>
        <translation>Tirar a imagem %1</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="96"/>
        <source>Townsfolk cannot find this picture. It may have been moved or deleted.</source>
        <translation>O Townsfolk não encontra esta imagem. Ela pode ter sido movida ou apagada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="99"/>
        <source>Townsfolk could not open this picture. Check that you can open it in another app, then try again.</source>
        <translation>O Townsfolk não conseguiu abrir esta imagem. Confira se ela abre em outro aplicativo e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="104"/>
        <source>This file is not a picture Townsfolk can read. Try a JPEG, PNG, GIF or WebP picture.</source>
        <translation>Este arquivo não é uma imagem que o Townsfolk consiga ler. Tente uma imagem JPEG, PNG, GIF ou WebP.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="108"/>
        <source>This picture is damaged or incomplete, so Townsfolk cannot use it. Try saving it again, or choose another one.</source>
        <translation>Esta imagem está danificada ou incompleta, então o Townsfolk não pode usá-la. Tente salvá-la de novo, ou escolha outra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="113"/>
        <source>This picture is too large to open safely. Try a smaller version of it.</source>
        <translation>Esta imagem é grande demais para abrir com segurança. Tente uma versão menor dela.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="116"/>
        <source>This picture is too big to send, even after making it smaller. Try a smaller version of it.</source>
        <translation>Esta imagem é grande demais para enviar, mesmo depois de reduzida. Tente uma versão menor dela.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="121"/>
        <source>This moving picture is too large to send. Try a shorter or smaller one.</source>
        <translation>Esta imagem animada é grande demais para enviar. Tente uma mais curta ou menor.</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="192"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="193"/>
        <source>Poll</source>
        <translation>Enquete</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="199"/>
        <source>Add a choice</source>
        <translation>Adicionar uma opção</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="200"/>
        <source>Add a choice to the poll</source>
        <translation>Adicionar uma opção à enquete</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="205"/>
        <source>How long people can vote</source>
        <translation>Por quanto tempo dá para votar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="210"/>
        <source>People can vote for</source>
        <translation>Dá para votar por</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="211"/>
        <source>People can pick more than one choice</source>
        <translation>Dá para escolher mais de uma opção</translation>
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
        <translation>1 dia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="233"/>
        <source>Choice %1</source>
        <translation>Opção %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="234"/>
        <source>Poll choice %1</source>
        <translation>Opção %1 da enquete</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="69"/>
        <source>favourite this post</source>
        <extracomment>What Townsfolk tried to do: a verb phrase that goes into every sentence of :func:`_failure`, after &quot;could not&quot; and after &quot;allow Townsfolk to&quot; (&quot;Townsfolk could not remove this post from your saved posts because ...&quot;). Translate so that those sentences read well.</extracomment>
        <translation>favoritar esta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="70"/>
        <source>remove your favourite from this post</source>
        <translation>tirar esta publicação dos favoritos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="71"/>
        <source>boost this post</source>
        <translation>impulsionar esta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="72"/>
        <source>undo your boost of this post</source>
        <translation>desfazer o impulso desta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="73"/>
        <source>save this post</source>
        <translation>salvar esta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="74"/>
        <source>remove this post from your saved posts</source>
        <translation>tirar esta publicação das suas publicações salvas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="75"/>
        <source>vote in this poll</source>
        <translation>votar nesta enquete</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="76"/>
        <source>delete this post</source>
        <translation>apagar esta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="77"/>
        <source>edit this post</source>
        <translation>editar esta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="92"/>
        <source>Townsfolk could not {action}: the post no longer exists, or you are not allowed to see it.</source>
        <translation>O Townsfolk não conseguiu {action}: a publicação não existe mais, ou você não tem permissão para vê-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="98"/>
        <source>Townsfolk could not {action} because {town} is not answering. Please try again in a little while.</source>
        <translation>O Townsfolk não conseguiu {action} porque {town} não está respondendo. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="104"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} pediu ao Townsfolk para ir mais devagar, então não deu para {action}. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="110"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>O Townsfolk não está mais conectado a {town}. Faça login de novo e tente outra vez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="115"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{town} não permitiu que o Townsfolk pudesse {action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="117"/>
        <source>{town} had a problem and could not {action}. Please try again later.</source>
        <translation>{town} teve um problema e não conseguiu {action}. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="122"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>O Townsfolk não conseguiu {action}. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="231"/>
        <source>{town} does not let people change their posts. Your post is unchanged; you can delete it and write it again.</source>
        <extracomment>Whether the town lets people change their posts (None: not known yet). Learned from its software (:meth:`edit_support`) or from a refused change.</extracomment>
        <translation>{town} não deixa as pessoas alterarem as publicações. Sua publicação não mudou; você pode apagá-la e escrever de novo.</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="126"/>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
</context>
<context>
    <name>PracticeAccountDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="45"/>
        <source>Add a practice backup account</source>
        <translation>Adicionar uma conta reserva de treino</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="47"/>
        <source>Add a practice account</source>
        <translation>Adicionar uma conta de treino</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="59"/>
        <source>Practise with a backup account on another practice town: %1. When your practice town stops answering, Townsfolk uses the backup instead. Everything stays on this computer.</source>
        <translation>Treine com uma conta reserva em outra cidade de treino: %1. Quando sua cidade de treino parar de responder, o Townsfolk usa a conta reserva no lugar. Tudo fica neste computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="65"/>
        <source>Practise with a second account on another practice town: %1. Everything stays on this computer.</source>
        <translation>Treine com uma segunda conta em outra cidade de treino: %1. Tudo fica neste computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="82"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="84"/>
        <source>Join a real town instead</source>
        <translation>Entrar numa cidade de verdade em vez disso</translation>
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
        <translation>Adicionar a conta reserva de treino</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="98"/>
        <source>Add the practice account</source>
        <translation>Adicionar a conta de treino</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="115"/>
        <source>Making your practice account…</source>
        <translation>Criando sua conta de treino…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="128"/>
        <source>The practice account could not be made. Your first practice account is as it was. Try again, or close this and go on practising.</source>
        <translation>Não foi possível criar a conta de treino. Sua primeira conta de treino continua como estava. Tente de novo, ou feche isto e continue treinando.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="29"/>
        <source>Add to what the account already has (nothing is removed)</source>
        <translation>Adicionar ao que a conta já tem (nada é removido)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="32"/>
        <source>Make it the same as the file (removes what is not in the file)</source>
        <translation>Deixar igual ao arquivo (remove o que não está no arquivo)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="44"/>
        <source>What would be removed</source>
        <translation>O que seria removido</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="52"/>
        <source>Look before anything changes</source>
        <translation>Veja antes que qualquer coisa mude</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="55"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="67"/>
        <source>This is what bringing everything into %1 would do.</source>
        <translation>Isto é o que trazer tudo para %1 faria.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="77"/>
        <source>Townsfolk is looking at what the account has now…</source>
        <translation>O Townsfolk está vendo o que a conta tem agora…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="110"/>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="120"/>
        <source>These would be removed from the account (%1):</source>
        <translation>Isto seria removido da conta (%1):</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="67"/>
        <source>Edit my profile</source>
        <translation>Editar meu perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="88"/>
        <source>Choose a profile picture…</source>
        <translation>Escolher uma foto de perfil…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="91"/>
        <source>Choose a banner picture…</source>
        <translation>Escolher uma imagem de capa…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="102"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="108"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="111"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="119"/>
        <source>About you</source>
        <translation>Sobre você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="122"/>
        <source>Extra facts</source>
        <translation>Informações extras</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="125"/>
        <source>Short facts shown on your profile, like “Garden: Maple Street” or “Website: example.org”. Your town takes %1 at most.</source>
        <translation>Informações curtas que aparecem no seu perfil, como “Horta: Rua dos Ipês” ou “Site: example.org”. Sua cidade aceita no máximo %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="138"/>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="139"/>
        <source>Label of fact %1</source>
        <translation>Rótulo da informação %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="143"/>
        <source>What it says</source>
        <translation>O que diz</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="144"/>
        <source>Fact %1</source>
        <translation>Informação %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="164"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="168"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="181"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="227"/>
        <source>Your changes from last time were kept. Press Save to send them to your town.</source>
        <translation>Suas alterações da última vez foram mantidas. Toque em Salvar para enviá-las à sua cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a profile picture</source>
        <translation>Escolher uma foto de perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a banner picture</source>
        <translation>Escolher uma imagem de capa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="290"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="309"/>
        <source>Townsfolk cannot show this picture. Try another one.</source>
        <translation>O Townsfolk não consegue mostrar esta imagem. Tente outra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="345"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="360"/>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="363"/>
        <source>%1 too many</source>
        <translation>%1 a mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="384"/>
        <source>Sending your profile to your town…</source>
        <translation>Enviando seu perfil para sua cidade…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="393"/>
        <source>What you wrote is kept: press Save to try again.</source>
        <translation>O que você escreveu ficou guardado: toque em Salvar para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="78"/>
        <source>Banner picture</source>
        <extracomment>The banner picture&apos;s height above the name (Mastodon&apos;s are 3:1; the middle is shown), and on a short window (an 800×600 screen), where the posts need the room. &quot;Add to list…&quot; was pressed (shown for people you follow).</extracomment>
        <translation>Imagem de capa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="97"/>
        <source>Profile picture</source>
        <translation>Foto do perfil</translation>
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
        <translation>Seguindo ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="363"/>
        <source>Asked to follow</source>
        <translation>Pedido enviado</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="146"/>
        <source>Add to list…</source>
        <translation>Adicionar a uma lista…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="156"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="158"/>
        <source>Edit my profile</source>
        <translation>Editar meu perfil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="179"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="180"/>
        <source>Open the new profile</source>
        <translation>Abrir o perfil novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="182"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="434"/>
        <source>Follow the new account</source>
        <translation>Seguir a conta nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="202"/>
        <source>No posts to show yet.</source>
        <translation>Ainda não há publicações para mostrar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="204"/>
        <source>Their posts</source>
        <translation>Publicações desta pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="279"/>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="286"/>
        <source>1 post</source>
        <translation>1 publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="288"/>
        <source>%1 posts</source>
        <translation>%1 publicações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="291"/>
        <source>follows 1 person</source>
        <translation>segue 1 pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="293"/>
        <source>follows %1 people</source>
        <translation>segue %1 pessoas</translation>
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
        <translation>Pessoas que %1 segue: %2. Toque para ver.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="313"/>
        <source>People who follow %1: %2. Press to see them.</source>
        <translation>Pessoas que seguem %1: %2. Toque para ver.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="328"/>
        <source>%1 has moved to %2. Their new posts are there.</source>
        <translation>%1 se mudou para %2. As publicações novas estão lá.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="345"/>
        <source>Add %1 to one of your lists</source>
        <translation>Adicionar %1 a uma das suas listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="356"/>
        <source>Follow (available when your town answers)</source>
        <translation>Seguir (disponível quando sua cidade responder)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="361"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Você segue %1. Toque para deixar de seguir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="364"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Você pediu para seguir %1. Toque para retirar o pedido.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="432"/>
        <source>Following the new account ✓</source>
        <translation>Seguindo a conta nova ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="332"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="367"/>
        <source>Follow %1</source>
        <translation>Seguir %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="183"/>
        <source>Report %1</source>
        <translation>Denunciar %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="186"/>
        <source>The people who look after %1 will read your report and decide what to do. %2 is not told who sent it.</source>
        <translation>As pessoas que cuidam de %1 vão ler sua denúncia e decidir o que fazer. %2 não fica sabendo quem enviou.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="192"/>
        <source>Send report</source>
        <translation>Enviar denúncia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="198"/>
        <source>What is wrong?</source>
        <translation>O que está errado?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="202"/>
        <source>It&apos;s spam</source>
        <translation>É spam</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="204"/>
        <source>It breaks the rules of %1</source>
        <translation>Desrespeita as regras de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="206"/>
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="221"/>
        <source>Which of their posts? (you may leave this empty)</source>
        <translation>Quais publicações dessa pessoa? (pode deixar em branco)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="224"/>
        <source>Their posts to add to the report</source>
        <translation>Publicações dessa pessoa para incluir na denúncia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="231"/>
        <source>Looking for their posts…</source>
        <translation>Procurando as publicações dessa pessoa…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="237"/>
        <source>Anything the team should know (optional)</source>
        <translation>O que a equipe deve saber (opcional)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="238"/>
        <source>Anything the team should know</source>
        <translation>O que a equipe deve saber</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="245"/>
        <source>Also tell the team of their town, %1</source>
        <translation>Avisar também a equipe da cidade dessa pessoa, %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="280"/>
        <source>(a post without text)</source>
        <translation>(uma publicação sem texto)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="285"/>
        <source>They have no posts to show.</source>
        <translation>Essa pessoa não tem publicações para mostrar.</translation>
    </message>
</context>
<context>
    <name>RequestButtons</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="130"/>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="137"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="139"/>
        <source>Accept: let %1 follow you</source>
        <translation>Aceitar: deixar %1 seguir você</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="140"/>
        <source>%1 will see your posts</source>
        <translation>%1 vai ver suas publicações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="141"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="144"/>
        <source>Decline: %1 will not follow you</source>
        <translation>Recusar: %1 não vai seguir você</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="77"/>
        <source>Townsfolk could not {what}. {reason}</source>
        <extracomment>The durations a mute can have, in seconds (0: until unmuted). Timelines whose saved posts lose a muted or blocked person&apos;s posts.</extracomment>
        <translation>O Townsfolk não conseguiu {what}. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="102"/>
        <source>mute this person</source>
        <translation>silenciar esta pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="110"/>
        <source>unmute this person</source>
        <translation>deixar de silenciar esta pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="117"/>
        <source>block this person</source>
        <translation>bloquear esta pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="125"/>
        <source>unblock this person</source>
        <translation>desbloquear esta pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="131"/>
        <source>read the people you muted</source>
        <translation>ler as pessoas que você silenciou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="138"/>
        <source>read the people you blocked</source>
        <translation>ler as pessoas que você bloqueou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="147"/>
        <source>block this town</source>
        <translation>bloquear esta cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="154"/>
        <source>unblock this town</source>
        <translation>desbloquear esta cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="160"/>
        <source>read the towns you blocked</source>
        <translation>ler as cidades que você bloqueou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="171"/>
        <source>read your town&apos;s rules</source>
        <translation>ler as regras da sua cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="178"/>
        <source>read this person&apos;s posts</source>
        <translation>ler as publicações desta pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="201"/>
        <source>send your report</source>
        <translation>enviar sua denúncia</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="105"/>
        <source>&amp;Account</source>
        <extracomment>The hidden-words context of each list of posts on the main page (None: not filtered). The question opened last (tests look at it).</extracomment>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="107"/>
        <source>People you &amp;muted or blocked…</source>
        <translation>Pessoas &amp;silenciadas ou bloqueadas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="109"/>
        <source>&amp;Hidden words…</source>
        <translation>Palavras &amp;ocultas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="111"/>
        <source>&amp;Log out…</source>
        <translation>&amp;Sair…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="113"/>
        <source>&amp;Remove this account from Townsfolk…</source>
        <translation>&amp;Tirar esta conta do Townsfolk…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="136"/>
        <source>&amp;Log out of %1…</source>
        <translation>&amp;Sair de %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="149"/>
        <source>Your account</source>
        <translation>Sua conta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="153"/>
        <source>Hidden words…</source>
        <translation>Palavras ocultas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="154"/>
        <source>People you muted or blocked…</source>
        <translation>Pessoas silenciadas ou bloqueadas…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="155"/>
        <source>Log out…</source>
        <translation>Sair…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="156"/>
        <source>Remove this account…</source>
        <translation>Tirar esta conta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="187"/>
        <source>Mute %1…</source>
        <translation>Silenciar %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="190"/>
        <source>Block %1…</source>
        <translation>Bloquear %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="193"/>
        <source>Report %1…</source>
        <translation>Denunciar %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="198"/>
        <location filename="../src/townsfolk/ui/safety.py" line="538"/>
        <source>Block the whole town %1…</source>
        <translation>Bloquear a cidade inteira %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="265"/>
        <source>You muted %1. To undo it, press Unmute on their profile.</source>
        <translation>Você silenciou %1. Para desfazer, toque em Deixar de silenciar no perfil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="278"/>
        <source>You blocked %1. To undo it, press Unblock on their profile.</source>
        <translation>Você bloqueou %1. Para desfazer, toque em Desbloquear no perfil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="321"/>
        <source>Unmuted. Their new posts will show again.</source>
        <translation>Não está mais silenciado. As publicações novas vão aparecer de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="323"/>
        <source>Unblocked. You can follow each other again.</source>
        <translation>Desbloqueado. Vocês podem se seguir de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="351"/>
        <source>You blocked the town %1.</source>
        <translation>Você bloqueou a cidade %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="437"/>
        <source>Thank you. The team of %1 will look at your report.</source>
        <translation>Obrigado. A equipe de %1 vai analisar sua denúncia.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="478"/>
        <location filename="../src/townsfolk/ui/safety.py" line="524"/>
        <source>Unmute</source>
        <translation>Deixar de silenciar</translation>
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
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="485"/>
        <source>More: mute, block or report</source>
        <translation>Mais: silenciar, bloquear ou denunciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="508"/>
        <source>Unmute %1</source>
        <translation>Deixar de silenciar %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="509"/>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
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
        <translation>Você desbloqueou a cidade %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="767"/>
        <source>All the waiting posts were sent.</source>
        <translation>Todas as publicações em espera foram enviadas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="772"/>
        <source>They could not be sent yet. They are still saved on this computer.</source>
        <translation>Ainda não foi possível enviá-las. Elas continuam salvas neste computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="781"/>
        <source>Sending them now…</source>
        <translation>Enviando agora…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="809"/>
        <source>%1 was removed from Townsfolk.</source>
        <translation>%1 foi tirada do Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="811"/>
        <source>You logged out of %1.</source>
        <translation>Você saiu de %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="813"/>
        <source>%1 is now your main account.</source>
        <translation>%1 agora é sua conta principal.</translation>
    </message>
</context>
<context>
    <name>SafetyListsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="80"/>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="85"/>
        <source>People you muted or blocked</source>
        <translation>Pessoas silenciadas ou bloqueadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>You have not muted anyone.</source>
        <translation>Você não silenciou ninguém.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>Unmute</source>
        <translation>Deixar de silenciar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>You have not blocked anyone.</source>
        <translation>Você não bloqueou ninguém.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>You have not blocked any town.</source>
        <translation>Você não bloqueou nenhuma cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>Unblock the town</source>
        <translation>Desbloquear a cidade</translation>
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
        <translation>Cidades bloqueadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="110"/>
        <source>Name of a town, like example.social</source>
        <translation>Nome de uma cidade, como example.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="111"/>
        <source>Name of a town to block</source>
        <translation>Nome da cidade a bloquear</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="112"/>
        <source>Block this town…</source>
        <translation>Bloquear esta cidade…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="114"/>
        <source>Block this town</source>
        <translation>Bloquear esta cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="139"/>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="51"/>
        <source>A name, @someone@town, #hashtag, or the link of a post</source>
        <translation>Um nome, @alguém@cidade, #hashtag, ou o link de uma publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="53"/>
        <source>What to look for</source>
        <translation>O que procurar</translation>
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
        <translation>Procure pessoas e hashtags em todas as cidades que sua cidade conhece. Cole o link de uma publicação ou de uma pessoa para abrir aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="82"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="87"/>
        <source>People found</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="88"/>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="91"/>
        <source>Hashtags found</source>
        <translation>Hashtags encontradas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="99"/>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="103"/>
        <source>No posts found.</source>
        <translation>Nenhuma publicação encontrada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="106"/>
        <source>Posts found</source>
        <translation>Publicações encontradas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="124"/>
        <source>What you can look for</source>
        <translation>O que você pode procurar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="128"/>
        <source>A name, like “Ann” or “Riverside Library”: people whose name matches.</source>
        <translation>Um nome, como “Ana” ou “Biblioteca do Rio”: pessoas cujo nome combina.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="129"/>
        <source>A full address, like @ann@maple.social: that person, even in another town.</source>
        <translation>Um endereço completo, como @ann@maple.social: essa pessoa, mesmo em outra cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="131"/>
        <source>The web address of a profile or a post, copied from your browser: it opens here.</source>
        <translation>O endereço web de um perfil ou de uma publicação, copiado do navegador: abre aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="133"/>
        <source>A word with # in front, like #gardening: posts about that subject.</source>
        <translation>Uma palavra com # na frente, como #jardinagem: publicações sobre esse assunto.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="171"/>
        <source>Looking for “%1”…</source>
        <translation>Procurando “%1”…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="84"/>
        <source>No one found.</source>
        <translation>Ninguém encontrado.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="198"/>
        <source>No hashtags found.</source>
        <translation>Nenhuma hashtag encontrada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="201"/>
        <source>Nothing was found. Try other words.</source>
        <translation>Nada foi encontrado. Tente outras palavras.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>%1 people</source>
        <translation>%1 pessoas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>1 hashtag</source>
        <translation>1 hashtag</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>%1 hashtags</source>
        <translation>%1 hashtags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>1 post</source>
        <translation>1 publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>%1 posts</source>
        <translation>%1 publicações</translation>
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
        <translation>O Townsfolk não conseguiu guardar seu login com segurança, porque o cofre de senhas deste computador (chaveiro) não está disponível ou está bloqueado. Nada foi salvo como texto simples. Desbloqueie seu cofre de senhas se for pedido; no Linux, instale um, como o GNOME Keyring ou o KWallet, e entre de novo na sua área de trabalho. Depois tente de novo.</translation>
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
        <translation>Esta conta não está mais neste computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="300"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>O Townsfolk não está mais conectado a {handle}. Faça login de novo, por favor.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="357"/>
        <source>This account is not ready yet. Please try again.</source>
        <translation>Esta conta ainda não está pronta. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="401"/>
        <source>Townsfolk could not find {who}.</source>
        <translation>O Townsfolk não conseguiu encontrar {who}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="461"/>
        <source>A post of this account is still waiting to be sent. Send it first, or choose to delete it.</source>
        <translation>Uma publicação desta conta ainda está esperando para ser enviada. Envie primeiro, ou escolha apagá-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="467"/>
        <source>%n posts of this account are still waiting to be sent. Send them first, or choose to delete them.</source>
        <translation>%n publicações desta conta ainda estão esperando para serem enviadas. Envie primeiro, ou escolha apagá-las.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="127"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="137"/>
        <source>Settings</source>
        <extracomment>Space for saved pictures, in MB (the default, 500, is marked as the usual choice). Posts kept in each list (the default, 2000, is marked as the usual choice). (backup account id, follow the same people) for each choice changed, on &quot;Done&quot;.</extracomment>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="291"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="297"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="301"/>
        <source>Like the rest of my computer</source>
        <translation>Igual ao resto do meu computador</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="302"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="303"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="300"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="305"/>
        <source>&amp;Colours</source>
        <translation>&amp;Cores</translation>
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
        <translation>Mostrar imagens marcadas como sensíveis sem perguntar antes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="268"/>
        <source>Remind me to describe each picture for people who cannot see it</source>
        <translation>Me lembrar de descrever cada imagem para quem não consegue vê-la</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="258"/>
        <source>Tell me about new notifications when Townsfolk is in the background</source>
        <translation>Me avisar de notificações novas quando o Townsfolk estiver em segundo plano</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="245"/>
        <source>How often to look for new posts</source>
        <translation>Com que frequência procurar publicações novas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="255"/>
        <source>&amp;Look for new posts</source>
        <translation>Procurar &amp;publicações novas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="319"/>
        <source>Switch back by itself</source>
        <translation>Voltar sozinho</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="320"/>
        <source>Ask me first</source>
        <translation>Me perguntar antes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="318"/>
        <source>When my town is back after being down</source>
        <translation>Quando minha cidade voltar depois de ficar fora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="323"/>
        <source>When my town is &amp;back after being down</source>
        <translation>Quando minha cidade &amp;voltar depois de ficar fora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="334"/>
        <source>Follow the same people on my backup account @%1</source>
        <translation>Seguir as mesmas pessoas na minha conta reserva @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="341"/>
        <source>Your backup account follows everyone your main account follows, so it is ready to read with if your town is down.</source>
        <translation>Sua conta reserva segue todo mundo que sua conta principal segue, então ela está pronta para a leitura se sua cidade ficar fora do ar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="165"/>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="244"/>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="273"/>
        <source>Looks</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="316"/>
        <source>Your account</source>
        <translation>Sua conta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="360"/>
        <source>Keeping things tidy</source>
        <translation>Mantendo tudo em ordem</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="362"/>
        <source>Space for saved pictures</source>
        <translation>Espaço para imagens salvas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="371"/>
        <source>&amp;Space for saved pictures</source>
        <translation>&amp;Espaço para imagens salvas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="374"/>
        <source>Posts kept in each list</source>
        <translation>Publicações guardadas em cada lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="383"/>
        <source>&amp;Posts kept in each list</source>
        <translation>&amp;Publicações guardadas em cada lista</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="388"/>
        <source>Older posts and pictures are let go by themselves; Townsfolk fetches them again when you scroll back to them.</source>
        <translation>Publicações e imagens mais antigas são liberadas sozinhas; o Townsfolk busca de novo quando você rolar até elas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="394"/>
        <source>&amp;Free up space now</source>
        <translation>&amp;Liberar espaço agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="396"/>
        <source>Free up space now</source>
        <translation>Liberar espaço agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="422"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="428"/>
        <source>%1 (usual)</source>
        <translation>%1 (o normal)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="426"/>
        <source>%1 posts</source>
        <translation>%1 publicações</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="444"/>
        <source>Freeing up space…</source>
        <translation>Liberando espaço…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="461"/>
        <source>Townsfolk could not free up space just now: the disk or the saved posts could not be changed. Try again in a moment, or restart Townsfolk.</source>
        <translation>O Townsfolk não conseguiu liberar espaço agora: não foi possível alterar o disco ou as publicações salvas. Tente de novo daqui a pouco, ou reinicie o Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="470"/>
        <source>There was nothing to let go. Saved pictures now take %1.</source>
        <translation>Não havia nada para liberar. As imagens salvas agora ocupam %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="478"/>
        <source>Freed %1: %2 saved pictures and %3 old posts were let go. Saved pictures now take %4.</source>
        <translation>%1 liberados: %2 imagens salvas e %3 publicações antigas foram liberadas. As imagens salvas agora ocupam %4.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="491"/>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="492"/>
        <source>Every 2 minutes</source>
        <translation>A cada 2 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="493"/>
        <source>Every 5 minutes</source>
        <translation>A cada 5 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="494"/>
        <source>Every 15 minutes</source>
        <translation>A cada 15 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="495"/>
        <source>Every 30 minutes</source>
        <translation>A cada 30 minutos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="496"/>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="500"/>
        <source>Every %1 seconds</source>
        <translation>A cada %1 segundos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="504"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="40"/>
        <source>At least 8 characters. A short sentence you can remember works well.</source>
        <translation>Pelo menos 8 caracteres. Uma frase curta que você consiga lembrar funciona bem.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="44"/>
        <source>Too short: please use at least 8 characters.</source>
        <translation>Curta demais: use pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="56"/>
        <source>Strong password. Well done.</source>
        <translation>Senha forte. Muito bem.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="57"/>
        <source>Good. A longer one is even safer: try a short sentence.</source>
        <translation>Boa. Uma mais longa é ainda mais segura: tente uma frase curta.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="76"/>
        <source>A user name cannot have spaces. Use _ instead, like rosa_diaz.</source>
        <extracomment>The longest user name and display name Mastodon accepts.</extracomment>
        <translation>Um nome de usuário não pode ter espaços. Use _ no lugar, como rosa_diaz.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="80"/>
        <source>A user name can have only letters a to z, numbers and _.</source>
        <translation>Um nome de usuário só pode ter letras de a a z, números e _.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="84"/>
        <source>A user name can have at most {count} characters.</source>
        <translation>Um nome de usuário pode ter no máximo {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="101"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="154"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="102"/>
        <source>The name others will see, like Ann Archer</source>
        <translation>O nome que os outros vão ver, como Ana Arqueira</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="105"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="155"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="106"/>
        <source>Letters, numbers and _ only, like ann_archer</source>
        <translation>Só letras, números e _, como ana_arqueira</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="107"/>
        <source>Your full address</source>
        <translation>Seu endereço completo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="109"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="156"/>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="110"/>
        <source>you@example.com</source>
        <translation>voce@exemplo.com.br</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="112"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="157"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="114"/>
        <source>At least 8 characters</source>
        <translation>Pelo menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="115"/>
        <source>How strong the password is</source>
        <translation>Quão forte a senha é</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="117"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="121"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="158"/>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="123"/>
        <source>I agree to the rules</source>
        <translation>Concordo com as regras</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="145"/>
        <source>Problem with {what}</source>
        <translation>Problema com {what}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="159"/>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="209"/>
        <source>yourname</source>
        <translation>seunome</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="211"/>
        <source>Your full address will be @{name}@{town}</source>
        <translation>Seu endereço completo vai ser @{name}@{town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="216"/>
        <source>Create your account in {town}</source>
        <translation>Crie sua conta em {town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="230"/>
        <source>I have read the rules of {town} and I agree to them</source>
        <translation>Li as regras de {town} e concordo com elas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="239"/>
        <source>Asking {town} how to join…</source>
        <translation>Perguntando a {town} como entrar…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="252"/>
        <source>The town rules</source>
        <translation>As regras da cidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="254"/>
        <source>Terms of use</source>
        <translation>Termos de uso</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="256"/>
        <source>Privacy policy</source>
        <translation>Política de privacidade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="265"/>
        <source>The town&apos;s own pages (they open in your web browser):</source>
        <translation>As páginas da própria cidade (abrem no seu navegador):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="268"/>
        <source>The town&apos;s terms of use and privacy policy, as links</source>
        <translation>Os termos de uso e a política de privacidade da cidade, como links</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="284"/>
        <source>Date of birth (you must be at least {age})</source>
        <translation>Data de nascimento (você precisa ter pelo menos {age})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="297"/>
        <source>Create my account</source>
        <translation>Criar minha conta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="331"/>
        <source>Creating your account…</source>
        <translation>Criando sua conta…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="86"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. Your posts, follows and messages on your town are safe; posts that had not been sent yet may need to be written again. If Townsfolk asks, log in again.</source>
        <translation>O Townsfolk percebeu que os dados salvos neste computador estavam danificados, então deixou esse arquivo de lado e começou do zero. Suas publicações, seguimentos e mensagens na sua cidade estão seguros; as publicações que ainda não tinham sido enviadas talvez precisem ser escritas de novo. Se o Townsfolk pedir, faça login de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="98"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. It kept your accounts and the posts you had not sent yet. Your posts, follows and messages on your town are safe; saved timelines will load again from your town.</source>
        <translation>O Townsfolk percebeu que os dados salvos neste computador estavam danificados, então deixou esse arquivo de lado e começou do zero. Ele guardou suas contas e as publicações que você ainda não tinha enviado. Suas publicações, seguimentos e mensagens na sua cidade estão seguros; as listas de publicações salvas vão carregar de novo a partir da sua cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="55"/>
        <source>Townsfolk could not save or read its data on this computer. Nothing you already saved was lost. Please restart Townsfolk; if this keeps happening, restart the computer.</source>
        <translation>O Townsfolk não conseguiu salvar nem ler os dados dele neste computador. Nada do que você já tinha salvo foi perdido. Reinicie o Townsfolk; se continuar acontecendo, reinicie o computador.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="74"/>
        <source>Your computer&apos;s disk is full, so Townsfolk could not save this. Nothing you already saved was lost. Free some space (for example, empty the bin or delete large files you no longer need), then try again.</source>
        <translation>O disco do seu computador está cheio, então o Townsfolk não conseguiu salvar isto. Nada do que você já tinha salvo foi perdido. Libere algum espaço (por exemplo, esvazie a lixeira ou apague arquivos grandes de que você não precisa mais) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="87"/>
        <source>Townsfolk is not allowed to save in its folder on this computer. Nothing you already saved was lost. Check that your user account may write to the Townsfolk folder, then start Townsfolk again.</source>
        <translation>O Townsfolk não tem permissão para salvar na pasta dele neste computador. Nada do que você já tinha salvo foi perdido. Confira se sua conta de usuário pode escrever na pasta do Townsfolk e abra o Townsfolk de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="100"/>
        <source>Townsfolk&apos;s folder on this computer is read-only, so nothing new can be saved. Nothing you already saved was lost. Move Townsfolk&apos;s folder to a disk you can write to, or make it writable, then start Townsfolk again.</source>
        <translation>A pasta do Townsfolk neste computador é só de leitura, então nada novo pode ser salvo. Nada do que você já tinha salvo foi perdido. Mova a pasta do Townsfolk para um disco em que você possa escrever, ou libere a escrita nela, e abra o Townsfolk de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="113"/>
        <source>Townsfolk&apos;s saved data is being used by another program, perhaps a second copy of Townsfolk. Nothing was lost. Close the other copy, then try again.</source>
        <translation>Os dados salvos do Townsfolk estão sendo usados por outro programa, talvez uma segunda cópia do Townsfolk. Nada foi perdido. Feche a outra cópia e tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="125"/>
        <source>The disk reported an error while Townsfolk was saving. What was saved before is kept. If this happens again, the disk may be failing: copy your important files somewhere safe.</source>
        <translation>O disco relatou um erro enquanto o Townsfolk salvava. O que foi salvo antes continua guardado. Se isso acontecer de novo, o disco pode estar com defeito: copie seus arquivos importantes para um lugar seguro.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="138"/>
        <source>Townsfolk&apos;s saved data on this computer is damaged and could not be repaired automatically. Your posts on your town are safe. Restart Townsfolk; if this message comes back, start it with a new profile folder.</source>
        <translation>Os dados salvos do Townsfolk neste computador estão danificados e não puderam ser consertados automaticamente. Suas publicações na sua cidade estão seguras. Reinicie o Townsfolk; se esta mensagem voltar, abra-o com uma pasta de perfil nova.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="152"/>
        <source>Townsfolk found that its saved data on this computer is damaged. Your posts on your town are safe. Please restart Townsfolk: it will check its saved data and keep everything it can still read.</source>
        <translation>O Townsfolk percebeu que os dados salvos neste computador estão danificados. Suas publicações na sua cidade estão seguras. Reinicie o Townsfolk, por favor: ele vai verificar os dados salvos e manter tudo o que ainda conseguir ler.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="165"/>
        <source>This Townsfolk folder was last used by a newer version of Townsfolk. Nothing was changed. Please install the newest Townsfolk to keep using it.</source>
        <translation>Esta pasta do Townsfolk foi usada por último por uma versão mais nova do Townsfolk. Nada foi alterado. Instale o Townsfolk mais recente para continuar usando.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="53"/>
        <source>This conversation is not saved on this computer yet. It will show when your town answers.</source>
        <extracomment>The list&apos;s height when it has no posts to measure (Qt&apos;s &quot;no limit&quot;).</extracomment>
        <translation>Esta conversa ainda não está salva neste computador. Ela vai aparecer quando sua cidade responder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="58"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="70"/>
        <source>No replies yet. You can be the first to answer.</source>
        <translation>Ainda não há respostas. Você pode ser a primeira pessoa a responder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="82"/>
        <source>Write a reply…</source>
        <translation>Escrever uma resposta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="83"/>
        <source>Write a reply to this post</source>
        <translation>Escrever uma resposta a esta publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="117"/>
        <source>Write a reply to %1…</source>
        <translation>Escrever uma resposta a %1…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="722"/>
        <source>Content warning: %1</source>
        <translation>Aviso de conteúdo: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="487"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="519"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="488"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="517"/>
        <source>Saved</source>
        <translation>Salva</translation>
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
        <translation>Impulsionada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="405"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="688"/>
        <source>Read more</source>
        <extracomment>Custom emoji pictures asked for per post (a post may list 20,000); the rest stay words. A long post (Friendica, Hubzilla...: more than Mastodon&apos;s 500 letters) shows this many lines of its text in a list, then &quot;Read more&quot;, which opens it whole (ui/kinds). The widest a post&apos;s text runs, in letters (&quot;em&quot;), on a wide window. lupdate collects calls named ``translate`` whose context is written out. A post whose conversation is already on screen (a click on it opens nothing).</extracomment>
        <translation>Ler mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="504"/>
        <source>Boost</source>
        <translation>Impulsionar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourited</source>
        <translation>Favoritada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourite</source>
        <translation>Favoritar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="521"/>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="589"/>
        <source>Some posts are not loaded here. Show them</source>
        <translation>Algumas publicações não estão carregadas aqui. Mostrar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="605"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="204"/>
        <source>%1 boosted</source>
        <translation>%1 impulsionou</translation>
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
        <translation>Continuação de uma conversa</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="712"/>
        <source>Replying to %1</source>
        <translation>Respondendo a %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="715"/>
        <source>Replying to a post</source>
        <translation>Respondendo a uma publicação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Show anyway</source>
        <translation>Mostrar mesmo assim</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Hide again</source>
        <translation>Esconder de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="835"/>
        <source>Sensitive picture. Click to show it.</source>
        <translation>Imagem sensível. Clique para ver.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="848"/>
        <source>Picture</source>
        <translation>Imagem</translation>
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
        <translation>encerrada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="966"/>
        <source>you voted</source>
        <translation>você votou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="968"/>
        <source>click an answer to vote</source>
        <translation>clique numa resposta para votar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="135"/>
        <source>Some posts are not loaded yet here. Press Enter to load them.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out. What the person&apos;s hidden words do to a post: the post to show (folded behind a note when it should warn), or None when it is hidden (``ui/hidden_words.py``). The post shown whole even when long (the post a conversation is about).</extracomment>
        <translation>Algumas publicações ainda não estão carregadas aqui. Pressione Enter para carregá-las.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="209"/>
        <source>Press O to open it.</source>
        <translation>Pressione O para abrir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="214"/>
        <source>%1 Press Space to show the post anyway.</source>
        <translation>%1 Pressione Espaço para mostrar a publicação mesmo assim.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="220"/>
        <source>Content warning: %1. Press Space to show the post.</source>
        <translation>Aviso de conteúdo: %1. Pressione Espaço para ver a publicação.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="227"/>
        <source>Content warning: %1.</source>
        <translation>Aviso de conteúdo: %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="150"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="239"/>
        <source>no description</source>
        <translation>sem descrição</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="233"/>
        <source>The text is shortened here. Press O to read more.</source>
        <translation>O texto está encurtado aqui. Pressione O para ler mais.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="244"/>
        <source>%n pictures:</source>
        <translation>%n imagens:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="249"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="252"/>
        <source>Poll: %1</source>
        <translation>Enquete: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="257"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation>%1 respostas, %2 impulsos, %3 favoritos</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="326"/>
        <source>There are no posts here yet. New posts will show up here.</source>
        <translation>Ainda não há publicações aqui. As publicações novas vão aparecer aqui.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="509"/>
        <source>1 post could not be shown: the town sent it in a way Townsfolk cannot read.</source>
        <translation>1 publicação não pôde ser mostrada: a cidade enviou de um jeito que o Townsfolk não consegue ler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="512"/>
        <source>%n posts could not be shown: the town sent them in a way Townsfolk cannot read.</source>
        <translation>
            <numerusform>%n publicação não pôde ser mostrada: a cidade enviou de um jeito que o Townsfolk não consegue ler.</numerusform>
            <numerusform>%n publicações não puderam ser mostradas: a cidade enviou de um jeito que o Townsfolk não consegue ler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>1 new post</source>
        <translation>1 publicação nova</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>%n new posts</source>
        <translation>
            <numerusform>%n publicação nova</numerusform>
            <numerusform>%n publicações novas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timelines</name>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="193"/>
        <source>You are offline; showing saved posts.</source>
        <extracomment>The English text of :func:`offline_message` (what it says when no translation is installed). Pages asked for in a row while every post on them was unreadable.</extracomment>
        <translation>Você está sem internet; mostrando as publicações salvas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="202"/>
        <source>{problem} Showing saved posts.</source>
        <extracomment>{problem} is a sentence saying what went wrong with the town.</extracomment>
        <translation>{problem} Mostrando as publicações salvas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="207"/>
        <source>Something went wrong while loading posts. Showing saved posts.</source>
        <translation>Algo deu errado ao carregar as publicações. Mostrando as publicações salvas.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="132"/>
        <source>For everyone</source>
        <extracomment>Software that speaks the Mastodon client API well enough for Townsfolk. Software that certainly does not (shown as &quot;Townsfolk cannot use this town yet&quot;). One line under the title, in everyday words. Only filled by the live directory (nothing in the shipped list).</extracomment>
        <translation>Para todo mundo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="133"/>
        <source>Big towns about everything: a good place to start</source>
        <translation>Cidades grandes sobre todo tipo de assunto: um bom lugar para começar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="136"/>
        <source>Academia and science</source>
        <translation>Academia e ciência</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="137"/>
        <source>Researchers, teachers, students, libraries</source>
        <translation>Pesquisadores, professores, estudantes, bibliotecas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="140"/>
        <source>News and journalism</source>
        <translation>Notícias e jornalismo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="141"/>
        <source>Reporters, newsrooms and news lovers</source>
        <translation>Repórteres, redações e quem adora notícias</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="144"/>
        <source>Art, books and writing</source>
        <translation>Arte, livros e escrita</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="145"/>
        <source>Artists, photographers, writers, readers</source>
        <translation>Artistas, fotógrafos, escritores, leitores</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="148"/>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="149"/>
        <source>Musicians and music lovers</source>
        <translation>Músicos e quem adora música</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="152"/>
        <source>Games</source>
        <translation>Jogos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="153"/>
        <source>Video games, board games, role-playing</source>
        <translation>Videogames, jogos de tabuleiro, RPG</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="156"/>
        <source>Anime, fandoms and subcultures</source>
        <translation>Anime, fandoms e subculturas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="157"/>
        <source>Anime, manga, fan works and more</source>
        <translation>Anime, mangá, obras de fãs e mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="160"/>
        <source>Furries</source>
        <translation>Furries</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="161"/>
        <source>The furry community</source>
        <translation>A comunidade furry</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="164"/>
        <source>Technology and programming</source>
        <translation>Tecnologia e programação</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="165"/>
        <source>Computers, free software, coding</source>
        <translation>Computadores, software livre, código</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="168"/>
        <source>Safe spaces: LGBTQ+, BIPOC and more</source>
        <translation>Espaços seguros: LGBTQ+, pessoas negras e indígenas e mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="169"/>
        <source>Towns made for communities</source>
        <translation>Cidades feitas para comunidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="172"/>
        <source>Activism, politics and the planet</source>
        <translation>Ativismo, política e o planeta</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="173"/>
        <source>Causes, climate, social issues</source>
        <translation>Causas, clima, questões sociais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="176"/>
        <source>Hobbies, food and sports</source>
        <translation>Hobbies, comida e esportes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="177"/>
        <source>Radio, racing, cooking, parents and more</source>
        <translation>Rádio, corridas, culinária, mães e pais e mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="180"/>
        <source>Humour and fun</source>
        <translation>Humor e diversão</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="181"/>
        <source>Jokes, cats and silliness</source>
        <translation>Piadas, gatos e bobagens</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="184"/>
        <source>Cities and countries</source>
        <translation>Cidades e países</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="185"/>
        <source>Towns for one place in the world</source>
        <translation>Cidades para um lugar do mundo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="188"/>
        <source>In your language</source>
        <translation>No seu idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="189"/>
        <source>Towns for one language</source>
        <translation>Cidades para um idioma</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="192"/>
        <source>Faith and religion</source>
        <translation>Fé e religião</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="193"/>
        <source>Religious communities</source>
        <translation>Comunidades religiosas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="196"/>
        <source>Adults only (18+)</source>
        <translation>Só para adultos (18+)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="197"/>
        <source>Grown-up topics; you must be an adult</source>
        <translation>Assuntos adultos; você precisa ser maior de idade</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="200"/>
        <source>Other towns</source>
        <translation>Outras cidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="201"/>
        <source>Towns that fit nowhere else</source>
        <translation>Cidades que não se encaixam em nenhum outro lugar</translation>
    </message>
</context>
<context>
    <name>TownCards</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="49"/>
        <source>{people} people live here · {active} were active lately</source>
        <translation>{people} pessoas moram aqui · {active} estiveram ativas recentemente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="52"/>
        <source>{people} people live here</source>
        <translation>{people} pessoas moram aqui</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="61"/>
        <source>Language: {names}</source>
        <translation>Idioma: {names}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="66"/>
        <source>Townsfolk cannot use this kind of town yet ({software})</source>
        <translation>O Townsfolk ainda não consegue usar este tipo de cidade ({software})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="68"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="70"/>
        <source>Did not answer the last time Townsfolk asked</source>
        <translation>Não respondeu da última vez que o Townsfolk perguntou</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="74"/>
        <source>You can join now</source>
        <translation>Você pode entrar agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="75"/>
        <source>You ask to join, and someone from the town says yes</source>
        <translation>Você pede para entrar e alguém da cidade diz sim</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="78"/>
        <source>Not taking new people</source>
        <translation>Não está recebendo gente nova</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="87"/>
        <source>A big town about everything, where newcomers can join.</source>
        <translation>Uma cidade grande sobre todo tipo de assunto, onde quem chega pode entrar.</translation>
    </message>
</context>
<context>
    <name>TownStatus</name>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="162"/>
        <source>a few seconds</source>
        <translation>alguns segundos</translation>
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
        <translation>cerca de 1 hora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="175"/>
        <source>about %n hours</source>
        <translation>cerca de %n horas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="179"/>
        <source>about 1 day</source>
        <translation>cerca de 1 dia</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="181"/>
        <source>about %n days</source>
        <translation>cerca de %n dias</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="217"/>
        <source>You have been offline since {start} ({length} so far).</source>
        <translation>Você está sem internet desde {start} ({length} até agora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="221"/>
        <source>You have been offline since {start} on {day} ({length} so far).</source>
        <translation>Você está sem internet desde {start} de {day} ({length} até agora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="226"/>
        <source>You were offline for {length}, from {start}.</source>
        <translation>Você ficou sem internet por {length}, a partir de {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="228"/>
        <source>You were offline for {length}, from {start} on {day}.</source>
        <translation>Você ficou sem internet por {length}, a partir de {start} de {day}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="233"/>
        <source>{town} has not been answering since {start} ({length} so far).</source>
        <translation>{town} não responde desde {start} ({length} até agora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="237"/>
        <source>{town} has not been answering since {start} on {day} ({length} so far).</source>
        <translation>{town} não responde desde {start} de {day} ({length} até agora).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="242"/>
        <source>{town} was not answering for {length}, from {start}.</source>
        <translation>{town} ficou sem responder por {length}, a partir de {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="244"/>
        <source>{town} was not answering for {length}, from {start} on {day}.</source>
        <translation>{town} ficou sem responder por {length}, a partir de {start} de {day}.</translation>
    </message>
</context>
<context>
    <name>TownStatusDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="63"/>
        <location filename="../src/townsfolk/ui/town_status.py" line="64"/>
        <source>Town status</source>
        <translation>Situação das cidades</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="70"/>
        <source>How your towns are doing</source>
        <translation>Como suas cidades estão</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="75"/>
        <source>Each of your accounts lives in a town. When a town does not answer, Townsfolk uses your backup account and keeps your posts safe until the town is back.</source>
        <translation>Cada uma das suas contas mora numa cidade. Quando uma cidade não responde, o Townsfolk usa sua conta reserva e mantém suas publicações seguras até a cidade voltar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="90"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="113"/>
        <source>You are offline, so Townsfolk cannot reach any town just now.</source>
        <translation>Você está sem internet, então o Townsfolk não consegue chegar a nenhuma cidade agora.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="115"/>
        <source>Answering normally.</source>
        <translation>Respondendo normalmente.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="117"/>
        <source>Slow: it answers, but takes a long time.</source>
        <translation>Lenta: responde, mas demora muito.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="119"/>
        <source>Back: answering again.</source>
        <translation>De volta: respondendo de novo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="120"/>
        <source>Not answering since %1. Townsfolk keeps checking by itself.</source>
        <translation>Sem resposta desde %1. O Townsfolk continua verificando sozinho.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="140"/>
        <source>In use now: your backup account @%1.</source>
        <translation>Em uso agora: sua conta reserva @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="142"/>
        <source>In use now: your account @%1.</source>
        <translation>Em uso agora: sua conta @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="160"/>
        <source>Your backup accounts</source>
        <translation>Suas contas reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="174"/>
        <source>When towns were down</source>
        <translation>Quando as cidades ficaram fora do ar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="178"/>
        <source>None of your towns has been down since Townsfolk started keeping track.</source>
        <translation>Nenhuma das suas cidades ficou fora do ar desde que o Townsfolk começou a acompanhar.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="210"/>
        <source>Your backup account @%1</source>
        <translation>Sua conta reserva @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="212"/>
        <source>Your account @%1</source>
        <translation>Sua conta @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="214"/>
        <source>(in use now)</source>
        <translation>(em uso agora)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="251"/>
        <source>This backup account does not follow the same people as your main account. You can change this in Settings.</source>
        <translation>Esta conta reserva não segue as mesmas pessoas que sua conta principal. Você pode mudar isso nas Configurações.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="257"/>
        <source>Townsfolk will soon make this backup account follow the same people as your main account.</source>
        <translation>O Townsfolk logo vai fazer esta conta reserva seguir as mesmas pessoas que sua conta principal.</translation>
    </message>
</context>
<context>
    <name>UnfollowDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="163"/>
        <source>Stop following %1?</source>
        <translation>Deixar de seguir %1?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="164"/>
        <source>You won&apos;t see their posts in People you follow.</source>
        <translation>Você não vai mais ver as publicações dessa pessoa em Pessoas que você segue.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="165"/>
        <source>Stop following</source>
        <translation>Deixar de seguir</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="267"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="327"/>
        <source>Waiting to be sent</source>
        <extracomment>&quot;Post from my backup instead&quot; (shown with :meth:`offer_backup` while the town is down).</extracomment>
        <translation>Esperando para ser enviada</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="268"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="271"/>
        <source>Posts waiting to be sent</source>
        <translation>Publicações esperando para serem enviadas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="276"/>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="277"/>
        <source>Change the chosen waiting post</source>
        <translation>Alterar a publicação em espera escolhida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="279"/>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="280"/>
        <source>Delete the chosen waiting post</source>
        <translation>Apagar a publicação em espera escolhida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="282"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="283"/>
        <source>Try to send the chosen post again</source>
        <translation>Tentar enviar de novo a publicação escolhida</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="287"/>
        <source>About the waiting posts</source>
        <translation>Sobre as publicações em espera</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="288"/>
        <source>Post from my backup instead</source>
        <translation>Publicar pela minha conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="290"/>
        <source>Post the chosen post from my backup account instead</source>
        <translation>Publicar a publicação escolhida pela minha conta reserva</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="319"/>
        <source>(pictures only)</source>
        <translation>(só imagens)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="321"/>
        <source>Needs you: %1</source>
        <translation>Precisa de você: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="323"/>
        <source>Being sent now</source>
        <translation>Sendo enviada agora</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="325"/>
        <source>Waiting; Townsfolk will try again soon. %1</source>
        <translation>Esperando; o Townsfolk vai tentar de novo logo. %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="377"/>
        <source>The post was deleted. It was never sent.</source>
        <translation>A publicação foi apagada. Ela nunca foi enviada.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="392"/>
        <source>Delete this post?</source>
        <translation>Apagar esta publicação?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="393"/>
        <source>This post has not been sent yet. Delete it for good?</source>
        <translation>Esta publicação ainda não foi enviada. Apagar de vez?</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="180"/>
        <source>Townsfolk: practice town</source>
        <extracomment>The settings every window shares (the practice window is attached to them). &quot;Add a practice account&quot; in the practice window, while open. The gentle &quot;add a backup account&quot; message, a few days after the wizard.</extracomment>
        <translation>Townsfolk: cidade de treino</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="203"/>
        <source>This is a practice town. Everything here stays on your computer, so try anything you like. When you are ready, join a real town.</source>
        <translation>Esta é uma cidade de treino. Tudo aqui fica no seu computador, então experimente o que quiser. Quando estiver pronto, entre numa cidade de verdade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="207"/>
        <source>Join a real town</source>
        <translation>Entrar numa cidade de verdade</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="29"/>
        <source>Welcome to Townsfolk</source>
        <translation>Boas-vindas ao Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="32"/>
        <source>Picture: three towns joined by roads</source>
        <translation>Imagem: três cidades ligadas por estradas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="33"/>
        <source>What the fediverse is</source>
        <translation>O que é o fediverso</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="35"/>
        <source>Tell me more</source>
        <translation>Quero saber mais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="36"/>
        <source>Tell me more about how it works</source>
        <translation>Quero saber mais sobre como funciona</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="46"/>
        <source>How the fediverse works</source>
        <translation>Como o fediverso funciona</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="130"/>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="131"/>
        <source>Welcome to Townsfolk</source>
        <extracomment>Seconds between two &quot;is the email confirmed yet?&quot; checks. Seconds to wait for the browser log-in. Seconds of waiting for the browser log-in before saying that the town may want the code instead (some towns show their own error page and never send the person back). The company&apos;s own town (services/organisation.py); the wizard then starts there. An account became usable (logged in, or its email confirmed), a main account or a backup: the app makes it live at once, before the wizard ends (it may never end). A background task failed unexpectedly (a bug); the message is for the log.</extracomment>
        <translation>Boas-vindas ao Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="151"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="152"/>
        <source>Close; your progress is kept</source>
        <translation>Fechar; seu progresso fica guardado</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="155"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="156"/>
        <source>Back to the page before</source>
        <translation>Voltar para a página anterior</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="157"/>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="160"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="161"/>
        <source>Enter or Alt+N</source>
        <translation>Enter ou Alt+N</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="357"/>
        <source>Opening the practice town…</source>
        <translation>Abrindo a cidade de treino…</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="29"/>
        <source>Townsfolk saves these from %1 in files a town can read (the same files Mastodon&apos;s own export makes). Nothing on your town changes.</source>
        <translation>O Townsfolk salva essas coisas de %1 em arquivos que uma cidade consegue ler (os mesmos arquivos que a exportação do Mastodon faz). Nada muda na sua cidade.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="34"/>
        <source>Choose what to take along from %1. Nothing is changed on your old town: you can still use it while you move.</source>
        <translation>Escolha o que levar de %1. Nada muda na sua cidade antiga: você pode continuar usando enquanto se muda.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="52"/>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="62"/>
        <source>Save my follows and lists</source>
        <translation>Salvar quem eu sigo e minhas listas</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="63"/>
        <source>What do you want to take along?</source>
        <translation>O que você quer levar?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="74"/>
        <source>The files go into %1</source>
        <translation>Os arquivos vão para %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="86"/>
        <source>Where should the files go?</source>
        <translation>Onde os arquivos devem ficar?</translation>
    </message>
</context>
</TS>
