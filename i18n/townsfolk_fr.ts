<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="40"/>
        <source>About this town</source>
        <translation>À propos de cette ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="44"/>
        <source>Why do you want to join? The people who look after this town read every request. It may take a few days before they say yes; Townsfolk will tell you.</source>
        <translation>Pourquoi voulez-vous la rejoindre&#x202f;? Les personnes qui s’occupent de cette ville lisent chaque demande. Il peut se passer quelques jours avant qu’elles disent oui&#x202f;; Townsfolk vous préviendra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="48"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="51"/>
        <source>Why do you want to join?</source>
        <translation>Pourquoi voulez-vous la rejoindre&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="53"/>
        <source>A sentence or two about you and why you&apos;d like to join</source>
        <translation>Une phrase ou deux sur vous et sur ce qui vous donne envie de la rejoindre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="58"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="59"/>
        <source>Ask the town again</source>
        <translation>Redemander à la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="62"/>
        <source>I already have an account here</source>
        <translation>J’ai déjà un compte ici</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="63"/>
        <source>I already have an account in this town</source>
        <translation>J’ai déjà un compte dans cette ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="66"/>
        <source>Join on the town&apos;s web page</source>
        <translation>S’inscrire sur la page web de la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="69"/>
        <source>Join on the town&apos;s web page (opens your web browser)</source>
        <translation>S’inscrire sur la page web de la ville (s’ouvre dans votre navigateur)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="102"/>
        <source>Asking {town} about itself…</source>
        <extracomment>Said once the town is read again (why the person was sent back here).</extracomment>
        <translation>Townsfolk demande à {town} de se présenter…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="159"/>
        <source>The town&apos;s page is open in your web browser. When you have joined there (and confirmed your email, if the town asks), come back and press “I have joined: log in”.</source>
        <translation>La page de la ville est ouverte dans votre navigateur. Quand vous vous y serez inscrit (et aurez confirmé votre adresse e-mail, si la ville le demande), revenez ici et appuyez sur «&#xa0;Je suis inscrit&#xa0;: me connecter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="167"/>
        <source>I have joined: log in</source>
        <translation>Je suis inscrit&#xa0;: me connecter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="168"/>
        <source>Join this town</source>
        <translation>Rejoindre cette ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="205"/>
        <source>Town address: {address}</source>
        <translation>Adresse de la ville&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="214"/>
        <source>{n} people live here, and {active} of them were active last month.</source>
        <translation>{n} personnes habitent ici, et {active} d’entre elles étaient actives le mois dernier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="220"/>
        <source>{n} people live here, and {active} of them were active last week.</source>
        <translation>{n} personnes habitent ici, et {active} d’entre elles étaient actives la semaine dernière.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="226"/>
        <source>{n} people live here.</source>
        <translation>{n} personnes habitent ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="232"/>
        <source>{n} people were active here last month.</source>
        <translation>{n} personnes étaient actives ici le mois dernier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="238"/>
        <source>Language: {names}.</source>
        <translation>Langue&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="244"/>
        <source>Can I join?</source>
        <translation>Puis-je la rejoindre&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="248"/>
        <source>Yes: you can join now.</source>
        <translation>Oui&#xa0;: vous pouvez la rejoindre dès maintenant.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="249"/>
        <source>You ask to join, and a person from the town says yes. This can take a few days.</source>
        <translation>Vous demandez à la rejoindre, et une personne de la ville dit oui. Cela peut prendre quelques jours.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="253"/>
        <source>This town is not taking new people right now. Please go back and pick another town.</source>
        <translation>Cette ville n’accueille pas de nouveaux habitants pour le moment. Revenez en arrière et choisissez une autre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="257"/>
        <source>Yes, on the town&apos;s own web page: press “Join on the town&apos;s web page”, join there, then come back here and log in.</source>
        <translation>Oui, sur la page web de la ville&#xa0;: appuyez sur «&#xa0;S’inscrire sur la page web de la ville&#xa0;», inscrivez-vous là-bas, puis revenez ici pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="273"/>
        <source>You must be at least {age} years old.</source>
        <translation>Vous devez avoir au moins {age} ans.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="277"/>
        <source>The town rules</source>
        <translation>Les règles de la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="286"/>
        <source>This town keeps its rules on its web page. Please read them before you join:</source>
        <translation>Cette ville présente ses règles sur sa page web. Lisez-les avant de la rejoindre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="290"/>
        <source>Read the town rules</source>
        <translation>Lire les règles de la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="296"/>
        <source>The town did not tell Townsfolk its rules. Every town has some: please read about the town on its web page before you join.</source>
        <translation>La ville n’a pas communiqué ses règles à Townsfolk. Toutes les villes en ont&#xa0;: lisez la présentation de la ville sur sa page web avant de la rejoindre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="303"/>
        <source>About the town (its web page)</source>
        <translation>À propos de la ville (sa page web)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="307"/>
        <source>Terms of use</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="312"/>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="316"/>
        <source>Before you join, you can read these pages (they open in your web browser):</source>
        <translation>Avant de la rejoindre, vous pouvez lire ces pages (elles s’ouvrent dans votre navigateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="325"/>
        <source>Who runs it: {who}</source>
        <translation>Qui s’en occupe&#xa0;: {who}</translation>
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
        <translation>Déménager tout mon compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="112"/>
        <source>What moves: your followers. Once the move is done, your old town tells them, and their accounts follow your new account by themselves. Townsfolk then brings in the people you follow, your lists, blocks, mutes, blocked towns and bookmarks.</source>
        <translation>Ce qui déménage&#xa0;: vos abonnés. Une fois le déménagement fait, votre ancienne ville les prévient, et leurs comptes suivent votre nouveau compte tout seuls. Townsfolk reprend ensuite les personnes que vous suivez, vos listes, blocages, mises en sourdine, villes bloquées et signets.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="120"/>
        <source>What does not move: your posts. They stay on %1, and your old account shows that you moved. After moving you must wait %2 days before you can move again.</source>
        <translation>Ce qui ne déménage pas&#xa0;: vos publications. Elles restent sur %1, et votre ancien compte indique que vous avez déménagé. Après un déménagement, il faut attendre %2 jours avant de pouvoir déménager à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="128"/>
        <source>Your new account:</source>
        <translation>Votre nouveau compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="130"/>
        <source>Your new account</source>
        <translation>Votre nouveau compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="133"/>
        <source>Add an account in another town…</source>
        <translation>Ajouter un compte dans une autre ville…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="139"/>
        <source>Open the download page</source>
        <translation>Ouvrir la page de téléchargement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="141"/>
        <source>Skip this</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="144"/>
        <source>Open the page on the new town</source>
        <translation>Ouvrir la page dans la nouvelle ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="146"/>
        <source>Copy the old address</source>
        <translation>Copier l’ancienne adresse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="150"/>
        <source>Save, then open the page on the old town</source>
        <translation>Enregistrer, puis ouvrir la page dans l’ancienne ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="286"/>
        <source>Step 2. Townsfolk first saves the people you follow, your lists, blocks, mutes, blocked towns and bookmarks (once you have moved, %1 no longer lets it read them). Then, on %1, open “Move to a different account”, type your new address: %2, and your password, and press the button there to move.</source>
        <translation>Étape 2. Townsfolk enregistre d’abord les personnes que vous suivez, vos listes, blocages, mises en sourdine, villes bloquées et signets (une fois le déménagement fait, %1 ne laisse plus Townsfolk les lire). Puis, sur %1, ouvrez «&#xa0;Déménager vers un autre compte&#xa0;», saisissez votre nouvelle adresse&#xa0;: %2, et votre mot de passe, et appuyez sur le bouton pour déménager.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="372"/>
        <source>Saving the people you follow, your lists, blocks, mutes, blocked towns and bookmarks from %1 first: once the account has moved, %2 no longer lets Townsfolk read them…</source>
        <translation>Townsfolk enregistre d’abord les personnes que vous suivez, vos listes, blocages, mises en sourdine, villes bloquées et signets de %1&#xa0;: une fois le compte déménagé, %2 ne laisse plus Townsfolk les lire…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="403"/>
        <source>%1 no longer lets Townsfolk read your old account: it may have moved already. Townsfolk looks whether it did.</source>
        <translation>%1 ne laisse plus Townsfolk lire votre ancien compte&#xa0;: il a peut-être déjà déménagé. Townsfolk regarde si c’est le cas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="410"/>
        <source>Saved. When you have moved on the old town&apos;s page, Townsfolk sees it here by itself (it looks every little while).</source>
        <translation>Enregistré. Quand vous aurez déménagé sur la page de l’ancienne ville, Townsfolk le verra ici tout seul (il regarde régulièrement).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="425"/>
        <source>Nothing has moved. Do not move on the old town&apos;s page yet: press the button again when %1 answers.</source>
        <translation>Rien n’a déménagé. Ne déménagez pas encore sur la page de l’ancienne ville&#xa0;: appuyez à nouveau sur le bouton quand %1 répondra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="494"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, and nothing was saved before the move. Your followers still move by themselves. For the rest: download your files on %1&apos;s export page (it still works after a move), then bring them into %2 with “Bring in follows from a file…” in the menu.</source>
        <translation>%1 ne laisse plus Townsfolk lire votre ancien compte maintenant qu’il a déménagé, et rien n’a été enregistré avant le déménagement. Vos abonnés déménagent quand même tout seuls. Pour le reste&#xa0;: téléchargez vos fichiers sur la page d’export de %1 (elle marche encore après un déménagement), puis reprenez-les dans %2 avec «&#xa0;Reprendre des abonnements depuis un fichier…&#xa0;» dans le menu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="153"/>
        <source>Copy the new address</source>
        <translation>Copier la nouvelle adresse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="158"/>
        <source>Look now</source>
        <translation>Regarder maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="161"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="169"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="171"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="272"/>
        <source>(choose it above)</source>
        <translation>(choisissez-le ci-dessus)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="273"/>
        <source>your new town</source>
        <translation>votre nouvelle ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="276"/>
        <source>First, if you want your posts: download them from %1 (a file for you to keep; they cannot be moved to the new town).</source>
        <translation>D’abord, si vous voulez garder vos publications&#xa0;: téléchargez-les depuis %1 (un fichier à conserver&#x202f;; elles ne peuvent pas déménager dans la nouvelle ville).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="280"/>
        <source>Step 1. On %1, open “Account aliases” and type your old address: %2. This tells the new town the old account is yours.</source>
        <translation>Étape 1. Sur %1, ouvrez «&#xa0;Alias du compte&#xa0;» et saisissez votre ancienne adresse&#xa0;: %2. Ainsi, la nouvelle ville sait que l’ancien compte est à vous.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="293"/>
        <source>Step 3. Townsfolk looks whether %1 now says it moved.</source>
        <translation>Étape 3. Townsfolk regarde si %1 indique maintenant le déménagement.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="297"/>
        <source>Step 4. Townsfolk brings the people you follow, your lists, blocks, mutes, blocked towns and bookmarks into %1.</source>
        <translation>Étape 4. Townsfolk reprend dans %1 les personnes que vous suivez, vos listes, blocages, mises en sourdine, villes bloquées et signets.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="300"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="330"/>
        <source>You have moved to %1. Your followers are moving there by themselves (this can take a while). You can move again after %2.</source>
        <translation>Vous avez déménagé vers %1. Vos abonnés y déménagent tout seuls (cela peut prendre un moment). Vous pourrez déménager à nouveau après le %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="455"/>
        <source>%1 does not say it moved yet. If you have done step 2, wait a minute: Townsfolk keeps looking.</source>
        <translation>%1 n’indique pas encore le déménagement. Si vous avez fait l’étape 2, attendez une minute&#xa0;: Townsfolk continue de regarder.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="481"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, so Townsfolk brings in what it saved just before the move.</source>
        <translation>%1 ne laisse plus Townsfolk lire votre ancien compte maintenant qu’il a déménagé. Townsfolk reprend donc ce qu’il a enregistré juste avant le déménagement.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="486"/>
        <source>Reading everything from your old account…</source>
        <translation>Lecture de tout ce qui est dans votre ancien compte…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="31"/>
        <source>Add an account in another town…</source>
        <translation>Ajouter un compte dans une autre ville…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="33"/>
        <source>Look again</source>
        <translation>Regarder à nouveau</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="42"/>
        <source>Which account do you move into?</source>
        <translation>Dans quel compte emménagez-vous&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="54"/>
        <source>Choose the account that should get what is in the file.</source>
        <translation>Choisissez le compte qui doit recevoir le contenu du fichier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="57"/>
        <source>Choose your account in the new town. If you do not have one yet, add it first: Townsfolk helps you sign up or log in, then you come back here.</source>
        <translation>Choisissez votre compte dans la nouvelle ville. Si vous n’en avez pas encore, ajoutez-le d’abord&#xa0;: Townsfolk vous aide à vous inscrire ou à vous connecter, puis vous revenez ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="87"/>
        <source>You have no other account yet. Add one first.</source>
        <translation>Vous n’avez pas encore d’autre compte. Ajoutez-en un d’abord.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="88"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="90"/>
        <source>Which of your accounts you are reading and writing with</source>
        <translation>Le compte avec lequel vous lisez et écrivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="144"/>
        <source>(backup)</source>
        <translation>(secours)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="192"/>
        <source>In use: your backup account @%1</source>
        <translation>En cours d’utilisation&#xa0;: votre compte de secours @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="194"/>
        <source>In use: your account @%1</source>
        <translation>En cours d’utilisation&#xa0;: votre compte @%1</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="225"/>
        <source>Someone in this town already uses that name. Please choose another one.</source>
        <extracomment>Software that looks at the return address only after the person has logged in (so the check before opening the browser cannot see a refusal) and refuses a loopback port. Software that signs people up only on its web page (no ``POST /api/v1/accounts``), and where that page is on the town. Where towns that keep their rules and policies as web pages (Takahē) put them; each is looked for only when the town&apos;s answers leave it out. How long a browser log-in that did not come back makes a town &quot;prefers the code&quot;. The town&apos;s own words about joining (plain text), e.g. why it is closed. For ``ELSEWHERE``: the page where people sign up. The town&apos;s own web pages for its terms of service and privacy policy, or None when the town has none (the wizard then says nothing rather than show a dead link). When the town&apos;s answers list no rules: its web page with the rules, if it has one (never shown as &quot;no rules&quot;), and its &quot;about&quot; page (or home page) to read instead.</extracomment>
        <translation>Quelqu’un dans cette ville utilise déjà ce nom. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="229"/>
        <source>That name is kept aside by the town. Please choose another one.</source>
        <translation>Ce nom est réservé par la ville. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="232"/>
        <source>A name can only have letters, numbers and underscores (_).</source>
        <translation>Un nom ne peut contenir que des lettres, des chiffres et des tirets bas (_).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="235"/>
        <source>That name is too long. Please choose a shorter one.</source>
        <translation>Ce nom est trop long. Choisissez-en un plus court.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="238"/>
        <source>Please choose a name.</source>
        <translation>Choisissez un nom.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="241"/>
        <source>This email address already has an account in this town. You can log in instead.</source>
        <translation>Cette adresse e-mail a déjà un compte dans cette ville. Vous pouvez vous connecter à la place.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="245"/>
        <source>This town does not accept this email provider. Please use another email address.</source>
        <translation>Cette ville n’accepte pas ce fournisseur d’e-mail. Utilisez une autre adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="249"/>
        <source>This email address does not seem to exist. Please check it.</source>
        <translation>Cette adresse e-mail ne semble pas exister. Vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="252"/>
        <source>That does not look like an email address. Please check it.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail. Vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="255"/>
        <source>Please type your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="258"/>
        <source>Your password is too short. Please use at least 8 characters.</source>
        <translation>Votre mot de passe est trop court. Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="261"/>
        <source>Your password is too long. Please use fewer than 72 characters.</source>
        <translation>Votre mot de passe est trop long. Utilisez moins de 72 caractères.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="264"/>
        <source>Please choose a password.</source>
        <translation>Choisissez un mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="265"/>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>Ce mot de passe ne peut pas être utilisé. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="270"/>
        <source>Please read the town&apos;s rules and tick “I agree” to join.</source>
        <translation>Lisez les règles de la ville et cochez «&#xa0;J’accepte&#xa0;» pour la rejoindre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="275"/>
        <source>This town asks why you would like to join. Please write a sentence or two.</source>
        <translation>Cette ville demande pourquoi vous voulez la rejoindre. Écrivez une phrase ou deux.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="279"/>
        <source>Your reason is too long. Please make it shorter.</source>
        <translation>Votre motif est trop long. Raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="284"/>
        <source>Sorry, you are too young to join this town.</source>
        <translation>Désolé, vous êtes trop jeune pour rejoindre cette ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="285"/>
        <source>Please give your date of birth; this town needs it.</source>
        <translation>Indiquez votre date de naissance&#x202f;; cette ville en a besoin.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="288"/>
        <source>Please give your date of birth as day, month and year.</source>
        <translation>Indiquez votre date de naissance avec le jour, le mois et l’année.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="297"/>
        <source>Please choose another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="298"/>
        <source>Please check your email address.</source>
        <translation>Vérifiez votre adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="299"/>
        <source>Please choose another password.</source>
        <translation>Choisissez un autre mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="300"/>
        <source>Please tick “I agree” to join.</source>
        <translation>Cochez «&#xa0;J’accepte&#xa0;» pour la rejoindre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="301"/>
        <source>Please check why you would like to join.</source>
        <translation>Vérifiez pourquoi vous voulez la rejoindre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="302"/>
        <source>Please check your date of birth.</source>
        <translation>Vérifiez votre date de naissance.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="313"/>
        <source>Please check what you typed here.</source>
        <translation>Vérifiez ce que vous avez saisi ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="319"/>
        <source>in a minute</source>
        <translation>dans une minute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="322"/>
        <source>in about {minutes} minutes</source>
        <translation>dans environ {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="323"/>
        <source>in an hour or so</source>
        <translation>dans une heure environ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="331"/>
        <source>The connection to {town} is not safe (its certificate could not be checked), so Townsfolk did not continue. Please check the address or try again later.</source>
        <translation>La connexion à {town} n’est pas sûre (son certificat n’a pas pu être vérifié), Townsfolk s’est donc arrêté. Vérifiez l’adresse ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="337"/>
        <source>Townsfolk could not reach {town}. Please check the address and your internet connection, then try again.</source>
        <translation>Townsfolk n’a pas pu joindre {town}. Vérifiez l’adresse et votre connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="343"/>
        <source>{town} is taking too long to answer. Please try again in a little while.</source>
        <translation>{town} met trop de temps à répondre. Réessayez dans un petit moment.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="347"/>
        <source>{town} is a kind of town that Townsfolk cannot use yet. Please choose another town.</source>
        <translation>{town} est un type de ville que Townsfolk ne sait pas encore utiliser. Choisissez une autre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="352"/>
        <source>{town} asked Townsfolk to slow down. Please try again {when}.</source>
        <translation>{town} a demandé à Townsfolk de ralentir. Réessayez {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="358"/>
        <source>Townsfolk could not talk to {town}. Please try again in a little while.</source>
        <translation>Townsfolk n’a pas pu parler à {town}. Réessayez dans un petit moment.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="361"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Un problème est survenu en parlant à {town}. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="434"/>
        <source>{town} does not look like a town Townsfolk can use. Please check the address.</source>
        <extracomment>Towns whose sign-up answered 404/405: base URL -&gt; the page to join on.</extracomment>
        <translation>{town} ne ressemble pas à une ville que Townsfolk peut utiliser. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="483"/>
        <source>{town} takes new people only on its own web page. Join there, then come back and log in.</source>
        <translation>{town} n’accueille les nouveaux habitants que sur sa propre page web. Inscrivez-vous là-bas, puis revenez vous connecter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="512"/>
        <source>{town} did not let Townsfolk in. Please try again later.</source>
        <translation>{town} n’a pas laissé entrer Townsfolk. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="576"/>
        <source>{town} does not allow the usual way of logging in from Townsfolk. Please use the code instead: Townsfolk will show you how.</source>
        <translation>{town} n’autorise pas la façon habituelle de se connecter depuis Townsfolk. Utilisez plutôt le code&#xa0;: Townsfolk vous montrera comment faire.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="610"/>
        <source>The town did not accept this log-in. Please try again.</source>
        <translation>La ville n’a pas accepté cette connexion. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="693"/>
        <source>That does not look like the code from the town&apos;s page. Please copy it again.</source>
        <translation>Cela ne ressemble pas au code de la page de la ville. Copiez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="719"/>
        <source>This code did not work. Codes work only once and only for a short time: press “Get a new code”, log in on the page that opens and copy the new code.</source>
        <translation>Ce code n’a pas fonctionné. Un code ne sert qu’une fois et pendant peu de temps&#xa0;: appuyez sur «&#xa0;Obtenir un nouveau code&#xa0;», connectez-vous sur la page qui s’ouvre et copiez le nouveau code.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="795"/>
        <location filename="../src/townsfolk/services/accounts.py" line="823"/>
        <source>{town} is not taking new people right now. Please choose another town.</source>
        <translation>{town} n’accueille pas de nouveaux habitants pour le moment. Choisissez une autre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="806"/>
        <source>Please fill in the marked boxes.</source>
        <translation>Remplissez les cases signalées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="830"/>
        <source>Too many sign-ups were tried from your internet connection. Please try again {when}.</source>
        <translation>Trop d’inscriptions ont été tentées depuis votre connexion internet. Réessayez {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="938"/>
        <source>Please sign up again: Townsfolk no longer has this account&apos;s key.</source>
        <translation>Inscrivez-vous à nouveau&#xa0;: Townsfolk n’a plus la clé de ce compte.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="965"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>Townsfolk n’est plus connecté à {handle}. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1269"/>
        <source>The town did not accept this sign-up. Please check every box.</source>
        <translation>La ville n’a pas accepté cette inscription. Vérifiez chaque case.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1271"/>
        <source>Please look at the marked boxes.</source>
        <translation>Regardez les cases signalées.</translation>
    </message>
</context>
<context>
    <name>AddToListDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="44"/>
        <source>Add %1 to a list</source>
        <translation>Ajouter %1 à une liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="67"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="74"/>
        <source>Tick the lists %1 should be in.</source>
        <translation>Cochez les listes dans lesquelles %1 doit figurer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="78"/>
        <source>You have no lists yet. Lists let you read some people together, like “Family” or “Gardening”. Make one with “New list…” on the left.</source>
        <translation>Vous n’avez pas encore de liste. Les listes permettent de lire quelques personnes ensemble, comme «&#xa0;Famille&#xa0;» ou «&#xa0;Jardinage&#xa0;». Créez-en une avec «&#xa0;Nouvelle liste…&#xa0;» à gauche.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="132"/>
        <source>Added to “%1”.</source>
        <translation>Ajouté à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="134"/>
        <source>Taken out of “%1”.</source>
        <translation>Retiré de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="67"/>
        <source>That does not look like a town&apos;s address. A town&apos;s address looks like mastodon.social.</source>
        <extracomment>Where to connect, without a trailing slash: ``https://mastodon.social``. The name to show people, in its own letters: ``bücher.example``. The host as the network knows it (ASCII, punycode for international names). The name before the town when the person typed a full address (``ann`` of ``@ann@x``).</extracomment>
        <translation>Cela ne ressemble pas à l’adresse d’une ville. L’adresse d’une ville ressemble à mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="106"/>
        <source>Please type the address of your town, for example mastodon.social.</source>
        <extracomment>E-mail services people type by mistake where a town goes (&quot;ann@gmail.com&quot;).</extracomment>
        <translation>Saisissez l’adresse de votre ville, par exemple mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="121"/>
        <source>That is not the address of a town. A town&apos;s address looks like mastodon.social.</source>
        <translation>Ce n’est pas l’adresse d’une ville. L’adresse d’une ville ressemble à mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="133"/>
        <source>That does not look like a person&apos;s address. A full address looks like @ann@mastodon.social.</source>
        <translation>Cela ne ressemble pas à l’adresse d’une personne. Une adresse complète ressemble à @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="151"/>
        <source>Please type only the town&apos;s address, without a name or password in it. A town&apos;s address looks like mastodon.social.</source>
        <translation>Saisissez seulement l’adresse de la ville, sans nom ni mot de passe. L’adresse d’une ville ressemble à mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="158"/>
        <source>the town</source>
        <translation>la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="160"/>
        <source>That is the address of a page, not of a town. Please type just the town&apos;s name, like {town}.</source>
        <translation>C’est l’adresse d’une page, pas d’une ville. Saisissez seulement le nom de la ville, comme {town}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="181"/>
        <source>Townsfolk only talks to towns over a safe (https) connection, and this address has none. Please use the town&apos;s name, like mastodon.social.</source>
        <translation>Townsfolk ne parle aux villes que par une connexion sûre (https), et cette adresse n’en a pas. Utilisez le nom de la ville, comme mastodon.social.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="106"/>
        <source>The town</source>
        <translation>La ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="110"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>Un problème est survenu en parlant à {town}. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="119"/>
        <source>Could not reach {town}. Check that you are connected to the internet, then try again.</source>
        <translation>Impossible de joindre {town}. Vérifiez que vous êtes connecté à internet, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="129"/>
        <source>Could not reach {town}. It may be down for a while, or your internet connection may be off. Nothing was lost; try again in a few minutes.</source>
        <translation>Impossible de joindre {town}. La ville est peut-être fermée pour un moment, ou votre connexion internet est coupée. Rien n’est perdu&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="140"/>
        <source>{town} is taking too long to answer. It may be very busy. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} met trop de temps à répondre. La ville est peut-être très occupée. Rien n’est perdu&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="151"/>
        <source>Could not open a secure connection to {town}. Its security certificate was not accepted, or something on your network is interfering. Townsfolk did not send anything.</source>
        <translation>Impossible d’ouvrir une connexion sûre avec {town}. Son certificat de sécurité n’a pas été accepté, ou quelque chose sur votre réseau interfère. Townsfolk n’a rien envoyé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="163"/>
        <source>{town} has a problem right now. Nothing was lost; try again in a few minutes.</source>
        <translation>{town} a un problème en ce moment. Rien n’est perdu&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="199"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {seconds} seconds and try again.</source>
        <translation>{town} demande à Townsfolk de ralentir. Rien n’est perdu&#x202f;; attendez environ {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="204"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {minutes} minutes and try again.</source>
        <translation>{town} demande à Townsfolk de ralentir. Rien n’est perdu&#x202f;; attendez environ {minutes} minutes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="209"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait a few minutes and try again.</source>
        <translation>{town} demande à Townsfolk de ralentir. Rien n’est perdu&#x202f;; attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="221"/>
        <source>You are no longer logged in to {town}. Please log in again.</source>
        <translation>Vous n’êtes plus connecté à {town}. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="270"/>
        <source>Please confirm your email address first: {town} sent you an email with a link. After you click it, come back and continue.</source>
        <translation>Confirmez d’abord votre adresse e-mail&#xa0;: {town} vous a envoyé un e-mail avec un lien. Après avoir cliqué dessus, revenez ici et continuez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="276"/>
        <source>The people who run {town} have not approved your account yet. You will get an email when they do.</source>
        <translation>Les personnes qui s’occupent de {town} n’ont pas encore accepté votre compte. Vous recevrez un e-mail quand ce sera fait.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="282"/>
        <source>Your account on {town} is switched off (it may have moved to another town, or been suspended). Check your email or log in on the town&apos;s website.</source>
        <translation>Votre compte sur {town} est désactivé (il a peut-être déménagé dans une autre ville, ou été suspendu). Consultez vos e-mails ou connectez-vous sur le site web de la ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="288"/>
        <source>{town} does not allow this right now.</source>
        <translation>{town} n’autorise pas cela pour le moment.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="290"/>
        <source>{town} did not allow this. You may need to log in again.</source>
        <translation>{town} n’a pas autorisé cela. Vous devez peut-être vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="300"/>
        <source>That could not be found on {town}. It may have been deleted.</source>
        <translation>Introuvable sur {town}. Cela a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="308"/>
        <source>That username</source>
        <translation>Ce nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="309"/>
        <source>That email address</source>
        <translation>Cette adresse e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="310"/>
        <source>The password</source>
        <translation>Le mot de passe</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="311"/>
        <source>The agreement</source>
        <translation>L’acceptation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="312"/>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="313"/>
        <source>The date of birth</source>
        <translation>La date de naissance</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="314"/>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="315"/>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="316"/>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="317"/>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="321"/>
        <source>The {field}</source>
        <translation>Le champ {field}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="327"/>
        <source>is already taken. Please choose another one.</source>
        <translation>est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="328"/>
        <source>is missing. Please fill it in.</source>
        <translation>manque. Remplissez-le.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="329"/>
        <source>is not valid. Please check it.</source>
        <translation>n’est pas valide. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="330"/>
        <source>is too long.</source>
        <translation>est trop long.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="331"/>
        <source>is too short.</source>
        <translation>est trop court.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="332"/>
        <source>is reserved. Please choose another one.</source>
        <translation>est réservé. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="333"/>
        <source>is not accepted by this town. Please use another one.</source>
        <translation>n’est pas accepté par cette ville. Utilisez-en un autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="336"/>
        <source>cannot receive email. Please check it.</source>
        <translation>ne peut pas recevoir d’e-mail. Vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="337"/>
        <source>must be accepted to continue.</source>
        <translation>doit être acceptée pour continuer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="338"/>
        <source>is not one of the allowed choices.</source>
        <translation>ne fait pas partie des choix possibles.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="339"/>
        <source>is below the minimum age for this town.</source>
        <translation>est en dessous de l’âge minimum de cette ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="343"/>
        <source>was not accepted. Please check it.</source>
        <translation>n’a pas été accepté. Vérifiez-le.</translation>
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
        <translation>{town} n’a pas accepté cela. Vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="387"/>
        <source>{town} did not accept this request. Please try again.</source>
        <translation>{town} n’a pas accepté cette demande. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="412"/>
        <source>{town} runs {software}, a kind of town Townsfolk cannot join yet. Please pick another town.</source>
        <translation>{town} fonctionne avec {software}, un type de ville que Townsfolk ne peut pas encore rejoindre. Choisissez une autre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="417"/>
        <source>{town} does not seem to be a town Townsfolk can talk to. Please check the address, or pick another town.</source>
        <translation>{town} ne semble pas être une ville avec laquelle Townsfolk peut parler. Vérifiez l’adresse, ou choisissez une autre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="429"/>
        <source>{town} sent an answer Townsfolk could not understand. Nothing was lost; try again later.</source>
        <translation>{town} a envoyé une réponse que Townsfolk n’a pas comprise. Rien n’est perdu&#x202f;; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../src/townsfolk/ui/app_settings.py" line="59"/>
        <source>Your settings could not be saved; they stay as you chose them until you quit Townsfolk. {problem}</source>
        <extracomment>The Settings window while it is open (for tests).</extracomment>
        <translation>Vos réglages n’ont pas pu être enregistrés&#x202f;; ils restent tels que vous les avez choisis jusqu’à ce que vous quittiez Townsfolk. {problem}</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="486"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="491"/>
        <source>The whole post</source>
        <translation>La publication entière</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="499"/>
        <source>Read the article</source>
        <translation>Lire l’article</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="501"/>
        <source>Read more</source>
        <translation>Lire la suite</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="28"/>
        <source>A backup account (you can skip this)</source>
        <translation>Un compte de secours (vous pouvez passer cette étape)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="33"/>
        <source>This step is optional: your account works without a backup. You can start using Townsfolk now, and add a backup any time from the Townsfolk menu. Townsfolk will remind you gently in a few days.</source>
        <translation>Cette étape est facultative&#xa0;: votre compte fonctionne sans compte de secours. Vous pouvez commencer à utiliser Townsfolk maintenant et ajouter un compte de secours quand vous voulez depuis le menu Townsfolk. Townsfolk vous le rappellera gentiment dans quelques jours.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="38"/>
        <source>This step is optional</source>
        <translation>Cette étape est facultative</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="42"/>
        <source>Why a backup account</source>
        <translation>Pourquoi un compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="45"/>
        <source>Suggested towns</source>
        <translation>Villes suggérées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="50"/>
        <source>Not now: start using Townsfolk (remind me later)</source>
        <translation>Pas maintenant&#xa0;: commencer à utiliser Townsfolk (me le rappeler plus tard)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="51"/>
        <source>Join a second town (I&apos;m new there)</source>
        <translation>Rejoindre une deuxième ville (je suis nouveau là-bas)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="52"/>
        <source>I already have an account in another town</source>
        <translation>J’ai déjà un compte dans une autre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="60"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="61"/>
        <source>Follow the same people on my backup account</source>
        <translation>Suivre les mêmes personnes avec mon compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="63"/>
        <source>Then your backup shows the same posts when your town is away</source>
        <translation>Ainsi, votre compte de secours montre les mêmes publications quand votre ville est absente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="80"/>
        <source>Your account is @{handle}. Good towns for a backup: {towns}.</source>
        <translation>Votre compte est @{handle}. De bonnes villes pour un compte de secours&#xa0;: {towns}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="103"/>
        <source>Pick a second town</source>
        <translation>Choisir une deuxième ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="104"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="105"/>
        <source>Skip for now</source>
        <translation>Passer pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="106"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="114"/>
        <source>Your account has no backup yet. A backup account in a second town keeps you connected when your town is closed for a while. It takes a minute.</source>
        <extracomment>The first reminder comes this long after the account was first seen without a backup. &quot;Hide&quot;: asked again this much later. How often the window looks again (the reminder is not urgent).</extracomment>
        <translation>Votre compte n’a pas encore de compte de secours. Un compte de secours dans une deuxième ville vous garde en contact quand votre ville est fermée un moment. Cela prend une minute.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="118"/>
        <source>Add a backup account…</source>
        <translation>Ajouter un compte de secours…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="119"/>
        <source>Don&apos;t remind me again</source>
        <translation>Ne plus me le rappeler</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="156"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>BannerRow</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="93"/>
        <source>Hide</source>
        <extracomment>How many messages show at once (older ones wait underneath, never lost). Room the words keep beside the buttons, in average characters; less puts the buttons under.</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="95"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="130"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="125"/>
        <source>Block %1?</source>
        <translation>Bloquer %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="127"/>
        <source>They won&apos;t be able to follow you or see your posts, and you won&apos;t see theirs. If you follow each other, that stops. They are not told, but they may notice.

To undo it, press Unblock on their profile or in “People you muted or blocked”.</source>
        <translation>Cette personne ne pourra plus vous suivre ni voir vos publications, et vous ne verrez plus les siennes. Si vous vous suivez mutuellement, cela s’arrête. Elle n’est pas prévenue, mais elle pourrait s’en apercevoir.

Pour annuler, appuyez sur Débloquer sur son profil ou dans «&#xa0;Personnes en sourdine ou bloquées&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="133"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
</context>
<context>
    <name>BlockTownDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="142"/>
        <source>Block the whole town %1?</source>
        <translation>Bloquer toute la ville %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="145"/>
        <source>You won&apos;t see posts or notifications from anyone who lives in %1. People from %1 who follow you are removed from your followers, and you stop following the people you follow there.

This is for towns that are run badly. For one person, mute or block them instead. You can unblock the town in “People you muted or blocked”, but the followers you lost do not come back by themselves.</source>
        <translation>Vous ne verrez plus les publications ni les notifications des habitants de %1. Les gens de %1 qui vous suivent sont retirés de vos abonnés, et vous cessez de suivre les personnes que vous suivez là-bas.

C’est pour les villes mal tenues. Pour une seule personne, mettez-la plutôt en sourdine ou bloquez-la. Vous pouvez débloquer la ville dans «&#xa0;Personnes en sourdine ou bloquées&#xa0;», mais les abonnés perdus ne reviennent pas tout seuls.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="154"/>
        <source>Block the town</source>
        <translation>Bloquer la ville</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="168"/>
        <source>What to do in the browser</source>
        <translation>Que faire dans le navigateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="170"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="240"/>
        <source>Open the browser again</source>
        <translation>Rouvrir le navigateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="171"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="241"/>
        <source>Open the log-in page in the browser again</source>
        <translation>Rouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="174"/>
        <source>Use a code instead</source>
        <translation>Utiliser plutôt un code</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="175"/>
        <source>Log in by copying a code instead</source>
        <translation>Se connecter plutôt en copiant un code</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="179"/>
        <source>The code from the town&apos;s page</source>
        <translation>Le code de la page de la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="180"/>
        <source>Paste the code here</source>
        <translation>Collez le code ici</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="215"/>
        <source>Still waiting for {town}. If the town showed an error page instead of asking you to say yes, press “Use a code instead”: some towns only allow that way.</source>
        <translation>Toujours en attente de {town}. Si la ville a affiché une page d’erreur au lieu de vous demander de dire oui, appuyez sur «&#xa0;Utiliser plutôt un code&#xa0;»&#xa0;: certaines villes n’autorisent que cette façon.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="229"/>
        <source>Log in to {town} in your browser</source>
        <translation>Connectez-vous à {town} dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="232"/>
        <source>We opened your browser so you can log in to {town}. Log in there and say yes to Townsfolk. Then come back: this window moves on by itself.

Nothing opened? Press “Open the browser again”, or use a code instead.</source>
        <translation>Nous avons ouvert votre navigateur pour que vous puissiez vous connecter à {town}. Connectez-vous là-bas et dites oui à Townsfolk. Puis revenez&#xa0;: cette fenêtre avance toute seule.

Rien ne s’est ouvert&#x202f;? Appuyez sur «&#xa0;Rouvrir le navigateur&#xa0;», ou utilisez plutôt un code.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="271"/>
        <source>{town} asks for a code instead of the usual way of logging in. It only takes a moment: follow the steps above.</source>
        <translation>{town} demande un code au lieu de la façon habituelle de se connecter. Cela ne prend qu’un instant&#xa0;: suivez les étapes ci-dessus.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="282"/>
        <source>Log in to {town} with a code</source>
        <translation>Se connecter à {town} avec un code</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="285"/>
        <source>Log in to {town} on the page that opens in your browser and say yes to Townsfolk. The page then shows a code: copy it, paste it below and press “Log in”.</source>
        <translation>Connectez-vous à {town} sur la page qui s’ouvre dans votre navigateur et dites oui à Townsfolk. La page affiche ensuite un code&#xa0;: copiez-le, collez-le ci-dessous et appuyez sur «&#xa0;Se connecter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="292"/>
        <source>Get a new code</source>
        <translation>Obtenir un nouveau code</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="293"/>
        <source>Open the log-in page again to get a new code</source>
        <translation>Rouvrir la page de connexion pour obtenir un nouveau code</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="321"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="329"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="448"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="449"/>
        <source>Write a post</source>
        <extracomment>The outbox entry sent last from this window, until the town has it. For the emoji picker (set by the main window): pictures, and the town&apos;s emoji.</extracomment>
        <translation>Écrire une publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="471"/>
        <source>Replying to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="478"/>
        <source>The post you are answering</source>
        <translation>La publication à laquelle vous répondez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="486"/>
        <source>Add a content warning (hide the post behind a note)</source>
        <translation>Ajouter un avertissement de contenu (cacher la publication derrière une note)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="487"/>
        <source>Add a content warning</source>
        <translation>Ajouter un avertissement de contenu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="489"/>
        <source>People see only your note first, and choose whether to read the post.</source>
        <translation>Les gens voient d’abord seulement votre note, et choisissent de lire ou non la publication.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="494"/>
        <source>Your note, for example: Spoilers for the film</source>
        <translation>Votre note, par exemple&#xa0;: Révélations sur le film</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="495"/>
        <source>Content warning</source>
        <translation>Avertissement de contenu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="501"/>
        <source>What would you like to say?</source>
        <translation>Qu’aimeriez-vous dire&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="502"/>
        <source>Your post</source>
        <translation>Votre publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="513"/>
        <source>Characters left</source>
        <translation>Caractères restants</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="525"/>
        <source>Please describe each picture, so people who cannot see it know what it shows.</source>
        <translation>Décrivez chaque image, pour que les personnes qui ne peuvent pas la voir sachent ce qu’elle montre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="530"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="531"/>
        <source>Send without a description</source>
        <translation>Envoyer sans description</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="532"/>
        <source>Send without describing the pictures</source>
        <translation>Envoyer sans décrire les images</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="539"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="540"/>
        <source>Add a poll</source>
        <translation>Ajouter un sondage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="547"/>
        <source>Add a picture…</source>
        <translation>Ajouter une image…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="548"/>
        <source>Add a picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="551"/>
        <source>☺ Emoji…</source>
        <translation>☺ Émoji…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="553"/>
        <source>Add an emoji</source>
        <translation>Ajouter un émoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="554"/>
        <source>Add an emoji (Ctrl+E)</source>
        <translation>Ajouter un émoji (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="568"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="575"/>
        <source>Who can see this</source>
        <translation>Qui peut voir ceci</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="574"/>
        <source>What this choice means</source>
        <translation>Ce que ce choix signifie</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="578"/>
        <source>Language of the post</source>
        <translation>Langue de la publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="583"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="588"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="594"/>
        <source>Posts waiting to be sent</source>
        <translation>Publications en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Hide them</source>
        <translation>Les masquer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="596"/>
        <source>Show the posts waiting to be sent</source>
        <translation>Afficher les publications en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="600"/>
        <source>Send the post</source>
        <translation>Envoyer la publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="601"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="654"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="655"/>
        <source>Everyone, but quietly</source>
        <translation>Tout le monde, mais discrètement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="656"/>
        <source>Only my followers</source>
        <translation>Seulement mes abonnés</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="657"/>
        <source>Only people I mention</source>
        <translation>Seulement les personnes que je mentionne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="661"/>
        <source>your town</source>
        <translation>votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="665"/>
        <source>Anyone can see it, and it shows up in the lists of new posts in %1 and other towns.</source>
        <translation>Tout le monde peut la voir, et elle apparaît dans les listes de nouvelles publications de %1 et des autres villes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="671"/>
        <source>Anyone can see it on your profile and your followers get it, but it stays out of the lists of new posts.</source>
        <translation>Tout le monde peut la voir sur votre profil et vos abonnés la reçoivent, mais elle n’apparaît pas dans les listes de nouvelles publications.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="674"/>
        <source>Only the people who follow you can see it.</source>
        <translation>Seules les personnes qui vous suivent peuvent la voir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="675"/>
        <source>Only the people you mention with @name can see it.</source>
        <translation>Seules les personnes que vous mentionnez avec @nom peuvent la voir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="696"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="753"/>
        <source>Replying to %1</source>
        <translation>En réponse à %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="834"/>
        <source>1 character left</source>
        <translation>1 caractère restant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="836"/>
        <source>%1 characters left</source>
        <translation>%1 caractères restants</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="842"/>
        <source>1 character too many</source>
        <translation>1 caractère de trop</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="844"/>
        <source>%1 characters too many</source>
        <translation>%1 caractères de trop</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="878"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="882"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="934"/>
        <source>A post can have pictures or a poll, but not both.</source>
        <translation>Une publication peut avoir des images ou un sondage, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="888"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="928"/>
        <source>Your town allows %1 pictures in one post.</source>
        <translation>Votre ville autorise %1 images par publication.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="910"/>
        <source>Choose pictures</source>
        <translation>Choisir des images</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="912"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="992"/>
        <source>Saving your post…</source>
        <translation>Enregistrement de votre publication…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1016"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1067"/>
        <source>Your post was sent.</source>
        <translation>Votre publication a été envoyée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1020"/>
        <source>Your post is saved and on its way. It will be sent even if you close this.</source>
        <translation>Votre publication est enregistrée et en route. Elle sera envoyée même si vous fermez ceci.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1036"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Cette publication est en cours d’envoi. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1055"/>
        <source>You are changing a post that has not been sent yet.</source>
        <translation>Vous modifiez une publication qui n’a pas encore été envoyée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1074"/>
        <source>1 post waiting to be sent</source>
        <translation>1 publication en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1076"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 publications en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1100"/>
        <source>Close without sending?</source>
        <translation>Fermer sans envoyer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1101"/>
        <source>You have not sent this post. Keep it for later?</source>
        <translation>Vous n’avez pas envoyé cette publication. La garder pour plus tard&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1102"/>
        <source>Keep it for later</source>
        <translation>La garder pour plus tard</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1103"/>
        <source>Throw it away</source>
        <translation>La jeter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1104"/>
        <source>Keep writing</source>
        <translation>Continuer à écrire</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/townsfolk/ui/dates.py" line="28"/>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="134"/>
        <source>Your accounts</source>
        <translation>Vos comptes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="136"/>
        <source>Three tips</source>
        <translation>Trois conseils</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="144"/>
        <source>Your account: @{handle}</source>
        <translation>Votre compte&#xa0;: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="146"/>
        <source>Your backup account: @{handle}</source>
        <translation>Votre compte de secours&#xa0;: @{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="148"/>
        <source>Townsfolk will remind you later about a backup account.</source>
        <translation>Townsfolk vous reparlera plus tard du compte de secours.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="156"/>
        <source>Open Townsfolk</source>
        <translation>Ouvrir Townsfolk</translation>
    </message>
</context>
<context>
    <name>EditPostDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="93"/>
        <source>Change your post</source>
        <translation>Modifier votre publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="98"/>
        <source>People who already saw your post will see that it was changed. Pictures and polls stay as they are.</source>
        <translation>Les personnes qui ont déjà vu votre publication verront qu’elle a été modifiée. Les images et les sondages restent tels quels.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="107"/>
        <source>The text of your post</source>
        <translation>Le texte de votre publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="112"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="26"/>
        <source>What happens now</source>
        <translation>Ce qui se passe maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="28"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="29"/>
        <source>Resend the email</source>
        <translation>Renvoyer l’e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="46"/>
        <source>Something went missing</source>
        <translation>Quelque chose a disparu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="48"/>
        <source>Townsfolk no longer knows this account. Please sign up again.</source>
        <translation>Townsfolk ne connaît plus ce compte. Inscrivez-vous à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="70"/>
        <source>your email address</source>
        <translation>votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="73"/>
        <source>Waiting for {town} to say yes</source>
        <translation>En attente du oui de {town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="76"/>
        <source>Thank you, your email address is confirmed. The people who look after {town} read every request, and this can take a few days.

You can close Townsfolk now. It will check again the next time you open it, and carry on by itself as soon as you are let in.</source>
        <translation>Merci, votre adresse e-mail est confirmée. Les personnes qui s’occupent de {town} lisent chaque demande, et cela peut prendre quelques jours.

Vous pouvez fermer Townsfolk maintenant. Il vérifiera à nouveau la prochaine fois que vous l’ouvrirez, et continuera tout seul dès que vous serez accepté.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="84"/>
        <source>Check your email</source>
        <translation>Consultez vos e-mails</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="87"/>
        <source>{town} sent an email to {email}. Open it and press the link inside to confirm that the address is yours.

This window moves on by itself as soon as you have done that. Nothing there? Look in your spam folder, or send the email again.</source>
        <translation>{town} a envoyé un e-mail à {email}. Ouvrez-le et appuyez sur le lien qu’il contient pour confirmer que l’adresse est bien la vôtre.

Cette fenêtre avance toute seule dès que c’est fait. Rien reçu&#x202f;? Regardez dans vos indésirables, ou renvoyez l’e-mail.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="101"/>
        <source>Please sign up again</source>
        <translation>Inscrivez-vous à nouveau</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="103"/>
        <source>{town} no longer knows this account. Please sign up again.</source>
        <translation>{town} ne connaît plus ce compte. Inscrivez-vous à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="111"/>
        <source>Sending the email again…</source>
        <translation>Nouvel envoi de l’e-mail…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="114"/>
        <source>Done: a new email is on its way.</source>
        <translation>C’est fait&#xa0;: un nouvel e-mail est en route.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="119"/>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="149"/>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="181"/>
        <source>Emoji</source>
        <extracomment>The common emoji, by group (the group names are translated in the picker). A few that need the emoji form selector (U+FE0F) to show in colour. At most this many town emoji pictures are asked for at once (type to find the others). The towns&apos; emoji, kept for an hour (one catalogue for the whole app).</extracomment>
        <translation>Émoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="160"/>
        <source>Find an emoji, for example: heart</source>
        <translation>Trouver un émoji, par exemple&#xa0;: cœur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="161"/>
        <source>Find an emoji</source>
        <translation>Trouver un émoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="165"/>
        <source>&amp;Find:</source>
        <translation>&amp;Trouver&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="169"/>
        <source>Group of emoji</source>
        <translation>Groupe d’émojis</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="170"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="184"/>
        <source>Arrow keys move between the emoji; Enter puts the chosen one in your post.</source>
        <translation>Les flèches passent d’un émoji à l’autre&#x202f;; Entrée met l’émoji choisi dans votre publication.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="204"/>
        <source>Emoji chosen now</source>
        <translation>Émoji choisi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="220"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="221"/>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="222"/>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="223"/>
        <source>Hearts and sparkles</source>
        <translation>Cœurs et étincelles</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="224"/>
        <source>Animals and nature</source>
        <translation>Animaux et nature</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="225"/>
        <source>Food and drink</source>
        <translation>Nourriture et boissons</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="226"/>
        <source>Things to do</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="227"/>
        <source>Travel and places</source>
        <translation>Voyages et lieux</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="228"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="229"/>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="235"/>
        <source>your town</source>
        <translation>votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="237"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="238"/>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="257"/>
        <source>%1 (a picture from your town)</source>
        <translation>%1 (une image de votre ville)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="296"/>
        <source>No emoji has that name.</source>
        <translation>Aucun émoji ne porte ce nom.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="38"/>
        <source>Welcome to Townsfolk</source>
        <translation>Bienvenue dans Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="46"/>
        <source>You have not added an account yet.

Once you have one, this window will show the posts of the people you follow, the people who live in your town, and everyone your town knows. Your notifications will be here too.</source>
        <translation>Vous n’avez pas encore ajouté de compte.

Quand vous en aurez un, cette fenêtre montrera les publications des personnes que vous suivez, des gens qui habitent votre ville et de tous ceux que votre ville connaît. Vos notifications seront ici aussi.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="57"/>
        <source>What this window will show</source>
        <translation>Ce que cette fenêtre va montrer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="60"/>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="62"/>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="31"/>
        <source>Working out how long this takes…</source>
        <translation>Calcul de la durée…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="34"/>
        <source>Almost done.</source>
        <translation>Presque terminé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="35"/>
        <source>About %1 left.</source>
        <translation>Encore environ %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="45"/>
        <source>How far the saving is</source>
        <translation>Où en est l’enregistrement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="50"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="61"/>
        <source>Reading everything from your town</source>
        <translation>Lecture de tout ce qui est dans votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="73"/>
        <source>Townsfolk is reading from %1. You can close this window: it goes on, and if you quit, it goes on from there at the next start.</source>
        <translation>Townsfolk lit depuis %1. Vous pouvez fermer cette fenêtre&#xa0;: cela continue, et si vous quittez Townsfolk, cela reprendra là au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="101"/>
        <source>The files could not be written into that folder. Choose another folder and try again.</source>
        <translation>Les fichiers n’ont pas pu être écrits dans ce dossier. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="108"/>
        <source>Everything is read.</source>
        <translation>Tout est lu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="110"/>
        <source>The files are in %1.</source>
        <translation>Les fichiers sont dans %1.</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="90"/>
        <source>your unsent post is saved</source>
        <translation>votre publication non envoyée est enregistrée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="91"/>
        <source>your %n unsent posts are saved</source>
        <translation>vos %n publications non envoyées sont enregistrées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="100"/>
        <source>{down} is not answering. You are now using your backup account on {backup}.</source>
        <translation>{down} ne répond pas. Vous utilisez maintenant votre compte de secours sur {backup}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="104"/>
        <source>Townsfolk will ask you before going back to {down}.</source>
        <translation>Townsfolk vous demandera avant de revenir à {down}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="106"/>
        <source>Townsfolk will switch you back when {down} is back.</source>
        <translation>Townsfolk vous ramènera à votre compte quand {down} sera de retour.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="108"/>
        <location filename="../src/townsfolk/services/failover.py" line="124"/>
        <source>Nothing is lost: {unsent} and will go out when {down} is back.</source>
        <translation>Rien n’est perdu&#xa0;: {unsent}, et tout partira quand {down} sera de retour.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="112"/>
        <location filename="../src/townsfolk/services/failover.py" line="127"/>
        <source>Nothing is lost.</source>
        <translation>Rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="119"/>
        <source>{down} is not answering.</source>
        <translation>{down} ne répond pas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="121"/>
        <source>Your backup town {names} is not answering either.</source>
        <translation>Votre ville de secours {names} ne répond pas non plus.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="128"/>
        <source>You can still read your saved posts.</source>
        <translation>Vous pouvez toujours lire vos publications enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="131"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="138"/>
        <source>You are offline; showing saved posts.</source>
        <translation>Vous êtes hors ligne&#x202f;; affichage des publications enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="140"/>
        <source>Nothing is lost: {unsent} and will go out when you are online.</source>
        <translation>Rien n’est perdu&#xa0;: {unsent}, et tout partira quand vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="150"/>
        <source>{town} is back. You are using your account there again.</source>
        <translation>{town} est de retour. Vous utilisez de nouveau votre compte là-bas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="152"/>
        <source>{town} is back. Townsfolk will switch you back when you finish writing.</source>
        <translation>{town} est de retour. Townsfolk vous y ramènera quand vous aurez fini d’écrire.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="156"/>
        <source>{town} is back.</source>
        <translation>{town} est de retour.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="162"/>
        <source>{town} is back. Go back to your account on {town}? (If you choose not to, you keep using your backup account on {backup}.)</source>
        <translation>{town} est de retour. Revenir à votre compte sur {town}&#x202f;? (Sinon, vous continuez à utiliser votre compte de secours sur {backup}.)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="391"/>
        <source>This account is no longer on this computer.</source>
        <translation>Ce compte n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="456"/>
        <source>Townsfolk cannot move posts right now. Please try again.</source>
        <translation>Townsfolk ne peut pas déplacer les publications pour le moment. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="461"/>
        <source>This post is no longer waiting: it may have been sent.</source>
        <translation>Cette publication n’est plus en attente&#xa0;: elle a peut-être été envoyée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="476"/>
        <source>This backup account is no longer on this computer.</source>
        <translation>Ce compte de secours n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="488"/>
        <source>You have no backup account that can post right now. Your post stays saved and will go out from your main account.</source>
        <translation>Vous n’avez aucun compte de secours qui puisse publier en ce moment. Votre publication reste enregistrée et partira depuis votre compte principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="502"/>
        <source>Townsfolk could not find the post you are answering from {town}, so your reply stays saved and will go out from your main account.</source>
        <translation>Townsfolk n’a pas trouvé depuis {town} la publication à laquelle vous répondez&#x202f;; votre réponse reste donc enregistrée et partira depuis votre compte principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="527"/>
        <source>Townsfolk could not find this post from {town}. It may have been deleted, or it may not be visible from there.</source>
        <translation>Townsfolk n’a pas trouvé cette publication depuis {town}. Elle a peut-être été supprimée, ou elle n’est pas visible depuis là-bas.</translation>
    </message>
</context>
<context>
    <name>Fediverse</name>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="242"/>
        <source>Photo on Pixelfed</source>
        <extracomment>Posts longer than Mastodon&apos;s own limit (500 letters) come from long-form servers: the window shows a part and &quot;Read more&quot;. Software whose posts read like Mastodon&apos;s; anything else says where it came from.</extracomment>
        <translation>Photo sur Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="243"/>
        <source>Photo set on Pixelfed: %n photos</source>
        <translation>Série de photos sur Pixelfed&#xa0;: %n photos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="245"/>
        <source>Video on PeerTube</source>
        <translation>Vidéo sur PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="250"/>
        <source>Music on %1</source>
        <translation>Musique sur %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="258"/>
        <source>Live now: %1</source>
        <translation>En direct&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="260"/>
        <source>Was live: %1</source>
        <translation>Était en direct&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="261"/>
        <source>Live stream: %1</source>
        <translation>Direct&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="263"/>
        <source>Article: %1</source>
        <translation>Article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="266"/>
        <source>Long post: %1</source>
        <translation>Longue publication&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="267"/>
        <source>Long post</source>
        <translation>Longue publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="269"/>
        <source>From %1: open the original</source>
        <translation>De %1&#xa0;: ouvrir l’original</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="63"/>
        <source>a photographer&apos;s album on Pixelfed</source>
        <extracomment>How each software spells its own name.</extracomment>
        <translation>l’album photo de quelqu’un sur Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="64"/>
        <source>a video channel on PeerTube</source>
        <translation>une chaîne vidéo sur PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="65"/>
        <source>music on Funkwhale</source>
        <translation>de la musique sur Funkwhale</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="66"/>
        <source>live streams on Owncast</source>
        <translation>des directs sur Owncast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="67"/>
        <source>a friend on Friendica</source>
        <translation>quelqu’un sur Friendica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="68"/>
        <source>a discussion group on Lemmy</source>
        <translation>un groupe de discussion sur Lemmy</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="69"/>
        <source>a discussion group on Mbin</source>
        <translation>un groupe de discussion sur Mbin</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="70"/>
        <source>a blog on WriteFreely</source>
        <translation>un blog sur WriteFreely</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="71"/>
        <source>a blog on WordPress</source>
        <translation>un blog sur WordPress</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="72"/>
        <source>a blog on Plume</source>
        <translation>un blog sur Plume</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="73"/>
        <source>a reader on BookWyrm</source>
        <translation>un lecteur sur BookWyrm</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="74"/>
        <source>events on Mobilizon</source>
        <translation>des événements sur Mobilizon</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="75"/>
        <source>events on Gancio</source>
        <translation>des événements sur Gancio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="80"/>
        <source>a group on %1</source>
        <translation>un groupe sur %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="82"/>
        <source>an automated account on %1</source>
        <translation>un compte automatique sur %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="83"/>
        <source>someone on %1</source>
        <translation>quelqu’un sur %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="55"/>
        <source>Choose a file saved by Townsfolk or by a town&apos;s own export page (for example following_accounts.csv). Nothing changes until you have seen what it would do.</source>
        <extracomment>The kinds offered, in the order the sentence about an unknown file names them.</extracomment>
        <translation>Choisissez un fichier enregistré par Townsfolk ou par la page d’export d’une ville (par exemple following_accounts.csv). Rien ne change avant que vous ayez vu ce qu’il ferait.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="60"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="68"/>
        <source>What this file holds</source>
        <translation>Ce que contient ce fichier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="86"/>
        <source>Bring in a file</source>
        <translation>Reprendre un fichier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="100"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="102"/>
        <source>Files (*.csv *.txt)</source>
        <translation>Fichiers (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="148"/>
        <source>Townsfolk could not open this file. Is it still there? Choose it again.</source>
        <translation>Townsfolk n’a pas pu ouvrir ce fichier. Est-il toujours là&#x202f;? Choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="154"/>
        <source>This file has %1: %2 lines.</source>
        <translation>Ce fichier contient des %1&#xa0;: %2 lignes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="159"/>
        <source>%1 lines cannot be read and will be left out.</source>
        <translation>%1 lignes sont illisibles et seront laissées de côté.</translation>
    </message>
</context>
<context>
    <name>FollowRequests</name>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="264"/>
        <source>let {name} follow you</source>
        <extracomment>The kinds Townsfolk shows; others (admin reports and the like) are left out. What is asked of a town that refused ``KNOWN_TYPES`` (400 or 422): the types every server family that has ``types[]`` knows. A town that refuses a type it does not know (Pleroma does for the admin types) would otherwise cost the person all her notifications. The saved ``type`` of an answered follow request (only on this computer). What the saved list shows: the town&apos;s kinds and the answered requests. The id of a follow request read from /api/v1/follow_requests (not a town notification). For a follow request: the answer given (None while it still waits). Kinds shown as one line per post (&quot;Ann and 3 others favourited your post&quot;) or per day (&quot;Ann and 2 others followed you&quot;), as Mastodon 4.3 groups them (docs: grouped notifications). Follow requests are never grouped: each needs its own answer. How far apart the newest and the oldest notification of one group may be. {name} is the person who asked to follow.</extracomment>
        <translation>laisser {name} vous suivre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="266"/>
        <source>decline the request from {name}</source>
        <translation>refuser la demande de {name}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="270"/>
        <source>{name} is no longer waiting for an answer: they may have taken the request back, or you already answered it somewhere else.</source>
        <translation>{name} n’attend plus de réponse&#xa0;: la demande a peut-être été retirée, ou vous y avez déjà répondu ailleurs.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="278"/>
        <source>Townsfolk could not {action} because {town} is not answering. Nothing has changed; please try again in a little while.</source>
        <translation>Townsfolk n’a pas pu {action} parce que {town} ne répond pas. Rien n’a changé&#x202f;; réessayez dans un petit moment.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="284"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} a demandé à Townsfolk de ralentir, il n’a donc pas pu {action}. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="290"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>Townsfolk n’est plus connecté à {town}. Connectez-vous à nouveau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="295"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{town} n’a pas autorisé Townsfolk à {action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="297"/>
        <source>{town} had a problem and could not {action}. Nothing has changed; please try again later.</source>
        <translation>{town} a eu un problème et n’a pas pu {action}. Rien n’a changé&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="303"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>Townsfolk n’a pas pu {action}. Réessayez.</translation>
    </message>
</context>
<context>
    <name>FollowSync</name>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="82"/>
        <source>Your backup account already follows everyone your main account follows.</source>
        <translation>Votre compte de secours suit déjà toutes les personnes que suit votre compte principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="87"/>
        <source>Your backup account now follows the same person as your main account.</source>
        <translation>Votre compte de secours suit maintenant la même personne que votre compte principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="91"/>
        <source>Your backup account now follows the same %n people as your main account.</source>
        <translation>Votre compte de secours suit maintenant les mêmes %n personnes que votre compte principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="97"/>
        <source>Following {done} of {total} people on your backup account</source>
        <translation>{done} personnes suivies sur {total} avec votre compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="102"/>
        <source>The backup&apos;s town asked Townsfolk to slow down: the rest follow in {wait}</source>
        <translation>La ville du compte de secours a demandé à Townsfolk de ralentir&#xa0;: les autres suivront dans {wait}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="338"/>
        <source>Follow sync is only for backup accounts.</source>
        <extracomment>(address, id on the backup&apos;s town) of people only the backup follows.</extracomment>
        <translation>Suivre les mêmes personnes ne fonctionne qu’avec les comptes de secours.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="343"/>
        <source>The main account of this backup is no longer here.</source>
        <translation>Le compte principal de ce compte de secours n’est plus là.</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="119"/>
        <source>◀ Previous photo</source>
        <translation>◀ Photo précédente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="120"/>
        <source>Previous photo</source>
        <translation>Photo précédente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="123"/>
        <source>Next photo ▶</source>
        <translation>Photo suivante ▶</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="124"/>
        <source>Next photo</source>
        <translation>Photo suivante</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="142"/>
        <source>No photos.</source>
        <translation>Pas de photo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="146"/>
        <source>The person did not describe this photo.</source>
        <translation>La personne n’a pas décrit cette photo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="148"/>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 sur %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="185"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="186"/>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="62"/>
        <source>Boost</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="63"/>
        <source>Favourite</source>
        <translation>Mettre en favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="64"/>
        <source>Save for later</source>
        <translation>Enregistrer pour plus tard</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="65"/>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="69"/>
        <source>Next and previous post</source>
        <translation>Publication suivante et précédente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="70"/>
        <source>J, K (or Down, Up)</source>
        <translation>J, K (ou Bas, Haut)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="73"/>
        <source>Open the conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="74"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="77"/>
        <source>Show or hide a post behind a content warning</source>
        <translation>Afficher ou masquer une publication derrière un avertissement de contenu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="80"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="82"/>
        <source>Show a sensitive picture</source>
        <translation>Afficher une image sensible</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="88"/>
        <source>Back to the newest posts</source>
        <translation>Revenir aux publications les plus récentes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="89"/>
        <source>Home</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="98"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="102"/>
        <source>Add an emoji</source>
        <translation>Ajouter un émoji</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="106"/>
        <source>Close the window (what you wrote is kept)</source>
        <translation>Fermer la fenêtre (ce que vous avez écrit est gardé)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="107"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="114"/>
        <location filename="../src/townsfolk/ui/help_window.py" line="170"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="115"/>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="116"/>
        <source>Press</source>
        <translation>Appuyez sur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="120"/>
        <source>In a list of posts</source>
        <translation>Dans une liste de publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="121"/>
        <source>Writing a post</source>
        <translation>En écrivant une publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="168"/>
        <source>How Townsfolk works</source>
        <translation>Comment fonctionne Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="169"/>
        <source>What the words mean</source>
        <translation>Ce que veulent dire les mots</translation>
    </message>
</context>
<context>
    <name>HiddenWords</name>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="235"/>
        <source>Townsfolk could not read your hidden words. {reason}</source>
        <translation>Townsfolk n’a pas pu lire vos mots masqués. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="256"/>
        <source>Type at least one word to hide.</source>
        <translation>Saisissez au moins un mot à masquer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="259"/>
        <source>Choose at least one place where the words are hidden.</source>
        <translation>Choisissez au moins un endroit où les mots sont masqués.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="301"/>
        <source>Type at least one word and choose where to hide it.</source>
        <translation>Saisissez au moins un mot et choisissez où le masquer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="351"/>
        <source>Townsfolk could not change your hidden words. {reason}</source>
        <translation>Townsfolk n’a pas pu modifier vos mots masqués. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="385"/>
        <source>Townsfolk could not save your hidden words on this computer.</source>
        <translation>Townsfolk n’a pas pu enregistrer vos mots masqués sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="54"/>
        <source>Hidden because it mentions %1.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out.</extracomment>
        <translation>Masquée parce qu’elle mentionne %1.</translation>
    </message>
</context>
<context>
    <name>HiddenWordsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="93"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="100"/>
        <source>Hidden words</source>
        <extracomment>(rule being changed or None, words, contexts, action, seconds or 0)</extracomment>
        <translation>Mots masqués</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="105"/>
        <source>Posts that mention these words are folded away or not shown at all. Whole words only: “cat” does not hide “concatenate”.</source>
        <translation>Les publications qui mentionnent ces mots sont repliées ou pas affichées du tout. Mots entiers seulement&#xa0;: «&#xa0;chat&#xa0;» ne masque pas «&#xa0;château&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="114"/>
        <source>Your town does not keep hidden words, so Townsfolk keeps them on this computer. They work only here.</source>
        <translation>Votre ville ne garde pas de mots masqués, Townsfolk les garde donc sur cet ordinateur. Ils ne fonctionnent qu’ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="126"/>
        <source>Your hidden words</source>
        <translation>Vos mots masqués</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="132"/>
        <source>No hidden words yet.</source>
        <translation>Pas encore de mot masqué.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="137"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="138"/>
        <source>Words to hide, separated by commas</source>
        <translation>Mots à masquer, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="141"/>
        <source>Where:</source>
        <translation>Où&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="145"/>
        <source>People you follow</source>
        <translation>Personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="146"/>
        <source>Your town and Everywhere</source>
        <translation>Votre ville et Partout</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="147"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="148"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="149"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="168"/>
        <source>Fold the post behind a note (you can still open it)</source>
        <translation>Replier la publication derrière une note (vous pouvez quand même l’ouvrir)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="171"/>
        <source>Don&apos;t show the post at all</source>
        <translation>Ne pas afficher la publication du tout</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="180"/>
        <source>For how long:</source>
        <translation>Pendant combien de temps&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="183"/>
        <source>For how long</source>
        <translation>Pendant combien de temps</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="186"/>
        <source>Until I remove them</source>
        <translation>Jusqu’à ce que je les retire</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="187"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="188"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="189"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="190"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="208"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="211"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="262"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="214"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>not shown</source>
        <translation>pas affichée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>folded</source>
        <translation>repliée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="250"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="283"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="25"/>
        <source>You can close this window: bringing everything in goes on. If you quit Townsfolk, it goes on from where it was at the next start.</source>
        <translation>Vous pouvez fermer cette fenêtre&#xa0;: l’importation continue. Si vous quittez Townsfolk, elle reprendra là où elle en était au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="30"/>
        <source>How far bringing everything in is</source>
        <translation>Où en est l’importation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="35"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="37"/>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="55"/>
        <source>Bringing everything in</source>
        <translation>Importation de tout</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="58"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="97"/>
        <source>Paused. Press Go on when you are ready; nothing done so far is lost.</source>
        <translation>En pause. Appuyez sur Continuer quand vous êtes prêt&#x202f;; rien de ce qui est déjà fait n’est perdu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="108"/>
        <source>Nothing done so far is lost. Press Go on to try again.</source>
        <translation>Rien de ce qui est déjà fait n’est perdu. Appuyez sur Continuer pour réessayer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="120"/>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="121"/>
        <source>What happened:</source>
        <translation>Ce qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="128"/>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
</context>
<context>
    <name>KindWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="580"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="581"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="582"/>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="583"/>
        <source>Live stream</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="584"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="585"/>
        <source>Long post</source>
        <translation>Longue publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="587"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="595"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="161"/>
        <source>Same as this computer</source>
        <extracomment>The language the code is written in; it needs no catalogue. Names as people write them in their own language (Qt&apos;s are &quot;American English&quot;, &quot;español de España&quot;: right for a locale, too narrow for a language). What was there before (``remove_language`` puts it back).</extracomment>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="168"/>
        <source>Townsfolk will speak the language you choose the next time it starts.</source>
        <translation>Townsfolk parlera la langue choisie au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../src/townsfolk/ui/links.py" line="24"/>
        <source>This link cannot be opened safely, so Townsfolk did not open it. Only web pages (https and http) and email addresses open from Townsfolk.</source>
        <translation>Ce lien ne peut pas être ouvert en toute sécurité, Townsfolk ne l’a donc pas ouvert. Seules les pages web (https et http) et les adresses e-mail s’ouvrent depuis Townsfolk.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="78"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <extracomment>Someone was taken out (their posts must leave the list&apos;s page). Replaceable in tests: asks before deleting a list.</extracomment>
        <translation>Les listes permettent de lire quelques personnes ensemble, comme «&#xa0;Famille&#xa0;» ou «&#xa0;Jardinage&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="87"/>
        <source>Name of the list</source>
        <translation>Nom de la liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="89"/>
        <source>For example: Family</source>
        <translation>Par exemple&#xa0;: Famille</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="96"/>
        <source>Which replies to show</source>
        <translation>Quelles réponses afficher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="100"/>
        <source>Replies to people in this list</source>
        <translation>Les réponses aux personnes de cette liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="101"/>
        <source>Replies to anyone you follow</source>
        <translation>Les réponses à toutes les personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="102"/>
        <source>No replies</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="107"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="114"/>
        <source>Show these people only here, not in “People you follow”</source>
        <translation>Afficher ces personnes seulement ici, pas dans «&#xa0;Personnes que vous suivez&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="135"/>
        <source>&amp;People in this list:</source>
        <translation>&amp;Personnes dans cette liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="138"/>
        <source>People in this list</source>
        <translation>Personnes dans cette liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="141"/>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="148"/>
        <source>&amp;Add people you follow:</source>
        <translation>A&amp;jouter des personnes que vous suivez&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="151"/>
        <source>Find people you follow</source>
        <translation>Trouver des personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="152"/>
        <source>Type a name</source>
        <translation>Saisissez un nom</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="156"/>
        <source>People you follow</source>
        <translation>Personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="158"/>
        <source>A&amp;dd to list</source>
        <translation>Ajouter à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="181"/>
        <source>Delete list…</source>
        <translation>Supprimer la liste…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="184"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="208"/>
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="210"/>
        <source>List “%1”</source>
        <translation>Liste «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Create list</source>
        <translation>&amp;Créer la liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Create list</source>
        <translation>Créer la liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Save the name and choices</source>
        <translation>Enregistrer le nom et les choix</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="259"/>
        <source>List created. Now add the people you want to read in it.</source>
        <translation>Liste créée. Ajoutez maintenant les personnes que vous voulez y lire.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="261"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="314"/>
        <source>Nobody you follow has that name.</source>
        <translation>Personne parmi ceux que vous suivez n’a ce nom.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="333"/>
        <source>%1 is now in this list.</source>
        <translation>%1 est maintenant dans cette liste.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="354"/>
        <source>%1 was taken out of this list.</source>
        <translation>%1 a été retiré de cette liste.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="362"/>
        <source>Delete this list?</source>
        <translation>Supprimer cette liste&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="365"/>
        <source>Delete the list “%1”? The people in it are not told, and you keep following them.</source>
        <translation>Supprimer la liste «&#xa0;%1&#xa0;»&#x202f;? Les personnes qui y sont ne sont pas prévenues, et vous continuez à les suivre.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="159"/>
        <source>Please give the list a name, like “Family” or “Gardening”.</source>
        <translation>Donnez un nom à la liste, comme «&#xa0;Famille&#xa0;» ou «&#xa0;Jardinage&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="60"/>
        <source>Your town did not take that name. Please try a shorter or different one.</source>
        <extracomment>Whose replies a list shows: people in the list, people you follow, nobody&apos;s. At most this many people are read from &quot;people you follow&quot; (40 a page).</extracomment>
        <translation>Votre ville n’a pas accepté ce nom. Essayez-en un plus court ou différent.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="226"/>
        <source>You can add only people you follow. Follow them first, then add them.</source>
        <translation>Vous ne pouvez ajouter que des personnes que vous suivez. Suivez-les d’abord, puis ajoutez-les.</translation>
    </message>
</context>
<context>
    <name>ListsPlaces</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="45"/>
        <source>+  New list…</source>
        <extracomment>The editor or &quot;Add to list&quot; window open now (for tests).</extracomment>
        <translation>+  Nouvelle liste…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="47"/>
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="49"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <translation>Les listes permettent de lire quelques personnes ensemble, comme «&#xa0;Famille&#xa0;» ou «&#xa0;Jardinage&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="52"/>
        <source>Edit list…</source>
        <translation>Modifier la liste…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="54"/>
        <source>Edit this list</source>
        <translation>Modifier cette liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="125"/>
        <source>Posts from the people in this list will show here. Add people with “Edit list…” above.</source>
        <translation>Les publications des personnes de cette liste apparaîtront ici. Ajoutez des personnes avec «&#xa0;Modifier la liste…&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="139"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="142"/>
        <source>Posts from the people in this list.</source>
        <translation>Publications des personnes de cette liste.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="207"/>
        <source>Add %1 to a list</source>
        <translation>Ajouter %1 à une liste</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="439"/>
        <source>● Live now</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="441"/>
        <source>Was live</source>
        <translation>Était en direct</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="443"/>
        <source>Live stream</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="451"/>
        <source>Preview picture of the stream: %1</source>
        <translation>Aperçu du direct&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="453"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="455"/>
        <source>Live streams on Owncast · %1</source>
        <translation>Directs sur Owncast · %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Open the stream&apos;s page</source>
        <translation>Ouvrir la page du direct</translation>
    </message>
</context>
<context>
    <name>LogOutDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="31"/>
        <source>Remove %1 from Townsfolk?</source>
        <translation>Retirer %1 de Townsfolk&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="34"/>
        <source>Townsfolk forgets this account: the key to it, the posts saved on this computer, and its place in the account menu. The account itself and your posts stay on %1; you can add it again later.</source>
        <translation>Townsfolk oublie ce compte&#xa0;: sa clé, les publications enregistrées sur cet ordinateur et sa place dans le menu des comptes. Le compte lui-même et vos publications restent sur %1&#x202f;; vous pourrez l’ajouter de nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="40"/>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="42"/>
        <source>Log out of %1?</source>
        <translation>Se déconnecter de %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="45"/>
        <source>This computer forgets the key to your account. Your account and your posts stay on %1, and you can log in again at any time. The copies of posts saved on this computer are removed.</source>
        <translation>Cet ordinateur oublie la clé de votre compte. Votre compte et vos publications restent sur %1, et vous pouvez vous reconnecter à tout moment. Les copies de publications enregistrées sur cet ordinateur sont supprimées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="51"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="62"/>
        <source>Your backup account %1 becomes your main account.</source>
        <translation>Votre compte de secours %1 devient votre compte principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="70"/>
        <source>Send them first</source>
        <translation>Les envoyer d’abord</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="72"/>
        <source>Send the waiting posts first</source>
        <translation>Envoyer d’abord les publications en attente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="86"/>
        <source>1 post from this account is still waiting to be sent.</source>
        <translation>1 publication de ce compte attend encore d’être envoyée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="88"/>
        <source>%n posts from this account are still waiting to be sent.</source>
        <translation>
            <numerusform>%n publication de ce compte attend encore d’être envoyée.</numerusform>
            <numerusform>%n publications de ce compte attendent encore d’être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="92"/>
        <source>Removing the account would delete what is waiting: send it first, or tick the box to delete it.</source>
        <translation>Retirer le compte supprimerait ce qui est en attente&#xa0;: envoyez-le d’abord, ou cochez la case pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="97"/>
        <source>If you log out now, it stays saved on this computer and goes out when you log in again.</source>
        <translation>Si vous vous déconnectez maintenant, cela reste enregistré sur cet ordinateur et partira quand vous vous reconnecterez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="109"/>
        <source>Delete the waiting post</source>
        <translation>Supprimer la publication en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="111"/>
        <source>Delete the %n waiting posts</source>
        <translation>
            <numerusform>Supprimer la publication en attente (%n)</numerusform>
            <numerusform>Supprimer les %n publications en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginBrowserPage</name>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="83"/>
        <source>You are logged in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="87"/>
        <source>You can go back to Townsfolk now. You may close this browser tab.</source>
        <translation>Vous pouvez revenir à Townsfolk maintenant. Vous pouvez fermer cet onglet du navigateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="93"/>
        <source>The log-in did not work</source>
        <translation>La connexion n’a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="97"/>
        <source>This is not the log-in Townsfolk is waiting for</source>
        <translation>Ce n’est pas la connexion qu’attend Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="101"/>
        <source>Townsfolk ignored this page because it does not belong to the log-in it is waiting for. If you are logging in, finish on your town&apos;s page in the browser, or start the log-in again from Townsfolk.</source>
        <translation>Townsfolk a ignoré cette page, car elle n’appartient pas à la connexion qu’il attend. Si vous êtes en train de vous connecter, terminez sur la page de votre ville dans le navigateur, ou recommencez la connexion depuis Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="111"/>
        <source>en</source>
        <extracomment>The language code of the page shown in the browser after logging in (de, fr, ...).</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="192"/>
        <source>An answer came back that does not belong to the log-in Townsfolk started, so it was ignored for your safety. Please start the log-in again from Townsfolk.</source>
        <translation>Une réponse est arrivée qui n’appartient pas à la connexion lancée par Townsfolk&#x202f;; elle a donc été ignorée, pour votre sécurité. Recommencez la connexion depuis Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="200"/>
        <source>Townsfolk waited for you to log in, but nothing came back from the browser. Please try again; if the browser did not open, use the code instead.</source>
        <translation>Townsfolk a attendu votre connexion, mais rien n’est revenu du navigateur. Réessayez&#x202f;; si le navigateur ne s’est pas ouvert, utilisez plutôt le code.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="285"/>
        <source>This log-in is already finished.</source>
        <translation>Cette connexion est déjà terminée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="301"/>
        <source>The town did not let Townsfolk in. If you pressed “Deny” or closed the page, that is fine: you can try again whenever you like.</source>
        <translation>La ville n’a pas laissé entrer Townsfolk. Si vous avez appuyé sur «&#xa0;Refuser&#xa0;» ou fermé la page, ce n’est pas grave&#xa0;: vous pouvez réessayer quand vous voulez.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="38"/>
        <source>Type the name of your town, or your full address. All of these work: mastodon.social, https://mastodon.social, @ann@mastodon.social.</source>
        <translation>Saisissez le nom de votre ville, ou votre adresse complète. Tout cela fonctionne&#xa0;: mastodon.social, https://mastodon.social, @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="42"/>
        <source>How to type your town</source>
        <translation>Comment écrire votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="45"/>
        <source>Your town or your full address</source>
        <translation>Votre ville ou votre adresse complète</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="46"/>
        <source>For example mastodon.social</source>
        <translation>Par exemple mastodon.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="55"/>
        <source>Towns that match</source>
        <translation>Villes correspondantes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="56"/>
        <source>Your town</source>
        <translation>Votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="66"/>
        <source>Log in to your backup account</source>
        <translation>Se connecter à votre compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="68"/>
        <source>Log in to your town</source>
        <translation>Se connecter à votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="90"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="101"/>
        <source>That looks like an e-mail address. Here Townsfolk needs the address of your town, like mastodon.social, or your full address in it, like @ann@mastodon.social.</source>
        <translation>Cela ressemble à une adresse e-mail. Ici, Townsfolk a besoin de l’adresse de votre ville, comme mastodon.social, ou de votre adresse complète dans cette ville, comme @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="119"/>
        <source>Checking {town}…</source>
        <translation>Vérification de {town}…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="131"/>
        <source>That is the town of your first account. A backup account needs to be in another town, so that it works when your first town is away.</source>
        <translation>C’est la ville de votre premier compte. Un compte de secours doit être dans une autre ville, pour fonctionner quand votre première ville est absente.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="155"/>
        <source>Townsfolk could not reach {town}, but your internet connection works. Please check the address; if it is right, the town may be closed for a while: try again later.</source>
        <translation>Townsfolk n’a pas pu joindre {town}, mais votre connexion internet fonctionne. Vérifiez l’adresse&#x202f;; si elle est bonne, la ville est peut-être fermée pour un moment&#xa0;: réessayez plus tard.</translation>
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
        <translation>É&amp;crire une publication…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="58"/>
        <source>&amp;Add an account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="60"/>
        <source>Add a &amp;backup account…</source>
        <translation>Ajouter un compte de &amp;secours…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="65"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="75"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="78"/>
        <source>&amp;People you follow</source>
        <translation>&amp;Personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="79"/>
        <source>Your &amp;town</source>
        <translation>&amp;Votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="80"/>
        <source>&amp;Everywhere</source>
        <translation>&amp;Partout</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="81"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="82"/>
        <source>Sa&amp;ved posts</source>
        <translation>Publications &amp;enregistrées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="83"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="93"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="96"/>
        <source>&amp;Look for new posts now</source>
        <translation>Chercher de &amp;nouvelles publications maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="99"/>
        <source>&amp;Your profile</source>
        <translation>Votre pro&amp;fil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="101"/>
        <source>&amp;Edit my profile…</source>
        <translation>&amp;Modifier mon profil…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="103"/>
        <source>People to &amp;follow</source>
        <translation>Personnes à &amp;suivre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="106"/>
        <source>&amp;Town status (how the towns are doing)</source>
        <translation>État des &amp;villes (comment vont les villes)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="127"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="130"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="133"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="139"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="140"/>
        <source>&amp;How Townsfolk works</source>
        <translation>&amp;Comment fonctionne Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="143"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="145"/>
        <source>&amp;What the words mean</source>
        <translation>Ce que veulent dire les &amp;mots</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="147"/>
        <source>&amp;About Townsfolk</source>
        <translation>À &amp;propos de Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="185"/>
        <source>About Townsfolk</source>
        <translation>À propos de Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="186"/>
        <source>Townsfolk {version}

A friendly way to join the fediverse: many towns, one account that talks to all of them.</source>
        <translation>Townsfolk {version}

Une façon accueillante de rejoindre le fédivers&#xa0;: beaucoup de villes, un seul compte qui parle à toutes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="66"/>
        <source>✎  Write a post</source>
        <translation>✎  Écrire une publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="68"/>
        <source>Write a post</source>
        <translation>Écrire une publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="69"/>
        <source>Write a post (Ctrl+N)</source>
        <translation>Écrire une publication (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="91"/>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="93"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="94"/>
        <source>Back (Alt+Left)</source>
        <translation>Retour (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="116"/>
        <source>Posts from the people you follow will show here. Find people to follow in “Your town” or with Search.</source>
        <translation>Les publications des personnes que vous suivez apparaîtront ici. Trouvez des personnes à suivre dans «&#xa0;Votre ville&#xa0;» ou avec Rechercher.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="121"/>
        <source>Posts from people who live in your town will show here.</source>
        <translation>Les publications des gens qui habitent votre ville apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="124"/>
        <source>Posts from every town your town knows will show here.</source>
        <translation>Les publications de toutes les villes que connaît votre ville apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="127"/>
        <source>Posts you save (with “Save” under a post) will show here.</source>
        <translation>Les publications que vous enregistrez (avec «&#xa0;Enregistrer&#xa0;» sous une publication) apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="142"/>
        <source>Log in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="149"/>
        <source>Townsfolk — %1</source>
        <translation>Townsfolk — %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="35"/>
        <source>People you follow</source>
        <translation>Personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="36"/>
        <source>Your town (people on %1)</source>
        <translation>Votre ville (les gens de %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="37"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="38"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="39"/>
        <source>Saved posts</source>
        <translation>Publications enregistrées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="40"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="49"/>
        <source>Posts from the people you follow, in every town.</source>
        <translation>Les publications des personnes que vous suivez, dans toutes les villes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="51"/>
        <source>Posts from everyone who lives in %1, whether you follow them or not.</source>
        <translation>Les publications de tous les habitants de %1, que vous les suiviez ou non.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="57"/>
        <source>Posts from people in all the towns %1 knows. Your one account reaches every town.</source>
        <translation>Les publications des gens de toutes les villes que connaît %1. Votre seul compte atteint toutes les villes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="63"/>
        <source>Who answered, favourited or boosted your posts, and who follows you.</source>
        <translation>Qui a répondu à vos publications, les a mises en favori ou partagées, et qui vous suit.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="66"/>
        <source>Posts you saved for later. Only you can see this list.</source>
        <translation>Les publications que vous avez enregistrées pour plus tard. Vous seul voyez cette liste.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="317"/>
        <source>Something went wrong inside Townsfolk. Nothing was lost; if it happens again, please restart Townsfolk.</source>
        <translation>Un problème est survenu dans Townsfolk. Rien n’est perdu&#x202f;; si cela se reproduit, redémarrez Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="365"/>
        <source>%1 is not answering; showing saved posts.</source>
        <translation>%1 ne répond pas&#x202f;; affichage des publications enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="87"/>
        <source>You are offline; showing saved posts. Posts you write are kept and will go out by themselves when you are back online.</source>
        <translation>Vous êtes hors ligne&#x202f;; affichage des publications enregistrées. Les publications que vous écrivez sont gardées et partiront toutes seules quand vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="93"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="152"/>
        <source>%1 is back. Townsfolk will take you back to your account there when you finish writing.</source>
        <translation>%1 est de retour. Townsfolk vous ramènera à votre compte là-bas quand vous aurez fini d’écrire.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="163"/>
        <source>%1 is back.</source>
        <translation>%1 est de retour.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="173"/>
        <source>%1 is back. Go back to your account there? If you choose “Not now”, you keep using your backup account %2.</source>
        <translation>%1 est de retour. Revenir à votre compte là-bas&#x202f;? Si vous choisissez «&#xa0;Pas maintenant&#xa0;», vous continuez à utiliser votre compte de secours %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="182"/>
        <source>Yes, go back</source>
        <translation>Oui, y revenir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="183"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="193"/>
        <source>%1 is back. You are using your account %2 again.</source>
        <translation>%1 est de retour. Vous utilisez de nouveau votre compte %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="198"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="229"/>
        <source>%1 is not answering. You are now using your backup account @%2.</source>
        <translation>%1 ne répond pas. Vous utilisez maintenant votre compte de secours @%2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="235"/>
        <source>Nothing is lost: your waiting post will go out when %1 is back.</source>
        <translation>Rien n’est perdu&#xa0;: votre publication en attente partira quand %1 sera de retour.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="242"/>
        <source>Nothing is lost: your %2 waiting posts will go out when %1 is back.</source>
        <translation>Rien n’est perdu&#xa0;: vos %2 publications en attente partiront quand %1 sera de retour.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="249"/>
        <source>Nothing is lost.</source>
        <translation>Rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="254"/>
        <source>Post from my backup instead</source>
        <translation>Publier plutôt depuis mon compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="259"/>
        <source>%1 is not answering.</source>
        <translation>%1 ne répond pas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="262"/>
        <source>Nothing is lost: your waiting posts will go out when %1 is back. Meanwhile you can read your saved posts.</source>
        <translation>Rien n’est perdu&#xa0;: vos publications en attente partiront quand %1 sera de retour. En attendant, vous pouvez lire vos publications enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="270"/>
        <source>Nothing is lost. Meanwhile you can read your saved posts.</source>
        <translation>Rien n’est perdu. En attendant, vous pouvez lire vos publications enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="281"/>
        <source>not answering, saved posts only</source>
        <translation>ne répond pas, publications enregistrées seulement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="283"/>
        <source>slow</source>
        <translation>lente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="302"/>
        <source>Saved posts: %1 is not answering, so these are the posts Townsfolk kept. You can read them; new posts come when %1 is back.</source>
        <translation>Publications enregistrées&#xa0;: %1 ne répond pas, voici donc les publications que Townsfolk a gardées. Vous pouvez les lire&#x202f;; les nouvelles arriveront quand %1 sera de retour.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="322"/>
        <source>You keep using your backup account @%1.</source>
        <translation>Vous continuez à utiliser votre compte de secours @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="369"/>
        <source>Your post will go out from your backup account %1.</source>
        <translation>Votre publication partira depuis votre compte de secours %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="374"/>
        <source>Your %2 posts will go out from your backup account %1.</source>
        <translation>Vos %2 publications partiront depuis votre compte de secours %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/notifications.py" line="113"/>
        <source>%1 new notifications</source>
        <translation>%1 nouvelles notifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="157"/>
        <source>Favourited from your backup account @%1.</source>
        <translation>Mise en favori depuis votre compte de secours @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="159"/>
        <source>Boosted from your backup account @%1.</source>
        <translation>Partagée depuis votre compte de secours @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="180"/>
        <source>More actions for this post</source>
        <translation>Plus d’actions pour cette publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="185"/>
        <source>Copy link to post</source>
        <translation>Copier le lien de la publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="187"/>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="191"/>
        <source>Open the conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="203"/>
        <source>Change this post…</source>
        <translation>Modifier cette publication…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="206"/>
        <source>Delete this post…</source>
        <translation>Supprimer cette publication…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="224"/>
        <source>The link to the post was copied.</source>
        <translation>Le lien de la publication a été copié.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="259"/>
        <source>Your post was deleted.</source>
        <translation>Votre publication a été supprimée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="265"/>
        <source>Delete this post?</source>
        <translation>Supprimer cette publication&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="266"/>
        <source>Delete your post for good? It will disappear from every town. This cannot be undone.</source>
        <translation>Supprimer définitivement votre publication&#x202f;? Elle disparaîtra de toutes les villes. Impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="285"/>
        <source>Your town does not let people change their posts. You can delete the post and write it again.</source>
        <translation>Votre ville ne permet pas de modifier les publications. Vous pouvez supprimer la publication et l’écrire à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="75"/>
        <source>Write a post — @%1</source>
        <translation>Écrire une publication — @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="101"/>
        <location filename="../src/townsfolk/ui/window/posting.py" line="160"/>
        <source>Your post was sent.</source>
        <translation>Votre publication a été envoyée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="103"/>
        <source>Your post is saved on this computer. It will be sent when you are online again.</source>
        <translation>Votre publication est enregistrée sur cet ordinateur. Elle sera envoyée quand vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="108"/>
        <source>Your post is saved on this computer. It will be sent when your town answers.</source>
        <translation>Votre publication est enregistrée sur cet ordinateur. Elle sera envoyée quand votre ville répondra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="113"/>
        <source>Sending your post…</source>
        <translation>Envoi de votre publication…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="121"/>
        <source>Behind a content warning: %1</source>
        <translation>Derrière un avertissement de contenu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="186"/>
        <source>1 post waiting to be sent</source>
        <translation>1 publication en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="188"/>
        <source>%1 posts waiting to be sent</source>
        <translation>%1 publications en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="191"/>
        <source>See the posts waiting to be sent</source>
        <translation>Voir les publications en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="182"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="211"/>
        <source>No posts with #%1 yet.</source>
        <translation>Pas encore de publication avec #%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="215"/>
        <source>Posts with #%1</source>
        <translation>Publications avec #%1</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Preview picture of the video: %1</source>
        <translation>Aperçu de la vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Cover of %1</source>
        <translation>Pochette de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="248"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="252"/>
        <source>Video on PeerTube</source>
        <translation>Vidéo sur PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="254"/>
        <source>channel %1</source>
        <translation>chaîne %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="256"/>
        <source>Music on %1</source>
        <translation>Musique sur %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="258"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="260"/>
        <source>%1 long</source>
        <translation>dure %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="267"/>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="268"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play video</source>
        <translation>▶ Lire la vidéo</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play</source>
        <translation>▶ Lire</translation>
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
        <translation>Townsfolk ne peut pas lire de vidéos sur cet ordinateur&#xa0;: il a donc ouvert celle-ci sur %1 dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="342"/>
        <source>Townsfolk cannot play music on this computer, so it opened this track on %1 in your web browser.</source>
        <translation>Townsfolk ne peut pas lire de musique sur cet ordinateur&#xa0;: il a donc ouvert ce morceau sur %1 dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="380"/>
        <source>This video would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Cette vidéo ne se lit pas dans Townsfolk&#xa0;: elle a donc été ouverte sur %1 dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="383"/>
        <source>This track would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>Ce morceau ne se lit pas dans Townsfolk&#xa0;: il a donc été ouvert sur %1 dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="405"/>
        <source>Townsfolk could not play this here, and your web browser did not open. Please try again later.</source>
        <translation>Townsfolk n’a pas pu lire ceci ici, et votre navigateur ne s’est pas ouvert. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="271"/>
        <source>Open on %1</source>
        <translation>Ouvrir sur %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="28"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="31"/>
        <source>Loading the picture…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="34"/>
        <source>A picture with no description</source>
        <translation>Une image sans description</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="41"/>
        <source>The person who posted this did not describe it.</source>
        <translation>La personne qui a publié ceci ne l’a pas décrite.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="45"/>
        <source>Description of the picture</source>
        <translation>Description de l’image</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="58"/>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="66"/>
        <source>The picture could not be loaded.</source>
        <translation>L’image n’a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>Moving</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="23"/>
        <source>The people you follow</source>
        <translation>Les personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="24"/>
        <source>Your lists</source>
        <translation>Vos listes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="25"/>
        <source>The people you blocked</source>
        <translation>Les personnes que vous avez bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="26"/>
        <source>The people you muted</source>
        <translation>Les personnes que vous avez mises en sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="27"/>
        <source>The towns you blocked</source>
        <translation>Les villes que vous avez bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="28"/>
        <source>Your bookmarks</source>
        <translation>Vos signets</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/moved.py" line="31"/>
        <source>%1 moved to %2</source>
        <translation>%1 a déménagé vers %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="43"/>
        <source>&amp;Move to another town…</source>
        <translation>&amp;Déménager dans une autre ville…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="44"/>
        <source>Save my follows and lists…</source>
        <translation>Enregistrer mes abonnements et mes listes…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="45"/>
        <source>Bring in follows from a file…</source>
        <translation>Reprendre des abonnements depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="53"/>
        <source>Move my &amp;whole account…</source>
        <translation>Déménager &amp;tout mon compte…</translation>
    </message>
</context>
<context>
    <name>MovingExport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="122"/>
        <source>Your lists are saved (%n lines in all).</source>
        <translation>Vos listes sont enregistrées (%n lignes en tout).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="124"/>
        <source>Saving your lists stopped because your town did not answer (%n lines saved so far). It goes on from there when you try again.</source>
        <translation>L’enregistrement de vos listes s’est arrêté parce que votre ville n’a pas répondu (%n lignes enregistrées jusqu’ici). Il reprendra de là quand vous réessaierez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="133"/>
        <source>Reading the people you follow</source>
        <translation>Lecture des personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="134"/>
        <source>Reading the people you blocked</source>
        <translation>Lecture des personnes que vous avez bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="135"/>
        <source>Reading the people you muted</source>
        <translation>Lecture des personnes que vous avez mises en sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="136"/>
        <source>Reading the towns you blocked</source>
        <translation>Lecture des villes que vous avez bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="137"/>
        <source>Reading your bookmarks</source>
        <translation>Lecture de vos signets</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="138"/>
        <source>Reading your lists</source>
        <translation>Lecture de vos listes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="143"/>
        <source>lines so far: %n</source>
        <translation>lignes jusqu’ici&#xa0;: %n</translation>
    </message>
</context>
<context>
    <name>MovingFiles</name>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="163"/>
        <source>people you follow</source>
        <extracomment>A sentence for the person when a follow file came without its header (the settings for boosts, notifications and languages are then not in it).</extracomment>
        <translation>personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="165"/>
        <source>blocked people</source>
        <translation>personnes bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="167"/>
        <source>muted people</source>
        <translation>personnes en sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="169"/>
        <source>blocked towns</source>
        <translation>villes bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="171"/>
        <source>bookmarks</source>
        <translation>signets</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="172"/>
        <source>lists</source>
        <translation>listes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="297"/>
        <source>This file is bigger than 20 MB, more than any town accepts. Export the lists one by one, or split the file into smaller ones.</source>
        <translation>Ce fichier fait plus de 20 Mo, plus qu’aucune ville n’accepte. Exportez les listes une par une, ou découpez le fichier en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="310"/>
        <source>This is not a list saved as text: it may be a spreadsheet or a picture. Choose the .csv file your old town gave you.</source>
        <translation>Ce n’est pas une liste enregistrée en texte&#xa0;: c’est peut-être un tableur ou une image. Choisissez le fichier .csv que votre ancienne ville vous a donné.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="320"/>
        <source>Some letters in this file cannot be read: it was probably saved by a spreadsheet in another format. Use the file your old town gave you as it was, or save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>Certaines lettres de ce fichier sont illisibles&#xa0;: il a sans doute été enregistré par un tableur dans un autre format. Utilisez le fichier tel que votre ancienne ville vous l’a donné, ou enregistrez-le à nouveau en «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="344"/>
        <source>This file is not a list Townsfolk can read: its quotation marks do not match. Use the file your old town gave you as it was.</source>
        <translation>Ce fichier n’est pas une liste que Townsfolk sait lire&#xa0;: ses guillemets ne vont pas par paires. Utilisez le fichier tel que votre ancienne ville vous l’a donné.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="389"/>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="403"/>
        <source>Townsfolk cannot tell what this file holds. Choose what it holds: people you follow, blocked people, muted people, blocked towns, bookmarks or lists.</source>
        <translation>Townsfolk ne sait pas ce que contient ce fichier. Choisissez ce qu’il contient&#xa0;: personnes que vous suivez, personnes bloquées, personnes en sourdine, villes bloquées, signets ou listes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="412"/>
        <source>This file holds {found}, not {wanted}. Choose the right file, or import it as {found}.</source>
        <translation>Ce fichier contient des {found}, pas des {wanted}. Choisissez le bon fichier, ou importez-le comme {found}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="422"/>
        <source>This file has more than 20,000 lines, more than a town accepts at once. Split it into smaller files and import them one after the other.</source>
        <translation>Ce fichier a plus de 20 000 lignes, plus qu’une ville n’accepte en une fois. Découpez-le en fichiers plus petits et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="435"/>
        <source>This file&apos;s columns are not those of a Mastodon file of {what}. Choose the file your old town gave you.</source>
        <translation>Les colonnes de ce fichier ne sont pas celles d’un fichier Mastodon de {what}. Choisissez le fichier que votre ancienne ville vous a donné.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="455"/>
        <source>Line {line} is not the name of a town: {text}</source>
        <translation>La ligne {line} n’est pas le nom d’une ville&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="458"/>
        <source>Line {line} is not the address of a post: {text}</source>
        <translation>La ligne {line} n’est pas l’adresse d’une publication&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="461"/>
        <source>Line {line} is not the address of a person: {text}</source>
        <translation>La ligne {line} n’est pas l’adresse d’une personne&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="467"/>
        <source>Line {line} has no list name: {text}</source>
        <translation>La ligne {line} n’a pas de nom de liste&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="489"/>
        <source>Most lines of this file are not {what} (line {line}: {text}). It may come from another program. Choose the file your old town gave you.</source>
        <translation>La plupart des lignes de ce fichier ne sont pas des {what} (ligne {line}&#xa0;: {text}). Il vient peut-être d’un autre programme. Choisissez le fichier que votre ancienne ville vous a donné.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="498"/>
        <source>This file has only addresses: boosts and notifications will be as a new follow has them.</source>
        <translation>Ce fichier ne contient que des adresses&#xa0;: les partages et les notifications seront réglés comme pour un nouvel abonnement.</translation>
    </message>
</context>
<context>
    <name>MovingImport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="199"/>
        <source>To follow: %n</source>
        <extracomment>The lines that did not work, by outcome (the things that worked are only counted).</extracomment>
        <translation>À suivre&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="201"/>
        <source>To block: %n</source>
        <translation>À bloquer&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="203"/>
        <source>To mute: %n</source>
        <translation>À mettre en sourdine&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="205"/>
        <source>Towns to block: %n</source>
        <translation>Villes à bloquer&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="207"/>
        <source>Bookmarks to add: %n</source>
        <translation>Signets à ajouter&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="208"/>
        <source>To put in lists: %n</source>
        <translation>À mettre dans des listes&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="216"/>
        <source>already there: %n</source>
        <translation>déjà présents&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="218"/>
        <source>lines that cannot be read: %n</source>
        <translation>lignes illisibles&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="221"/>
        <source>Replacing also removes what is not in the file (%n in all): look at it before you agree.</source>
        <translation>Remplacer retire aussi ce qui n’est pas dans le fichier (%n en tout)&#xa0;: regardez-le avant d’accepter.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="245"/>
        <source>Already there: %n.</source>
        <translation>Déjà présents&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="250"/>
        <source>Posts that could not be found (deleted, or their town is gone): %n.</source>
        <translation>Publications introuvables (supprimées, ou leur ville n’existe plus)&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="257"/>
        <source>Towns that could not be blocked: %n.</source>
        <translation>Villes qui n’ont pas pu être bloquées&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="261"/>
        <source>People who could not be found (their town is gone, or they changed their address): %n.</source>
        <translation>Personnes introuvables (leur ville n’existe plus, ou elles ont changé d’adresse)&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="273"/>
        <source>Refused by your new town (for example people who blocked you): %n.</source>
        <translation>Refusés par votre nouvelle ville (par exemple des personnes qui vous ont bloqué)&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="287"/>
        <source>Found at their new address, because they had moved: %n.</source>
        <translation>Trouvées à leur nouvelle adresse, parce qu’elles avaient déménagé&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="299"/>
        <source>Removed: %n.</source>
        <translation>Retirés&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="305"/>
        <source>Now followed: %n.</source>
        <translation>Maintenant suivis&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="307"/>
        <source>Blocked: %n.</source>
        <translation>Bloqués&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="309"/>
        <source>Muted: %n.</source>
        <translation>En sourdine&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="311"/>
        <source>Towns blocked: %n.</source>
        <translation>Villes bloquées&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="313"/>
        <source>Bookmarks added: %n.</source>
        <translation>Signets ajoutés&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="314"/>
        <source>Put in lists: %n.</source>
        <translation>Mis dans des listes&#xa0;: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="431"/>
        <source>Finished: every line looked at (%n).</source>
        <translation>Terminé&#xa0;: toutes les lignes ont été vues (%n).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="432"/>
        <source>{done} of {total} lines done</source>
        <translation>{done} lignes faites sur {total}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="436"/>
        <source>about {time} left</source>
        <translation>encore environ {time}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="440"/>
        <source>Your new town asked Townsfolk to slow down; it goes on by itself.</source>
        <translation>Votre nouvelle ville a demandé à Townsfolk de ralentir&#x202f;; cela reprendra tout seul.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="576"/>
        <source>Replacing removes things that are not in the file. Look at the list of what would be removed and agree to it first.</source>
        <translation>Remplacer retire des choses qui ne sont pas dans le fichier. Regardez d’abord la liste de ce qui serait retiré et acceptez-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="610"/>
        <source>The account to import into is no longer here.</source>
        <translation>Le compte dans lequel importer n’est plus là.</translation>
    </message>
</context>
<context>
    <name>MovingJobs</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/controller.py" line="84"/>
        <source>Moving: %1</source>
        <translation>Déménagement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MovingPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="48"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>MovingWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="81"/>
        <source>Move to another town</source>
        <translation>Déménager dans une autre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="82"/>
        <source>Save my follows and lists</source>
        <translation>Enregistrer mes abonnements et mes listes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="83"/>
        <source>Bring in follows from a file</source>
        <translation>Reprendre des abonnements depuis un fichier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="104"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="106"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="108"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="224"/>
        <source>Remove what is not in the file?</source>
        <translation>Retirer ce qui n’est pas dans le fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="227"/>
        <source>Making the account the same as the file removes %1 things it has now (the list on the page shows them). This cannot be undone by Townsfolk.</source>
        <translation>Rendre le compte identique au fichier retire %1 éléments qu’il a maintenant (la liste sur la page les montre). Townsfolk ne peut pas revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="231"/>
        <source>Remove them</source>
        <translation>Les retirer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="232"/>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
</context>
<context>
    <name>MuteDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="87"/>
        <source>Mute %1?</source>
        <translation>Mettre %1 en sourdine&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="89"/>
        <source>You won&apos;t see their posts or boosts any more. They won&apos;t know you muted them, and they can still follow you and see your posts.

To undo it, press Unmute on their profile or in “People you muted or blocked”.</source>
        <translation>Vous ne verrez plus ses publications ni ses partages. Cette personne ne saura pas que vous l’avez mise en sourdine, et elle peut toujours vous suivre et voir vos publications.

Pour annuler, appuyez sur Réactiver sur son profil ou dans «&#xa0;Personnes en sourdine ou bloquées&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="94"/>
        <source>Mute</source>
        <translation>Mettre en sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="97"/>
        <source>Also hide their notifications</source>
        <translation>Masquer aussi ses notifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="101"/>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="104"/>
        <source>For how long?</source>
        <translation>Pendant combien de temps&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="106"/>
        <source>Until I unmute them</source>
        <translation>Jusqu’à ce que je la réactive</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="107"/>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="108"/>
        <source>For 1 day</source>
        <translation>Pendant 1 jour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="109"/>
        <source>For 7 days</source>
        <translation>Pendant 7 jours</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="113"/>
        <source>Places</source>
        <extracomment>Keys of the places, in order. The first four have Ctrl+1 … Ctrl+4. Key of the &quot;Lists&quot; heading (not a place: it cannot be chosen).</extracomment>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="115"/>
        <source>Choose what to read. Control and a number from 1 to 4 also work.</source>
        <translation>Choisissez ce que vous voulez lire. Contrôle et un chiffre de 1 à 4 fonctionnent aussi.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="139"/>
        <source>your town</source>
        <translation>votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="140"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="142"/>
        <source>1 new</source>
        <translation>1 nouvelle</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="144"/>
        <source>%1 new</source>
        <translation>%1 nouvelles</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="147"/>
        <source>People you follow</source>
        <translation>Personnes que vous suivez</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="148"/>
        <source>Posts from the people you follow, in every town</source>
        <translation>Les publications des personnes que vous suivez, dans toutes les villes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="151"/>
        <source>Your town (people on %1)</source>
        <translation>Votre ville (les gens de %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="152"/>
        <source>Posts from people who live in %1</source>
        <translation>Les publications des gens qui habitent %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="155"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="156"/>
        <source>Posts from all the towns %1 knows</source>
        <translation>Les publications de toutes les villes que connaît %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="160"/>
        <source>Who favourited, boosted or answered your posts, and who follows you</source>
        <translation>Qui a mis en favori, partagé ou répondu à vos publications, et qui vous suit</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Saved posts</source>
        <translation>Publications enregistrées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Posts you saved for later</source>
        <translation>Les publications que vous avez enregistrées pour plus tard</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Find people, hashtags and posts</source>
        <translation>Trouver des personnes, des hashtags et des publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="186"/>
        <source>Your lists</source>
        <translation>Vos listes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="195"/>
        <source>Posts from the people in your list “%1”</source>
        <translation>Les publications des personnes de votre liste «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>NewAccountButton</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="189"/>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="206"/>
        <source>Follow the new account</source>
        <translation>Suivre le nouveau compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="191"/>
        <source>Follow %1</source>
        <translation>Suivre %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="204"/>
        <source>Following the new account ✓</source>
        <translation>Abonné au nouveau compte ✓</translation>
    </message>
</context>
<context>
    <name>NewHomeOffer</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="158"/>
        <source>%1 has not answered for %2.</source>
        <extracomment>Two outage starts this close together (seconds) are the same outage. Why the offer on show was made: {&quot;outage&quot;: start} or {&quot;closing&quot;: words}. &quot;Not now&quot;, by main account: {&quot;outage&quot;: start, &quot;closing&quot;: words} (see the module).</extracomment>
        <translation>%1 ne répond plus depuis %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="173"/>
        <source>%1 says it is closing: “%2”</source>
        <translation>%1 annonce sa fermeture&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="183"/>
        <source>Make %1 your home? Townsfolk brings the people you follow along, and uses it as your main account from then on.</source>
        <translation>Faire de %1 votre maison&#x202f;? Townsfolk y emmène les personnes que vous suivez, et l’utilise désormais comme compte principal.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="192"/>
        <source>Make it my home</source>
        <translation>En faire ma maison</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="193"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="220"/>
        <source>Making %1 your home: bringing the people you follow along…</source>
        <translation>%1 devient votre maison&#xa0;: Townsfolk emmène les personnes que vous suivez…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="229"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="236"/>
        <source>%1 is now your home.</source>
        <translation>%1 est maintenant votre maison.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="239"/>
        <source>Your old town did not answer, so the people you follow came from what Townsfolk had saved.</source>
        <translation>Votre ancienne ville n’a pas répondu&#xa0;: les personnes que vous suivez viennent donc de ce que Townsfolk avait enregistré.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="52"/>
        <source>Someone</source>
        <extracomment>Custom emoji pictures asked for per name or post text (the rest stay words).</extracomment>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="61"/>
        <source>%1 favourited your post</source>
        <translation>%1 a mis votre publication en favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="62"/>
        <source>%1 boosted your post</source>
        <translation>%1 a partagé votre publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="63"/>
        <source>%1 started following you</source>
        <translation>%1 vous suit désormais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="64"/>
        <source>%1 asked to follow you</source>
        <translation>%1 a demandé à vous suivre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="65"/>
        <source>A poll you voted in has ended</source>
        <translation>Un sondage auquel vous avez voté est terminé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="66"/>
        <source>%1 edited a post you boosted</source>
        <translation>%1 a modifié une publication que vous avez partagée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="67"/>
        <source>%1 mentioned you</source>
        <translation>%1 vous a mentionné</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="68"/>
        <source>%1 wrote a new post</source>
        <translation>%1 a écrit une nouvelle publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="69"/>
        <source>%1 moved to %2</source>
        <translation>%1 a déménagé vers %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="70"/>
        <source>%1 joined your town</source>
        <translation>%1 s’est installé dans votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="71"/>
        <source>%1 sent a report for the town&apos;s moderators</source>
        <translation>%1 a envoyé un signalement à la modération de la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="76"/>
        <source>%1 replied to you</source>
        <translation>%1 vous a répondu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="78"/>
        <source>Something new from %1</source>
        <translation>Du nouveau de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="87"/>
        <source>%1 and %2 favourited your post</source>
        <translation>%1 et %2 ont mis votre publication en favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="90"/>
        <source>%1 and %2 boosted your post</source>
        <translation>%1 et %2 ont partagé votre publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="91"/>
        <source>%1 and %2 followed you</source>
        <translation>%1 et %2 vous suivent désormais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="92"/>
        <source>%1 and %2 joined your town</source>
        <translation>%1 et %2 se sont installés dans votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="99"/>
        <source>%1 and %n others favourited your post</source>
        <translation>%1 et %n autres personnes ont mis votre publication en favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="102"/>
        <source>%1 and %n others boosted your post</source>
        <translation>%1 et %n autres personnes ont partagé votre publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="105"/>
        <source>%1 and %n others followed you</source>
        <translation>%1 et %n autres personnes vous suivent désormais</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="108"/>
        <source>%1 and %n others joined your town</source>
        <translation>%1 et %n autres personnes se sont installées dans votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="148"/>
        <source>a new account</source>
        <translation>un nouveau compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="203"/>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="208"/>
        <source>(pictures)</source>
        <translation>(images)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="224"/>
        <source>Hidden because it mentions %1.</source>
        <translation>Masquée parce qu’elle mentionne %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="225"/>
        <source>Show anyway</source>
        <translation>Afficher quand même</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="235"/>
        <source>You accepted. %1 now follows you and sees your posts.</source>
        <translation>Vous avez accepté. %1 vous suit maintenant et voit vos publications.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="239"/>
        <source>You declined. %1 does not follow you.</source>
        <translation>Vous avez refusé. %1 ne vous suit pas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="241"/>
        <source>This request is no longer waiting for an answer.</source>
        <translation>Cette demande n’attend plus de réponse.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="275"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="276"/>
        <source>Boost</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="277"/>
        <source>New follower</source>
        <translation>Nouvel abonné</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="278"/>
        <source>Follow request</source>
        <translation>Demande d’abonnement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="279"/>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="280"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="281"/>
        <source>Poll ended</source>
        <translation>Sondage terminé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="282"/>
        <source>Post edited</source>
        <translation>Publication modifiée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="283"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="284"/>
        <source>New person in your town</source>
        <translation>Nouvel habitant de votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="285"/>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="286"/>
        <source>Moved to a new account</source>
        <translation>A déménagé vers un nouveau compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="288"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="123"/>
        <source>New:</source>
        <extracomment>The hidden words that fold this row (&quot;warn&quot;); empty: shown as it is. Keys of the groups shown with their people. Ids of unread notifications that have been on screen (see the module&apos;s text). Notifications a &quot;warn&quot; hidden-words filter folds (id -&gt; the words found), and the ones the person chose to see anyway.</extracomment>
        <translation>Nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="130"/>
        <source>Press Space to show it.</source>
        <translation>Appuyez sur Espace pour l’afficher.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="136"/>
        <source>Waiting for your answer: Accept or Decline.</source>
        <translation>En attente de votre réponse&#xa0;: Accepter ou Refuser.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="144"/>
        <source>Press Space to see who.</source>
        <translation>Appuyez sur Espace pour voir qui.</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="272"/>
        <source>Notifications</source>
        <extracomment>A follow request was answered and the town took it (notification id, accepted). Unread notifications that came on screen while the window was active (their ids). Moves whose new account was followed from here (notification ids). Whether the person can see the window (tests may replace it).</extracomment>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="290"/>
        <source>No notifications yet. When someone follows you, answers you, or favourites or boosts your posts, it will show here.</source>
        <translation>Pas encore de notification. Quand quelqu’un vous suit, vous répond, ou met en favori ou partage vos publications, cela apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="503"/>
        <source>Townsfolk cannot follow just now. Please try again in a moment.</source>
        <translation>Townsfolk ne peut suivre personne pour l’instant. Réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="518"/>
        <source>Townsfolk cannot answer just now. Please try again in a moment.</source>
        <translation>Townsfolk ne peut pas répondre pour l’instant. Réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="543"/>
        <source>Townsfolk could not send your answer. Nothing has changed; please try again.</source>
        <translation>Townsfolk n’a pas pu envoyer votre réponse. Rien n’a changé&#x202f;; réessayez.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="28"/>
        <source>Join your company&apos;s town</source>
        <translation>Rejoignez la ville de votre entreprise</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="41"/>
        <source>Logo of %1</source>
        <translation>Logo de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="45"/>
        <source>%1 has its own town: %2. Log in there with your work account. Your account there reaches people in every other town too, like an email address does.</source>
        <translation>%1 a sa propre ville&#xa0;: %2. Connectez-vous-y avec votre compte professionnel. Votre compte là-bas atteint aussi les gens de toutes les autres villes, comme une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="54"/>
        <source>Use another town instead</source>
        <translation>Utiliser plutôt une autre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="65"/>
        <source>Log in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
</context>
<context>
    <name>OriginalPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="535"/>
        <source>Open the original on %1</source>
        <translation>Ouvrir l’original sur %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="537"/>
        <source>Open the original</source>
        <translation>Ouvrir l’original</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="199"/>
        <source>Your town</source>
        <extracomment>How much older than it was a post&apos;s time may read: towns give times to the millisecond.</extracomment>
        <translation>Votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="204"/>
        <source>{town} did not accept this post. It said: “{said}”. Please change the post, then send it again.</source>
        <extracomment>{said} is what the town answered, in the town&apos;s own words.</extracomment>
        <translation>{town} n’a pas accepté cette publication. Elle a répondu&#xa0;: «&#xa0;{said}&#xa0;». Modifiez la publication, puis renvoyez-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="209"/>
        <source>{town} did not accept this post. Please change it, then send it again.</source>
        <translation>{town} n’a pas accepté cette publication. Modifiez-la, puis renvoyez-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="213"/>
        <source>{town} could not find something this post needs; the post you are replying to may have been deleted. Please change the post, or delete it.</source>
        <translation>{town} n’a pas trouvé quelque chose dont cette publication a besoin&#x202f;; la publication à laquelle vous répondez a peut-être été supprimée. Modifiez la publication, ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="220"/>
        <source>{problem} Your post is saved and will be sent after that.</source>
        <extracomment>{problem} is a sentence saying what went wrong (for example, log in again).</extracomment>
        <translation>{problem} Votre publication est enregistrée et sera envoyée ensuite.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="223"/>
        <source>{problem} Your post is saved; you can try again or change it.</source>
        <translation>{problem} Votre publication est enregistrée&#x202f;; vous pouvez réessayer ou la modifier.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="435"/>
        <source>There is nothing to send yet. Please write something first.</source>
        <extracomment>Software known to honour ``Idempotency-Key`` (a re-send with the same key returns the first post). Every other town gets the wider check.</extracomment>
        <translation>Il n’y a encore rien à envoyer. Écrivez d’abord quelque chose.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="439"/>
        <source>A post can have pictures or a poll, but not both. Please remove one of them.</source>
        <translation>Une publication peut avoir des images ou un sondage, mais pas les deux. Retirez l’un des deux.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="485"/>
        <source>This post may already have reached your town. Townsfolk is checking; you can change it once that is done.</source>
        <translation>Cette publication est peut-être déjà arrivée dans votre ville. Townsfolk vérifie&#x202f;; vous pourrez la modifier une fois que ce sera fait.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="527"/>
        <source>This post is already waiting to be sent.</source>
        <translation>Cette publication attend déjà d’être envoyée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="625"/>
        <source>Townsfolk cannot move this post: it is no longer waiting.</source>
        <translation>Townsfolk ne peut pas déplacer cette publication&#xa0;: elle n’est plus en attente.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="628"/>
        <source>Townsfolk cannot change this post: it is no longer waiting.</source>
        <translation>Townsfolk ne peut pas modifier cette publication&#xa0;: elle n’est plus en attente.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="637"/>
        <source>This post may already have reached your town, so Townsfolk will not send it from another account. It is checking, and will tell you.</source>
        <translation>Cette publication est peut-être déjà arrivée dans votre ville, Townsfolk ne l’enverra donc pas depuis un autre compte. Il vérifie, et vous le dira.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="647"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>Cette publication est en cours d’envoi. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="910"/>
        <source>Townsfolk had a problem sending this post.</source>
        <translation>Townsfolk a eu un problème pour envoyer cette publication.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="998"/>
        <source>Townsfolk is checking whether {town} got this post before sending it again.</source>
        <translation>Townsfolk vérifie si {town} a reçu cette publication avant de la renvoyer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1001"/>
        <location filename="../src/townsfolk/services/outbox.py" line="1017"/>
        <source>your town</source>
        <translation>votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1012"/>
        <source>This post may already be on {town}: Townsfolk could not tell for sure, so it did not send it again. Please look at your posts there. If it is not there, press “Try again” to send it.</source>
        <translation>Cette publication est peut-être déjà sur {town}&#xa0;: Townsfolk n’a pas pu en être sûr, il ne l’a donc pas renvoyée. Regardez vos publications là-bas. Si elle n’y est pas, appuyez sur «&#xa0;Réessayer&#xa0;» pour l’envoyer.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="54"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="77"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="116"/>
        <source>the town</source>
        <translation>la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="136"/>
        <source>Checking your internet connection…</source>
        <translation>Vérification de votre connexion internet…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="145"/>
        <source>If you typed your e-mail address: a town&apos;s address looks like mastodon.social, and a person&apos;s full address like @ann@mastodon.social.</source>
        <translation>Si vous avez saisi votre adresse e-mail&#xa0;: l’adresse d’une ville ressemble à mastodon.social, et l’adresse complète d’une personne à @ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="150"/>
        <source>Your computer is not connected to the internet right now, so Townsfolk could not ask {town}. Please check your Wi-Fi or cable, then try again.</source>
        <translation>Votre ordinateur n’est pas connecté à internet pour le moment, Townsfolk n’a donc pas pu interroger {town}. Vérifiez votre Wi-Fi ou votre câble, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="162"/>
        <source>{town} is not answering right now, but your internet connection works. The town may be closed for a while: try again later, or go back and pick another town.</source>
        <translation>{town} ne répond pas pour le moment, mais votre connexion internet fonctionne. La ville est peut-être fermée pour un moment&#xa0;: réessayez plus tard, ou revenez en arrière et choisissez une autre ville.</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="62"/>
        <source>How would you like to start?</source>
        <translation>Comment voulez-vous commencer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="68"/>
        <source>I&apos;m new: help me pick a town</source>
        <translation>Je suis nouveau&#xa0;: aidez-moi à choisir une ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="69"/>
        <source>See towns by topic and choose one to join. It takes a few minutes.</source>
        <translation>Parcourez les villes par thème et choisissez-en une à rejoindre. Cela prend quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="73"/>
        <source>I already have an account</source>
        <translation>J’ai déjà un compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="74"/>
        <source>Log in with the account you have, in any town.</source>
        <translation>Connectez-vous avec le compte que vous avez, dans n’importe quelle ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="78"/>
        <source>Try a practice town first (nothing leaves your computer)</source>
        <translation>Essayer d’abord une ville d’essai (rien ne quitte votre ordinateur)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="80"/>
        <source>Look around a pretend town with pretend people, to see how it works. You can join a real town whenever you like.</source>
        <translation>Promenez-vous dans une ville pour de faux avec des gens pour de faux, pour voir comment ça marche. Vous pourrez rejoindre une vraie ville quand vous voudrez.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="124"/>
        <source>This account is not ready yet. Please try again.</source>
        <extracomment>Mastodon shows avatars at 400×400 and headers at 1500×500, each at most 2 MB. How many of the town&apos;s people the popular pass reads, and how many of them it keeps.</extracomment>
        <translation>Ce compte n’est pas encore prêt. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="291"/>
        <source>the profile picture</source>
        <translation>la photo de profil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="294"/>
        <source>the banner picture</source>
        <translation>la bannière</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="326"/>
        <source>Townsfolk cannot use {what}: {reason}</source>
        <translation>Townsfolk ne peut pas utiliser {what}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="337"/>
        <source>Your name is too long: {n} letters at most.</source>
        <translation>Votre nom est trop long&#xa0;: {n} lettres au maximum.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="341"/>
        <source>Your description is too long: {n} letters at most.</source>
        <translation>Votre description est trop longue&#xa0;: {n} lettres au maximum.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="346"/>
        <source>Your town takes {n} extra facts at most.</source>
        <translation>Votre ville accepte {n} informations en plus au maximum.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="351"/>
        <source>An extra fact is too long: {n} letters at most.</source>
        <translation>Une information en plus est trop longue&#xa0;: {n} lettres au maximum.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="181"/>
        <source>No one here yet.</source>
        <translation>Personne ici pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="184"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="186"/>
        <source>Arrows move between people. Enter opens a profile, Space or F follows.</source>
        <translation>Les flèches passent d’une personne à l’autre. Entrée ouvre un profil, Espace ou F permet de suivre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="250"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="252"/>
        <source>Show more people</source>
        <translation>Afficher plus de personnes</translation>
    </message>
</context>
<context>
    <name>PeoplePageView</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="67"/>
        <source>Asking your town…</source>
        <translation>Townsfolk interroge votre ville…</translation>
    </message>
</context>
<context>
    <name>PeoplePages</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="183"/>
        <source>These people are suggested by your town: people it recommends, people who live there and posted lately, and people many others follow.</source>
        <translation>Ces personnes sont suggérées par votre ville&#xa0;: des personnes qu’elle recommande, des habitants qui ont publié récemment et des personnes que beaucoup d’autres suivent.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="188"/>
        <source>Your town has no one to suggest right now. Try Search, or look at “Your town”.</source>
        <translation>Votre ville n’a personne à suggérer pour l’instant. Essayez Rechercher, ou regardez dans «&#xa0;Votre ville&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="194"/>
        <source>Welcome to your town! Posts show up in “People you follow” once you follow someone, so here are some people to start with.</source>
        <translation>Bienvenue dans votre ville&#x202f;! Les publications apparaissent dans «&#xa0;Personnes que vous suivez&#xa0;» dès que vous suivez quelqu’un&#xa0;: voici quelques personnes pour commencer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="203"/>
        <source>People to follow</source>
        <translation>Personnes à suivre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="226"/>
        <source>People who follow %1.</source>
        <translation>Les personnes qui suivent %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="228"/>
        <source>No one follows them yet, or their town does not show it.</source>
        <translation>Personne ne les suit encore, ou leur ville ne le montre pas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="231"/>
        <source>Followers of %1</source>
        <translation>Abonnés de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="233"/>
        <source>People %1 follows.</source>
        <translation>Les personnes que %1 suit.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="234"/>
        <source>They follow no one yet, or their town does not show it.</source>
        <translation>Cette personne ne suit encore personne, ou sa ville ne le montre pas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="237"/>
        <source>Followed by %1</source>
        <translation>Suivis par %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="290"/>
        <location filename="../src/townsfolk/ui/people_pages.py" line="292"/>
        <source>Find people to follow</source>
        <translation>Trouver des personnes à suivre</translation>
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
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>Following ✓</source>
        <translation>Abonné ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="116"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="112"/>
        <source>Follow %1 (available when your town answers)</source>
        <translation>Suivre %1 (possible quand votre ville répondra)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Vous suivez %1. Appuyez pour ne plus suivre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="117"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Vous avez demandé à suivre %1. Appuyez pour retirer la demande.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="119"/>
        <source>Follow %1</source>
        <translation>Suivre %1</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="43"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="101"/>
        <source>A photo without a description</source>
        <translation>Une photo sans description</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="104"/>
        <source>%1 (photo set: %2 photos)</source>
        <translation>%1 (série de photos&#xa0;: %2 photos)</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="42"/>
        <source>Whichever town you pick, you can follow and talk to people in every other town. Start with a big town for everyone, or pick one about what you love.</source>
        <translation>Quelle que soit la ville choisie, vous pouvez suivre les gens de toutes les autres villes et leur parler. Commencez par une grande ville ouverte à tous, ou choisissez-en une sur ce que vous aimez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="46"/>
        <source>About picking a town</source>
        <translation>À propos du choix d’une ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="52"/>
        <source>Search towns by name or words</source>
        <translation>Chercher des villes par nom ou par mots</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="53"/>
        <source>Search towns</source>
        <translation>Chercher des villes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="57"/>
        <source>Language of the town</source>
        <translation>Langue de la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="59"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="66"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="72"/>
        <source>Towns</source>
        <translation>Villes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="85"/>
        <source>No towns</source>
        <translation>Aucune ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="88"/>
        <source>About the town list</source>
        <translation>À propos de la liste des villes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="97"/>
        <source>Pick a second town for your backup account</source>
        <translation>Choisissez une deuxième ville pour votre compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="99"/>
        <source>Pick a town</source>
        <translation>Choisissez une ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="111"/>
        <source>This is the list of towns that comes with Townsfolk. Details such as how many people live in each town will fill in when you are online.</source>
        <translation>Voici la liste des villes fournie avec Townsfolk. Les détails, comme le nombre d’habitants de chaque ville, se compléteront quand vous serez en ligne.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="132"/>
        <source>Townsfolk could not update the town list just now, so you see the list that comes with it. Details such as how many people live in each town will fill in when you are online. You can still pick a town.</source>
        <translation>Townsfolk n’a pas pu mettre à jour la liste des villes pour l’instant&#x202f;; vous voyez donc celle fournie avec lui. Les détails, comme le nombre d’habitants de chaque ville, se compléteront quand vous serez en ligne. Vous pouvez quand même choisir une ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="147"/>
        <source>★ Good first towns</source>
        <translation>★ De bonnes villes pour commencer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="149"/>
        <source>Big towns about everything, where you can join now</source>
        <translation>De grandes villes qui parlent de tout, et que vous pouvez rejoindre dès maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="155"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="173"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="216"/>
        <source>No towns match. Try other words, another language or another topic.</source>
        <translation>Aucune ville ne correspond. Essayez d’autres mots, une autre langue ou un autre thème.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="218"/>
        <source>Towns about this topic appear here when you are online.</source>
        <translation>Les villes sur ce thème apparaissent ici quand vous êtes en ligne.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="242"/>
        <source>See this town</source>
        <translation>Voir cette ville</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="147"/>
        <source>Picture %1</source>
        <extracomment>How much of the post being answered shows above the reply box.</extracomment>
        <translation>Image %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="151"/>
        <source>Describe picture %1</source>
        <translation>Décrire l’image %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="154"/>
        <source>What does this picture show? People who cannot see it will read or hear this.</source>
        <translation>Que montre cette image&#x202f;? Les personnes qui ne peuvent pas la voir liront ou entendront ce texte.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="159"/>
        <source>Description of picture %1</source>
        <translation>Description de l’image %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="164"/>
        <source>Remove this picture</source>
        <translation>Retirer cette image</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="165"/>
        <source>Remove picture %1</source>
        <translation>Retirer l’image %1</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="96"/>
        <source>Townsfolk cannot find this picture. It may have been moved or deleted.</source>
        <translation>Townsfolk ne trouve pas cette image. Elle a peut-être été déplacée ou supprimée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="99"/>
        <source>Townsfolk could not open this picture. Check that you can open it in another app, then try again.</source>
        <translation>Townsfolk n’a pas pu ouvrir cette image. Vérifiez que vous pouvez l’ouvrir dans une autre application, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="104"/>
        <source>This file is not a picture Townsfolk can read. Try a JPEG, PNG, GIF or WebP picture.</source>
        <translation>Ce fichier n’est pas une image que Townsfolk sait lire. Essayez une image JPEG, PNG, GIF ou WebP.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="108"/>
        <source>This picture is damaged or incomplete, so Townsfolk cannot use it. Try saving it again, or choose another one.</source>
        <translation>Cette image est abîmée ou incomplète, Townsfolk ne peut donc pas l’utiliser. Essayez de l’enregistrer à nouveau, ou choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="113"/>
        <source>This picture is too large to open safely. Try a smaller version of it.</source>
        <translation>Cette image est trop grande pour être ouverte en toute sécurité. Essayez une version plus petite.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="116"/>
        <source>This picture is too big to send, even after making it smaller. Try a smaller version of it.</source>
        <translation>Cette image est trop lourde pour être envoyée, même après l’avoir réduite. Essayez une version plus petite.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="121"/>
        <source>This moving picture is too large to send. Try a shorter or smaller one.</source>
        <translation>Cette image animée est trop lourde pour être envoyée. Essayez-en une plus courte ou plus petite.</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="192"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="193"/>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="199"/>
        <source>Add a choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="200"/>
        <source>Add a choice to the poll</source>
        <translation>Ajouter un choix au sondage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="205"/>
        <source>How long people can vote</source>
        <translation>Combien de temps on peut voter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="210"/>
        <source>People can vote for</source>
        <translation>On peut voter pendant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="211"/>
        <source>People can pick more than one choice</source>
        <translation>On peut cocher plusieurs choix</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="221"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="233"/>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="234"/>
        <source>Poll choice %1</source>
        <translation>Choix %1 du sondage</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="69"/>
        <source>favourite this post</source>
        <extracomment>What Townsfolk tried to do: a verb phrase that goes into every sentence of :func:`_failure`, after &quot;could not&quot; and after &quot;allow Townsfolk to&quot; (&quot;Townsfolk could not remove this post from your saved posts because ...&quot;). Translate so that those sentences read well.</extracomment>
        <translation>mettre cette publication en favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="70"/>
        <source>remove your favourite from this post</source>
        <translation>retirer cette publication de vos favoris</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="71"/>
        <source>boost this post</source>
        <translation>partager cette publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="72"/>
        <source>undo your boost of this post</source>
        <translation>annuler le partage de cette publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="73"/>
        <source>save this post</source>
        <translation>enregistrer cette publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="74"/>
        <source>remove this post from your saved posts</source>
        <translation>retirer cette publication de vos publications enregistrées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="75"/>
        <source>vote in this poll</source>
        <translation>voter à ce sondage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="76"/>
        <source>delete this post</source>
        <translation>supprimer cette publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="77"/>
        <source>edit this post</source>
        <translation>modifier cette publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="92"/>
        <source>Townsfolk could not {action}: the post no longer exists, or you are not allowed to see it.</source>
        <translation>Townsfolk n’a pas pu {action}&#xa0;: la publication n’existe plus, ou vous n’avez pas le droit de la voir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="98"/>
        <source>Townsfolk could not {action} because {town} is not answering. Please try again in a little while.</source>
        <translation>Townsfolk n’a pas pu {action} parce que {town} ne répond pas. Réessayez dans un petit moment.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="104"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>{town} a demandé à Townsfolk de ralentir, il n’a donc pas pu {action}. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="110"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>Townsfolk n’est plus connecté à {town}. Connectez-vous à nouveau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="115"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>{town} n’a pas autorisé Townsfolk à {action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="117"/>
        <source>{town} had a problem and could not {action}. Please try again later.</source>
        <translation>{town} a eu un problème et n’a pas pu {action}. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="122"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>Townsfolk n’a pas pu {action}. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="231"/>
        <source>{town} does not let people change their posts. Your post is unchanged; you can delete it and write it again.</source>
        <extracomment>Whether the town lets people change their posts (None: not known yet). Learned from its software (:meth:`edit_support`) or from a refused change.</extracomment>
        <translation>{town} ne permet pas de modifier les publications. Votre publication n’a pas changé&#x202f;; vous pouvez la supprimer et l’écrire à nouveau.</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="126"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
</context>
<context>
    <name>PracticeAccountDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="45"/>
        <source>Add a practice backup account</source>
        <translation>Ajouter un compte de secours d’essai</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="47"/>
        <source>Add a practice account</source>
        <translation>Ajouter un compte d’essai</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="59"/>
        <source>Practise with a backup account on another practice town: %1. When your practice town stops answering, Townsfolk uses the backup instead. Everything stays on this computer.</source>
        <translation>Entraînez-vous avec un compte de secours dans une autre ville d’essai&#xa0;: %1. Quand votre ville d’essai ne répond plus, Townsfolk utilise le compte de secours à la place. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="65"/>
        <source>Practise with a second account on another practice town: %1. Everything stays on this computer.</source>
        <translation>Entraînez-vous avec un deuxième compte dans une autre ville d’essai&#xa0;: %1. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="82"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="84"/>
        <source>Join a real town instead</source>
        <translation>Rejoindre plutôt une vraie ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="89"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="91"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="96"/>
        <source>Add the practice backup account</source>
        <translation>Ajouter le compte de secours d’essai</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="98"/>
        <source>Add the practice account</source>
        <translation>Ajouter le compte d’essai</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="115"/>
        <source>Making your practice account…</source>
        <translation>Création de votre compte d’essai…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="128"/>
        <source>The practice account could not be made. Your first practice account is as it was. Try again, or close this and go on practising.</source>
        <translation>Le compte d’essai n’a pas pu être créé. Votre premier compte d’essai n’a pas changé. Réessayez, ou fermez cette fenêtre et continuez à vous entraîner.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="29"/>
        <source>Add to what the account already has (nothing is removed)</source>
        <translation>Ajouter à ce que le compte a déjà (rien n’est retiré)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="32"/>
        <source>Make it the same as the file (removes what is not in the file)</source>
        <translation>Le rendre identique au fichier (retire ce qui n’est pas dans le fichier)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="44"/>
        <source>What would be removed</source>
        <translation>Ce qui serait retiré</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="52"/>
        <source>Look before anything changes</source>
        <translation>Regardez avant que quoi que ce soit change</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="55"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="67"/>
        <source>This is what bringing everything into %1 would do.</source>
        <translation>Voici ce que ferait l’importation de tout dans %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="77"/>
        <source>Townsfolk is looking at what the account has now…</source>
        <translation>Townsfolk regarde ce que le compte a en ce moment…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="110"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="120"/>
        <source>These would be removed from the account (%1):</source>
        <translation>Ceci serait retiré du compte (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="67"/>
        <source>Edit my profile</source>
        <translation>Modifier mon profil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="88"/>
        <source>Choose a profile picture…</source>
        <translation>Choisir une photo de profil…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="91"/>
        <source>Choose a banner picture…</source>
        <translation>Choisir une bannière…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="102"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="108"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="111"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="119"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="122"/>
        <source>Extra facts</source>
        <translation>Informations en plus</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="125"/>
        <source>Short facts shown on your profile, like “Garden: Maple Street” or “Website: example.org”. Your town takes %1 at most.</source>
        <translation>De courtes informations affichées sur votre profil, comme «&#xa0;Jardin&#xa0;: rue des Érables&#xa0;» ou «&#xa0;Site&#xa0;: example.org&#xa0;». Votre ville en accepte %1 au maximum.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="138"/>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="139"/>
        <source>Label of fact %1</source>
        <translation>Intitulé de l’information %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="143"/>
        <source>What it says</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="144"/>
        <source>Fact %1</source>
        <translation>Information %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="164"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="168"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="181"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="227"/>
        <source>Your changes from last time were kept. Press Save to send them to your town.</source>
        <translation>Vos modifications de la dernière fois ont été gardées. Appuyez sur Enregistrer pour les envoyer à votre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a profile picture</source>
        <translation>Choisir une photo de profil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a banner picture</source>
        <translation>Choisir une bannière</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="290"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="309"/>
        <source>Townsfolk cannot show this picture. Try another one.</source>
        <translation>Townsfolk ne peut pas afficher cette image. Essayez-en une autre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="345"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="360"/>
        <source>%1 left</source>
        <translation>%1 restants</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="363"/>
        <source>%1 too many</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="384"/>
        <source>Sending your profile to your town…</source>
        <translation>Envoi de votre profil à votre ville…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="393"/>
        <source>What you wrote is kept: press Save to try again.</source>
        <translation>Ce que vous avez écrit est gardé&#xa0;: appuyez sur Enregistrer pour réessayer.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="78"/>
        <source>Banner picture</source>
        <extracomment>The banner picture&apos;s height above the name (Mastodon&apos;s are 3:1; the middle is shown), and on a short window (an 800×600 screen), where the posts need the room. &quot;Add to list…&quot; was pressed (shown for people you follow).</extracomment>
        <translation>Bannière</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="97"/>
        <source>Profile picture</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="353"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="366"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="360"/>
        <source>Following ✓</source>
        <translation>Abonné ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="363"/>
        <source>Asked to follow</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="146"/>
        <source>Add to list…</source>
        <translation>Ajouter à une liste…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="156"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="158"/>
        <source>Edit my profile</source>
        <translation>Modifier mon profil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="179"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="180"/>
        <source>Open the new profile</source>
        <translation>Ouvrir le nouveau profil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="182"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="434"/>
        <source>Follow the new account</source>
        <translation>Suivre le nouveau compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="202"/>
        <source>No posts to show yet.</source>
        <translation>Pas encore de publication à afficher.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="204"/>
        <source>Their posts</source>
        <translation>Ses publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="279"/>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="286"/>
        <source>1 post</source>
        <translation>1 publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="288"/>
        <source>%1 posts</source>
        <translation>%1 publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="291"/>
        <source>follows 1 person</source>
        <translation>suit 1 personne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="293"/>
        <source>follows %1 people</source>
        <translation>suit %1 personnes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="296"/>
        <source>1 follower</source>
        <translation>1 abonné</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="298"/>
        <source>%1 followers</source>
        <translation>%1 abonnés</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="305"/>
        <source>People %1 follows: %2. Press to see them.</source>
        <translation>Personnes que %1 suit&#xa0;: %2. Appuyez pour les voir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="313"/>
        <source>People who follow %1: %2. Press to see them.</source>
        <translation>Personnes qui suivent %1&#xa0;: %2. Appuyez pour les voir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="328"/>
        <source>%1 has moved to %2. Their new posts are there.</source>
        <translation>%1 a déménagé vers %2. Ses nouvelles publications sont là-bas.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="345"/>
        <source>Add %1 to one of your lists</source>
        <translation>Ajouter %1 à l’une de vos listes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="356"/>
        <source>Follow (available when your town answers)</source>
        <translation>Suivre (possible quand votre ville répondra)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="361"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>Vous suivez %1. Appuyez pour ne plus suivre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="364"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>Vous avez demandé à suivre %1. Appuyez pour retirer la demande.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="432"/>
        <source>Following the new account ✓</source>
        <translation>Abonné au nouveau compte ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="332"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="367"/>
        <source>Follow %1</source>
        <translation>Suivre %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="183"/>
        <source>Report %1</source>
        <translation>Signaler %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="186"/>
        <source>The people who look after %1 will read your report and decide what to do. %2 is not told who sent it.</source>
        <translation>Les personnes qui s’occupent de %1 liront votre signalement et décideront quoi faire. %2 ne saura pas qui l’a envoyé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="192"/>
        <source>Send report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="198"/>
        <source>What is wrong?</source>
        <translation>Quel est le problème&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="202"/>
        <source>It&apos;s spam</source>
        <translation>C’est du spam</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="204"/>
        <source>It breaks the rules of %1</source>
        <translation>Cela enfreint les règles de %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="206"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="221"/>
        <source>Which of their posts? (you may leave this empty)</source>
        <translation>Lesquelles de ses publications&#x202f;? (vous pouvez laisser vide)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="224"/>
        <source>Their posts to add to the report</source>
        <translation>Ses publications à joindre au signalement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="231"/>
        <source>Looking for their posts…</source>
        <translation>Recherche de ses publications…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="237"/>
        <source>Anything the team should know (optional)</source>
        <translation>Ce que l’équipe devrait savoir (facultatif)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="238"/>
        <source>Anything the team should know</source>
        <translation>Ce que l’équipe devrait savoir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="245"/>
        <source>Also tell the team of their town, %1</source>
        <translation>Prévenir aussi l’équipe de sa ville, %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="280"/>
        <source>(a post without text)</source>
        <translation>(une publication sans texte)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="285"/>
        <source>They have no posts to show.</source>
        <translation>Cette personne n’a aucune publication à afficher.</translation>
    </message>
</context>
<context>
    <name>RequestButtons</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="130"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="137"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="139"/>
        <source>Accept: let %1 follow you</source>
        <translation>Accepter&#xa0;: laisser %1 vous suivre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="140"/>
        <source>%1 will see your posts</source>
        <translation>%1 verra vos publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="141"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="144"/>
        <source>Decline: %1 will not follow you</source>
        <translation>Refuser&#xa0;: %1 ne vous suivra pas</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="77"/>
        <source>Townsfolk could not {what}. {reason}</source>
        <extracomment>The durations a mute can have, in seconds (0: until unmuted). Timelines whose saved posts lose a muted or blocked person&apos;s posts.</extracomment>
        <translation>Townsfolk n’a pas pu {what}. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="102"/>
        <source>mute this person</source>
        <translation>mettre cette personne en sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="110"/>
        <source>unmute this person</source>
        <translation>retirer cette personne de la sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="117"/>
        <source>block this person</source>
        <translation>bloquer cette personne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="125"/>
        <source>unblock this person</source>
        <translation>débloquer cette personne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="131"/>
        <source>read the people you muted</source>
        <translation>lire les personnes que vous avez mises en sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="138"/>
        <source>read the people you blocked</source>
        <translation>lire les personnes que vous avez bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="147"/>
        <source>block this town</source>
        <translation>bloquer cette ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="154"/>
        <source>unblock this town</source>
        <translation>débloquer cette ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="160"/>
        <source>read the towns you blocked</source>
        <translation>lire les villes que vous avez bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="171"/>
        <source>read your town&apos;s rules</source>
        <translation>lire les règles de votre ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="178"/>
        <source>read this person&apos;s posts</source>
        <translation>lire les publications de cette personne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="201"/>
        <source>send your report</source>
        <translation>envoyer votre signalement</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="105"/>
        <source>&amp;Account</source>
        <extracomment>The hidden-words context of each list of posts on the main page (None: not filtered). The question opened last (tests look at it).</extracomment>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="107"/>
        <source>People you &amp;muted or blocked…</source>
        <translation>Personnes en &amp;sourdine ou bloquées…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="109"/>
        <source>&amp;Hidden words…</source>
        <translation>&amp;Mots masqués…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="111"/>
        <source>&amp;Log out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="113"/>
        <source>&amp;Remove this account from Townsfolk…</source>
        <translation>&amp;Retirer ce compte de Townsfolk…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="136"/>
        <source>&amp;Log out of %1…</source>
        <translation>Se &amp;déconnecter de %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="149"/>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="153"/>
        <source>Hidden words…</source>
        <translation>Mots masqués…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="154"/>
        <source>People you muted or blocked…</source>
        <translation>Personnes en sourdine ou bloquées…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="155"/>
        <source>Log out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="156"/>
        <source>Remove this account…</source>
        <translation>Retirer ce compte…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="187"/>
        <source>Mute %1…</source>
        <translation>Mettre %1 en sourdine…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="190"/>
        <source>Block %1…</source>
        <translation>Bloquer %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="193"/>
        <source>Report %1…</source>
        <translation>Signaler %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="198"/>
        <location filename="../src/townsfolk/ui/safety.py" line="538"/>
        <source>Block the whole town %1…</source>
        <translation>Bloquer toute la ville %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="265"/>
        <source>You muted %1. To undo it, press Unmute on their profile.</source>
        <translation>Vous avez mis %1 en sourdine. Pour annuler, appuyez sur Réactiver sur son profil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="278"/>
        <source>You blocked %1. To undo it, press Unblock on their profile.</source>
        <translation>Vous avez bloqué %1. Pour annuler, appuyez sur Débloquer sur son profil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="321"/>
        <source>Unmuted. Their new posts will show again.</source>
        <translation>Réactivé. Ses nouvelles publications s’afficheront de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="323"/>
        <source>Unblocked. You can follow each other again.</source>
        <translation>Débloqué. Vous pouvez de nouveau vous suivre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="351"/>
        <source>You blocked the town %1.</source>
        <translation>Vous avez bloqué la ville %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="437"/>
        <source>Thank you. The team of %1 will look at your report.</source>
        <translation>Merci. L’équipe de %1 examinera votre signalement.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="478"/>
        <location filename="../src/townsfolk/ui/safety.py" line="524"/>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="480"/>
        <location filename="../src/townsfolk/ui/safety.py" line="530"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="484"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="485"/>
        <source>More: mute, block or report</source>
        <translation>Plus&#xa0;: mettre en sourdine, bloquer ou signaler</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="508"/>
        <source>Unmute %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="509"/>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="528"/>
        <source>Mute…</source>
        <translation>Mettre en sourdine…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="534"/>
        <source>Block…</source>
        <translation>Bloquer…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="535"/>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="588"/>
        <source>You unblocked the town %1.</source>
        <translation>Vous avez débloqué la ville %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="767"/>
        <source>All the waiting posts were sent.</source>
        <translation>Toutes les publications en attente ont été envoyées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="772"/>
        <source>They could not be sent yet. They are still saved on this computer.</source>
        <translation>Elles n’ont pas encore pu être envoyées. Elles restent enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="781"/>
        <source>Sending them now…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="809"/>
        <source>%1 was removed from Townsfolk.</source>
        <translation>%1 a été retiré de Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="811"/>
        <source>You logged out of %1.</source>
        <translation>Vous vous êtes déconnecté de %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="813"/>
        <source>%1 is now your main account.</source>
        <translation>%1 est maintenant votre compte principal.</translation>
    </message>
</context>
<context>
    <name>SafetyListsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="80"/>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="85"/>
        <source>People you muted or blocked</source>
        <translation>Personnes en sourdine ou bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>You have not muted anyone.</source>
        <translation>Vous n’avez mis personne en sourdine.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>You have not blocked anyone.</source>
        <translation>Vous n’avez bloqué personne.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>You have not blocked any town.</source>
        <translation>Vous n’avez bloqué aucune ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>Unblock the town</source>
        <translation>Débloquer la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="103"/>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="104"/>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="105"/>
        <source>Blocked towns</source>
        <translation>Villes bloquées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="110"/>
        <source>Name of a town, like example.social</source>
        <translation>Nom d’une ville, comme example.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="111"/>
        <source>Name of a town to block</source>
        <translation>Nom d’une ville à bloquer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="112"/>
        <source>Block this town…</source>
        <translation>Bloquer cette ville…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="114"/>
        <source>Block this town</source>
        <translation>Bloquer cette ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="139"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="51"/>
        <source>A name, @someone@town, #hashtag, or the link of a post</source>
        <translation>Un nom, @quelquun@ville, #hashtag, ou le lien d’une publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="53"/>
        <source>What to look for</source>
        <translation>Ce qu’il faut chercher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="57"/>
        <location filename="../src/townsfolk/ui/search_view.py" line="58"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="67"/>
        <source>Look for people and hashtags in every town your town knows. Paste the link of a post or a person to open it here.</source>
        <translation>Cherchez des personnes et des hashtags dans toutes les villes que connaît votre ville. Collez le lien d’une publication ou d’une personne pour l’ouvrir ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="82"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="87"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="88"/>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="91"/>
        <source>Hashtags found</source>
        <translation>Hashtags trouvés</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="99"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="103"/>
        <source>No posts found.</source>
        <translation>Aucune publication trouvée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="106"/>
        <source>Posts found</source>
        <translation>Publications trouvées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="124"/>
        <source>What you can look for</source>
        <translation>Ce que vous pouvez chercher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="128"/>
        <source>A name, like “Ann” or “Riverside Library”: people whose name matches.</source>
        <translation>Un nom, comme «&#xa0;Anne&#xa0;» ou «&#xa0;Médiathèque du Port&#xa0;»&#xa0;: les personnes dont le nom correspond.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="129"/>
        <source>A full address, like @ann@maple.social: that person, even in another town.</source>
        <translation>Une adresse complète, comme @ann@maple.social&#xa0;: cette personne, même dans une autre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="131"/>
        <source>The web address of a profile or a post, copied from your browser: it opens here.</source>
        <translation>L’adresse web d’un profil ou d’une publication, copiée depuis votre navigateur&#xa0;: elle s’ouvre ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="133"/>
        <source>A word with # in front, like #gardening: posts about that subject.</source>
        <translation>Un mot précédé de #, comme #jardinage&#xa0;: des publications sur ce sujet.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="171"/>
        <source>Looking for “%1”…</source>
        <translation>Recherche de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="84"/>
        <source>No one found.</source>
        <translation>Personne n’a été trouvé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="198"/>
        <source>No hashtags found.</source>
        <translation>Aucun hashtag trouvé.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="201"/>
        <source>Nothing was found. Try other words.</source>
        <translation>Rien n’a été trouvé. Essayez d’autres mots.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
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
        <translation>1 publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>%1 posts</source>
        <translation>%1 publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="208"/>
        <source>Found: %1.</source>
        <translation>Trouvé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../src/townsfolk/services/secrets.py" line="76"/>
        <source>Townsfolk could not keep your login safe, because this computer&apos;s password store (keyring) is not available or is locked. Nothing was saved in plain text. Unlock your password store if you are asked to; on Linux, install one such as GNOME Keyring or KWallet and log in to your desktop again. Then try again.</source>
        <translation>Townsfolk n’a pas pu garder votre connexion en sécurité, car le trousseau de mots de passe de cet ordinateur n’est pas disponible ou est verrouillé. Rien n’a été enregistré en clair. Déverrouillez votre trousseau si on vous le demande&#x202f;; sous Linux, installez-en un, comme GNOME Keyring ou KWallet, puis reconnectez-vous à votre bureau. Ensuite, réessayez.</translation>
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
        <translation>Ce compte n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="300"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>Townsfolk n’est plus connecté à {handle}. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="357"/>
        <source>This account is not ready yet. Please try again.</source>
        <translation>Ce compte n’est pas encore prêt. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="401"/>
        <source>Townsfolk could not find {who}.</source>
        <translation>Townsfolk n’a pas pu trouver {who}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="461"/>
        <source>A post of this account is still waiting to be sent. Send it first, or choose to delete it.</source>
        <translation>Une publication de ce compte attend encore d’être envoyée. Envoyez-la d’abord, ou choisissez de la supprimer.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="467"/>
        <source>%n posts of this account are still waiting to be sent. Send them first, or choose to delete them.</source>
        <translation>%n publications de ce compte attendent encore d’être envoyées. Envoyez-les d’abord, ou choisissez de les supprimer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="127"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="137"/>
        <source>Settings</source>
        <extracomment>Space for saved pictures, in MB (the default, 500, is marked as the usual choice). Posts kept in each list (the default, 2000, is marked as the usual choice). (backup account id, follow the same people) for each choice changed, on &quot;Done&quot;.</extracomment>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="291"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="297"/>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="301"/>
        <source>Like the rest of my computer</source>
        <translation>Comme le reste de mon ordinateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="302"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="303"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="300"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="305"/>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="308"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="312"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="263"/>
        <source>Show pictures marked as sensitive without asking first</source>
        <translation>Afficher les images signalées comme sensibles sans demander d’abord</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="268"/>
        <source>Remind me to describe each picture for people who cannot see it</source>
        <translation>Me rappeler de décrire chaque image pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="258"/>
        <source>Tell me about new notifications when Townsfolk is in the background</source>
        <translation>Me prévenir des nouvelles notifications quand Townsfolk est en arrière-plan</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="245"/>
        <source>How often to look for new posts</source>
        <translation>À quelle fréquence chercher de nouvelles publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="255"/>
        <source>&amp;Look for new posts</source>
        <translation>Chercher de nouvelles &amp;publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="319"/>
        <source>Switch back by itself</source>
        <translation>Revenir tout seul</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="320"/>
        <source>Ask me first</source>
        <translation>Me demander d’abord</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="318"/>
        <source>When my town is back after being down</source>
        <translation>Quand ma ville revient après une panne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="323"/>
        <source>When my town is &amp;back after being down</source>
        <translation>Quand ma ville &amp;revient après une panne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="334"/>
        <source>Follow the same people on my backup account @%1</source>
        <translation>Suivre les mêmes personnes avec mon compte de secours @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="341"/>
        <source>Your backup account follows everyone your main account follows, so it is ready to read with if your town is down.</source>
        <translation>Votre compte de secours suit toutes les personnes que suit votre compte principal&#xa0;: il est prêt pour la lecture si votre ville est en panne.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="165"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="244"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="273"/>
        <source>Looks</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="316"/>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="360"/>
        <source>Keeping things tidy</source>
        <translation>Faire le ménage</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="362"/>
        <source>Space for saved pictures</source>
        <translation>Place pour les images enregistrées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="371"/>
        <source>&amp;Space for saved pictures</source>
        <translation>&amp;Place pour les images enregistrées</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="374"/>
        <source>Posts kept in each list</source>
        <translation>Publications gardées dans chaque liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="383"/>
        <source>&amp;Posts kept in each list</source>
        <translation>&amp;Publications gardées dans chaque liste</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="388"/>
        <source>Older posts and pictures are let go by themselves; Townsfolk fetches them again when you scroll back to them.</source>
        <translation>Les publications et images plus anciennes sont libérées d’elles-mêmes&#x202f;; Townsfolk les récupère quand vous remontez jusqu’à elles.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="394"/>
        <source>&amp;Free up space now</source>
        <translation>&amp;Libérer de la place maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="396"/>
        <source>Free up space now</source>
        <translation>Libérer de la place maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="422"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="428"/>
        <source>%1 (usual)</source>
        <translation>%1 (habituel)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="426"/>
        <source>%1 posts</source>
        <translation>%1 publications</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="444"/>
        <source>Freeing up space…</source>
        <translation>Libération de la place…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="461"/>
        <source>Townsfolk could not free up space just now: the disk or the saved posts could not be changed. Try again in a moment, or restart Townsfolk.</source>
        <translation>Townsfolk n’a pas pu libérer de place pour l’instant&#xa0;: le disque ou les publications enregistrées n’ont pas pu être modifiés. Réessayez dans un moment, ou redémarrez Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="470"/>
        <source>There was nothing to let go. Saved pictures now take %1.</source>
        <translation>Il n’y avait rien à libérer. Les images enregistrées occupent maintenant %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="478"/>
        <source>Freed %1: %2 saved pictures and %3 old posts were let go. Saved pictures now take %4.</source>
        <translation>%1 libérés&#xa0;: %2 images enregistrées et %3 anciennes publications ont été libérées. Les images enregistrées occupent maintenant %4.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="491"/>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="492"/>
        <source>Every 2 minutes</source>
        <translation>Toutes les 2 minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="493"/>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="494"/>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="495"/>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="496"/>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="500"/>
        <source>Every %1 seconds</source>
        <translation>Toutes les %1 secondes</translation>
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
        <translation>Au moins 8 caractères. Une petite phrase facile à retenir fonctionne bien.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="44"/>
        <source>Too short: please use at least 8 characters.</source>
        <translation>Trop court&#xa0;: utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="56"/>
        <source>Strong password. Well done.</source>
        <translation>Mot de passe solide. Bravo.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="57"/>
        <source>Good. A longer one is even safer: try a short sentence.</source>
        <translation>Bien. Un mot de passe plus long est encore plus sûr&#xa0;: essayez une petite phrase.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="76"/>
        <source>A user name cannot have spaces. Use _ instead, like rosa_diaz.</source>
        <extracomment>The longest user name and display name Mastodon accepts.</extracomment>
        <translation>Un nom d’utilisateur ne peut pas contenir d’espace. Utilisez plutôt _, comme rosa_diaz.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="80"/>
        <source>A user name can have only letters a to z, numbers and _.</source>
        <translation>Un nom d’utilisateur ne peut contenir que des lettres de a à z, des chiffres et _.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="84"/>
        <source>A user name can have at most {count} characters.</source>
        <translation>Un nom d’utilisateur peut avoir au plus {count} caractères.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="101"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="154"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="102"/>
        <source>The name others will see, like Ann Archer</source>
        <translation>Le nom que les autres verront, comme Anne Archer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="105"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="155"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="106"/>
        <source>Letters, numbers and _ only, like ann_archer</source>
        <translation>Lettres, chiffres et _ seulement, comme anne_archer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="107"/>
        <source>Your full address</source>
        <translation>Votre adresse complète</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="109"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="156"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="110"/>
        <source>you@example.com</source>
        <translation>vous@exemple.fr</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="112"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="157"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="114"/>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="115"/>
        <source>How strong the password is</source>
        <translation>La solidité du mot de passe</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="117"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="121"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="158"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="123"/>
        <source>I agree to the rules</source>
        <translation>J’accepte les règles</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="145"/>
        <source>Problem with {what}</source>
        <translation>Problème avec {what}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="159"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="209"/>
        <source>yourname</source>
        <translation>votrenom</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="211"/>
        <source>Your full address will be @{name}@{town}</source>
        <translation>Votre adresse complète sera @{name}@{town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="216"/>
        <source>Create your account in {town}</source>
        <translation>Créez votre compte dans {town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="230"/>
        <source>I have read the rules of {town} and I agree to them</source>
        <translation>J’ai lu les règles de {town} et je les accepte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="239"/>
        <source>Asking {town} how to join…</source>
        <translation>Townsfolk demande à {town} comment la rejoindre…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="252"/>
        <source>The town rules</source>
        <translation>Les règles de la ville</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="254"/>
        <source>Terms of use</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="256"/>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="265"/>
        <source>The town&apos;s own pages (they open in your web browser):</source>
        <translation>Les pages de la ville (elles s’ouvrent dans votre navigateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="268"/>
        <source>The town&apos;s terms of use and privacy policy, as links</source>
        <translation>Les conditions d’utilisation et la politique de confidentialité de la ville, sous forme de liens</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="284"/>
        <source>Date of birth (you must be at least {age})</source>
        <translation>Date de naissance (vous devez avoir au moins {age} ans)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="297"/>
        <source>Create my account</source>
        <translation>Créer mon compte</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="331"/>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="86"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. Your posts, follows and messages on your town are safe; posts that had not been sent yet may need to be written again. If Townsfolk asks, log in again.</source>
        <translation>Townsfolk a constaté que ses données enregistrées sur cet ordinateur étaient abîmées&#x202f;; il a donc mis ce fichier de côté et est reparti de zéro. Vos publications, abonnements et messages dans votre ville ne risquent rien&#x202f;; les publications qui n’avaient pas encore été envoyées devront peut-être être réécrites. Si Townsfolk vous le demande, reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="98"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. It kept your accounts and the posts you had not sent yet. Your posts, follows and messages on your town are safe; saved timelines will load again from your town.</source>
        <translation>Townsfolk a constaté que ses données enregistrées sur cet ordinateur étaient abîmées&#x202f;; il a donc mis ce fichier de côté et est reparti de zéro. Il a gardé vos comptes et les publications que vous n’aviez pas encore envoyées. Vos publications, abonnements et messages dans votre ville ne risquent rien&#x202f;; les fils enregistrés se rechargeront depuis votre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="55"/>
        <source>Townsfolk could not save or read its data on this computer. Nothing you already saved was lost. Please restart Townsfolk; if this keeps happening, restart the computer.</source>
        <translation>Townsfolk n’a pas pu enregistrer ou lire ses données sur cet ordinateur. Rien de ce que vous aviez déjà enregistré n’est perdu. Redémarrez Townsfolk&#x202f;; si cela continue, redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="74"/>
        <source>Your computer&apos;s disk is full, so Townsfolk could not save this. Nothing you already saved was lost. Free some space (for example, empty the bin or delete large files you no longer need), then try again.</source>
        <translation>Le disque de votre ordinateur est plein, Townsfolk n’a donc pas pu enregistrer ceci. Rien de ce que vous aviez déjà enregistré n’est perdu. Libérez de la place (par exemple, videz la corbeille ou supprimez de gros fichiers dont vous n’avez plus besoin), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="87"/>
        <source>Townsfolk is not allowed to save in its folder on this computer. Nothing you already saved was lost. Check that your user account may write to the Townsfolk folder, then start Townsfolk again.</source>
        <translation>Townsfolk n’a pas le droit d’enregistrer dans son dossier sur cet ordinateur. Rien de ce que vous aviez déjà enregistré n’est perdu. Vérifiez que votre compte utilisateur peut écrire dans le dossier de Townsfolk, puis relancez Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="100"/>
        <source>Townsfolk&apos;s folder on this computer is read-only, so nothing new can be saved. Nothing you already saved was lost. Move Townsfolk&apos;s folder to a disk you can write to, or make it writable, then start Townsfolk again.</source>
        <translation>Le dossier de Townsfolk sur cet ordinateur est en lecture seule&#xa0;: rien de nouveau ne peut être enregistré. Rien de ce que vous aviez déjà enregistré n’est perdu. Déplacez le dossier de Townsfolk sur un disque où vous pouvez écrire, ou rendez-le modifiable, puis relancez Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="113"/>
        <source>Townsfolk&apos;s saved data is being used by another program, perhaps a second copy of Townsfolk. Nothing was lost. Close the other copy, then try again.</source>
        <translation>Les données enregistrées de Townsfolk sont utilisées par un autre programme, peut-être un deuxième Townsfolk ouvert. Rien n’est perdu. Fermez l’autre, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="125"/>
        <source>The disk reported an error while Townsfolk was saving. What was saved before is kept. If this happens again, the disk may be failing: copy your important files somewhere safe.</source>
        <translation>Le disque a signalé une erreur pendant que Townsfolk enregistrait. Ce qui avait été enregistré avant est gardé. Si cela se reproduit, le disque est peut-être en train de lâcher&#xa0;: copiez vos fichiers importants en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="138"/>
        <source>Townsfolk&apos;s saved data on this computer is damaged and could not be repaired automatically. Your posts on your town are safe. Restart Townsfolk; if this message comes back, start it with a new profile folder.</source>
        <translation>Les données enregistrées de Townsfolk sur cet ordinateur sont abîmées et n’ont pas pu être réparées automatiquement. Vos publications dans votre ville ne risquent rien. Redémarrez Townsfolk&#x202f;; si ce message revient, lancez-le avec un nouveau dossier de profil.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="152"/>
        <source>Townsfolk found that its saved data on this computer is damaged. Your posts on your town are safe. Please restart Townsfolk: it will check its saved data and keep everything it can still read.</source>
        <translation>Townsfolk a constaté que ses données enregistrées sur cet ordinateur sont abîmées. Vos publications dans votre ville ne risquent rien. Redémarrez Townsfolk&#xa0;: il vérifiera ses données et gardera tout ce qu’il peut encore lire.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="165"/>
        <source>This Townsfolk folder was last used by a newer version of Townsfolk. Nothing was changed. Please install the newest Townsfolk to keep using it.</source>
        <translation>Ce dossier Townsfolk a été utilisé en dernier par une version plus récente de Townsfolk. Rien n’a été modifié. Installez le Townsfolk le plus récent pour continuer à l’utiliser.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="53"/>
        <source>This conversation is not saved on this computer yet. It will show when your town answers.</source>
        <extracomment>The list&apos;s height when it has no posts to measure (Qt&apos;s &quot;no limit&quot;).</extracomment>
        <translation>Cette conversation n’est pas encore enregistrée sur cet ordinateur. Elle apparaîtra quand votre ville répondra.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="58"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="70"/>
        <source>No replies yet. You can be the first to answer.</source>
        <translation>Pas encore de réponse. Vous pouvez être le premier à répondre.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="82"/>
        <source>Write a reply…</source>
        <translation>Écrire une réponse…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="83"/>
        <source>Write a reply to this post</source>
        <translation>Écrire une réponse à cette publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="117"/>
        <source>Write a reply to %1…</source>
        <translation>Écrire une réponse à %1…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="722"/>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="487"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="519"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="488"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="517"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="497"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="502"/>
        <source>Boosted</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="405"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="688"/>
        <source>Read more</source>
        <extracomment>Custom emoji pictures asked for per post (a post may list 20,000); the rest stay words. A long post (Friendica, Hubzilla...: more than Mastodon&apos;s 500 letters) shows this many lines of its text in a list, then &quot;Read more&quot;, which opens it whole (ui/kinds). The widest a post&apos;s text runs, in letters (&quot;em&quot;), on a wide window. lupdate collects calls named ``translate`` whose context is written out. A post whose conversation is already on screen (a click on it opens nothing).</extracomment>
        <translation>Lire la suite</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="504"/>
        <source>Boost</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourited</source>
        <translation>En favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="521"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="589"/>
        <source>Some posts are not loaded here. Show them</source>
        <translation>Certaines publications ne sont pas chargées ici. Les afficher</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="605"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="204"/>
        <source>%1 boosted</source>
        <translation>%1 a partagé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="627"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="211"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="709"/>
        <source>Continuing a thread</source>
        <translation>Suite d’un fil</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="712"/>
        <source>Replying to %1</source>
        <translation>En réponse à %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="715"/>
        <source>Replying to a post</source>
        <translation>En réponse à une publication</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Show anyway</source>
        <translation>Afficher quand même</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Hide again</source>
        <translation>Masquer de nouveau</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="835"/>
        <source>Sensitive picture. Click to show it.</source>
        <translation>Image sensible. Cliquez pour l’afficher.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="848"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="959"/>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="961"/>
        <source>%n votes</source>
        <translation>%n votes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="964"/>
        <source>closed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="966"/>
        <source>you voted</source>
        <translation>vous avez voté</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="968"/>
        <source>click an answer to vote</source>
        <translation>cliquez sur une réponse pour voter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="135"/>
        <source>Some posts are not loaded yet here. Press Enter to load them.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out. What the person&apos;s hidden words do to a post: the post to show (folded behind a note when it should warn), or None when it is hidden (``ui/hidden_words.py``). The post shown whole even when long (the post a conversation is about).</extracomment>
        <translation>Certaines publications ne sont pas encore chargées ici. Appuyez sur Entrée pour les charger.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="209"/>
        <source>Press O to open it.</source>
        <translation>Appuyez sur O pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="214"/>
        <source>%1 Press Space to show the post anyway.</source>
        <translation>%1 Appuyez sur Espace pour afficher quand même la publication.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="220"/>
        <source>Content warning: %1. Press Space to show the post.</source>
        <translation>Avertissement de contenu&#xa0;: %1. Appuyez sur Espace pour afficher la publication.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="227"/>
        <source>Content warning: %1.</source>
        <translation>Avertissement de contenu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="150"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="239"/>
        <source>no description</source>
        <translation>pas de description</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="233"/>
        <source>The text is shortened here. Press O to read more.</source>
        <translation>Le texte est raccourci ici. Appuyez sur O pour lire la suite.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="244"/>
        <source>%n pictures:</source>
        <translation>%n images&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="249"/>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="252"/>
        <source>Poll: %1</source>
        <translation>Sondage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="257"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation>%1 réponses, %2 partages, %3 favoris</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="326"/>
        <source>There are no posts here yet. New posts will show up here.</source>
        <translation>Il n’y a pas encore de publication ici. Les nouvelles publications apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="509"/>
        <source>1 post could not be shown: the town sent it in a way Townsfolk cannot read.</source>
        <translation>1 publication n’a pas pu être affichée&#xa0;: la ville l’a envoyée sous une forme que Townsfolk ne sait pas lire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="512"/>
        <source>%n posts could not be shown: the town sent them in a way Townsfolk cannot read.</source>
        <translation>
            <numerusform>%n publication n’a pas pu être affichée&#xa0;: la ville l’a envoyée sous une forme que Townsfolk ne sait pas lire.</numerusform>
            <numerusform>%n publications n’ont pas pu être affichées&#xa0;: la ville les a envoyées sous une forme que Townsfolk ne sait pas lire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>1 new post</source>
        <translation>1 nouvelle publication</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>%n new posts</source>
        <translation>
            <numerusform>%n nouvelle publication</numerusform>
            <numerusform>%n nouvelles publications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timelines</name>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="193"/>
        <source>You are offline; showing saved posts.</source>
        <extracomment>The English text of :func:`offline_message` (what it says when no translation is installed). Pages asked for in a row while every post on them was unreadable.</extracomment>
        <translation>Vous êtes hors ligne&#x202f;; affichage des publications enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="202"/>
        <source>{problem} Showing saved posts.</source>
        <extracomment>{problem} is a sentence saying what went wrong with the town.</extracomment>
        <translation>{problem} Affichage des publications enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="207"/>
        <source>Something went wrong while loading posts. Showing saved posts.</source>
        <translation>Un problème est survenu en chargeant les publications. Affichage des publications enregistrées.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="132"/>
        <source>For everyone</source>
        <extracomment>Software that speaks the Mastodon client API well enough for Townsfolk. Software that certainly does not (shown as &quot;Townsfolk cannot use this town yet&quot;). One line under the title, in everyday words. Only filled by the live directory (nothing in the shipped list).</extracomment>
        <translation>Pour tout le monde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="133"/>
        <source>Big towns about everything: a good place to start</source>
        <translation>De grandes villes qui parlent de tout&#xa0;: un bon endroit pour commencer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="136"/>
        <source>Academia and science</source>
        <translation>Recherche et sciences</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="137"/>
        <source>Researchers, teachers, students, libraries</source>
        <translation>Chercheurs, enseignants, étudiants, bibliothèques</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="140"/>
        <source>News and journalism</source>
        <translation>Actualités et journalisme</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="141"/>
        <source>Reporters, newsrooms and news lovers</source>
        <translation>Journalistes, rédactions et amateurs d’actualité</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="144"/>
        <source>Art, books and writing</source>
        <translation>Art, livres et écriture</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="145"/>
        <source>Artists, photographers, writers, readers</source>
        <translation>Artistes, photographes, écrivains, lecteurs</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="148"/>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="149"/>
        <source>Musicians and music lovers</source>
        <translation>Musiciens et amateurs de musique</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="152"/>
        <source>Games</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="153"/>
        <source>Video games, board games, role-playing</source>
        <translation>Jeux vidéo, jeux de société, jeux de rôle</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="156"/>
        <source>Anime, fandoms and subcultures</source>
        <translation>Anime, fandoms et sous-cultures</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="157"/>
        <source>Anime, manga, fan works and more</source>
        <translation>Anime, manga, créations de fans et plus encore</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="160"/>
        <source>Furries</source>
        <translation>Furries</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="161"/>
        <source>The furry community</source>
        <translation>La communauté furry</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="164"/>
        <source>Technology and programming</source>
        <translation>Technologie et programmation</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="165"/>
        <source>Computers, free software, coding</source>
        <translation>Informatique, logiciel libre, code</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="168"/>
        <source>Safe spaces: LGBTQ+, BIPOC and more</source>
        <translation>Espaces sûrs&#xa0;: LGBTQ+, personnes racisées et plus encore</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="169"/>
        <source>Towns made for communities</source>
        <translation>Des villes faites pour des communautés</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="172"/>
        <source>Activism, politics and the planet</source>
        <translation>Militantisme, politique et planète</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="173"/>
        <source>Causes, climate, social issues</source>
        <translation>Causes, climat, questions sociales</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="176"/>
        <source>Hobbies, food and sports</source>
        <translation>Loisirs, cuisine et sport</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="177"/>
        <source>Radio, racing, cooking, parents and more</source>
        <translation>Radio, course automobile, cuisine, parents et plus encore</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="180"/>
        <source>Humour and fun</source>
        <translation>Humour et détente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="181"/>
        <source>Jokes, cats and silliness</source>
        <translation>Blagues, chats et bêtises</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="184"/>
        <source>Cities and countries</source>
        <translation>Villes et pays</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="185"/>
        <source>Towns for one place in the world</source>
        <translation>Des villes pour un endroit du monde</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="188"/>
        <source>In your language</source>
        <translation>Dans votre langue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="189"/>
        <source>Towns for one language</source>
        <translation>Des villes pour une langue</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="192"/>
        <source>Faith and religion</source>
        <translation>Foi et religion</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="193"/>
        <source>Religious communities</source>
        <translation>Communautés religieuses</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="196"/>
        <source>Adults only (18+)</source>
        <translation>Réservé aux adultes (18+)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="197"/>
        <source>Grown-up topics; you must be an adult</source>
        <translation>Sujets pour adultes&#x202f;; vous devez être majeur</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="200"/>
        <source>Other towns</source>
        <translation>Autres villes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="201"/>
        <source>Towns that fit nowhere else</source>
        <translation>Des villes qui n’entrent dans aucune autre catégorie</translation>
    </message>
</context>
<context>
    <name>TownCards</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="49"/>
        <source>{people} people live here · {active} were active lately</source>
        <translation>{people} personnes habitent ici · {active} étaient actives récemment</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="52"/>
        <source>{people} people live here</source>
        <translation>{people} personnes habitent ici</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="61"/>
        <source>Language: {names}</source>
        <translation>Langue&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="66"/>
        <source>Townsfolk cannot use this kind of town yet ({software})</source>
        <translation>Townsfolk ne sait pas encore utiliser ce type de ville ({software})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="68"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="70"/>
        <source>Did not answer the last time Townsfolk asked</source>
        <translation>N’a pas répondu la dernière fois que Townsfolk a demandé</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="74"/>
        <source>You can join now</source>
        <translation>Vous pouvez la rejoindre maintenant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="75"/>
        <source>You ask to join, and someone from the town says yes</source>
        <translation>Vous demandez à la rejoindre, et quelqu’un de la ville dit oui</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="78"/>
        <source>Not taking new people</source>
        <translation>N’accueille pas de nouveaux habitants</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="87"/>
        <source>A big town about everything, where newcomers can join.</source>
        <translation>Une grande ville qui parle de tout, où les nouveaux venus peuvent s’installer.</translation>
    </message>
</context>
<context>
    <name>TownStatus</name>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="162"/>
        <source>a few seconds</source>
        <translation>quelques secondes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="166"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="168"/>
        <source>%n minutes</source>
        <translation>%n minutes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="173"/>
        <source>about 1 hour</source>
        <translation>environ 1 heure</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="175"/>
        <source>about %n hours</source>
        <translation>environ %n heures</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="179"/>
        <source>about 1 day</source>
        <translation>environ 1 jour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="181"/>
        <source>about %n days</source>
        <translation>environ %n jours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="217"/>
        <source>You have been offline since {start} ({length} so far).</source>
        <translation>Vous êtes hors ligne depuis {start} ({length} jusqu’ici).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="221"/>
        <source>You have been offline since {start} on {day} ({length} so far).</source>
        <translation>Vous êtes hors ligne depuis {start} le {day} ({length} jusqu’ici).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="226"/>
        <source>You were offline for {length}, from {start}.</source>
        <translation>Vous avez été hors ligne pendant {length}, à partir de {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="228"/>
        <source>You were offline for {length}, from {start} on {day}.</source>
        <translation>Vous avez été hors ligne pendant {length}, à partir de {start} le {day}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="233"/>
        <source>{town} has not been answering since {start} ({length} so far).</source>
        <translation>{town} ne répond plus depuis {start} ({length} jusqu’ici).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="237"/>
        <source>{town} has not been answering since {start} on {day} ({length} so far).</source>
        <translation>{town} ne répond plus depuis {start} le {day} ({length} jusqu’ici).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="242"/>
        <source>{town} was not answering for {length}, from {start}.</source>
        <translation>{town} n’a pas répondu pendant {length}, à partir de {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="244"/>
        <source>{town} was not answering for {length}, from {start} on {day}.</source>
        <translation>{town} n’a pas répondu pendant {length}, à partir de {start} le {day}.</translation>
    </message>
</context>
<context>
    <name>TownStatusDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="63"/>
        <location filename="../src/townsfolk/ui/town_status.py" line="64"/>
        <source>Town status</source>
        <translation>État des villes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="70"/>
        <source>How your towns are doing</source>
        <translation>Comment vont vos villes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="75"/>
        <source>Each of your accounts lives in a town. When a town does not answer, Townsfolk uses your backup account and keeps your posts safe until the town is back.</source>
        <translation>Chacun de vos comptes habite une ville. Quand une ville ne répond pas, Townsfolk utilise votre compte de secours et garde vos publications en sécurité jusqu’au retour de la ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="113"/>
        <source>You are offline, so Townsfolk cannot reach any town just now.</source>
        <translation>Vous êtes hors ligne&#xa0;: Townsfolk ne peut joindre aucune ville pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="115"/>
        <source>Answering normally.</source>
        <translation>Répond normalement.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="117"/>
        <source>Slow: it answers, but takes a long time.</source>
        <translation>Lente&#xa0;: elle répond, mais prend beaucoup de temps.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="119"/>
        <source>Back: answering again.</source>
        <translation>De retour&#xa0;: elle répond de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="120"/>
        <source>Not answering since %1. Townsfolk keeps checking by itself.</source>
        <translation>Ne répond plus depuis %1. Townsfolk continue de vérifier tout seul.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="140"/>
        <source>In use now: your backup account @%1.</source>
        <translation>En cours d’utilisation&#xa0;: votre compte de secours @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="142"/>
        <source>In use now: your account @%1.</source>
        <translation>En cours d’utilisation&#xa0;: votre compte @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="160"/>
        <source>Your backup accounts</source>
        <translation>Vos comptes de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="174"/>
        <source>When towns were down</source>
        <translation>Quand les villes étaient en panne</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="178"/>
        <source>None of your towns has been down since Townsfolk started keeping track.</source>
        <translation>Aucune de vos villes n’a été en panne depuis que Townsfolk tient le compte.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="210"/>
        <source>Your backup account @%1</source>
        <translation>Votre compte de secours @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="212"/>
        <source>Your account @%1</source>
        <translation>Votre compte @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="214"/>
        <source>(in use now)</source>
        <translation>(en cours d’utilisation)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="251"/>
        <source>This backup account does not follow the same people as your main account. You can change this in Settings.</source>
        <translation>Ce compte de secours ne suit pas les mêmes personnes que votre compte principal. Vous pouvez changer cela dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="257"/>
        <source>Townsfolk will soon make this backup account follow the same people as your main account.</source>
        <translation>Townsfolk fera bientôt suivre à ce compte de secours les mêmes personnes que votre compte principal.</translation>
    </message>
</context>
<context>
    <name>UnfollowDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="163"/>
        <source>Stop following %1?</source>
        <translation>Ne plus suivre %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="164"/>
        <source>You won&apos;t see their posts in People you follow.</source>
        <translation>Vous ne verrez plus ses publications dans Personnes que vous suivez.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="165"/>
        <source>Stop following</source>
        <translation>Ne plus suivre</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="267"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="327"/>
        <source>Waiting to be sent</source>
        <extracomment>&quot;Post from my backup instead&quot; (shown with :meth:`offer_backup` while the town is down).</extracomment>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="268"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="271"/>
        <source>Posts waiting to be sent</source>
        <translation>Publications en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="276"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="277"/>
        <source>Change the chosen waiting post</source>
        <translation>Modifier la publication en attente choisie</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="279"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="280"/>
        <source>Delete the chosen waiting post</source>
        <translation>Supprimer la publication en attente choisie</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="282"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="283"/>
        <source>Try to send the chosen post again</source>
        <translation>Réessayer d’envoyer la publication choisie</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="287"/>
        <source>About the waiting posts</source>
        <translation>À propos des publications en attente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="288"/>
        <source>Post from my backup instead</source>
        <translation>Publier plutôt depuis mon compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="290"/>
        <source>Post the chosen post from my backup account instead</source>
        <translation>Publier la publication choisie depuis mon compte de secours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="319"/>
        <source>(pictures only)</source>
        <translation>(images seulement)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="321"/>
        <source>Needs you: %1</source>
        <translation>Votre aide est nécessaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="323"/>
        <source>Being sent now</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="325"/>
        <source>Waiting; Townsfolk will try again soon. %1</source>
        <translation>En attente&#x202f;; Townsfolk réessaiera bientôt. %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="377"/>
        <source>The post was deleted. It was never sent.</source>
        <translation>La publication a été supprimée. Elle n’a jamais été envoyée.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="392"/>
        <source>Delete this post?</source>
        <translation>Supprimer cette publication&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="393"/>
        <source>This post has not been sent yet. Delete it for good?</source>
        <translation>Cette publication n’a pas encore été envoyée. La supprimer définitivement&#x202f;?</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="180"/>
        <source>Townsfolk: practice town</source>
        <extracomment>The settings every window shares (the practice window is attached to them). &quot;Add a practice account&quot; in the practice window, while open. The gentle &quot;add a backup account&quot; message, a few days after the wizard.</extracomment>
        <translation>Townsfolk&#xa0;: ville d’essai</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="203"/>
        <source>This is a practice town. Everything here stays on your computer, so try anything you like. When you are ready, join a real town.</source>
        <translation>Ceci est une ville d’essai. Tout ce qui s’y passe reste sur votre ordinateur&#xa0;: essayez tout ce que vous voulez. Quand vous serez prêt, rejoignez une vraie ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="207"/>
        <source>Join a real town</source>
        <translation>Rejoindre une vraie ville</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="29"/>
        <source>Welcome to Townsfolk</source>
        <translation>Bienvenue dans Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="32"/>
        <source>Picture: three towns joined by roads</source>
        <translation>Image&#xa0;: trois villes reliées par des routes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="33"/>
        <source>What the fediverse is</source>
        <translation>Ce qu’est le fédivers</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="35"/>
        <source>Tell me more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="36"/>
        <source>Tell me more about how it works</source>
        <translation>En savoir plus sur son fonctionnement</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="46"/>
        <source>How the fediverse works</source>
        <translation>Comment fonctionne le fédivers</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="130"/>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="131"/>
        <source>Welcome to Townsfolk</source>
        <extracomment>Seconds between two &quot;is the email confirmed yet?&quot; checks. Seconds to wait for the browser log-in. Seconds of waiting for the browser log-in before saying that the town may want the code instead (some towns show their own error page and never send the person back). The company&apos;s own town (services/organisation.py); the wizard then starts there. An account became usable (logged in, or its email confirmed), a main account or a backup: the app makes it live at once, before the wizard ends (it may never end). A background task failed unexpectedly (a bug); the message is for the log.</extracomment>
        <translation>Bienvenue dans Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="151"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="152"/>
        <source>Close; your progress is kept</source>
        <translation>Fermer&#x202f;; votre progression est gardée</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="155"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="156"/>
        <source>Back to the page before</source>
        <translation>Retour à la page précédente</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="157"/>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="160"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="161"/>
        <source>Enter or Alt+N</source>
        <translation>Entrée ou Alt+N</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="357"/>
        <source>Opening the practice town…</source>
        <translation>Ouverture de la ville d’essai…</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="29"/>
        <source>Townsfolk saves these from %1 in files a town can read (the same files Mastodon&apos;s own export makes). Nothing on your town changes.</source>
        <translation>Townsfolk enregistre ces éléments de %1 dans des fichiers qu’une ville sait lire (les mêmes fichiers que l’export de Mastodon). Rien ne change dans votre ville.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="34"/>
        <source>Choose what to take along from %1. Nothing is changed on your old town: you can still use it while you move.</source>
        <translation>Choisissez ce que vous emportez de %1. Rien ne change dans votre ancienne ville&#xa0;: vous pouvez continuer à l’utiliser pendant votre déménagement.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="52"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="62"/>
        <source>Save my follows and lists</source>
        <translation>Enregistrer mes abonnements et mes listes</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="63"/>
        <source>What do you want to take along?</source>
        <translation>Que voulez-vous emporter&#x202f;?</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="74"/>
        <source>The files go into %1</source>
        <translation>Les fichiers vont dans %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="86"/>
        <source>Where should the files go?</source>
        <translation>Où mettre les fichiers&#x202f;?</translation>
    </message>
</context>
</TS>
