<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="40"/>
        <source>About this town</source>
        <translation>عن هذه المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="44"/>
        <source>Why do you want to join? The people who look after this town read every request. It may take a few days before they say yes; Townsfolk will tell you.</source>
        <translation>لماذا تريد الانضمام؟ الأشخاص الذين يعتنون بهذه المدينة يقرؤون كل طلب. قد يستغرق الأمر بضعة أيام قبل أن يوافقوا؛ وسيخبرك Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="48"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="51"/>
        <source>Why do you want to join?</source>
        <translation>لماذا تريد الانضمام؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="53"/>
        <source>A sentence or two about you and why you&apos;d like to join</source>
        <translation>جملة أو جملتان عنك وعن سبب رغبتك في الانضمام</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="58"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="59"/>
        <source>Ask the town again</source>
        <translation>اسأل المدينة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="62"/>
        <source>I already have an account here</source>
        <translation>لدي حساب هنا بالفعل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="63"/>
        <source>I already have an account in this town</source>
        <translation>لدي حساب في هذه المدينة بالفعل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="66"/>
        <source>Join on the town&apos;s web page</source>
        <translation>انضم عبر صفحة المدينة على الويب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="69"/>
        <source>Join on the town&apos;s web page (opens your web browser)</source>
        <translation>انضم عبر صفحة المدينة على الويب (تُفتح في متصفحك)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="102"/>
        <source>Asking {town} about itself…</source>
        <extracomment>Said once the town is read again (why the person was sent back here).</extracomment>
        <translation>يسأل Townsfolk مدينة {town} عن نفسها…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="159"/>
        <source>The town&apos;s page is open in your web browser. When you have joined there (and confirmed your email, if the town asks), come back and press “I have joined: log in”.</source>
        <translation>صفحة المدينة مفتوحة في متصفحك. بعد أن تنضم هناك (وتؤكد بريدك الإلكتروني إن طلبت المدينة ذلك)، عد إلى هنا واضغط «انضممت: سجّل الدخول».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="167"/>
        <source>I have joined: log in</source>
        <translation>انضممت: سجّل الدخول</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="168"/>
        <source>Join this town</source>
        <translation>انضم إلى هذه المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="205"/>
        <source>Town address: {address}</source>
        <translation>عنوان المدينة: {address}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="214"/>
        <source>{n} people live here, and {active} of them were active last month.</source>
        <translation>يعيش هنا {n} شخصًا، وكان {active} منهم نشطين في الشهر الماضي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="220"/>
        <source>{n} people live here, and {active} of them were active last week.</source>
        <translation>يعيش هنا {n} شخصًا، وكان {active} منهم نشطين في الأسبوع الماضي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="226"/>
        <source>{n} people live here.</source>
        <translation>يعيش هنا {n} شخصًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="232"/>
        <source>{n} people were active here last month.</source>
        <translation>كان {n} شخصًا نشطين هنا في الشهر الماضي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="238"/>
        <source>Language: {names}.</source>
        <translation>اللغة: {names}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="244"/>
        <source>Can I join?</source>
        <translation>هل يمكنني الانضمام؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="248"/>
        <source>Yes: you can join now.</source>
        <translation>نعم: يمكنك الانضمام الآن.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="249"/>
        <source>You ask to join, and a person from the town says yes. This can take a few days.</source>
        <translation>تطلب الانضمام، ويوافق شخص من المدينة. قد يستغرق هذا بضعة أيام.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="253"/>
        <source>This town is not taking new people right now. Please go back and pick another town.</source>
        <translation>هذه المدينة لا تستقبل أشخاصًا جددًا الآن. ارجع واختر مدينة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="257"/>
        <source>Yes, on the town&apos;s own web page: press “Join on the town&apos;s web page”, join there, then come back here and log in.</source>
        <translation>نعم، عبر صفحة المدينة نفسها على الويب: اضغط «انضم عبر صفحة المدينة على الويب»، وانضم هناك، ثم عد إلى هنا وسجّل الدخول.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="273"/>
        <source>You must be at least {age} years old.</source>
        <translation>يجب أن يكون عمرك {age} سنة على الأقل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="277"/>
        <source>The town rules</source>
        <translation>قواعد المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="286"/>
        <source>This town keeps its rules on its web page. Please read them before you join:</source>
        <translation>تحتفظ هذه المدينة بقواعدها على صفحتها في الويب. اقرأها من فضلك قبل أن تنضم:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="290"/>
        <source>Read the town rules</source>
        <translation>اقرأ قواعد المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="296"/>
        <source>The town did not tell Townsfolk its rules. Every town has some: please read about the town on its web page before you join.</source>
        <translation>لم تُخبر المدينة Townsfolk بقواعدها. لكل مدينة قواعد: اقرأ عن المدينة في صفحتها على الويب قبل أن تنضم من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="303"/>
        <source>About the town (its web page)</source>
        <translation>عن المدينة (صفحتها على الويب)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="307"/>
        <source>Terms of use</source>
        <translation>شروط الاستخدام</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="312"/>
        <source>Privacy policy</source>
        <translation>سياسة الخصوصية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="316"/>
        <source>Before you join, you can read these pages (they open in your web browser):</source>
        <translation>قبل أن تنضم، يمكنك قراءة هذه الصفحات (تُفتح في متصفحك):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/about.py" line="325"/>
        <source>Who runs it: {who}</source>
        <translation>من يديرها: {who}</translation>
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
        <translation>انقل حسابي كله</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="112"/>
        <source>What moves: your followers. Once the move is done, your old town tells them, and their accounts follow your new account by themselves. Townsfolk then brings in the people you follow, your lists, blocks, mutes, blocked towns and bookmarks.</source>
        <translation>ما الذي ينتقل: متابِعوك. حين يكتمل الانتقال، تخبرهم مدينتك القديمة، فتتابع حساباتهم حسابك الجديد تلقائيًا. ثم يجلب Townsfolk الأشخاص الذين تتابعهم، وقوائمك، ومن حظرتهم وكتمتهم، والمدن المحظورة، والعلامات المرجعية.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="120"/>
        <source>What does not move: your posts. They stay on %1, and your old account shows that you moved. After moving you must wait %2 days before you can move again.</source>
        <translation>ما الذي لا ينتقل: منشوراتك. تبقى في %1، ويُظهر حسابك القديم أنك انتقلت. بعد الانتقال عليك أن تنتظر %2 يومًا قبل أن تنتقل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="128"/>
        <source>Your new account:</source>
        <translation>حسابك الجديد:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="130"/>
        <source>Your new account</source>
        <translation>حسابك الجديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="133"/>
        <source>Add an account in another town…</source>
        <translation>أضف حسابًا في مدينة أخرى…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="139"/>
        <source>Open the download page</source>
        <translation>افتح صفحة التنزيل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="141"/>
        <source>Skip this</source>
        <translation>تخطَّ هذا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="144"/>
        <source>Open the page on the new town</source>
        <translation>افتح الصفحة في المدينة الجديدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="146"/>
        <source>Copy the old address</source>
        <translation>انسخ العنوان القديم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="150"/>
        <source>Save, then open the page on the old town</source>
        <translation>احفظ، ثم افتح الصفحة في المدينة القديمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="286"/>
        <source>Step 2. Townsfolk first saves the people you follow, your lists, blocks, mutes, blocked towns and bookmarks (once you have moved, %1 no longer lets it read them). Then, on %1, open “Move to a different account”, type your new address: %2, and your password, and press the button there to move.</source>
        <translation>الخطوة 2. يحفظ Townsfolk أولًا الأشخاص الذين تتابعهم، وقوائمك، ومن حظرتهم وكتمتهم، والمدن المحظورة، والعلامات المرجعية (بعد الانتقال، لن تسمح له %1 بقراءتها). ثم في %1، افتح «الانتقال إلى حساب آخر»، واكتب عنوانك الجديد: %2، وكلمة المرور، واضغط الزر هناك لتنتقل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="372"/>
        <source>Saving the people you follow, your lists, blocks, mutes, blocked towns and bookmarks from %1 first: once the account has moved, %2 no longer lets Townsfolk read them…</source>
        <translation>جارٍ أولًا حفظ الأشخاص الذين تتابعهم، وقوائمك، ومن حظرتهم وكتمتهم، والمدن المحظورة، والعلامات المرجعية من %1: بعد انتقال الحساب، لن تسمح %2 لـ Townsfolk بقراءتها…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="403"/>
        <source>%1 no longer lets Townsfolk read your old account: it may have moved already. Townsfolk looks whether it did.</source>
        <translation>لم تعد %1 تسمح لـ Townsfolk بقراءة حسابك القديم: ربما انتقل بالفعل. Townsfolk يتحقق من ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="410"/>
        <source>Saved. When you have moved on the old town&apos;s page, Townsfolk sees it here by itself (it looks every little while).</source>
        <translation>تم الحفظ. حين تنتقل من صفحة المدينة القديمة، سيرى Townsfolk ذلك هنا وحده (إنه يتحقق كل فترة قصيرة).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="425"/>
        <source>Nothing has moved. Do not move on the old town&apos;s page yet: press the button again when %1 answers.</source>
        <translation>لم ينتقل شيء. لا تنتقل من صفحة المدينة القديمة بعد: اضغط الزر مرة أخرى حين تردّ %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="494"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, and nothing was saved before the move. Your followers still move by themselves. For the rest: download your files on %1&apos;s export page (it still works after a move), then bring them into %2 with “Bring in follows from a file…” in the menu.</source>
        <translation>لم تعد %1 تسمح لـ Townsfolk بقراءة حسابك القديم بعد انتقاله، ولم يُحفظ شيء قبل الانتقال. متابِعوك ما زالوا ينتقلون تلقائيًا. أما الباقي: فنزّل ملفاتك من صفحة التصدير في %1 (ما زالت تعمل بعد الانتقال)، ثم أدخلها إلى %2 عبر «استورد المتابَعين من ملف…» في القائمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="153"/>
        <source>Copy the new address</source>
        <translation>انسخ العنوان الجديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="158"/>
        <source>Look now</source>
        <translation>انظر الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="161"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="169"/>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="171"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="272"/>
        <source>(choose it above)</source>
        <translation>(اختره في الأعلى)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="273"/>
        <source>your new town</source>
        <translation>مدينتك الجديدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="276"/>
        <source>First, if you want your posts: download them from %1 (a file for you to keep; they cannot be moved to the new town).</source>
        <translation>أولًا، إن أردت الاحتفاظ بمنشوراتك: نزّلها من %1 (ملف تحتفظ به؛ لا يمكن نقلها إلى المدينة الجديدة).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="280"/>
        <source>Step 1. On %1, open “Account aliases” and type your old address: %2. This tells the new town the old account is yours.</source>
        <translation>الخطوة 1. في %1، افتح «الأسماء البديلة للحساب» واكتب عنوانك القديم: %2. هكذا تعرف المدينة الجديدة أن الحساب القديم لك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="293"/>
        <source>Step 3. Townsfolk looks whether %1 now says it moved.</source>
        <translation>الخطوة 3. يتحقق Townsfolk مما إذا كان %1 يقول الآن إنه انتقل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="297"/>
        <source>Step 4. Townsfolk brings the people you follow, your lists, blocks, mutes, blocked towns and bookmarks into %1.</source>
        <translation>الخطوة 4. يجلب Townsfolk إلى %1 الأشخاص الذين تتابعهم، وقوائمك، ومن حظرتهم وكتمتهم، والمدن المحظورة، والعلامات المرجعية.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="300"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="330"/>
        <source>You have moved to %1. Your followers are moving there by themselves (this can take a while). You can move again after %2.</source>
        <translation>انتقلت إلى %1. متابِعوك ينتقلون إلى هناك تلقائيًا (قد يستغرق هذا بعض الوقت). يمكنك الانتقال مرة أخرى بعد %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="455"/>
        <source>%1 does not say it moved yet. If you have done step 2, wait a minute: Townsfolk keeps looking.</source>
        <translation>لا يقول %1 إنه انتقل بعد. إن كنت أنجزت الخطوة 2، فانتظر دقيقة: Townsfolk يواصل التحقق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="481"/>
        <source>%1 no longer lets Townsfolk read your old account now that it has moved, so Townsfolk brings in what it saved just before the move.</source>
        <translation>لم تعد %1 تسمح لـ Townsfolk بقراءة حسابك القديم بعد انتقاله، لذلك يجلب Townsfolk ما حفظه قبل الانتقال مباشرة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/whole_account.py" line="486"/>
        <source>Reading everything from your old account…</source>
        <translation>جارٍ قراءة كل شيء من حسابك القديم…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="31"/>
        <source>Add an account in another town…</source>
        <translation>أضف حسابًا في مدينة أخرى…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="33"/>
        <source>Look again</source>
        <translation>انظر مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="42"/>
        <source>Which account do you move into?</source>
        <translation>إلى أي حساب تنتقل؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="54"/>
        <source>Choose the account that should get what is in the file.</source>
        <translation>اختر الحساب الذي يجب أن يتلقى ما في الملف.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="57"/>
        <source>Choose your account in the new town. If you do not have one yet, add it first: Townsfolk helps you sign up or log in, then you come back here.</source>
        <translation>اختر حسابك في المدينة الجديدة. إن لم يكن لديك حساب بعد، فأضفه أولًا: يساعدك Townsfolk على إنشاء حساب أو تسجيل الدخول، ثم تعود إلى هنا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/account_page.py" line="87"/>
        <source>You have no other account yet. Add one first.</source>
        <translation>ليس لديك حساب آخر بعد. أضف حسابًا أولًا.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="88"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="90"/>
        <source>Which of your accounts you are reading and writing with</source>
        <translation>الحساب الذي تقرأ وتكتب به الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="144"/>
        <source>(backup)</source>
        <translation>(احتياطي)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="192"/>
        <source>In use: your backup account @%1</source>
        <translation>المستخدم الآن: حسابك الاحتياطي @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/account_switcher.py" line="194"/>
        <source>In use: your account @%1</source>
        <translation>المستخدم الآن: حسابك @%1</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="225"/>
        <source>Someone in this town already uses that name. Please choose another one.</source>
        <extracomment>Software that looks at the return address only after the person has logged in (so the check before opening the browser cannot see a refusal) and refuses a loopback port. Software that signs people up only on its web page (no ``POST /api/v1/accounts``), and where that page is on the town. Where towns that keep their rules and policies as web pages (Takahē) put them; each is looked for only when the town&apos;s answers leave it out. How long a browser log-in that did not come back makes a town &quot;prefers the code&quot;. The town&apos;s own words about joining (plain text), e.g. why it is closed. For ``ELSEWHERE``: the page where people sign up. The town&apos;s own web pages for its terms of service and privacy policy, or None when the town has none (the wizard then says nothing rather than show a dead link). When the town&apos;s answers list no rules: its web page with the rules, if it has one (never shown as &quot;no rules&quot;), and its &quot;about&quot; page (or home page) to read instead.</extracomment>
        <translation>شخص في هذه المدينة يستخدم هذا الاسم بالفعل. اختر اسمًا آخر من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="229"/>
        <source>That name is kept aside by the town. Please choose another one.</source>
        <translation>هذا الاسم محجوز لدى المدينة. اختر اسمًا آخر من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="232"/>
        <source>A name can only have letters, numbers and underscores (_).</source>
        <translation>يمكن أن يحتوي الاسم على حروف وأرقام وشرطات سفلية (_) فقط.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="235"/>
        <source>That name is too long. Please choose a shorter one.</source>
        <translation>هذا الاسم طويل جدًا. اختر اسمًا أقصر من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="238"/>
        <source>Please choose a name.</source>
        <translation>اختر اسمًا من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="241"/>
        <source>This email address already has an account in this town. You can log in instead.</source>
        <translation>لهذا البريد الإلكتروني حساب في هذه المدينة بالفعل. يمكنك تسجيل الدخول بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="245"/>
        <source>This town does not accept this email provider. Please use another email address.</source>
        <translation>هذه المدينة لا تقبل مزوّد البريد هذا. استخدم عنوان بريد إلكتروني آخر من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="249"/>
        <source>This email address does not seem to exist. Please check it.</source>
        <translation>يبدو أن عنوان البريد هذا غير موجود. تحقّق منه من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="252"/>
        <source>That does not look like an email address. Please check it.</source>
        <translation>هذا لا يبدو عنوان بريد إلكتروني. تحقّق منه من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="255"/>
        <source>Please type your email address.</source>
        <translation>اكتب عنوان بريدك الإلكتروني من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="258"/>
        <source>Your password is too short. Please use at least 8 characters.</source>
        <translation>كلمة المرور قصيرة جدًا. استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="261"/>
        <source>Your password is too long. Please use fewer than 72 characters.</source>
        <translation>كلمة المرور طويلة جدًا. استخدم أقل من 72 حرفًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="264"/>
        <source>Please choose a password.</source>
        <translation>اختر كلمة مرور من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="265"/>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>لا يمكن استخدام كلمة المرور هذه. اختر كلمة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="270"/>
        <source>Please read the town&apos;s rules and tick “I agree” to join.</source>
        <translation>اقرأ قواعد المدينة وضع علامة على «أوافق» لتنضم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="275"/>
        <source>This town asks why you would like to join. Please write a sentence or two.</source>
        <translation>تسأل هذه المدينة لماذا تريد الانضمام. اكتب جملة أو جملتين من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="279"/>
        <source>Your reason is too long. Please make it shorter.</source>
        <translation>سببك طويل جدًا. اختصره من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="284"/>
        <source>Sorry, you are too young to join this town.</source>
        <translation>عذرًا، عمرك أصغر من المسموح للانضمام إلى هذه المدينة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="285"/>
        <source>Please give your date of birth; this town needs it.</source>
        <translation>أدخل تاريخ ميلادك من فضلك؛ هذه المدينة تحتاج إليه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="288"/>
        <source>Please give your date of birth as day, month and year.</source>
        <translation>أدخل تاريخ ميلادك باليوم والشهر والسنة من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="297"/>
        <source>Please choose another name.</source>
        <translation>اختر اسمًا آخر من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="298"/>
        <source>Please check your email address.</source>
        <translation>تحقّق من عنوان بريدك الإلكتروني من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="299"/>
        <source>Please choose another password.</source>
        <translation>اختر كلمة مرور أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="300"/>
        <source>Please tick “I agree” to join.</source>
        <translation>ضع علامة على «أوافق» لتنضم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="301"/>
        <source>Please check why you would like to join.</source>
        <translation>تحقّق من سبب رغبتك في الانضمام من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="302"/>
        <source>Please check your date of birth.</source>
        <translation>تحقّق من تاريخ ميلادك من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="313"/>
        <source>Please check what you typed here.</source>
        <translation>تحقّق مما كتبته هنا من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="319"/>
        <source>in a minute</source>
        <translation>بعد دقيقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="322"/>
        <source>in about {minutes} minutes</source>
        <translation>بعد نحو {minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="323"/>
        <source>in an hour or so</source>
        <translation>بعد ساعة تقريبًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="331"/>
        <source>The connection to {town} is not safe (its certificate could not be checked), so Townsfolk did not continue. Please check the address or try again later.</source>
        <translation>الاتصال بمدينة {town} غير آمن (تعذّر التحقق من شهادتها)، لذلك لم يتابع Townsfolk. تحقّق من العنوان أو حاول لاحقًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="337"/>
        <source>Townsfolk could not reach {town}. Please check the address and your internet connection, then try again.</source>
        <translation>تعذّر على Townsfolk الوصول إلى {town}. تحقّق من العنوان ومن اتصالك بالإنترنت، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="343"/>
        <source>{town} is taking too long to answer. Please try again in a little while.</source>
        <translation>تستغرق {town} وقتًا طويلًا جدًا للرد. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="347"/>
        <source>{town} is a kind of town that Townsfolk cannot use yet. Please choose another town.</source>
        <translation>{town} نوع من المدن لا يستطيع Townsfolk استخدامه بعد. اختر مدينة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="352"/>
        <source>{town} asked Townsfolk to slow down. Please try again {when}.</source>
        <translation>طلبت {town} من Townsfolk أن يبطئ. حاول مرة أخرى {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="358"/>
        <source>Townsfolk could not talk to {town}. Please try again in a little while.</source>
        <translation>تعذّر على Townsfolk التحدث إلى {town}. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="361"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>حدث خطأ أثناء التحدث إلى {town}. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="434"/>
        <source>{town} does not look like a town Townsfolk can use. Please check the address.</source>
        <extracomment>Towns whose sign-up answered 404/405: base URL -&gt; the page to join on.</extracomment>
        <translation>لا تبدو {town} مدينة يستطيع Townsfolk استخدامها. تحقّق من العنوان من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="483"/>
        <source>{town} takes new people only on its own web page. Join there, then come back and log in.</source>
        <translation>تستقبل {town} الأشخاص الجدد عبر صفحتها على الويب فقط. انضم هناك، ثم عد وسجّل الدخول.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="512"/>
        <source>{town} did not let Townsfolk in. Please try again later.</source>
        <translation>لم تسمح {town} لـ Townsfolk بالدخول. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="576"/>
        <source>{town} does not allow the usual way of logging in from Townsfolk. Please use the code instead: Townsfolk will show you how.</source>
        <translation>لا تسمح {town} بالطريقة المعتادة لتسجيل الدخول من Townsfolk. استخدم الرمز بدلًا من ذلك: سيريك Townsfolk كيف.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="610"/>
        <source>The town did not accept this log-in. Please try again.</source>
        <translation>لم تقبل المدينة تسجيل الدخول هذا. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="693"/>
        <source>That does not look like the code from the town&apos;s page. Please copy it again.</source>
        <translation>هذا لا يبدو الرمز الموجود في صفحة المدينة. انسخه مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="719"/>
        <source>This code did not work. Codes work only once and only for a short time: press “Get a new code”, log in on the page that opens and copy the new code.</source>
        <translation>لم يعمل هذا الرمز. الرموز تعمل مرة واحدة فقط ولوقت قصير: اضغط «احصل على رمز جديد»، وسجّل الدخول في الصفحة التي تُفتح، وانسخ الرمز الجديد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="795"/>
        <location filename="../src/townsfolk/services/accounts.py" line="823"/>
        <source>{town} is not taking new people right now. Please choose another town.</source>
        <translation>لا تستقبل {town} أشخاصًا جددًا الآن. اختر مدينة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="806"/>
        <source>Please fill in the marked boxes.</source>
        <translation>املأ الخانات المميّزة من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="830"/>
        <source>Too many sign-ups were tried from your internet connection. Please try again {when}.</source>
        <translation>جرت محاولات تسجيل كثيرة جدًا من اتصالك بالإنترنت. حاول مرة أخرى {when}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="938"/>
        <source>Please sign up again: Townsfolk no longer has this account&apos;s key.</source>
        <translation>أنشئ الحساب من جديد من فضلك: لم يعد لدى Townsfolk مفتاح هذا الحساب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="965"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>لم يعد Townsfolk مسجّل الدخول إلى {handle}. سجّل الدخول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1269"/>
        <source>The town did not accept this sign-up. Please check every box.</source>
        <translation>لم تقبل المدينة هذا التسجيل. تحقّق من كل خانة من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/accounts.py" line="1271"/>
        <source>Please look at the marked boxes.</source>
        <translation>انظر إلى الخانات المميّزة من فضلك.</translation>
    </message>
</context>
<context>
    <name>AddToListDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="44"/>
        <source>Add %1 to a list</source>
        <translation>أضف %1 إلى قائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="67"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="74"/>
        <source>Tick the lists %1 should be in.</source>
        <translation>ضع علامة على القوائم التي يجب أن يكون %1 فيها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="78"/>
        <source>You have no lists yet. Lists let you read some people together, like “Family” or “Gardening”. Make one with “New list…” on the left.</source>
        <translation>ليست لديك قوائم بعد. تتيح لك القوائم قراءة منشورات بعض الأشخاص معًا، مثل «العائلة» أو «البستنة». أنشئ قائمة من «قائمة جديدة…» على الجانب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="132"/>
        <source>Added to “%1”.</source>
        <translation>أُضيف إلى «%1».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/add_to_list.py" line="134"/>
        <source>Taken out of “%1”.</source>
        <translation>أُزيل من «%1».</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="67"/>
        <source>That does not look like a town&apos;s address. A town&apos;s address looks like mastodon.social.</source>
        <extracomment>Where to connect, without a trailing slash: ``https://mastodon.social``. The name to show people, in its own letters: ``bücher.example``. The host as the network knows it (ASCII, punycode for international names). The name before the town when the person typed a full address (``ann`` of ``@ann@x``).</extracomment>
        <translation>هذا لا يبدو عنوان مدينة. عنوان المدينة يشبه mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="106"/>
        <source>Please type the address of your town, for example mastodon.social.</source>
        <extracomment>E-mail services people type by mistake where a town goes (&quot;ann@gmail.com&quot;).</extracomment>
        <translation>اكتب عنوان مدينتك، مثلًا mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="121"/>
        <source>That is not the address of a town. A town&apos;s address looks like mastodon.social.</source>
        <translation>هذا ليس عنوان مدينة. عنوان المدينة يشبه mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="133"/>
        <source>That does not look like a person&apos;s address. A full address looks like @ann@mastodon.social.</source>
        <translation>هذا لا يبدو عنوان شخص. العنوان الكامل يشبه ‎@ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="151"/>
        <source>Please type only the town&apos;s address, without a name or password in it. A town&apos;s address looks like mastodon.social.</source>
        <translation>اكتب عنوان المدينة فقط، دون اسم أو كلمة مرور فيه. عنوان المدينة يشبه mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="158"/>
        <source>the town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="160"/>
        <source>That is the address of a page, not of a town. Please type just the town&apos;s name, like {town}.</source>
        <translation>هذا عنوان صفحة، وليس عنوان مدينة. اكتب اسم المدينة فقط، مثل {town}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/addresses.py" line="181"/>
        <source>Townsfolk only talks to towns over a safe (https) connection, and this address has none. Please use the town&apos;s name, like mastodon.social.</source>
        <translation>لا يتحدث Townsfolk إلى المدن إلا عبر اتصال آمن (https)، وهذا العنوان ليس له اتصال آمن. استخدم اسم المدينة، مثل mastodon.social.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="106"/>
        <source>The town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="110"/>
        <source>Something went wrong while talking to {town}. Please try again.</source>
        <translation>حدث خطأ أثناء التحدث إلى {town}. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="119"/>
        <source>Could not reach {town}. Check that you are connected to the internet, then try again.</source>
        <translation>تعذّر الوصول إلى {town}. تأكد من أنك متصل بالإنترنت، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="129"/>
        <source>Could not reach {town}. It may be down for a while, or your internet connection may be off. Nothing was lost; try again in a few minutes.</source>
        <translation>تعذّر الوصول إلى {town}. ربما هي متوقفة لبعض الوقت، أو ربما اتصالك بالإنترنت مقطوع. لم يضِع شيء؛ حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="140"/>
        <source>{town} is taking too long to answer. It may be very busy. Nothing was lost; try again in a few minutes.</source>
        <translation>تستغرق {town} وقتًا طويلًا جدًا للرد. ربما هي مشغولة جدًا. لم يضِع شيء؛ حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="151"/>
        <source>Could not open a secure connection to {town}. Its security certificate was not accepted, or something on your network is interfering. Townsfolk did not send anything.</source>
        <translation>تعذّر فتح اتصال آمن مع {town}. لم تُقبل شهادة الأمان الخاصة بها، أو أن شيئًا في شبكتك يتدخل. لم يرسل Townsfolk أي شيء.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="163"/>
        <source>{town} has a problem right now. Nothing was lost; try again in a few minutes.</source>
        <translation>لدى {town} مشكلة الآن. لم يضِع شيء؛ حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="199"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {seconds} seconds and try again.</source>
        <translation>تطلب {town} من Townsfolk أن يبطئ. لم يضِع شيء؛ انتظر نحو {seconds} ثانية ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="204"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait about {minutes} minutes and try again.</source>
        <translation>تطلب {town} من Townsfolk أن يبطئ. لم يضِع شيء؛ انتظر نحو {minutes} دقيقة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="209"/>
        <source>{town} asks Townsfolk to slow down. Nothing was lost; please wait a few minutes and try again.</source>
        <translation>تطلب {town} من Townsfolk أن يبطئ. لم يضِع شيء؛ انتظر بضع دقائق ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="221"/>
        <source>You are no longer logged in to {town}. Please log in again.</source>
        <translation>لم تعد مسجّل الدخول إلى {town}. سجّل الدخول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="270"/>
        <source>Please confirm your email address first: {town} sent you an email with a link. After you click it, come back and continue.</source>
        <translation>أكّد عنوان بريدك الإلكتروني أولًا: أرسلت لك {town} رسالة فيها رابط. بعد أن تضغط عليه، عد إلى هنا وتابع.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="276"/>
        <source>The people who run {town} have not approved your account yet. You will get an email when they do.</source>
        <translation>لم يوافق القائمون على {town} على حسابك بعد. ستصلك رسالة بالبريد عندما يوافقون.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="282"/>
        <source>Your account on {town} is switched off (it may have moved to another town, or been suspended). Check your email or log in on the town&apos;s website.</source>
        <translation>حسابك في {town} متوقف (ربما انتقل إلى مدينة أخرى، أو عُلّق). تحقّق من بريدك أو سجّل الدخول في موقع المدينة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="288"/>
        <source>{town} does not allow this right now.</source>
        <translation>لا تسمح {town} بهذا الآن.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="290"/>
        <source>{town} did not allow this. You may need to log in again.</source>
        <translation>لم تسمح {town} بهذا. قد تحتاج إلى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="300"/>
        <source>That could not be found on {town}. It may have been deleted.</source>
        <translation>لم يُعثر على ذلك في {town}. ربما حُذف.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="308"/>
        <source>That username</source>
        <translation>اسم المستخدم هذا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="309"/>
        <source>That email address</source>
        <translation>عنوان البريد هذا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="310"/>
        <source>The password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="311"/>
        <source>The agreement</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="312"/>
        <source>The language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="313"/>
        <source>The date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="314"/>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="315"/>
        <source>The name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="316"/>
        <source>The description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="317"/>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="321"/>
        <source>The {field}</source>
        <translation>الحقل {field}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="327"/>
        <source>is already taken. Please choose another one.</source>
        <translation>مستخدَم بالفعل. اختر غيره من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="328"/>
        <source>is missing. Please fill it in.</source>
        <translation>ناقص. املأه من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="329"/>
        <source>is not valid. Please check it.</source>
        <translation>غير صالح. تحقّق منه من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="330"/>
        <source>is too long.</source>
        <translation>طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="331"/>
        <source>is too short.</source>
        <translation>قصير جدًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="332"/>
        <source>is reserved. Please choose another one.</source>
        <translation>محجوز. اختر غيره من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="333"/>
        <source>is not accepted by this town. Please use another one.</source>
        <translation>لا تقبله هذه المدينة. استخدم غيره من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="336"/>
        <source>cannot receive email. Please check it.</source>
        <translation>لا يستطيع استقبال البريد. تحقّق منه من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="337"/>
        <source>must be accepted to continue.</source>
        <translation>يجب قبوله للمتابعة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="338"/>
        <source>is not one of the allowed choices.</source>
        <translation>ليس من الخيارات المسموح بها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="339"/>
        <source>is below the minimum age for this town.</source>
        <translation>أقل من الحد الأدنى للعمر في هذه المدينة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="343"/>
        <source>was not accepted. Please check it.</source>
        <translation>لم يُقبل. تحقّق منه من فضلك.</translation>
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
        <translation>لم تقبل {town} هذا. تحقّق مما أدخلته من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="387"/>
        <source>{town} did not accept this request. Please try again.</source>
        <translation>لم تقبل {town} هذا الطلب. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="412"/>
        <source>{town} runs {software}, a kind of town Townsfolk cannot join yet. Please pick another town.</source>
        <translation>تعمل {town} ببرنامج {software}، وهو نوع من المدن لا يستطيع Townsfolk الانضمام إليه بعد. اختر مدينة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="417"/>
        <source>{town} does not seem to be a town Townsfolk can talk to. Please check the address, or pick another town.</source>
        <translation>لا تبدو {town} مدينة يستطيع Townsfolk التحدث إليها. تحقّق من العنوان، أو اختر مدينة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/api/errors.py" line="429"/>
        <source>{town} sent an answer Townsfolk could not understand. Nothing was lost; try again later.</source>
        <translation>أرسلت {town} ردًّا لم يفهمه Townsfolk. لم يضِع شيء؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../src/townsfolk/ui/app_settings.py" line="59"/>
        <source>Your settings could not be saved; they stay as you chose them until you quit Townsfolk. {problem}</source>
        <extracomment>The Settings window while it is open (for tests).</extracomment>
        <translation>تعذّر حفظ إعداداتك؛ ستبقى كما اخترتها حتى تُغلق Townsfolk. {problem}</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="486"/>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="491"/>
        <source>The whole post</source>
        <translation>المنشور كاملًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="499"/>
        <source>Read the article</source>
        <translation>اقرأ المقال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="501"/>
        <source>Read more</source>
        <translation>اقرأ المزيد</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="28"/>
        <source>A backup account (you can skip this)</source>
        <translation>حساب احتياطي (يمكنك تخطي هذه الخطوة)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="33"/>
        <source>This step is optional: your account works without a backup. You can start using Townsfolk now, and add a backup any time from the Townsfolk menu. Townsfolk will remind you gently in a few days.</source>
        <translation>هذه الخطوة اختيارية: حسابك يعمل دون حساب احتياطي. يمكنك أن تبدأ استخدام Townsfolk الآن، وأن تضيف حسابًا احتياطيًا متى شئت من قائمة Townsfolk. وسيذكّرك Townsfolk بلطف بعد بضعة أيام.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="38"/>
        <source>This step is optional</source>
        <translation>هذه الخطوة اختيارية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="42"/>
        <source>Why a backup account</source>
        <translation>لماذا حساب احتياطي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="45"/>
        <source>Suggested towns</source>
        <translation>مدن مقترحة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="50"/>
        <source>Not now: start using Townsfolk (remind me later)</source>
        <translation>ليس الآن: ابدأ استخدام Townsfolk (ذكّرني لاحقًا)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="51"/>
        <source>Join a second town (I&apos;m new there)</source>
        <translation>انضم إلى مدينة ثانية (أنا جديد هناك)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="52"/>
        <source>I already have an account in another town</source>
        <translation>لدي حساب في مدينة أخرى بالفعل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="60"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="61"/>
        <source>Follow the same people on my backup account</source>
        <translation>تابِع الأشخاص أنفسهم بحسابي الاحتياطي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="63"/>
        <source>Then your backup shows the same posts when your town is away</source>
        <translation>عندها يعرض حسابك الاحتياطي المنشورات نفسها حين تكون مدينتك متوقفة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="80"/>
        <source>Your account is @{handle}. Good towns for a backup: {towns}.</source>
        <translation>حسابك هو ‎@{handle}. مدن جيدة لحساب احتياطي: {towns}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="103"/>
        <source>Pick a second town</source>
        <translation>اختر مدينة ثانية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="104"/>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="105"/>
        <source>Skip for now</source>
        <translation>تخطَّ الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="106"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="114"/>
        <source>Your account has no backup yet. A backup account in a second town keeps you connected when your town is closed for a while. It takes a minute.</source>
        <extracomment>The first reminder comes this long after the account was first seen without a backup. &quot;Hide&quot;: asked again this much later. How often the window looks again (the reminder is not urgent).</extracomment>
        <translation>ليس لحسابك حساب احتياطي بعد. الحساب الاحتياطي في مدينة ثانية يبقيك على اتصال حين تُغلق مدينتك لبعض الوقت. يستغرق دقيقة واحدة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="118"/>
        <source>Add a backup account…</source>
        <translation>أضف حسابًا احتياطيًا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/backup_reminder.py" line="119"/>
        <source>Don&apos;t remind me again</source>
        <translation>لا تذكّرني مرة أخرى</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="156"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>BannerRow</name>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="93"/>
        <source>Hide</source>
        <extracomment>How many messages show at once (older ones wait underneath, never lost). Room the words keep beside the buttons, in average characters; less puts the buttons under.</extracomment>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="95"/>
        <source>Hide this message</source>
        <translation>أخفِ هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/banner.py" line="130"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="125"/>
        <source>Block %1?</source>
        <translation>هل تحظر %1؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="127"/>
        <source>They won&apos;t be able to follow you or see your posts, and you won&apos;t see theirs. If you follow each other, that stops. They are not told, but they may notice.

To undo it, press Unblock on their profile or in “People you muted or blocked”.</source>
        <translation>لن يستطيع متابعتك أو رؤية منشوراتك، ولن ترى منشوراته. إن كنتما تتابعان بعضكما، فسيتوقف ذلك. لن يُبلَّغ، لكنه قد يلاحظ.

للتراجع، اضغط «إلغاء الحظر» في ملفه الشخصي أو في «الأشخاص الذين كتمتهم أو حظرتهم».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="133"/>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
</context>
<context>
    <name>BlockTownDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="142"/>
        <source>Block the whole town %1?</source>
        <translation>هل تحظر مدينة %1 كلها؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="145"/>
        <source>You won&apos;t see posts or notifications from anyone who lives in %1. People from %1 who follow you are removed from your followers, and you stop following the people you follow there.

This is for towns that are run badly. For one person, mute or block them instead. You can unblock the town in “People you muted or blocked”, but the followers you lost do not come back by themselves.</source>
        <translation>لن ترى منشورات أو إشعارات من أي أحد يعيش في %1. الأشخاص من %1 الذين يتابعونك يُزالون من متابِعيك، وتتوقف عن متابعة من تتابعهم هناك.

هذا للمدن التي تُدار بشكل سيئ. أما لشخص واحد، فاكتمه أو احظره بدلًا من ذلك. يمكنك إلغاء حظر المدينة من «الأشخاص الذين كتمتهم أو حظرتهم»، لكن المتابِعين الذين خسرتهم لا يعودون وحدهم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="154"/>
        <source>Block the town</source>
        <translation>احظر المدينة</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="168"/>
        <source>What to do in the browser</source>
        <translation>ما الذي تفعله في المتصفح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="170"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="240"/>
        <source>Open the browser again</source>
        <translation>افتح المتصفح مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="171"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="241"/>
        <source>Open the log-in page in the browser again</source>
        <translation>افتح صفحة تسجيل الدخول في المتصفح مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="174"/>
        <source>Use a code instead</source>
        <translation>استخدم رمزًا بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="175"/>
        <source>Log in by copying a code instead</source>
        <translation>سجّل الدخول بنسخ رمز بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="179"/>
        <source>The code from the town&apos;s page</source>
        <translation>الرمز من صفحة المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="180"/>
        <source>Paste the code here</source>
        <translation>الصق الرمز هنا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="215"/>
        <source>Still waiting for {town}. If the town showed an error page instead of asking you to say yes, press “Use a code instead”: some towns only allow that way.</source>
        <translation>ما زلنا ننتظر {town}. إذا عرضت المدينة صفحة خطأ بدلًا من أن تطلب موافقتك، فاضغط «استخدم رمزًا بدلًا من ذلك»: بعض المدن لا تسمح إلا بهذه الطريقة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="229"/>
        <source>Log in to {town} in your browser</source>
        <translation>سجّل الدخول إلى {town} في متصفحك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="232"/>
        <source>We opened your browser so you can log in to {town}. Log in there and say yes to Townsfolk. Then come back: this window moves on by itself.

Nothing opened? Press “Open the browser again”, or use a code instead.</source>
        <translation>فتحنا متصفحك لتسجّل الدخول إلى {town}. سجّل الدخول هناك ووافق على Townsfolk. ثم عد إلى هنا: ستنتقل هذه النافذة وحدها.

لم يُفتح شيء؟ اضغط «افتح المتصفح مرة أخرى»، أو استخدم رمزًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="271"/>
        <source>{town} asks for a code instead of the usual way of logging in. It only takes a moment: follow the steps above.</source>
        <translation>تطلب {town} رمزًا بدلًا من الطريقة المعتادة لتسجيل الدخول. لن يستغرق الأمر إلا لحظة: اتبع الخطوات أعلاه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="282"/>
        <source>Log in to {town} with a code</source>
        <translation>سجّل الدخول إلى {town} برمز</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="285"/>
        <source>Log in to {town} on the page that opens in your browser and say yes to Townsfolk. The page then shows a code: copy it, paste it below and press “Log in”.</source>
        <translation>سجّل الدخول إلى {town} في الصفحة التي تُفتح في متصفحك ووافق على Townsfolk. ستعرض الصفحة بعد ذلك رمزًا: انسخه، والصقه في الأسفل، واضغط «تسجيل الدخول».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="292"/>
        <source>Get a new code</source>
        <translation>احصل على رمز جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="293"/>
        <source>Open the log-in page again to get a new code</source>
        <translation>افتح صفحة تسجيل الدخول مرة أخرى للحصول على رمز جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="321"/>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="329"/>
        <source>Logging in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="448"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="449"/>
        <source>Write a post</source>
        <extracomment>The outbox entry sent last from this window, until the town has it. For the emoji picker (set by the main window): pictures, and the town&apos;s emoji.</extracomment>
        <translation>اكتب منشورًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="471"/>
        <source>Replying to</source>
        <translation>ردًّا على</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="478"/>
        <source>The post you are answering</source>
        <translation>المنشور الذي ترد عليه</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="486"/>
        <source>Add a content warning (hide the post behind a note)</source>
        <translation>أضف تحذيرًا بشأن المحتوى (أخفِ المنشور خلف ملاحظة)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="487"/>
        <source>Add a content warning</source>
        <translation>أضف تحذيرًا بشأن المحتوى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="489"/>
        <source>People see only your note first, and choose whether to read the post.</source>
        <translation>يرى الناس ملاحظتك أولًا فقط، ثم يختارون هل يقرؤون المنشور.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="494"/>
        <source>Your note, for example: Spoilers for the film</source>
        <translation>ملاحظتك، مثلًا: حرق لأحداث الفيلم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="495"/>
        <source>Content warning</source>
        <translation>تحذير بشأن المحتوى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="501"/>
        <source>What would you like to say?</source>
        <translation>ماذا تودّ أن تقول؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="502"/>
        <source>Your post</source>
        <translation>منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="513"/>
        <source>Characters left</source>
        <translation>الأحرف المتبقية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="525"/>
        <source>Please describe each picture, so people who cannot see it know what it shows.</source>
        <translation>صِف كل صورة من فضلك، ليعرف من لا يستطيعون رؤيتها ما الذي تُظهره.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="530"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="531"/>
        <source>Send without a description</source>
        <translation>أرسل دون وصف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="532"/>
        <source>Send without describing the pictures</source>
        <translation>أرسل دون وصف الصور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="539"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="540"/>
        <source>Add a poll</source>
        <translation>أضف استطلاعًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="547"/>
        <source>Add a picture…</source>
        <translation>أضف صورة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="548"/>
        <source>Add a picture</source>
        <translation>أضف صورة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="551"/>
        <source>☺ Emoji…</source>
        <translation>☺ رمز تعبيري…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="553"/>
        <source>Add an emoji</source>
        <translation>أضف رمزًا تعبيريًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="554"/>
        <source>Add an emoji (Ctrl+E)</source>
        <translation>أضف رمزًا تعبيريًا (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="568"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="575"/>
        <source>Who can see this</source>
        <translation>من يستطيع رؤية هذا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="574"/>
        <source>What this choice means</source>
        <translation>ماذا يعني هذا الاختيار</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="578"/>
        <source>Language of the post</source>
        <translation>لغة المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="583"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="588"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="594"/>
        <source>Posts waiting to be sent</source>
        <translation>منشورات تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Show them</source>
        <translation>اعرضها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="595"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1092"/>
        <source>Hide them</source>
        <translation>أخفِها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="596"/>
        <source>Show the posts waiting to be sent</source>
        <translation>اعرض المنشورات التي تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="599"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="898"/>
        <source>Save changes</source>
        <translation>احفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="600"/>
        <source>Send the post</source>
        <translation>أرسل المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="601"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>إرسال (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="654"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="655"/>
        <source>Everyone, but quietly</source>
        <translation>الجميع، ولكن بهدوء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="656"/>
        <source>Only my followers</source>
        <translation>متابِعيّ فقط</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="657"/>
        <source>Only people I mention</source>
        <translation>الأشخاص الذين أذكرهم فقط</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="661"/>
        <source>your town</source>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="665"/>
        <source>Anyone can see it, and it shows up in the lists of new posts in %1 and other towns.</source>
        <translation>يمكن لأي أحد رؤيته، ويظهر في قوائم المنشورات الجديدة في %1 وفي المدن الأخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="671"/>
        <source>Anyone can see it on your profile and your followers get it, but it stays out of the lists of new posts.</source>
        <translation>يمكن لأي أحد رؤيته في ملفك الشخصي ويصل إلى متابِعيك، لكنه لا يظهر في قوائم المنشورات الجديدة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="674"/>
        <source>Only the people who follow you can see it.</source>
        <translation>لا يراه إلا الأشخاص الذين يتابعونك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="675"/>
        <source>Only the people you mention with @name can see it.</source>
        <translation>لا يراه إلا الأشخاص الذين تذكرهم باستخدام ‎@الاسم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="696"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="753"/>
        <source>Replying to %1</source>
        <translation>ردًّا على %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="834"/>
        <source>1 character left</source>
        <translation>بقي حرف واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="836"/>
        <source>%1 characters left</source>
        <translation>الأحرف المتبقية: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="842"/>
        <source>1 character too many</source>
        <translation>حرف واحد زائد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="844"/>
        <source>%1 characters too many</source>
        <translation>أحرف زائدة: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="878"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="882"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="934"/>
        <source>A post can have pictures or a poll, but not both.</source>
        <translation>يمكن أن يحتوي المنشور على صور أو استطلاع، لكن ليس على الاثنين معًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="888"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="928"/>
        <source>Your town allows %1 pictures in one post.</source>
        <translation>تسمح مدينتك بـ %1 صور في المنشور الواحد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="910"/>
        <source>Choose pictures</source>
        <translation>اختر صورًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="912"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="992"/>
        <source>Saving your post…</source>
        <translation>جارٍ حفظ منشورك…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1016"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1067"/>
        <source>Your post was sent.</source>
        <translation>أُرسل منشورك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1020"/>
        <source>Your post is saved and on its way. It will be sent even if you close this.</source>
        <translation>منشورك محفوظ وفي طريقه. سيُرسل حتى لو أغلقت هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1036"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>هذا المنشور يُرسل الآن. انتظر لحظة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1055"/>
        <source>You are changing a post that has not been sent yet.</source>
        <translation>أنت تغيّر منشورًا لم يُرسل بعد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1074"/>
        <source>1 post waiting to be sent</source>
        <translation>منشور واحد ينتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1076"/>
        <source>%1 posts waiting to be sent</source>
        <translation>منشورات تنتظر الإرسال: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1100"/>
        <source>Close without sending?</source>
        <translation>إغلاق دون إرسال؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1101"/>
        <source>You have not sent this post. Keep it for later?</source>
        <translation>لم ترسل هذا المنشور. هل تحتفظ به لوقت لاحق؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1102"/>
        <source>Keep it for later</source>
        <translation>احتفظ به لوقت لاحق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1103"/>
        <source>Throw it away</source>
        <translation>تخلّص منه</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="1104"/>
        <source>Keep writing</source>
        <translation>واصل الكتابة</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/townsfolk/ui/dates.py" line="28"/>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/dates.py" line="31"/>
        <source>%Ln min</source>
        <comment>a short time: minutes ago</comment>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/dates.py" line="34"/>
        <source>%Ln h</source>
        <comment>a short time: hours ago</comment>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="133"/>
        <source>You&apos;re all set</source>
        <translation>كل شيء جاهز</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="134"/>
        <source>Your accounts</source>
        <translation>حساباتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="136"/>
        <source>Three tips</source>
        <translation>ثلاث نصائح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="144"/>
        <source>Your account: @{handle}</source>
        <translation>حسابك: ‎@{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="146"/>
        <source>Your backup account: @{handle}</source>
        <translation>حسابك الاحتياطي: ‎@{handle}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="148"/>
        <source>Townsfolk will remind you later about a backup account.</source>
        <translation>سيذكّرك Townsfolk لاحقًا بالحساب الاحتياطي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/finish.py" line="156"/>
        <source>Open Townsfolk</source>
        <translation>افتح Townsfolk</translation>
    </message>
</context>
<context>
    <name>EditPostDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="93"/>
        <source>Change your post</source>
        <translation>غيّر منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="98"/>
        <source>People who already saw your post will see that it was changed. Pictures and polls stay as they are.</source>
        <translation>سيرى من شاهدوا منشورك أنه تغيّر. الصور والاستطلاعات تبقى كما هي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="107"/>
        <source>The text of your post</source>
        <translation>نص منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="112"/>
        <source>Save changes</source>
        <translation>احفظ التغييرات</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="26"/>
        <source>What happens now</source>
        <translation>ماذا يحدث الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="28"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="29"/>
        <source>Resend the email</source>
        <translation>أعد إرسال الرسالة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="46"/>
        <source>Something went missing</source>
        <translation>شيء ما مفقود</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="48"/>
        <source>Townsfolk no longer knows this account. Please sign up again.</source>
        <translation>لم يعد Townsfolk يعرف هذا الحساب. أنشئ الحساب من جديد من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="70"/>
        <source>your email address</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="73"/>
        <source>Waiting for {town} to say yes</source>
        <translation>في انتظار موافقة {town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="76"/>
        <source>Thank you, your email address is confirmed. The people who look after {town} read every request, and this can take a few days.

You can close Townsfolk now. It will check again the next time you open it, and carry on by itself as soon as you are let in.</source>
        <translation>شكرًا لك، تم تأكيد عنوان بريدك الإلكتروني. القائمون على {town} يقرؤون كل طلب، وقد يستغرق هذا بضعة أيام.

يمكنك إغلاق Townsfolk الآن. سيتحقق مرة أخرى في المرة القادمة التي تفتحه فيها، وسيتابع وحده حالما يُسمح لك بالدخول.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="84"/>
        <source>Check your email</source>
        <translation>تفقّد بريدك الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="87"/>
        <source>{town} sent an email to {email}. Open it and press the link inside to confirm that the address is yours.

This window moves on by itself as soon as you have done that. Nothing there? Look in your spam folder, or send the email again.</source>
        <translation>أرسلت {town} رسالة إلى {email}. افتحها واضغط الرابط الذي فيها لتؤكد أن العنوان لك.

ستنتقل هذه النافذة وحدها حالما تفعل ذلك. لم يصل شيء؟ انظر في مجلد الرسائل غير المرغوب فيها، أو أرسل الرسالة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="101"/>
        <source>Please sign up again</source>
        <translation>أنشئ الحساب من جديد من فضلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="103"/>
        <source>{town} no longer knows this account. Please sign up again.</source>
        <translation>لم تعد {town} تعرف هذا الحساب. أنشئ الحساب من جديد من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="111"/>
        <source>Sending the email again…</source>
        <translation>جارٍ إرسال الرسالة مرة أخرى…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="114"/>
        <source>Done: a new email is on its way.</source>
        <translation>تم: رسالة جديدة في الطريق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/email.py" line="119"/>
        <source>Waiting…</source>
        <translation>في الانتظار…</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="149"/>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="181"/>
        <source>Emoji</source>
        <extracomment>The common emoji, by group (the group names are translated in the picker). A few that need the emoji form selector (U+FE0F) to show in colour. At most this many town emoji pictures are asked for at once (type to find the others). The towns&apos; emoji, kept for an hour (one catalogue for the whole app).</extracomment>
        <translation>الرموز التعبيرية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="160"/>
        <source>Find an emoji, for example: heart</source>
        <translation>ابحث عن رمز تعبيري، مثلًا: قلب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="161"/>
        <source>Find an emoji</source>
        <translation>ابحث عن رمز تعبيري</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="165"/>
        <source>&amp;Find:</source>
        <translation>اب&amp;حث:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="169"/>
        <source>Group of emoji</source>
        <translation>مجموعة الرموز التعبيرية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="170"/>
        <source>&amp;Group:</source>
        <translation>المج&amp;موعة:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="184"/>
        <source>Arrow keys move between the emoji; Enter puts the chosen one in your post.</source>
        <translation>تتنقّل مفاتيح الأسهم بين الرموز؛ ويضع Enter الرمز المختار في منشورك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="204"/>
        <source>Emoji chosen now</source>
        <translation>الرمز المختار الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="220"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="221"/>
        <source>Faces</source>
        <translation>وجوه</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="222"/>
        <source>Hands</source>
        <translation>أيادٍ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="223"/>
        <source>Hearts and sparkles</source>
        <translation>قلوب ولمعان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="224"/>
        <source>Animals and nature</source>
        <translation>حيوانات وطبيعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="225"/>
        <source>Food and drink</source>
        <translation>طعام وشراب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="226"/>
        <source>Things to do</source>
        <translation>أنشطة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="227"/>
        <source>Travel and places</source>
        <translation>سفر وأماكن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="228"/>
        <source>Objects</source>
        <translation>أشياء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="229"/>
        <source>Symbols</source>
        <translation>رموز</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="235"/>
        <source>your town</source>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="237"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="238"/>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="257"/>
        <source>%1 (a picture from your town)</source>
        <translation>%1 (صورة من مدينتك)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/emoji_picker.py" line="296"/>
        <source>No emoji has that name.</source>
        <translation>لا يوجد رمز تعبيري بهذا الاسم.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="38"/>
        <source>Welcome to Townsfolk</source>
        <translation>أهلًا بك في Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="46"/>
        <source>You have not added an account yet.

Once you have one, this window will show the posts of the people you follow, the people who live in your town, and everyone your town knows. Your notifications will be here too.</source>
        <translation>لم تُضف حسابًا بعد.

حين يكون لديك حساب، ستعرض هذه النافذة منشورات الأشخاص الذين تتابعهم، والأشخاص الذين يعيشون في مدينتك، وكل من تعرفهم مدينتك. وستكون إشعاراتك هنا أيضًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="57"/>
        <source>What this window will show</source>
        <translation>ما الذي ستعرضه هذه النافذة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="60"/>
        <location filename="../src/townsfolk/ui/window/widgets.py" line="62"/>
        <source>Add an account</source>
        <translation>أضف حسابًا</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="31"/>
        <source>Working out how long this takes…</source>
        <translation>جارٍ حساب المدة التي سيستغرقها هذا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="34"/>
        <source>Almost done.</source>
        <translation>أوشك على الانتهاء.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="35"/>
        <source>About %1 left.</source>
        <translation>بقي نحو %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="45"/>
        <source>How far the saving is</source>
        <translation>إلى أين وصل الحفظ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="50"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="61"/>
        <source>Reading everything from your town</source>
        <translation>جارٍ قراءة كل شيء من مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="64"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="73"/>
        <source>Townsfolk is reading from %1. You can close this window: it goes on, and if you quit, it goes on from there at the next start.</source>
        <translation>يقرأ Townsfolk من %1. يمكنك إغلاق هذه النافذة: سيستمر العمل، وإن أغلقت Townsfolk، فسيستمر من هناك عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="101"/>
        <source>The files could not be written into that folder. Choose another folder and try again.</source>
        <translation>تعذّر حفظ الملفات في ذلك المجلد. اختر مجلدًا آخر وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="108"/>
        <source>Everything is read.</source>
        <translation>تمت قراءة كل شيء.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/export_page.py" line="110"/>
        <source>The files are in %1.</source>
        <translation>الملفات في %1.</translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="90"/>
        <source>your unsent post is saved</source>
        <translation>منشورك غير المرسل محفوظ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="91"/>
        <source>your %n unsent posts are saved</source>
        <translation>منشوراتك غير المرسلة (%n) محفوظة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="100"/>
        <source>{down} is not answering. You are now using your backup account on {backup}.</source>
        <translation>{down} لا تردّ. أنت تستخدم الآن حسابك الاحتياطي في {backup}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="104"/>
        <source>Townsfolk will ask you before going back to {down}.</source>
        <translation>سيسألك Townsfolk قبل العودة إلى {down}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="106"/>
        <source>Townsfolk will switch you back when {down} is back.</source>
        <translation>سيعيدك Townsfolk حين تعود {down}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="108"/>
        <location filename="../src/townsfolk/services/failover.py" line="124"/>
        <source>Nothing is lost: {unsent} and will go out when {down} is back.</source>
        <translation>لم يضِع شيء: {unsent}، وسيُرسل كل شيء حين تعود {down}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="112"/>
        <location filename="../src/townsfolk/services/failover.py" line="127"/>
        <source>Nothing is lost.</source>
        <translation>لم يضِع شيء.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="119"/>
        <source>{down} is not answering.</source>
        <translation>{down} لا تردّ.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="121"/>
        <source>Your backup town {names} is not answering either.</source>
        <translation>مدينتك الاحتياطية {names} لا تردّ أيضًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="128"/>
        <source>You can still read your saved posts.</source>
        <translation>ما زال بإمكانك قراءة منشوراتك المحفوظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="131"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="138"/>
        <source>You are offline; showing saved posts.</source>
        <translation>أنت غير متصل؛ تُعرض المنشورات المحفوظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="140"/>
        <source>Nothing is lost: {unsent} and will go out when you are online.</source>
        <translation>لم يضِع شيء: {unsent}، وسيُرسل كل شيء حين تتصل بالإنترنت مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="150"/>
        <source>{town} is back. You are using your account there again.</source>
        <translation>عادت {town}. أنت تستخدم حسابك هناك مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="152"/>
        <source>{town} is back. Townsfolk will switch you back when you finish writing.</source>
        <translation>عادت {town}. سيعيدك Townsfolk حين تنتهي من الكتابة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="156"/>
        <source>{town} is back.</source>
        <translation>عادت {town}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="162"/>
        <source>{town} is back. Go back to your account on {town}? (If you choose not to, you keep using your backup account on {backup}.)</source>
        <translation>عادت {town}. هل تعود إلى حسابك في {town}؟ (إن اخترت لا، فستواصل استخدام حسابك الاحتياطي في {backup}.)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="391"/>
        <source>This account is no longer on this computer.</source>
        <translation>لم يعد هذا الحساب على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="456"/>
        <source>Townsfolk cannot move posts right now. Please try again.</source>
        <translation>لا يستطيع Townsfolk نقل المنشورات الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="461"/>
        <source>This post is no longer waiting: it may have been sent.</source>
        <translation>لم يعد هذا المنشور في الانتظار: ربما أُرسل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="476"/>
        <source>This backup account is no longer on this computer.</source>
        <translation>لم يعد هذا الحساب الاحتياطي على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="488"/>
        <source>You have no backup account that can post right now. Your post stays saved and will go out from your main account.</source>
        <translation>ليس لديك حساب احتياطي يستطيع النشر الآن. يبقى منشورك محفوظًا وسيُرسل من حسابك الرئيسي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="502"/>
        <source>Townsfolk could not find the post you are answering from {town}, so your reply stays saved and will go out from your main account.</source>
        <translation>لم يجد Townsfolk من خلال {town} المنشور الذي ترد عليه، لذلك يبقى ردّك محفوظًا وسيُرسل من حسابك الرئيسي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/failover.py" line="527"/>
        <source>Townsfolk could not find this post from {town}. It may have been deleted, or it may not be visible from there.</source>
        <translation>لم يجد Townsfolk هذا المنشور من خلال {town}. ربما حُذف، أو ربما لا يظهر من هناك.</translation>
    </message>
</context>
<context>
    <name>Fediverse</name>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="242"/>
        <source>Photo on Pixelfed</source>
        <extracomment>Posts longer than Mastodon&apos;s own limit (500 letters) come from long-form servers: the window shows a part and &quot;Read more&quot;. Software whose posts read like Mastodon&apos;s; anything else says where it came from.</extracomment>
        <translation>صورة على Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="243"/>
        <source>Photo set on Pixelfed: %n photos</source>
        <translation>مجموعة صور على Pixelfed: ‏%n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="245"/>
        <source>Video on PeerTube</source>
        <translation>فيديو على PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="250"/>
        <source>Music on %1</source>
        <translation>موسيقى على %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="258"/>
        <source>Live now: %1</source>
        <translation>مباشر الآن: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="260"/>
        <source>Was live: %1</source>
        <translation>كان مباشرًا: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="261"/>
        <source>Live stream: %1</source>
        <translation>بث مباشر: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="263"/>
        <source>Article: %1</source>
        <translation>مقال: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="266"/>
        <source>Long post: %1</source>
        <translation>منشور طويل: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="267"/>
        <source>Long post</source>
        <translation>منشور طويل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/kinds.py" line="269"/>
        <source>From %1: open the original</source>
        <translation>من %1: افتح الأصل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="63"/>
        <source>a photographer&apos;s album on Pixelfed</source>
        <extracomment>How each software spells its own name.</extracomment>
        <translation>ألبوم صور لشخص على Pixelfed</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="64"/>
        <source>a video channel on PeerTube</source>
        <translation>قناة فيديو على PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="65"/>
        <source>music on Funkwhale</source>
        <translation>موسيقى على Funkwhale</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="66"/>
        <source>live streams on Owncast</source>
        <translation>بث مباشر على Owncast</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="67"/>
        <source>a friend on Friendica</source>
        <translation>شخص على Friendica</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="68"/>
        <source>a discussion group on Lemmy</source>
        <translation>مجموعة نقاش على Lemmy</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="69"/>
        <source>a discussion group on Mbin</source>
        <translation>مجموعة نقاش على Mbin</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="70"/>
        <source>a blog on WriteFreely</source>
        <translation>مدونة على WriteFreely</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="71"/>
        <source>a blog on WordPress</source>
        <translation>مدونة على WordPress</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="72"/>
        <source>a blog on Plume</source>
        <translation>مدونة على Plume</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="73"/>
        <source>a reader on BookWyrm</source>
        <translation>قارئ على BookWyrm</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="74"/>
        <source>events on Mobilizon</source>
        <translation>فعاليات على Mobilizon</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="75"/>
        <source>events on Gancio</source>
        <translation>فعاليات على Gancio</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="80"/>
        <source>a group on %1</source>
        <translation>مجموعة على %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="82"/>
        <source>an automated account on %1</source>
        <translation>حساب آلي على %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/software.py" line="83"/>
        <source>someone on %1</source>
        <translation>شخص على %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="55"/>
        <source>Choose a file saved by Townsfolk or by a town&apos;s own export page (for example following_accounts.csv). Nothing changes until you have seen what it would do.</source>
        <extracomment>The kinds offered, in the order the sentence about an unknown file names them.</extracomment>
        <translation>اختر ملفًا حفظه Townsfolk أو صفحة التصدير في إحدى المدن (مثلًا following_accounts.csv). لن يتغير شيء قبل أن ترى ما الذي سيفعله.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="60"/>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="68"/>
        <source>What this file holds</source>
        <translation>ما يحتويه هذا الملف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="86"/>
        <source>Bring in a file</source>
        <translation>استورد ملفًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="100"/>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="102"/>
        <source>Files (*.csv *.txt)</source>
        <translation>الملفات (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="148"/>
        <source>Townsfolk could not open this file. Is it still there? Choose it again.</source>
        <translation>تعذّر على Townsfolk فتح هذا الملف. هل ما زال موجودًا؟ اختره مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="154"/>
        <source>This file has %1: %2 lines.</source>
        <translation>في هذا الملف %1: %2 سطرًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/file_page.py" line="159"/>
        <source>%1 lines cannot be read and will be left out.</source>
        <translation>%1 سطرًا لا يمكن قراءتها وستُترك.</translation>
    </message>
</context>
<context>
    <name>FollowRequests</name>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="264"/>
        <source>let {name} follow you</source>
        <extracomment>The kinds Townsfolk shows; others (admin reports and the like) are left out. What is asked of a town that refused ``KNOWN_TYPES`` (400 or 422): the types every server family that has ``types[]`` knows. A town that refuses a type it does not know (Pleroma does for the admin types) would otherwise cost the person all her notifications. The saved ``type`` of an answered follow request (only on this computer). What the saved list shows: the town&apos;s kinds and the answered requests. The id of a follow request read from /api/v1/follow_requests (not a town notification). For a follow request: the answer given (None while it still waits). Kinds shown as one line per post (&quot;Ann and 3 others favourited your post&quot;) or per day (&quot;Ann and 2 others followed you&quot;), as Mastodon 4.3 groups them (docs: grouped notifications). Follow requests are never grouped: each needs its own answer. How far apart the newest and the oldest notification of one group may be. {name} is the person who asked to follow.</extracomment>
        <translation>السماح لـ {name} بمتابعتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="266"/>
        <source>decline the request from {name}</source>
        <translation>رفض طلب {name}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="270"/>
        <source>{name} is no longer waiting for an answer: they may have taken the request back, or you already answered it somewhere else.</source>
        <translation>لم يعد {name} ينتظر ردًّا: ربما سحب الطلب، أو أنك رددت عليه في مكان آخر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="278"/>
        <source>Townsfolk could not {action} because {town} is not answering. Nothing has changed; please try again in a little while.</source>
        <translation>لم يستطع Townsfolk {action} لأن {town} لا تردّ. لم يتغير شيء؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="284"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>طلبت {town} من Townsfolk أن يبطئ، فلم يستطع {action}. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="290"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>لم يعد Townsfolk مسجّل الدخول إلى {town}. سجّل الدخول مرة أخرى، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="295"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>لم تسمح {town} لـ Townsfolk بـ{action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="297"/>
        <source>{town} had a problem and could not {action}. Nothing has changed; please try again later.</source>
        <translation>حدثت مشكلة لدى {town} فلم تستطع {action}. لم يتغير شيء؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/notifications.py" line="303"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>لم يستطع Townsfolk {action}. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>FollowSync</name>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="82"/>
        <source>Your backup account already follows everyone your main account follows.</source>
        <translation>حسابك الاحتياطي يتابع بالفعل كل من يتابعهم حسابك الرئيسي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="87"/>
        <source>Your backup account now follows the same person as your main account.</source>
        <translation>حسابك الاحتياطي يتابع الآن الشخص نفسه الذي يتابعه حسابك الرئيسي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="91"/>
        <source>Your backup account now follows the same %n people as your main account.</source>
        <translation>حسابك الاحتياطي يتابع الآن الأشخاص أنفسهم (%n) الذين يتابعهم حسابك الرئيسي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="97"/>
        <source>Following {done} of {total} people on your backup account</source>
        <translation>متابعة {done} من {total} شخصًا بحسابك الاحتياطي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="102"/>
        <source>The backup&apos;s town asked Townsfolk to slow down: the rest follow in {wait}</source>
        <translation>طلبت مدينة الحساب الاحتياطي من Townsfolk أن يبطئ: ستتم متابعة الباقين بعد {wait}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="338"/>
        <source>Follow sync is only for backup accounts.</source>
        <extracomment>(address, id on the backup&apos;s town) of people only the backup follows.</extracomment>
        <translation>متابعة الأشخاص أنفسهم تعمل مع الحسابات الاحتياطية فقط.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/follow_sync.py" line="343"/>
        <source>The main account of this backup is no longer here.</source>
        <translation>الحساب الرئيسي لهذا الحساب الاحتياطي لم يعد هنا.</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="119"/>
        <source>◀ Previous photo</source>
        <translation>▶ الصورة السابقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="120"/>
        <source>Previous photo</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="123"/>
        <source>Next photo ▶</source>
        <translation>الصورة التالية ◀</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="124"/>
        <source>Next photo</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="142"/>
        <source>No photos.</source>
        <translation>لا صور.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="146"/>
        <source>The person did not describe this photo.</source>
        <translation>لم يصف الشخص هذه الصورة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="148"/>
        <source>Photo %1 of %2</source>
        <translation>الصورة %1 من %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="185"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="186"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="38"/>
        <source> or </source>
        <extracomment>Help pages from Markdown files: key -&gt; file name in resources/help/&lt;language&gt;/.</extracomment>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="61"/>
        <source>Reply</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="62"/>
        <source>Boost</source>
        <translation>إعادة نشر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="63"/>
        <source>Favourite</source>
        <translation>تفضيل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="64"/>
        <source>Save for later</source>
        <translation>احفظ لوقت لاحق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="65"/>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="69"/>
        <source>Next and previous post</source>
        <translation>المنشور التالي والسابق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="70"/>
        <source>J, K (or Down, Up)</source>
        <translation>J، K (أو السهم لأسفل، السهم لأعلى)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="73"/>
        <source>Open the conversation</source>
        <translation>افتح المحادثة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="74"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="77"/>
        <source>Show or hide a post behind a content warning</source>
        <translation>اعرض أو أخفِ منشورًا خلف تحذير بشأن المحتوى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="80"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="82"/>
        <source>Show a sensitive picture</source>
        <translation>اعرض صورة حساسة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="88"/>
        <source>Back to the newest posts</source>
        <translation>عد إلى أحدث المنشورات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="89"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="98"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="102"/>
        <source>Add an emoji</source>
        <translation>أضف رمزًا تعبيريًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="106"/>
        <source>Close the window (what you wrote is kept)</source>
        <translation>أغلق النافذة (ما كتبته يبقى محفوظًا)</translation>
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
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="115"/>
        <source>To</source>
        <translation>لكي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="116"/>
        <source>Press</source>
        <translation>اضغط</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="120"/>
        <source>In a list of posts</source>
        <translation>في قائمة منشورات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="121"/>
        <source>Writing a post</source>
        <translation>عند كتابة منشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="168"/>
        <source>How Townsfolk works</source>
        <translation>كيف يعمل Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/help_window.py" line="169"/>
        <source>What the words mean</source>
        <translation>معاني الكلمات</translation>
    </message>
</context>
<context>
    <name>HiddenWords</name>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="235"/>
        <source>Townsfolk could not read your hidden words. {reason}</source>
        <translation>تعذّر على Townsfolk قراءة كلماتك المخفية. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="256"/>
        <source>Type at least one word to hide.</source>
        <translation>اكتب كلمة واحدة على الأقل لإخفائها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="259"/>
        <source>Choose at least one place where the words are hidden.</source>
        <translation>اختر مكانًا واحدًا على الأقل تُخفى فيه الكلمات.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="301"/>
        <source>Type at least one word and choose where to hide it.</source>
        <translation>اكتب كلمة واحدة على الأقل واختر أين تُخفيها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="351"/>
        <source>Townsfolk could not change your hidden words. {reason}</source>
        <translation>تعذّر على Townsfolk تغيير كلماتك المخفية. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/word_filters.py" line="385"/>
        <source>Townsfolk could not save your hidden words on this computer.</source>
        <translation>تعذّر على Townsfolk حفظ كلماتك المخفية على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="54"/>
        <source>Hidden because it mentions %1.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out.</extracomment>
        <translation>مخفي لأنه يذكر %1.</translation>
    </message>
</context>
<context>
    <name>HiddenWordsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="93"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="100"/>
        <source>Hidden words</source>
        <extracomment>(rule being changed or None, words, contexts, action, seconds or 0)</extracomment>
        <translation>الكلمات المخفية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="105"/>
        <source>Posts that mention these words are folded away or not shown at all. Whole words only: “cat” does not hide “concatenate”.</source>
        <translation>المنشورات التي تذكر هذه الكلمات تُطوى أو لا تظهر أبدًا. الكلمات الكاملة فقط: «قط» لا تخفي «قطار».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="114"/>
        <source>Your town does not keep hidden words, so Townsfolk keeps them on this computer. They work only here.</source>
        <translation>مدينتك لا تحفظ الكلمات المخفية، لذلك يحفظها Townsfolk على هذا الحاسوب. إنها تعمل هنا فقط.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="126"/>
        <source>Your hidden words</source>
        <translation>كلماتك المخفية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="132"/>
        <source>No hidden words yet.</source>
        <translation>لا كلمات مخفية بعد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="137"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="138"/>
        <source>Words to hide, separated by commas</source>
        <translation>كلمات لإخفائها، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="141"/>
        <source>Where:</source>
        <translation>أين:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="145"/>
        <source>People you follow</source>
        <translation>أشخاص تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="146"/>
        <source>Your town and Everywhere</source>
        <translation>مدينتك وفي كل مكان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="147"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="148"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="149"/>
        <source>Profiles</source>
        <translation>الملفات الشخصية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="168"/>
        <source>Fold the post behind a note (you can still open it)</source>
        <translation>اطوِ المنشور خلف ملاحظة (يمكنك فتحه مع ذلك)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="171"/>
        <source>Don&apos;t show the post at all</source>
        <translation>لا تعرض المنشور أبدًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="180"/>
        <source>For how long:</source>
        <translation>لأي مدة:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="183"/>
        <source>For how long</source>
        <translation>لأي مدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="186"/>
        <source>Until I remove them</source>
        <translation>حتى أزيلها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="187"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="188"/>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="189"/>
        <source>7 days</source>
        <translation>7 أيام</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="190"/>
        <source>30 days</source>
        <translation>30 يومًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="208"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="211"/>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="262"/>
        <source>Add</source>
        <translation>أضف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="214"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>not shown</source>
        <translation>لا يُعرض</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="246"/>
        <source>folded</source>
        <translation>مطوي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="250"/>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/hidden_words.py" line="283"/>
        <source>Save changes</source>
        <translation>احفظ التغييرات</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="25"/>
        <source>You can close this window: bringing everything in goes on. If you quit Townsfolk, it goes on from where it was at the next start.</source>
        <translation>يمكنك إغلاق هذه النافذة: سيستمر الاستيراد. وإن أغلقت Townsfolk، فسيستمر من حيث توقف عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="30"/>
        <source>How far bringing everything in is</source>
        <translation>إلى أين وصل الاستيراد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="35"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="37"/>
        <source>Go on</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="55"/>
        <source>Bringing everything in</source>
        <translation>جارٍ استيراد كل شيء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="58"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="97"/>
        <source>Paused. Press Go on when you are ready; nothing done so far is lost.</source>
        <translation>متوقف مؤقتًا. اضغط «متابعة» حين تكون مستعدًا؛ لن يضيع شيء مما أُنجز حتى الآن.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="108"/>
        <source>Nothing done so far is lost. Press Go on to try again.</source>
        <translation>لن يضيع شيء مما أُنجز حتى الآن. اضغط «متابعة» لتحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="120"/>
        <source>Finished.</source>
        <translation>انتهى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="121"/>
        <source>What happened:</source>
        <translation>ما الذي حدث:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/import_page.py" line="128"/>
        <source>Nothing to do.</source>
        <translation>لا شيء لفعله.</translation>
    </message>
</context>
<context>
    <name>KindWindow</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="580"/>
        <source>Photos</source>
        <translation>صور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="581"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="582"/>
        <source>Music</source>
        <translation>موسيقى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="583"/>
        <source>Live stream</source>
        <translation>بث مباشر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="584"/>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="585"/>
        <source>Long post</source>
        <translation>منشور طويل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="587"/>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="595"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="161"/>
        <source>Same as this computer</source>
        <extracomment>The language the code is written in; it needs no catalogue. Names as people write them in their own language (Qt&apos;s are &quot;American English&quot;, &quot;español de España&quot;: right for a locale, too narrow for a language). What was there before (``remove_language`` puts it back).</extracomment>
        <translation>مثل هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/language.py" line="168"/>
        <source>Townsfolk will speak the language you choose the next time it starts.</source>
        <translation>سيتحدث Townsfolk باللغة التي تختارها في المرة القادمة التي يُفتح فيها.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../src/townsfolk/ui/links.py" line="24"/>
        <source>This link cannot be opened safely, so Townsfolk did not open it. Only web pages (https and http) and email addresses open from Townsfolk.</source>
        <translation>لا يمكن فتح هذا الرابط بأمان، لذلك لم يفتحه Townsfolk. لا يُفتح من Townsfolk إلا صفحات الويب (https وhttp) وعناوين البريد الإلكتروني.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="78"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <extracomment>Someone was taken out (their posts must leave the list&apos;s page). Replaceable in tests: asks before deleting a list.</extracomment>
        <translation>تتيح لك القوائم قراءة منشورات بعض الأشخاص معًا، مثل «العائلة» أو «البستنة».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="87"/>
        <source>Name of the list</source>
        <translation>اسم القائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="89"/>
        <source>For example: Family</source>
        <translation>مثلًا: العائلة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="96"/>
        <source>Which replies to show</source>
        <translation>أي الردود تُعرض</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="100"/>
        <source>Replies to people in this list</source>
        <translation>الردود على أشخاص في هذه القائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="101"/>
        <source>Replies to anyone you follow</source>
        <translation>الردود على أي شخص تتابعه</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="102"/>
        <source>No replies</source>
        <translation>بلا ردود</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="107"/>
        <source>&amp;Show:</source>
        <translation>ا&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="114"/>
        <source>Show these people only here, not in “People you follow”</source>
        <translation>اعرض هؤلاء الأشخاص هنا فقط، وليس في «أشخاص تتابعهم»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="135"/>
        <source>&amp;People in this list:</source>
        <translation>الأ&amp;شخاص في هذه القائمة:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="138"/>
        <source>People in this list</source>
        <translation>الأشخاص في هذه القائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="141"/>
        <source>&amp;Remove from list</source>
        <translation>أ&amp;زل من القائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="148"/>
        <source>&amp;Add people you follow:</source>
        <translation>أ&amp;ضف أشخاصًا تتابعهم:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="151"/>
        <source>Find people you follow</source>
        <translation>ابحث عن أشخاص تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="152"/>
        <source>Type a name</source>
        <translation>اكتب اسمًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="156"/>
        <source>People you follow</source>
        <translation>أشخاص تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="158"/>
        <source>A&amp;dd to list</source>
        <translation>أضف إلى ال&amp;قائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="181"/>
        <source>Delete list…</source>
        <translation>احذف القائمة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="184"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="208"/>
        <source>New list</source>
        <translation>قائمة جديدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="210"/>
        <source>List “%1”</source>
        <translation>القائمة «%1»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Create list</source>
        <translation>أ&amp;نشئ القائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="212"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Create list</source>
        <translation>أنشئ القائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="214"/>
        <source>Save the name and choices</source>
        <translation>احفظ الاسم والاختيارات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="259"/>
        <source>List created. Now add the people you want to read in it.</source>
        <translation>أُنشئت القائمة. أضف الآن الأشخاص الذين تريد قراءتهم فيها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="261"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="314"/>
        <source>Nobody you follow has that name.</source>
        <translation>لا أحد ممن تتابعهم يحمل هذا الاسم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="333"/>
        <source>%1 is now in this list.</source>
        <translation>%1 الآن في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="354"/>
        <source>%1 was taken out of this list.</source>
        <translation>أُخرج %1 من هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="362"/>
        <source>Delete this list?</source>
        <translation>هل تحذف هذه القائمة؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/editor.py" line="365"/>
        <source>Delete the list “%1”? The people in it are not told, and you keep following them.</source>
        <translation>هل تحذف القائمة «%1»؟ لن يُبلَّغ الأشخاص الذين فيها، وستواصل متابعتهم.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="159"/>
        <source>Please give the list a name, like “Family” or “Gardening”.</source>
        <translation>أعطِ القائمة اسمًا، مثل «العائلة» أو «البستنة».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="60"/>
        <source>Your town did not take that name. Please try a shorter or different one.</source>
        <extracomment>Whose replies a list shows: people in the list, people you follow, nobody&apos;s. At most this many people are read from &quot;people you follow&quot; (40 a page).</extracomment>
        <translation>لم تقبل مدينتك هذا الاسم. جرّب اسمًا أقصر أو مختلفًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/lists.py" line="226"/>
        <source>You can add only people you follow. Follow them first, then add them.</source>
        <translation>يمكنك أن تضيف فقط أشخاصًا تتابعهم. تابِعهم أولًا، ثم أضفهم.</translation>
    </message>
</context>
<context>
    <name>ListsPlaces</name>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="45"/>
        <source>+  New list…</source>
        <extracomment>The editor or &quot;Add to list&quot; window open now (for tests).</extracomment>
        <translation>+  قائمة جديدة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="47"/>
        <source>New list</source>
        <translation>قائمة جديدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="49"/>
        <source>Lists let you read some people together, like “Family” or “Gardening”.</source>
        <translation>تتيح لك القوائم قراءة منشورات بعض الأشخاص معًا، مثل «العائلة» أو «البستنة».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="52"/>
        <source>Edit list…</source>
        <translation>عدّل القائمة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="54"/>
        <source>Edit this list</source>
        <translation>عدّل هذه القائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="125"/>
        <source>Posts from the people in this list will show here. Add people with “Edit list…” above.</source>
        <translation>ستظهر هنا منشورات الأشخاص الذين في هذه القائمة. أضف أشخاصًا من «عدّل القائمة…» في الأعلى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="139"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="142"/>
        <source>Posts from the people in this list.</source>
        <translation>منشورات الأشخاص الذين في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/lists/places.py" line="207"/>
        <source>Add %1 to a list</source>
        <translation>أضف %1 إلى قائمة</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="439"/>
        <source>● Live now</source>
        <translation>● مباشر الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="441"/>
        <source>Was live</source>
        <translation>كان مباشرًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="443"/>
        <source>Live stream</source>
        <translation>بث مباشر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="451"/>
        <source>Preview picture of the stream: %1</source>
        <translation>صورة معاينة للبث: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="453"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="455"/>
        <source>Live streams on Owncast · %1</source>
        <translation>بث مباشر على Owncast · %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Watch</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="458"/>
        <source>Open the stream&apos;s page</source>
        <translation>افتح صفحة البث</translation>
    </message>
</context>
<context>
    <name>LogOutDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="31"/>
        <source>Remove %1 from Townsfolk?</source>
        <translation>هل تزيل %1 من Townsfolk؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="34"/>
        <source>Townsfolk forgets this account: the key to it, the posts saved on this computer, and its place in the account menu. The account itself and your posts stay on %1; you can add it again later.</source>
        <translation>ينسى Townsfolk هذا الحساب: مفتاحه، والمنشورات المحفوظة على هذا الحاسوب، ومكانه في قائمة الحسابات. الحساب نفسه ومنشوراتك تبقى في %1؛ ويمكنك إضافته مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="40"/>
        <source>Remove account</source>
        <translation>أزل الحساب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="42"/>
        <source>Log out of %1?</source>
        <translation>هل تسجّل الخروج من %1؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="45"/>
        <source>This computer forgets the key to your account. Your account and your posts stay on %1, and you can log in again at any time. The copies of posts saved on this computer are removed.</source>
        <translation>ينسى هذا الحاسوب مفتاح حسابك. حسابك ومنشوراتك تبقى في %1، ويمكنك تسجيل الدخول مرة أخرى في أي وقت. تُحذف نسخ المنشورات المحفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="51"/>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="62"/>
        <source>Your backup account %1 becomes your main account.</source>
        <translation>يصبح حسابك الاحتياطي %1 حسابك الرئيسي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="70"/>
        <source>Send them first</source>
        <translation>أرسلها أولًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="72"/>
        <source>Send the waiting posts first</source>
        <translation>أرسل المنشورات المنتظرة أولًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="86"/>
        <source>1 post from this account is still waiting to be sent.</source>
        <translation>ما زال منشور واحد من هذا الحساب ينتظر الإرسال.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="88"/>
        <source>%n posts from this account are still waiting to be sent.</source>
        <translation>
            <numerusform>لا منشورات تنتظر الإرسال من هذا الحساب.</numerusform>
            <numerusform>ما زال منشور واحد من هذا الحساب ينتظر الإرسال.</numerusform>
            <numerusform>ما زال منشوران من هذا الحساب ينتظران الإرسال.</numerusform>
            <numerusform>ما زالت %n منشورات من هذا الحساب تنتظر الإرسال.</numerusform>
            <numerusform>ما زال %n منشورًا من هذا الحساب ينتظر الإرسال.</numerusform>
            <numerusform>ما زال %n منشور من هذا الحساب ينتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="92"/>
        <source>Removing the account would delete what is waiting: send it first, or tick the box to delete it.</source>
        <translation>إزالة الحساب ستحذف ما ينتظر الإرسال: أرسله أولًا، أو ضع علامة في المربع لحذفه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="97"/>
        <source>If you log out now, it stays saved on this computer and goes out when you log in again.</source>
        <translation>إن سجّلت الخروج الآن، فسيبقى محفوظًا على هذا الحاسوب وسيُرسل حين تسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/log_out.py" line="109"/>
        <source>Delete the waiting post</source>
        <translation>احذف المنشور المنتظر</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/log_out.py" line="111"/>
        <source>Delete the %n waiting posts</source>
        <translation>
            <numerusform>احذف المنشورات المنتظرة</numerusform>
            <numerusform>احذف المنشور المنتظر</numerusform>
            <numerusform>احذف المنشورين المنتظرين</numerusform>
            <numerusform>احذف المنشورات المنتظرة الـ%n</numerusform>
            <numerusform>احذف المنشورات المنتظرة الـ%n</numerusform>
            <numerusform>احذف المنشورات المنتظرة الـ%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginBrowserPage</name>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="83"/>
        <source>You are logged in</source>
        <translation>أنت مسجّل الدخول</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="87"/>
        <source>You can go back to Townsfolk now. You may close this browser tab.</source>
        <translation>يمكنك العودة إلى Townsfolk الآن. ويمكنك إغلاق علامة التبويب هذه في المتصفح.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="93"/>
        <source>The log-in did not work</source>
        <translation>لم ينجح تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="97"/>
        <source>This is not the log-in Townsfolk is waiting for</source>
        <translation>هذا ليس تسجيل الدخول الذي ينتظره Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="101"/>
        <source>Townsfolk ignored this page because it does not belong to the log-in it is waiting for. If you are logging in, finish on your town&apos;s page in the browser, or start the log-in again from Townsfolk.</source>
        <translation>تجاهل Townsfolk هذه الصفحة لأنها لا تخص تسجيل الدخول الذي ينتظره. إن كنت تسجّل الدخول، فأكمل في صفحة مدينتك في المتصفح، أو ابدأ تسجيل الدخول من جديد من Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="111"/>
        <source>en</source>
        <extracomment>The language code of the page shown in the browser after logging in (de, fr, ...).</extracomment>
        <translation>ar</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="192"/>
        <source>An answer came back that does not belong to the log-in Townsfolk started, so it was ignored for your safety. Please start the log-in again from Townsfolk.</source>
        <translation>وصل ردّ لا يخص تسجيل الدخول الذي بدأه Townsfolk، لذلك تم تجاهله حفاظًا على أمانك. ابدأ تسجيل الدخول من جديد من Townsfolk من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="200"/>
        <source>Townsfolk waited for you to log in, but nothing came back from the browser. Please try again; if the browser did not open, use the code instead.</source>
        <translation>انتظر Townsfolk أن تسجّل الدخول، لكن لم يعد شيء من المتصفح. حاول مرة أخرى؛ وإن لم يُفتح المتصفح، فاستخدم الرمز بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="285"/>
        <source>This log-in is already finished.</source>
        <translation>انتهى تسجيل الدخول هذا بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/loopback.py" line="301"/>
        <source>The town did not let Townsfolk in. If you pressed “Deny” or closed the page, that is fine: you can try again whenever you like.</source>
        <translation>لم تسمح المدينة لـ Townsfolk بالدخول. إن كنت ضغطت «رفض» أو أغلقت الصفحة، فلا بأس: يمكنك المحاولة مرة أخرى متى شئت.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="38"/>
        <source>Type the name of your town, or your full address. All of these work: mastodon.social, https://mastodon.social, @ann@mastodon.social.</source>
        <translation>اكتب اسم مدينتك، أو عنوانك الكامل. كل هذه الصيغ تعمل: mastodon.social، ‏https://mastodon.social، ‏@ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="42"/>
        <source>How to type your town</source>
        <translation>كيف تكتب اسم مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="45"/>
        <source>Your town or your full address</source>
        <translation>مدينتك أو عنوانك الكامل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="46"/>
        <source>For example mastodon.social</source>
        <translation>مثلًا mastodon.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="55"/>
        <source>Towns that match</source>
        <translation>مدن مطابقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="56"/>
        <source>Your town</source>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="66"/>
        <source>Log in to your backup account</source>
        <translation>سجّل الدخول إلى حسابك الاحتياطي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="68"/>
        <source>Log in to your town</source>
        <translation>سجّل الدخول إلى مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="90"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="101"/>
        <source>That looks like an e-mail address. Here Townsfolk needs the address of your town, like mastodon.social, or your full address in it, like @ann@mastodon.social.</source>
        <translation>هذا يبدو عنوان بريد إلكتروني. يحتاج Townsfolk هنا إلى عنوان مدينتك، مثل mastodon.social، أو عنوانك الكامل فيها، مثل ‎@ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="119"/>
        <source>Checking {town}…</source>
        <translation>جارٍ التحقق من {town}…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="131"/>
        <source>That is the town of your first account. A backup account needs to be in another town, so that it works when your first town is away.</source>
        <translation>هذه مدينة حسابك الأول. يجب أن يكون الحساب الاحتياطي في مدينة أخرى، ليعمل حين تكون مدينتك الأولى متوقفة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/login.py" line="155"/>
        <source>Townsfolk could not reach {town}, but your internet connection works. Please check the address; if it is right, the town may be closed for a while: try again later.</source>
        <translation>تعذّر على Townsfolk الوصول إلى {town}، لكن اتصالك بالإنترنت يعمل. تحقّق من العنوان؛ وإن كان صحيحًا، فربما المدينة مغلقة لبعض الوقت: حاول لاحقًا.</translation>
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
        <translation>ا&amp;كتب منشورًا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="58"/>
        <source>&amp;Add an account…</source>
        <translation>أ&amp;ضف حسابًا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="60"/>
        <source>Add a &amp;backup account…</source>
        <translation>أضف حسابًا ا&amp;حتياطيًا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="65"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="75"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="78"/>
        <source>&amp;People you follow</source>
        <translation>أ&amp;شخاص تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="79"/>
        <source>Your &amp;town</source>
        <translation>&amp;مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="80"/>
        <source>&amp;Everywhere</source>
        <translation>في &amp;كل مكان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="81"/>
        <source>&amp;Notifications</source>
        <translation>الإ&amp;شعارات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="82"/>
        <source>Sa&amp;ved posts</source>
        <translation>المنشورات المح&amp;فوظة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="83"/>
        <source>&amp;Search</source>
        <translation>ا&amp;بحث</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="93"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="96"/>
        <source>&amp;Look for new posts now</source>
        <translation>ابحث عن منشورات &amp;جديدة الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="99"/>
        <source>&amp;Your profile</source>
        <translation>م&amp;لفك الشخصي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="101"/>
        <source>&amp;Edit my profile…</source>
        <translation>&amp;عدّل ملفي الشخصي…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="103"/>
        <source>People to &amp;follow</source>
        <translation>أشخاص لت&amp;تابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="106"/>
        <source>&amp;Town status (how the towns are doing)</source>
        <translation>حالة الم&amp;دن (كيف حال المدن)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="126"/>
        <source>&amp;View</source>
        <translation>ال&amp;عرض</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="127"/>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="130"/>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="133"/>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="139"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="140"/>
        <source>&amp;How Townsfolk works</source>
        <translation>&amp;كيف يعمل Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="143"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="145"/>
        <source>&amp;What the words mean</source>
        <translation>م&amp;عاني الكلمات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="147"/>
        <source>&amp;About Townsfolk</source>
        <translation>&amp;عن Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="185"/>
        <source>About Townsfolk</source>
        <translation>عن Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/menus.py" line="186"/>
        <source>Townsfolk {version}

A friendly way to join the fediverse: many towns, one account that talks to all of them.</source>
        <translation>Townsfolk {version}

طريقة ودودة للانضمام إلى الفديفيرس: مدن كثيرة، وحساب واحد يتحدث إليها كلها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="66"/>
        <source>✎  Write a post</source>
        <translation>✎  اكتب منشورًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="68"/>
        <source>Write a post</source>
        <translation>اكتب منشورًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="69"/>
        <source>Write a post (Ctrl+N)</source>
        <translation>اكتب منشورًا (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="91"/>
        <source>← Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="93"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="94"/>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="116"/>
        <source>Posts from the people you follow will show here. Find people to follow in “Your town” or with Search.</source>
        <translation>ستظهر هنا منشورات الأشخاص الذين تتابعهم. ابحث عن أشخاص تتابعهم في «مدينتك» أو عبر البحث.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="121"/>
        <source>Posts from people who live in your town will show here.</source>
        <translation>ستظهر هنا منشورات الأشخاص الذين يعيشون في مدينتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="124"/>
        <source>Posts from every town your town knows will show here.</source>
        <translation>ستظهر هنا منشورات كل المدن التي تعرفها مدينتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/reading_page.py" line="127"/>
        <source>Posts you save (with “Save” under a post) will show here.</source>
        <translation>ستظهر هنا المنشورات التي تحفظها (بزر «حفظ» تحت المنشور).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="142"/>
        <source>Log in again</source>
        <translation>سجّل الدخول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/accounts.py" line="149"/>
        <source>Townsfolk — %1</source>
        <translation>Townsfolk — %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="35"/>
        <source>People you follow</source>
        <translation>أشخاص تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="36"/>
        <source>Your town (people on %1)</source>
        <translation>مدينتك (الناس في %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="37"/>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="38"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="39"/>
        <source>Saved posts</source>
        <translation>المنشورات المحفوظة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="40"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="49"/>
        <source>Posts from the people you follow, in every town.</source>
        <translation>منشورات الأشخاص الذين تتابعهم، في كل المدن.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="51"/>
        <source>Posts from everyone who lives in %1, whether you follow them or not.</source>
        <translation>منشورات كل من يعيش في %1، سواء تابعتهم أم لا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="57"/>
        <source>Posts from people in all the towns %1 knows. Your one account reaches every town.</source>
        <translation>منشورات الناس في كل المدن التي تعرفها %1. حسابك الواحد يصل إلى كل المدن.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="63"/>
        <source>Who answered, favourited or boosted your posts, and who follows you.</source>
        <translation>من ردّ على منشوراتك أو فضّلها أو أعاد نشرها، ومن يتابعك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/places.py" line="66"/>
        <source>Posts you saved for later. Only you can see this list.</source>
        <translation>منشورات حفظتها لوقت لاحق. لا يرى هذه القائمة أحد غيرك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="317"/>
        <source>Something went wrong inside Townsfolk. Nothing was lost; if it happens again, please restart Townsfolk.</source>
        <translation>حدث خطأ داخل Townsfolk. لم يضِع شيء؛ إن تكرر ذلك، فأعد تشغيل Townsfolk من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/main_window.py" line="365"/>
        <source>%1 is not answering; showing saved posts.</source>
        <translation>%1 لا تردّ؛ تُعرض المنشورات المحفوظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="87"/>
        <source>You are offline; showing saved posts. Posts you write are kept and will go out by themselves when you are back online.</source>
        <translation>أنت غير متصل؛ تُعرض المنشورات المحفوظة. المنشورات التي تكتبها تبقى محفوظة وستُرسل وحدها حين تعود متصلًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="93"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="152"/>
        <source>%1 is back. Townsfolk will take you back to your account there when you finish writing.</source>
        <translation>عادت %1. سيعيدك Townsfolk إلى حسابك هناك حين تنتهي من الكتابة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="163"/>
        <source>%1 is back.</source>
        <translation>عادت %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="173"/>
        <source>%1 is back. Go back to your account there? If you choose “Not now”, you keep using your backup account %2.</source>
        <translation>عادت %1. هل تعود إلى حسابك هناك؟ إن اخترت «ليس الآن»، فستواصل استخدام حسابك الاحتياطي %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="182"/>
        <source>Yes, go back</source>
        <translation>نعم، عُد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="183"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="193"/>
        <source>%1 is back. You are using your account %2 again.</source>
        <translation>عادت %1. أنت تستخدم حسابك %2 مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="198"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="229"/>
        <source>%1 is not answering. You are now using your backup account @%2.</source>
        <translation>%1 لا تردّ. أنت تستخدم الآن حسابك الاحتياطي @%2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="235"/>
        <source>Nothing is lost: your waiting post will go out when %1 is back.</source>
        <translation>لم يضِع شيء: منشورك المنتظر سيُرسل حين تعود %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="242"/>
        <source>Nothing is lost: your %2 waiting posts will go out when %1 is back.</source>
        <translation>لم يضِع شيء: منشوراتك المنتظرة (%2) ستُرسل حين تعود %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="249"/>
        <source>Nothing is lost.</source>
        <translation>لم يضِع شيء.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="254"/>
        <source>Post from my backup instead</source>
        <translation>انشر من حسابي الاحتياطي بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="259"/>
        <source>%1 is not answering.</source>
        <translation>%1 لا تردّ.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="262"/>
        <source>Nothing is lost: your waiting posts will go out when %1 is back. Meanwhile you can read your saved posts.</source>
        <translation>لم يضِع شيء: منشوراتك المنتظرة ستُرسل حين تعود %1. وفي الأثناء يمكنك قراءة منشوراتك المحفوظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="270"/>
        <source>Nothing is lost. Meanwhile you can read your saved posts.</source>
        <translation>لم يضِع شيء. وفي الأثناء يمكنك قراءة منشوراتك المحفوظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="281"/>
        <source>not answering, saved posts only</source>
        <translation>لا تردّ، المنشورات المحفوظة فقط</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="283"/>
        <source>slow</source>
        <translation>بطيئة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="302"/>
        <source>Saved posts: %1 is not answering, so these are the posts Townsfolk kept. You can read them; new posts come when %1 is back.</source>
        <translation>المنشورات المحفوظة: %1 لا تردّ، لذا هذه هي المنشورات التي احتفظ بها Townsfolk. يمكنك قراءتها؛ وستصل المنشورات الجديدة حين تعود %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="322"/>
        <source>You keep using your backup account @%1.</source>
        <translation>ستواصل استخدام حسابك الاحتياطي @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="369"/>
        <source>Your post will go out from your backup account %1.</source>
        <translation>سيُرسل منشورك من حسابك الاحتياطي %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/failover.py" line="374"/>
        <source>Your %2 posts will go out from your backup account %1.</source>
        <translation>ستُرسل منشوراتك (%2) من حسابك الاحتياطي %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/notifications.py" line="113"/>
        <source>%1 new notifications</source>
        <translation>إشعارات جديدة: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="157"/>
        <source>Favourited from your backup account @%1.</source>
        <translation>فُضّل من حسابك الاحتياطي @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="159"/>
        <source>Boosted from your backup account @%1.</source>
        <translation>أُعيد نشره من حسابك الاحتياطي @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="180"/>
        <source>More actions for this post</source>
        <translation>إجراءات أخرى لهذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="185"/>
        <source>Copy link to post</source>
        <translation>انسخ رابط المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="187"/>
        <source>Open in browser</source>
        <translation>افتح في المتصفح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="191"/>
        <source>Open the conversation</source>
        <translation>افتح المحادثة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="203"/>
        <source>Change this post…</source>
        <translation>غيّر هذا المنشور…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="206"/>
        <source>Delete this post…</source>
        <translation>احذف هذا المنشور…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="224"/>
        <source>The link to the post was copied.</source>
        <translation>نُسخ رابط المنشور.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="259"/>
        <source>Your post was deleted.</source>
        <translation>حُذف منشورك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="265"/>
        <source>Delete this post?</source>
        <translation>هل تحذف هذا المنشور؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="266"/>
        <source>Delete your post for good? It will disappear from every town. This cannot be undone.</source>
        <translation>هل تحذف منشورك نهائيًا؟ سيختفي من كل المدن. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/post_actions.py" line="285"/>
        <source>Your town does not let people change their posts. You can delete the post and write it again.</source>
        <translation>مدينتك لا تسمح بتغيير المنشورات. يمكنك حذف المنشور وكتابته من جديد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="75"/>
        <source>Write a post — @%1</source>
        <translation>اكتب منشورًا — @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="101"/>
        <location filename="../src/townsfolk/ui/window/posting.py" line="160"/>
        <source>Your post was sent.</source>
        <translation>أُرسل منشورك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="103"/>
        <source>Your post is saved on this computer. It will be sent when you are online again.</source>
        <translation>منشورك محفوظ على هذا الحاسوب. سيُرسل حين تعود متصلًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="108"/>
        <source>Your post is saved on this computer. It will be sent when your town answers.</source>
        <translation>منشورك محفوظ على هذا الحاسوب. سيُرسل حين تردّ مدينتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="113"/>
        <source>Sending your post…</source>
        <translation>جارٍ إرسال منشورك…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="121"/>
        <source>Behind a content warning: %1</source>
        <translation>خلف تحذير بشأن المحتوى: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="186"/>
        <source>1 post waiting to be sent</source>
        <translation>منشور واحد ينتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="188"/>
        <source>%1 posts waiting to be sent</source>
        <translation>منشورات تنتظر الإرسال: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/posting.py" line="191"/>
        <source>See the posts waiting to be sent</source>
        <translation>اعرض المنشورات التي تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="182"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="211"/>
        <source>No posts with #%1 yet.</source>
        <translation>لا توجد منشورات بالوسم #%1 بعد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/window/opened_pages.py" line="215"/>
        <source>Posts with #%1</source>
        <translation>منشورات بالوسم #%1</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Preview picture of the video: %1</source>
        <translation>صورة معاينة للفيديو: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="244"/>
        <source>Cover of %1</source>
        <translation>غلاف %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="248"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="252"/>
        <source>Video on PeerTube</source>
        <translation>فيديو على PeerTube</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="254"/>
        <source>channel %1</source>
        <translation>القناة %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="256"/>
        <source>Music on %1</source>
        <translation>موسيقى على %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="258"/>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="260"/>
        <source>%1 long</source>
        <translation>المدة: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="267"/>
        <source>■ Stop</source>
        <translation>■ إيقاف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="268"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play video</source>
        <translation>▶ شغّل الفيديو</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="287"/>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="292"/>
        <source>⏸ Pause</source>
        <translation>⏸ إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="293"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="337"/>
        <source>Townsfolk cannot play videos on this computer, so it opened this one on %1 in your web browser.</source>
        <translation>لا يستطيع Townsfolk تشغيل الفيديو على هذا الحاسوب، لذلك فتح هذا الفيديو على %1 في متصفحك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="342"/>
        <source>Townsfolk cannot play music on this computer, so it opened this track on %1 in your web browser.</source>
        <translation>لا يستطيع Townsfolk تشغيل الموسيقى على هذا الحاسوب، لذلك فتح هذا المقطع على %1 في متصفحك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="380"/>
        <source>This video would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>لم يعمل هذا الفيديو في Townsfolk، لذلك فُتح على %1 في متصفحك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="383"/>
        <source>This track would not play in Townsfolk, so it opened on %1 in your web browser.</source>
        <translation>لم يعمل هذا المقطع في Townsfolk، لذلك فُتح على %1 في متصفحك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="405"/>
        <source>Townsfolk could not play this here, and your web browser did not open. Please try again later.</source>
        <translation>لم يستطع Townsfolk تشغيل هذا هنا، ولم يُفتح متصفحك. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="271"/>
        <source>Open on %1</source>
        <translation>افتح على %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="28"/>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="31"/>
        <source>Loading the picture…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="34"/>
        <source>A picture with no description</source>
        <translation>صورة بلا وصف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="41"/>
        <source>The person who posted this did not describe it.</source>
        <translation>لم يصفها الشخص الذي نشرها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="45"/>
        <source>Description of the picture</source>
        <translation>وصف الصورة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="58"/>
        <location filename="../src/townsfolk/ui/media_viewer.py" line="66"/>
        <source>The picture could not be loaded.</source>
        <translation>تعذّر تحميل الصورة.</translation>
    </message>
</context>
<context>
    <name>Moving</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="23"/>
        <source>The people you follow</source>
        <translation>الأشخاص الذين تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="24"/>
        <source>Your lists</source>
        <translation>قوائمك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="25"/>
        <source>The people you blocked</source>
        <translation>الأشخاص الذين حظرتهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="26"/>
        <source>The people you muted</source>
        <translation>الأشخاص الذين كتمتهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="27"/>
        <source>The towns you blocked</source>
        <translation>المدن التي حظرتها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="28"/>
        <source>Your bookmarks</source>
        <translation>علاماتك المرجعية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/moved.py" line="31"/>
        <source>%1 moved to %2</source>
        <translation>انتقل %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="43"/>
        <source>&amp;Move to another town…</source>
        <translation>ا&amp;نتقل إلى مدينة أخرى…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="44"/>
        <source>Save my follows and lists…</source>
        <translation>احفظ متابعاتي وقوائمي…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="45"/>
        <source>Bring in follows from a file…</source>
        <translation>استورد المتابَعين من ملف…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/__init__.py" line="53"/>
        <source>Move my &amp;whole account…</source>
        <translation>انقل حسابي &amp;كله…</translation>
    </message>
</context>
<context>
    <name>MovingExport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="122"/>
        <source>Your lists are saved (%n lines in all).</source>
        <translation>حُفظت قوائمك (%n سطرًا في المجموع).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="124"/>
        <source>Saving your lists stopped because your town did not answer (%n lines saved so far). It goes on from there when you try again.</source>
        <translation>توقف حفظ قوائمك لأن مدينتك لم تردّ (حُفظ %n سطرًا حتى الآن). سيستمر من هناك حين تحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="133"/>
        <source>Reading the people you follow</source>
        <translation>جارٍ قراءة الأشخاص الذين تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="134"/>
        <source>Reading the people you blocked</source>
        <translation>جارٍ قراءة الأشخاص الذين حظرتهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="135"/>
        <source>Reading the people you muted</source>
        <translation>جارٍ قراءة الأشخاص الذين كتمتهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="136"/>
        <source>Reading the towns you blocked</source>
        <translation>جارٍ قراءة المدن التي حظرتها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="137"/>
        <source>Reading your bookmarks</source>
        <translation>جارٍ قراءة علاماتك المرجعية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="138"/>
        <source>Reading your lists</source>
        <translation>جارٍ قراءة قوائمك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/export.py" line="143"/>
        <source>lines so far: %n</source>
        <translation>الأسطر حتى الآن: %n</translation>
    </message>
</context>
<context>
    <name>MovingFiles</name>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="163"/>
        <source>people you follow</source>
        <extracomment>A sentence for the person when a follow file came without its header (the settings for boosts, notifications and languages are then not in it).</extracomment>
        <translation>الأشخاص الذين تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="165"/>
        <source>blocked people</source>
        <translation>الأشخاص المحظورين</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="167"/>
        <source>muted people</source>
        <translation>الأشخاص المكتومين</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="169"/>
        <source>blocked towns</source>
        <translation>المدن المحظورة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="171"/>
        <source>bookmarks</source>
        <translation>العلامات المرجعية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="172"/>
        <source>lists</source>
        <translation>القوائم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="297"/>
        <source>This file is bigger than 20 MB, more than any town accepts. Export the lists one by one, or split the file into smaller ones.</source>
        <translation>حجم هذا الملف أكبر من 20 ميغابايت، أكثر مما تقبله أي مدينة. صدّر القوائم واحدة تلو الأخرى، أو قسّم الملف إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="310"/>
        <source>This is not a list saved as text: it may be a spreadsheet or a picture. Choose the .csv file your old town gave you.</source>
        <translation>هذه ليست قائمة محفوظة كنص: ربما تكون جدول بيانات أو صورة. اختر ملف ‎.csv الذي أعطتك إياه مدينتك القديمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="320"/>
        <source>Some letters in this file cannot be read: it was probably saved by a spreadsheet in another format. Use the file your old town gave you as it was, or save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>لا يمكن قراءة بعض الحروف في هذا الملف: ربما حفظه برنامج جداول بيانات بصيغة أخرى. استخدم الملف كما أعطتك إياه مدينتك القديمة، أو احفظه مرة أخرى بصيغة &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="344"/>
        <source>This file is not a list Townsfolk can read: its quotation marks do not match. Use the file your old town gave you as it was.</source>
        <translation>هذا الملف ليس قائمة يستطيع Townsfolk قراءتها: علامات الاقتباس فيه غير متطابقة. استخدم الملف كما أعطتك إياه مدينتك القديمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="389"/>
        <source>This file is empty.</source>
        <translation>هذا الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="403"/>
        <source>Townsfolk cannot tell what this file holds. Choose what it holds: people you follow, blocked people, muted people, blocked towns, bookmarks or lists.</source>
        <translation>لا يعرف Townsfolk ما الذي يحتويه هذا الملف. اختر ما يحتويه: الأشخاص الذين تتابعهم، الأشخاص المحظورين، الأشخاص المكتومين، المدن المحظورة، العلامات المرجعية أو القوائم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="412"/>
        <source>This file holds {found}, not {wanted}. Choose the right file, or import it as {found}.</source>
        <translation>يحتوي هذا الملف على {found}، وليس على {wanted}. اختر الملف الصحيح، أو استورده على أنه {found}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="422"/>
        <source>This file has more than 20,000 lines, more than a town accepts at once. Split it into smaller files and import them one after the other.</source>
        <translation>في هذا الملف أكثر من 20,000 سطر، أكثر مما تقبله مدينة دفعة واحدة. قسّمه إلى ملفات أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="435"/>
        <source>This file&apos;s columns are not those of a Mastodon file of {what}. Choose the file your old town gave you.</source>
        <translation>أعمدة هذا الملف ليست أعمدة ملف ماستودون من نوع {what}. اختر الملف الذي أعطتك إياه مدينتك القديمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="455"/>
        <source>Line {line} is not the name of a town: {text}</source>
        <translation>السطر {line} ليس اسم مدينة: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="458"/>
        <source>Line {line} is not the address of a post: {text}</source>
        <translation>السطر {line} ليس عنوان منشور: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="461"/>
        <source>Line {line} is not the address of a person: {text}</source>
        <translation>السطر {line} ليس عنوان شخص: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="467"/>
        <source>Line {line} has no list name: {text}</source>
        <translation>السطر {line} بلا اسم قائمة: {text}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="489"/>
        <source>Most lines of this file are not {what} (line {line}: {text}). It may come from another program. Choose the file your old town gave you.</source>
        <translation>معظم أسطر هذا الملف ليست من نوع {what} (السطر {line}: {text}). ربما جاء من برنامج آخر. اختر الملف الذي أعطتك إياه مدينتك القديمة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/csv_formats.py" line="498"/>
        <source>This file has only addresses: boosts and notifications will be as a new follow has them.</source>
        <translation>في هذا الملف عناوين فقط: ستكون إعادات النشر والإشعارات كما في أي متابعة جديدة.</translation>
    </message>
</context>
<context>
    <name>MovingImport</name>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="199"/>
        <source>To follow: %n</source>
        <extracomment>The lines that did not work, by outcome (the things that worked are only counted).</extracomment>
        <translation>للمتابعة: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="201"/>
        <source>To block: %n</source>
        <translation>للحظر: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="203"/>
        <source>To mute: %n</source>
        <translation>للكتم: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="205"/>
        <source>Towns to block: %n</source>
        <translation>مدن للحظر: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="207"/>
        <source>Bookmarks to add: %n</source>
        <translation>علامات مرجعية للإضافة: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="208"/>
        <source>To put in lists: %n</source>
        <translation>للإضافة إلى القوائم: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="216"/>
        <source>already there: %n</source>
        <translation>موجود من قبل: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="218"/>
        <source>lines that cannot be read: %n</source>
        <translation>أسطر لا يمكن قراءتها: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="221"/>
        <source>Replacing also removes what is not in the file (%n in all): look at it before you agree.</source>
        <translation>الاستبدال يزيل أيضًا ما ليس في الملف (%n في المجموع): ألقِ نظرة عليه قبل أن توافق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="245"/>
        <source>Already there: %n.</source>
        <translation>موجود من قبل: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="250"/>
        <source>Posts that could not be found (deleted, or their town is gone): %n.</source>
        <translation>منشورات لم يُعثر عليها (حُذفت، أو لم تعد مدينتها موجودة): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="257"/>
        <source>Towns that could not be blocked: %n.</source>
        <translation>مدن تعذّر حظرها: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="261"/>
        <source>People who could not be found (their town is gone, or they changed their address): %n.</source>
        <translation>أشخاص لم يُعثر عليهم (لم تعد مدينتهم موجودة، أو غيّروا عنوانهم): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="273"/>
        <source>Refused by your new town (for example people who blocked you): %n.</source>
        <translation>رفضتها مدينتك الجديدة (مثل أشخاص حظروك): %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="287"/>
        <source>Found at their new address, because they had moved: %n.</source>
        <translation>عُثر عليهم في عنوانهم الجديد لأنهم انتقلوا: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="299"/>
        <source>Removed: %n.</source>
        <translation>أُزيل: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="305"/>
        <source>Now followed: %n.</source>
        <translation>تتم متابعتهم الآن: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="307"/>
        <source>Blocked: %n.</source>
        <translation>حُظر: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="309"/>
        <source>Muted: %n.</source>
        <translation>كُتم: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="311"/>
        <source>Towns blocked: %n.</source>
        <translation>مدن حُظرت: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="313"/>
        <source>Bookmarks added: %n.</source>
        <translation>علامات مرجعية أُضيفت: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="314"/>
        <source>Put in lists: %n.</source>
        <translation>أُضيف إلى القوائم: %n.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="431"/>
        <source>Finished: every line looked at (%n).</source>
        <translation>انتهى: تمت مراجعة كل الأسطر (%n).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="432"/>
        <source>{done} of {total} lines done</source>
        <translation>أُنجز {done} من {total} سطرًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="436"/>
        <source>about {time} left</source>
        <translation>بقي نحو {time}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="440"/>
        <source>Your new town asked Townsfolk to slow down; it goes on by itself.</source>
        <translation>طلبت مدينتك الجديدة من Townsfolk أن يبطئ؛ سيستمر وحده.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="576"/>
        <source>Replacing removes things that are not in the file. Look at the list of what would be removed and agree to it first.</source>
        <translation>الاستبدال يزيل أشياء ليست في الملف. انظر أولًا إلى قائمة ما سيُزال ووافق عليها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/moving/import_.py" line="610"/>
        <source>The account to import into is no longer here.</source>
        <translation>الحساب المراد الاستيراد إليه لم يعد هنا.</translation>
    </message>
</context>
<context>
    <name>MovingJobs</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/controller.py" line="84"/>
        <source>Moving: %1</source>
        <translation>الانتقال: %1</translation>
    </message>
</context>
<context>
    <name>MovingPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/page.py" line="48"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>MovingWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="81"/>
        <source>Move to another town</source>
        <translation>انتقل إلى مدينة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="82"/>
        <source>Save my follows and lists</source>
        <translation>احفظ متابعاتي وقوائمي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="83"/>
        <source>Bring in follows from a file</source>
        <translation>استورد المتابَعين من ملف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="104"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="106"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="108"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="224"/>
        <source>Remove what is not in the file?</source>
        <translation>هل تُزيل ما ليس في الملف؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="227"/>
        <source>Making the account the same as the file removes %1 things it has now (the list on the page shows them). This cannot be undone by Townsfolk.</source>
        <translation>جعل الحساب مطابقًا للملف يُزيل %1 من الأشياء الموجودة فيه الآن (القائمة في الصفحة تعرضها). لا يستطيع Townsfolk التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="231"/>
        <source>Remove them</source>
        <translation>أزلها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/wizard.py" line="232"/>
        <source>Keep them</source>
        <translation>أبقِها</translation>
    </message>
</context>
<context>
    <name>MuteDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="87"/>
        <source>Mute %1?</source>
        <translation>هل تكتم %1؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="89"/>
        <source>You won&apos;t see their posts or boosts any more. They won&apos;t know you muted them, and they can still follow you and see your posts.

To undo it, press Unmute on their profile or in “People you muted or blocked”.</source>
        <translation>لن ترى منشوراته أو إعادات نشره بعد الآن. لن يعرف أنك كتمته، وما زال يستطيع متابعتك ورؤية منشوراتك.

للتراجع، اضغط «إلغاء الكتم» في ملفه الشخصي أو في «الأشخاص الذين كتمتهم أو حظرتهم».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="94"/>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="97"/>
        <source>Also hide their notifications</source>
        <translation>أخفِ إشعاراته أيضًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="101"/>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="104"/>
        <source>For how long?</source>
        <translation>لأي مدة؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="106"/>
        <source>Until I unmute them</source>
        <translation>حتى ألغي الكتم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="107"/>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="108"/>
        <source>For 1 day</source>
        <translation>لمدة يوم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="109"/>
        <source>For 7 days</source>
        <translation>لمدة 7 أيام</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="113"/>
        <source>Places</source>
        <extracomment>Keys of the places, in order. The first four have Ctrl+1 … Ctrl+4. Key of the &quot;Lists&quot; heading (not a place: it cannot be chosen).</extracomment>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="115"/>
        <source>Choose what to read. Control and a number from 1 to 4 also work.</source>
        <translation>اختر ما تريد قراءته. يعمل أيضًا Control مع رقم من 1 إلى 4.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="139"/>
        <source>your town</source>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="140"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="142"/>
        <source>1 new</source>
        <translation>1 جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="144"/>
        <source>%1 new</source>
        <translation>%1 جديدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="147"/>
        <source>People you follow</source>
        <translation>أشخاص تتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="148"/>
        <source>Posts from the people you follow, in every town</source>
        <translation>منشورات الأشخاص الذين تتابعهم، في كل المدن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="151"/>
        <source>Your town (people on %1)</source>
        <translation>مدينتك (الناس في %1)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="152"/>
        <source>Posts from people who live in %1</source>
        <translation>منشورات الأشخاص الذين يعيشون في %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="155"/>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="156"/>
        <source>Posts from all the towns %1 knows</source>
        <translation>منشورات كل المدن التي تعرفها %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="160"/>
        <source>Who favourited, boosted or answered your posts, and who follows you</source>
        <translation>من فضّل منشوراتك أو أعاد نشرها أو ردّ عليها، ومن يتابعك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Saved posts</source>
        <translation>المنشورات المحفوظة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="162"/>
        <source>Posts you saved for later</source>
        <translation>منشورات حفظتها لوقت لاحق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="163"/>
        <source>Find people, hashtags and posts</source>
        <translation>ابحث عن أشخاص ووسوم ومنشورات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="186"/>
        <source>Your lists</source>
        <translation>قوائمك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/navigation.py" line="195"/>
        <source>Posts from the people in your list “%1”</source>
        <translation>منشورات الأشخاص في قائمتك «%1»</translation>
    </message>
</context>
<context>
    <name>NewAccountButton</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="189"/>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="206"/>
        <source>Follow the new account</source>
        <translation>تابِع الحساب الجديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="191"/>
        <source>Follow %1</source>
        <translation>تابِع %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="204"/>
        <source>Following the new account ✓</source>
        <translation>تتابع الحساب الجديد ✓</translation>
    </message>
</context>
<context>
    <name>NewHomeOffer</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="158"/>
        <source>%1 has not answered for %2.</source>
        <extracomment>Two outage starts this close together (seconds) are the same outage. Why the offer on show was made: {&quot;outage&quot;: start} or {&quot;closing&quot;: words}. &quot;Not now&quot;, by main account: {&quot;outage&quot;: start, &quot;closing&quot;: words} (see the module).</extracomment>
        <translation>لم تردّ %1 منذ %2.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="173"/>
        <source>%1 says it is closing: “%2”</source>
        <translation>تقول %1 إنها ستُغلق: «%2»</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="183"/>
        <source>Make %1 your home? Townsfolk brings the people you follow along, and uses it as your main account from then on.</source>
        <translation>هل تجعل %1 بيتك؟ يأخذ Townsfolk معك الأشخاص الذين تتابعهم، ويستخدمه حسابك الرئيسي من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="192"/>
        <source>Make it my home</source>
        <translation>اجعله بيتي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="193"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="220"/>
        <source>Making %1 your home: bringing the people you follow along…</source>
        <translation>جارٍ جعل %1 بيتك: نقل الأشخاص الذين تتابعهم…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="229"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="236"/>
        <source>%1 is now your home.</source>
        <translation>%1 الآن بيتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/new_home_offer.py" line="239"/>
        <source>Your old town did not answer, so the people you follow came from what Townsfolk had saved.</source>
        <translation>لم تردّ مدينتك القديمة، لذلك جاء الأشخاص الذين تتابعهم مما حفظه Townsfolk.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="52"/>
        <source>Someone</source>
        <extracomment>Custom emoji pictures asked for per name or post text (the rest stay words).</extracomment>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="61"/>
        <source>%1 favourited your post</source>
        <translation>فضّل %1 منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="62"/>
        <source>%1 boosted your post</source>
        <translation>أعاد %1 نشر منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="63"/>
        <source>%1 started following you</source>
        <translation>بدأ %1 بمتابعتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="64"/>
        <source>%1 asked to follow you</source>
        <translation>طلب %1 متابعتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="65"/>
        <source>A poll you voted in has ended</source>
        <translation>انتهى استطلاع صوّتّ فيه</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="66"/>
        <source>%1 edited a post you boosted</source>
        <translation>عدّل %1 منشورًا أعدت نشره</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="67"/>
        <source>%1 mentioned you</source>
        <translation>ذكرك %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="68"/>
        <source>%1 wrote a new post</source>
        <translation>كتب %1 منشورًا جديدًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="69"/>
        <source>%1 moved to %2</source>
        <translation>انتقل %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="70"/>
        <source>%1 joined your town</source>
        <translation>انضم %1 إلى مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="71"/>
        <source>%1 sent a report for the town&apos;s moderators</source>
        <translation>أرسل %1 بلاغًا إلى مشرفي المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="76"/>
        <source>%1 replied to you</source>
        <translation>ردّ عليك %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="78"/>
        <source>Something new from %1</source>
        <translation>شيء جديد من %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="87"/>
        <source>%1 and %2 favourited your post</source>
        <translation>فضّل %1 و%2 منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="90"/>
        <source>%1 and %2 boosted your post</source>
        <translation>أعاد %1 و%2 نشر منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="91"/>
        <source>%1 and %2 followed you</source>
        <translation>تابعك %1 و%2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="92"/>
        <source>%1 and %2 joined your town</source>
        <translation>انضم %1 و%2 إلى مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="99"/>
        <source>%1 and %n others favourited your post</source>
        <translation>فضّل %1 و%n آخرون منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="102"/>
        <source>%1 and %n others boosted your post</source>
        <translation>أعاد %1 و%n آخرون نشر منشورك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="105"/>
        <source>%1 and %n others followed you</source>
        <translation>تابعك %1 و%n آخرون</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="108"/>
        <source>%1 and %n others joined your town</source>
        <translation>انضم %1 و%n آخرون إلى مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="148"/>
        <source>a new account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="203"/>
        <source>Content warning: %1</source>
        <translation>تحذير بشأن المحتوى: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="208"/>
        <source>(pictures)</source>
        <translation>(صور)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="224"/>
        <source>Hidden because it mentions %1.</source>
        <translation>مخفي لأنه يذكر %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="225"/>
        <source>Show anyway</source>
        <translation>اعرضه على أي حال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="235"/>
        <source>You accepted. %1 now follows you and sees your posts.</source>
        <translation>قبلت. %1 يتابعك الآن ويرى منشوراتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="239"/>
        <source>You declined. %1 does not follow you.</source>
        <translation>رفضت. %1 لا يتابعك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="241"/>
        <source>This request is no longer waiting for an answer.</source>
        <translation>لم يعد هذا الطلب ينتظر ردًّا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="275"/>
        <source>Favourite</source>
        <translation>تفضيل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="276"/>
        <source>Boost</source>
        <translation>إعادة نشر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="277"/>
        <source>New follower</source>
        <translation>متابِع جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="278"/>
        <source>Follow request</source>
        <translation>طلب متابعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="279"/>
        <source>Mention</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="280"/>
        <source>Reply</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="281"/>
        <source>Poll ended</source>
        <translation>انتهى استطلاع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="282"/>
        <source>Post edited</source>
        <translation>عُدّل منشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="283"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="284"/>
        <source>New person in your town</source>
        <translation>شخص جديد في مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="285"/>
        <source>Report</source>
        <translation>بلاغ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="286"/>
        <source>Moved to a new account</source>
        <translation>انتقل إلى حساب جديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_text.py" line="288"/>
        <source>Notification</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="123"/>
        <source>New:</source>
        <extracomment>The hidden words that fold this row (&quot;warn&quot;); empty: shown as it is. Keys of the groups shown with their people. Ids of unread notifications that have been on screen (see the module&apos;s text). Notifications a &quot;warn&quot; hidden-words filter folds (id -&gt; the words found), and the ones the person chose to see anyway.</extracomment>
        <translation>جديد:</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="130"/>
        <source>Press Space to show it.</source>
        <translation>اضغط مفتاح المسافة لعرضه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="136"/>
        <source>Waiting for your answer: Accept or Decline.</source>
        <translation>ينتظر ردّك: قبول أو رفض.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_model.py" line="144"/>
        <source>Press Space to see who.</source>
        <translation>اضغط مفتاح المسافة لترى من هم.</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="272"/>
        <source>Notifications</source>
        <extracomment>A follow request was answered and the town took it (notification id, accepted). Unread notifications that came on screen while the window was active (their ids). Moves whose new account was followed from here (notification ids). Whether the person can see the window (tests may replace it).</extracomment>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="290"/>
        <source>No notifications yet. When someone follows you, answers you, or favourites or boosts your posts, it will show here.</source>
        <translation>لا إشعارات بعد. حين يتابعك أحد، أو يرد عليك، أو يفضّل منشوراتك أو يعيد نشرها، سيظهر ذلك هنا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="503"/>
        <source>Townsfolk cannot follow just now. Please try again in a moment.</source>
        <translation>لا يستطيع Townsfolk المتابعة الآن. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="518"/>
        <source>Townsfolk cannot answer just now. Please try again in a moment.</source>
        <translation>لا يستطيع Townsfolk الرد الآن. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="543"/>
        <source>Townsfolk could not send your answer. Nothing has changed; please try again.</source>
        <translation>تعذّر على Townsfolk إرسال ردّك. لم يتغير شيء؛ حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="28"/>
        <source>Join your company&apos;s town</source>
        <translation>انضم إلى مدينة شركتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="41"/>
        <source>Logo of %1</source>
        <translation>شعار %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="45"/>
        <source>%1 has its own town: %2. Log in there with your work account. Your account there reaches people in every other town too, like an email address does.</source>
        <translation>لدى %1 مدينة خاصة بها: %2. سجّل الدخول هناك بحساب العمل. حسابك هناك يصل أيضًا إلى الناس في كل المدن الأخرى، كما يفعل عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="54"/>
        <source>Use another town instead</source>
        <translation>استخدم مدينة أخرى بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/organisation.py" line="65"/>
        <source>Log in to %1</source>
        <translation>سجّل الدخول إلى %1</translation>
    </message>
</context>
<context>
    <name>OriginalPanel</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="535"/>
        <source>Open the original on %1</source>
        <translation>افتح الأصل على %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/panels.py" line="537"/>
        <source>Open the original</source>
        <translation>افتح الأصل</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="199"/>
        <source>Your town</source>
        <extracomment>How much older than it was a post&apos;s time may read: towns give times to the millisecond.</extracomment>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="204"/>
        <source>{town} did not accept this post. It said: “{said}”. Please change the post, then send it again.</source>
        <extracomment>{said} is what the town answered, in the town&apos;s own words.</extracomment>
        <translation>لم تقبل {town} هذا المنشور. قالت: «{said}». غيّر المنشور، ثم أرسله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="209"/>
        <source>{town} did not accept this post. Please change it, then send it again.</source>
        <translation>لم تقبل {town} هذا المنشور. غيّره، ثم أرسله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="213"/>
        <source>{town} could not find something this post needs; the post you are replying to may have been deleted. Please change the post, or delete it.</source>
        <translation>لم تجد {town} شيئًا يحتاج إليه هذا المنشور؛ ربما حُذف المنشور الذي ترد عليه. غيّر المنشور، أو احذفه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="220"/>
        <source>{problem} Your post is saved and will be sent after that.</source>
        <extracomment>{problem} is a sentence saying what went wrong (for example, log in again).</extracomment>
        <translation>{problem} منشورك محفوظ وسيُرسل بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="223"/>
        <source>{problem} Your post is saved; you can try again or change it.</source>
        <translation>{problem} منشورك محفوظ؛ يمكنك المحاولة مرة أخرى أو تغييره.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="435"/>
        <source>There is nothing to send yet. Please write something first.</source>
        <extracomment>Software known to honour ``Idempotency-Key`` (a re-send with the same key returns the first post). Every other town gets the wider check.</extracomment>
        <translation>لا شيء للإرسال بعد. اكتب شيئًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="439"/>
        <source>A post can have pictures or a poll, but not both. Please remove one of them.</source>
        <translation>يمكن أن يحتوي المنشور على صور أو استطلاع، لكن ليس على الاثنين معًا. أزل أحدهما من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="485"/>
        <source>This post may already have reached your town. Townsfolk is checking; you can change it once that is done.</source>
        <translation>ربما وصل هذا المنشور إلى مدينتك بالفعل. يتحقق Townsfolk من ذلك؛ ويمكنك تغييره بعد أن ينتهي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="527"/>
        <source>This post is already waiting to be sent.</source>
        <translation>هذا المنشور ينتظر الإرسال بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="625"/>
        <source>Townsfolk cannot move this post: it is no longer waiting.</source>
        <translation>لا يستطيع Townsfolk نقل هذا المنشور: لم يعد في الانتظار.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="628"/>
        <source>Townsfolk cannot change this post: it is no longer waiting.</source>
        <translation>لا يستطيع Townsfolk تغيير هذا المنشور: لم يعد في الانتظار.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="637"/>
        <source>This post may already have reached your town, so Townsfolk will not send it from another account. It is checking, and will tell you.</source>
        <translation>ربما وصل هذا المنشور إلى مدينتك بالفعل، لذلك لن يرسله Townsfolk من حساب آخر. إنه يتحقق، وسيخبرك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="647"/>
        <source>This post is being sent right now. Please wait a moment, then try again.</source>
        <translation>هذا المنشور يُرسل الآن. انتظر لحظة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="910"/>
        <source>Townsfolk had a problem sending this post.</source>
        <translation>واجه Townsfolk مشكلة في إرسال هذا المنشور.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="998"/>
        <source>Townsfolk is checking whether {town} got this post before sending it again.</source>
        <translation>يتحقق Townsfolk مما إذا كانت {town} قد استلمت هذا المنشور قبل إرساله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1001"/>
        <location filename="../src/townsfolk/services/outbox.py" line="1017"/>
        <source>your town</source>
        <translation>مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/outbox.py" line="1012"/>
        <source>This post may already be on {town}: Townsfolk could not tell for sure, so it did not send it again. Please look at your posts there. If it is not there, press “Try again” to send it.</source>
        <translation>ربما يكون هذا المنشور في {town} بالفعل: لم يستطع Townsfolk التأكد، لذلك لم يرسله مرة أخرى. انظر إلى منشوراتك هناك. إن لم يكن موجودًا، فاضغط «حاول مرة أخرى» لإرساله.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="54"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="77"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="116"/>
        <source>the town</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="136"/>
        <source>Checking your internet connection…</source>
        <translation>جارٍ التحقق من اتصالك بالإنترنت…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="145"/>
        <source>If you typed your e-mail address: a town&apos;s address looks like mastodon.social, and a person&apos;s full address like @ann@mastodon.social.</source>
        <translation>إن كنت كتبت عنوان بريدك الإلكتروني: عنوان المدينة يشبه mastodon.social، والعنوان الكامل لشخص يشبه ‎@ann@mastodon.social.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="150"/>
        <source>Your computer is not connected to the internet right now, so Townsfolk could not ask {town}. Please check your Wi-Fi or cable, then try again.</source>
        <translation>حاسوبك غير متصل بالإنترنت الآن، لذلك لم يستطع Townsfolk سؤال {town}. تحقّق من شبكة Wi-Fi أو الكابل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/base.py" line="162"/>
        <source>{town} is not answering right now, but your internet connection works. The town may be closed for a while: try again later, or go back and pick another town.</source>
        <translation>{town} لا تردّ الآن، لكن اتصالك بالإنترنت يعمل. ربما المدينة مغلقة لبعض الوقت: حاول لاحقًا، أو ارجع واختر مدينة أخرى.</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="62"/>
        <source>How would you like to start?</source>
        <translation>كيف تودّ أن تبدأ؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="68"/>
        <source>I&apos;m new: help me pick a town</source>
        <translation>أنا جديد: ساعدني في اختيار مدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="69"/>
        <source>See towns by topic and choose one to join. It takes a few minutes.</source>
        <translation>تصفّح المدن حسب الموضوع واختر واحدة تنضم إليها. يستغرق ذلك بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="73"/>
        <source>I already have an account</source>
        <translation>لدي حساب بالفعل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="74"/>
        <source>Log in with the account you have, in any town.</source>
        <translation>سجّل الدخول بالحساب الذي لديك، في أي مدينة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="78"/>
        <source>Try a practice town first (nothing leaves your computer)</source>
        <translation>جرّب مدينة للتجربة أولًا (لا شيء يغادر حاسوبك)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="80"/>
        <source>Look around a pretend town with pretend people, to see how it works. You can join a real town whenever you like.</source>
        <translation>تجوّل في مدينة تجريبية فيها أشخاص تجريبيون، لترى كيف يعمل كل شيء. يمكنك الانضمام إلى مدينة حقيقية متى شئت.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="124"/>
        <source>This account is not ready yet. Please try again.</source>
        <extracomment>Mastodon shows avatars at 400×400 and headers at 1500×500, each at most 2 MB. How many of the town&apos;s people the popular pass reads, and how many of them it keeps.</extracomment>
        <translation>هذا الحساب ليس جاهزًا بعد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="291"/>
        <source>the profile picture</source>
        <translation>صورة الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="294"/>
        <source>the banner picture</source>
        <translation>صورة الغلاف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="326"/>
        <source>Townsfolk cannot use {what}: {reason}</source>
        <translation>لا يستطيع Townsfolk استخدام {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="337"/>
        <source>Your name is too long: {n} letters at most.</source>
        <translation>اسمك طويل جدًا: {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="341"/>
        <source>Your description is too long: {n} letters at most.</source>
        <translation>وصفك طويل جدًا: {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="346"/>
        <source>Your town takes {n} extra facts at most.</source>
        <translation>تقبل مدينتك {n} من المعلومات الإضافية على الأكثر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/people.py" line="351"/>
        <source>An extra fact is too long: {n} letters at most.</source>
        <translation>إحدى المعلومات الإضافية طويلة جدًا: {n} حرفًا على الأكثر.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="181"/>
        <source>No one here yet.</source>
        <translation>لا أحد هنا بعد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="184"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="186"/>
        <source>Arrows move between people. Enter opens a profile, Space or F follows.</source>
        <translation>تتنقّل الأسهم بين الأشخاص. يفتح Enter الملف الشخصي، ويتابع مفتاح المسافة أو F.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="250"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="252"/>
        <source>Show more people</source>
        <translation>اعرض المزيد من الأشخاص</translation>
    </message>
</context>
<context>
    <name>PeoplePageView</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="67"/>
        <source>Asking your town…</source>
        <translation>جارٍ سؤال مدينتك…</translation>
    </message>
</context>
<context>
    <name>PeoplePages</name>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="183"/>
        <source>These people are suggested by your town: people it recommends, people who live there and posted lately, and people many others follow.</source>
        <translation>تقترح مدينتك هؤلاء الأشخاص: أشخاص توصي بهم، وأشخاص يعيشون فيها ونشروا مؤخرًا، وأشخاص يتابعهم كثيرون.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="188"/>
        <source>Your town has no one to suggest right now. Try Search, or look at “Your town”.</source>
        <translation>ليس لدى مدينتك من تقترحه الآن. جرّب البحث، أو انظر في «مدينتك».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="194"/>
        <source>Welcome to your town! Posts show up in “People you follow” once you follow someone, so here are some people to start with.</source>
        <translation>أهلًا بك في مدينتك! تظهر المنشورات في «أشخاص تتابعهم» حالما تتابع أحدًا، لذا إليك بعض الأشخاص لتبدأ بهم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="203"/>
        <source>People to follow</source>
        <translation>أشخاص لتتابعهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="226"/>
        <source>People who follow %1.</source>
        <translation>الأشخاص الذين يتابعون %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="228"/>
        <source>No one follows them yet, or their town does not show it.</source>
        <translation>لا أحد يتابعهم بعد، أو أن مدينتهم لا تُظهر ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="231"/>
        <source>Followers of %1</source>
        <translation>متابِعو %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="233"/>
        <source>People %1 follows.</source>
        <translation>الأشخاص الذين يتابعهم %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="234"/>
        <source>They follow no one yet, or their town does not show it.</source>
        <translation>لا يتابعون أحدًا بعد، أو أن مدينتهم لا تُظهر ذلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="237"/>
        <source>Followed by %1</source>
        <translation>يتابعه %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_pages.py" line="290"/>
        <location filename="../src/townsfolk/ui/people_pages.py" line="292"/>
        <source>Find people to follow</source>
        <translation>ابحث عن أشخاص لتتابعهم</translation>
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
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>Following ✓</source>
        <translation>تتابعه ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="98"/>
        <location filename="../src/townsfolk/ui/people_list.py" line="116"/>
        <source>Requested</source>
        <translation>طُلبت</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="112"/>
        <source>Follow %1 (available when your town answers)</source>
        <translation>تابِع %1 (متاحة حين تردّ مدينتك)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="114"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>أنت تتابع %1. اضغط لإلغاء المتابعة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="117"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>طلبت متابعة %1. اضغط لسحب الطلب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/people_list.py" line="119"/>
        <source>Follow %1</source>
        <translation>تابِع %1</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="43"/>
        <source>Photos</source>
        <translation>صور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="101"/>
        <source>A photo without a description</source>
        <translation>صورة بلا وصف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/kinds/profile.py" line="104"/>
        <source>%1 (photo set: %2 photos)</source>
        <translation>%1 (مجموعة صور: %2 صور)</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="42"/>
        <source>Whichever town you pick, you can follow and talk to people in every other town. Start with a big town for everyone, or pick one about what you love.</source>
        <translation>أيًّا كانت المدينة التي تختارها، يمكنك متابعة الناس في كل المدن الأخرى والتحدث إليهم. ابدأ بمدينة كبيرة للجميع، أو اختر مدينة عن شيء تحبه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="46"/>
        <source>About picking a town</source>
        <translation>عن اختيار مدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="52"/>
        <source>Search towns by name or words</source>
        <translation>ابحث عن المدن بالاسم أو بالكلمات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="53"/>
        <source>Search towns</source>
        <translation>ابحث عن المدن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="57"/>
        <source>Language of the town</source>
        <translation>لغة المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="59"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="66"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="72"/>
        <source>Towns</source>
        <translation>المدن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="85"/>
        <source>No towns</source>
        <translation>لا مدن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="88"/>
        <source>About the town list</source>
        <translation>عن قائمة المدن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="97"/>
        <source>Pick a second town for your backup account</source>
        <translation>اختر مدينة ثانية لحسابك الاحتياطي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="99"/>
        <source>Pick a town</source>
        <translation>اختر مدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="111"/>
        <source>This is the list of towns that comes with Townsfolk. Details such as how many people live in each town will fill in when you are online.</source>
        <translation>هذه قائمة المدن التي تأتي مع Townsfolk. ستكتمل التفاصيل، مثل عدد الذين يعيشون في كل مدينة، حين تكون متصلًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="132"/>
        <source>Townsfolk could not update the town list just now, so you see the list that comes with it. Details such as how many people live in each town will fill in when you are online. You can still pick a town.</source>
        <translation>تعذّر على Townsfolk تحديث قائمة المدن الآن، لذلك ترى القائمة التي تأتي معه. ستكتمل التفاصيل، مثل عدد الذين يعيشون في كل مدينة، حين تكون متصلًا. ما زال بإمكانك اختيار مدينة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="147"/>
        <source>★ Good first towns</source>
        <translation>★ مدن جيدة للبداية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="149"/>
        <source>Big towns about everything, where you can join now</source>
        <translation>مدن كبيرة عن كل شيء، يمكنك الانضمام إليها الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="155"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="173"/>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="216"/>
        <source>No towns match. Try other words, another language or another topic.</source>
        <translation>لا توجد مدن مطابقة. جرّب كلمات أخرى، أو لغة أخرى أو موضوعًا آخر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="218"/>
        <source>Towns about this topic appear here when you are online.</source>
        <translation>تظهر هنا المدن التي تتناول هذا الموضوع حين تكون متصلًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/pick.py" line="242"/>
        <source>See this town</source>
        <translation>اعرض هذه المدينة</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="147"/>
        <source>Picture %1</source>
        <extracomment>How much of the post being answered shows above the reply box.</extracomment>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="151"/>
        <source>Describe picture %1</source>
        <translation>صِف الصورة %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="154"/>
        <source>What does this picture show? People who cannot see it will read or hear this.</source>
        <translation>ماذا تُظهر هذه الصورة؟ سيقرأ هذا أو يسمعه من لا يستطيعون رؤيتها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="159"/>
        <source>Description of picture %1</source>
        <translation>وصف الصورة %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="164"/>
        <source>Remove this picture</source>
        <translation>أزل هذه الصورة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="165"/>
        <source>Remove picture %1</source>
        <translation>أزل الصورة %1</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="96"/>
        <source>Townsfolk cannot find this picture. It may have been moved or deleted.</source>
        <translation>لا يجد Townsfolk هذه الصورة. ربما نُقلت أو حُذفت.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="99"/>
        <source>Townsfolk could not open this picture. Check that you can open it in another app, then try again.</source>
        <translation>تعذّر على Townsfolk فتح هذه الصورة. تأكد من أنك تستطيع فتحها في تطبيق آخر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="104"/>
        <source>This file is not a picture Townsfolk can read. Try a JPEG, PNG, GIF or WebP picture.</source>
        <translation>هذا الملف ليس صورة يستطيع Townsfolk قراءتها. جرّب صورة JPEG أو PNG أو GIF أو WebP.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="108"/>
        <source>This picture is damaged or incomplete, so Townsfolk cannot use it. Try saving it again, or choose another one.</source>
        <translation>هذه الصورة تالفة أو غير مكتملة، لذلك لا يستطيع Townsfolk استخدامها. جرّب حفظها مرة أخرى، أو اختر صورة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="113"/>
        <source>This picture is too large to open safely. Try a smaller version of it.</source>
        <translation>هذه الصورة كبيرة جدًا لفتحها بأمان. جرّب نسخة أصغر منها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="116"/>
        <source>This picture is too big to send, even after making it smaller. Try a smaller version of it.</source>
        <translation>هذه الصورة كبيرة جدًا لإرسالها، حتى بعد تصغيرها. جرّب نسخة أصغر منها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/pictures.py" line="121"/>
        <source>This moving picture is too large to send. Try a shorter or smaller one.</source>
        <translation>هذه الصورة المتحركة كبيرة جدًا لإرسالها. جرّب صورة أقصر أو أصغر.</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="192"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="193"/>
        <source>Poll</source>
        <translation>استطلاع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="199"/>
        <source>Add a choice</source>
        <translation>أضف خيارًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="200"/>
        <source>Add a choice to the poll</source>
        <translation>أضف خيارًا إلى الاستطلاع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="205"/>
        <source>How long people can vote</source>
        <translation>كم من الوقت يمكن التصويت</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="210"/>
        <source>People can vote for</source>
        <translation>يمكن التصويت لمدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="211"/>
        <source>People can pick more than one choice</source>
        <translation>يمكن اختيار أكثر من خيار</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="221"/>
        <source>%1 minutes</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="224"/>
        <source>%1 hours</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="226"/>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="233"/>
        <source>Choice %1</source>
        <translation>الخيار %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="234"/>
        <source>Poll choice %1</source>
        <translation>خيار الاستطلاع %1</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="69"/>
        <source>favourite this post</source>
        <extracomment>What Townsfolk tried to do: a verb phrase that goes into every sentence of :func:`_failure`, after &quot;could not&quot; and after &quot;allow Townsfolk to&quot; (&quot;Townsfolk could not remove this post from your saved posts because ...&quot;). Translate so that those sentences read well.</extracomment>
        <translation>تفضيل هذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="70"/>
        <source>remove your favourite from this post</source>
        <translation>إزالة تفضيلك لهذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="71"/>
        <source>boost this post</source>
        <translation>إعادة نشر هذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="72"/>
        <source>undo your boost of this post</source>
        <translation>التراجع عن إعادة نشر هذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="73"/>
        <source>save this post</source>
        <translation>حفظ هذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="74"/>
        <source>remove this post from your saved posts</source>
        <translation>إزالة هذا المنشور من منشوراتك المحفوظة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="75"/>
        <source>vote in this poll</source>
        <translation>التصويت في هذا الاستطلاع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="76"/>
        <source>delete this post</source>
        <translation>حذف هذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="77"/>
        <source>edit this post</source>
        <translation>تعديل هذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="92"/>
        <source>Townsfolk could not {action}: the post no longer exists, or you are not allowed to see it.</source>
        <translation>لم يستطع Townsfolk {action}: المنشور لم يعد موجودًا، أو ليس مسموحًا لك برؤيته.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="98"/>
        <source>Townsfolk could not {action} because {town} is not answering. Please try again in a little while.</source>
        <translation>لم يستطع Townsfolk {action} لأن {town} لا تردّ. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="104"/>
        <source>{town} asked Townsfolk to slow down, so it could not {action}. Please try again in a few minutes.</source>
        <translation>طلبت {town} من Townsfolk أن يبطئ، فلم يستطع {action}. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="110"/>
        <source>Townsfolk is no longer logged in to {town}. Please log in again, then try again.</source>
        <translation>لم يعد Townsfolk مسجّل الدخول إلى {town}. سجّل الدخول مرة أخرى، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="115"/>
        <source>{town} did not allow Townsfolk to {action}.</source>
        <translation>لم تسمح {town} لـ Townsfolk بـ{action}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="117"/>
        <source>{town} had a problem and could not {action}. Please try again later.</source>
        <translation>حدثت مشكلة لدى {town} فلم تستطع {action}. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="122"/>
        <source>Townsfolk could not {action}. Please try again.</source>
        <translation>لم يستطع Townsfolk {action}. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/post_actions.py" line="231"/>
        <source>{town} does not let people change their posts. Your post is unchanged; you can delete it and write it again.</source>
        <extracomment>Whether the town lets people change their posts (None: not known yet). Learned from its software (:meth:`edit_support`) or from a refused change.</extracomment>
        <translation>{town} لا تسمح بتغيير المنشورات. منشورك لم يتغير؛ يمكنك حذفه وكتابته من جديد.</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="126"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
</context>
<context>
    <name>PracticeAccountDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="45"/>
        <source>Add a practice backup account</source>
        <translation>أضف حسابًا احتياطيًا للتجربة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="47"/>
        <source>Add a practice account</source>
        <translation>أضف حسابًا للتجربة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="59"/>
        <source>Practise with a backup account on another practice town: %1. When your practice town stops answering, Townsfolk uses the backup instead. Everything stays on this computer.</source>
        <translation>تدرّب بحساب احتياطي في مدينة تجربة أخرى: %1. حين تتوقف مدينة التجربة عن الرد، يستخدم Townsfolk الحساب الاحتياطي بدلًا منها. كل شيء يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="65"/>
        <source>Practise with a second account on another practice town: %1. Everything stays on this computer.</source>
        <translation>تدرّب بحساب ثانٍ في مدينة تجربة أخرى: %1. كل شيء يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="82"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="84"/>
        <source>Join a real town instead</source>
        <translation>انضم إلى مدينة حقيقية بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="89"/>
        <location filename="../src/townsfolk/ui/practice_account.py" line="91"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="96"/>
        <source>Add the practice backup account</source>
        <translation>أضف الحساب الاحتياطي للتجربة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="98"/>
        <source>Add the practice account</source>
        <translation>أضف حساب التجربة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="115"/>
        <source>Making your practice account…</source>
        <translation>جارٍ إنشاء حساب التجربة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/practice_account.py" line="128"/>
        <source>The practice account could not be made. Your first practice account is as it was. Try again, or close this and go on practising.</source>
        <translation>تعذّر إنشاء حساب التجربة. حساب التجربة الأول باقٍ كما كان. حاول مرة أخرى، أو أغلق هذا وتابع التجربة.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="29"/>
        <source>Add to what the account already has (nothing is removed)</source>
        <translation>أضف إلى ما لدى الحساب (لا يُزال شيء)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="32"/>
        <source>Make it the same as the file (removes what is not in the file)</source>
        <translation>اجعله مطابقًا للملف (يُزيل ما ليس في الملف)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="44"/>
        <source>What would be removed</source>
        <translation>ما الذي سيُزال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="52"/>
        <source>Look before anything changes</source>
        <translation>انظر قبل أن يتغير أي شيء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="55"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="67"/>
        <source>This is what bringing everything into %1 would do.</source>
        <translation>هذا ما سيفعله استيراد كل شيء إلى %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="77"/>
        <source>Townsfolk is looking at what the account has now…</source>
        <translation>ينظر Townsfolk فيما لدى الحساب الآن…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="110"/>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/preview_page.py" line="120"/>
        <source>These would be removed from the account (%1):</source>
        <translation>سيُزال هذا من الحساب (%1):</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="67"/>
        <source>Edit my profile</source>
        <translation>عدّل ملفي الشخصي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="88"/>
        <source>Choose a profile picture…</source>
        <translation>اختر صورة للملف الشخصي…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="91"/>
        <source>Choose a banner picture…</source>
        <translation>اختر صورة للغلاف…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="102"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="108"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="111"/>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="119"/>
        <source>About you</source>
        <translation>عنك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="122"/>
        <source>Extra facts</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="125"/>
        <source>Short facts shown on your profile, like “Garden: Maple Street” or “Website: example.org”. Your town takes %1 at most.</source>
        <translation>معلومات قصيرة تظهر في ملفك الشخصي، مثل «الحديقة: شارع القيقب» أو «الموقع: example.org». تقبل مدينتك %1 على الأكثر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="138"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="139"/>
        <source>Label of fact %1</source>
        <translation>تسمية المعلومة %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="143"/>
        <source>What it says</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="144"/>
        <source>Fact %1</source>
        <translation>المعلومة %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="164"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="168"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="181"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="227"/>
        <source>Your changes from last time were kept. Press Save to send them to your town.</source>
        <translation>احتُفظ بتغييراتك من المرة الماضية. اضغط «حفظ» لإرسالها إلى مدينتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a profile picture</source>
        <translation>اختر صورة للملف الشخصي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="287"/>
        <source>Choose a banner picture</source>
        <translation>اختر صورة للغلاف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="290"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="309"/>
        <source>Townsfolk cannot show this picture. Try another one.</source>
        <translation>لا يستطيع Townsfolk عرض هذه الصورة. جرّب صورة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="345"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="360"/>
        <source>%1 left</source>
        <translation>بقي %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="363"/>
        <source>%1 too many</source>
        <translation>%1 زائدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="384"/>
        <source>Sending your profile to your town…</source>
        <translation>جارٍ إرسال ملفك الشخصي إلى مدينتك…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_edit.py" line="393"/>
        <source>What you wrote is kept: press Save to try again.</source>
        <translation>ما كتبته محفوظ: اضغط «حفظ» لتحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="78"/>
        <source>Banner picture</source>
        <extracomment>The banner picture&apos;s height above the name (Mastodon&apos;s are 3:1; the middle is shown), and on a short window (an 800×600 screen), where the posts need the room. &quot;Add to list…&quot; was pressed (shown for people you follow).</extracomment>
        <translation>صورة الغلاف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="97"/>
        <source>Profile picture</source>
        <translation>صورة الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="353"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="366"/>
        <source>Follow</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="360"/>
        <source>Following ✓</source>
        <translation>تتابعه ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="140"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="363"/>
        <source>Asked to follow</source>
        <translation>طُلبت المتابعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="146"/>
        <source>Add to list…</source>
        <translation>أضف إلى قائمة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="156"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="158"/>
        <source>Edit my profile</source>
        <translation>عدّل ملفي الشخصي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="179"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="180"/>
        <source>Open the new profile</source>
        <translation>افتح الملف الشخصي الجديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="182"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="434"/>
        <source>Follow the new account</source>
        <translation>تابِع الحساب الجديد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="202"/>
        <source>No posts to show yet.</source>
        <translation>لا منشورات لعرضها بعد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="204"/>
        <source>Their posts</source>
        <translation>منشوراته</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="279"/>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="286"/>
        <source>1 post</source>
        <translation>منشور واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="288"/>
        <source>%1 posts</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="291"/>
        <source>follows 1 person</source>
        <translation>يتابع شخصًا واحدًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="293"/>
        <source>follows %1 people</source>
        <translation>يتابع: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="296"/>
        <source>1 follower</source>
        <translation>متابِع واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="298"/>
        <source>%1 followers</source>
        <translation>المتابِعون: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="305"/>
        <source>People %1 follows: %2. Press to see them.</source>
        <translation>الأشخاص الذين يتابعهم %1: %2. اضغط لرؤيتهم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="313"/>
        <source>People who follow %1: %2. Press to see them.</source>
        <translation>الأشخاص الذين يتابعون %1: %2. اضغط لرؤيتهم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="328"/>
        <source>%1 has moved to %2. Their new posts are there.</source>
        <translation>انتقل %1 إلى %2. منشوراته الجديدة هناك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="345"/>
        <source>Add %1 to one of your lists</source>
        <translation>أضف %1 إلى إحدى قوائمك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="356"/>
        <source>Follow (available when your town answers)</source>
        <translation>متابعة (متاحة حين تردّ مدينتك)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="361"/>
        <source>You follow %1. Press to stop following.</source>
        <translation>أنت تتابع %1. اضغط لإلغاء المتابعة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="364"/>
        <source>You asked to follow %1. Press to take the request back.</source>
        <translation>طلبت متابعة %1. اضغط لسحب الطلب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="432"/>
        <source>Following the new account ✓</source>
        <translation>تتابع الحساب الجديد ✓</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/profile_view.py" line="332"/>
        <location filename="../src/townsfolk/ui/profile_view.py" line="367"/>
        <source>Follow %1</source>
        <translation>تابِع %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="183"/>
        <source>Report %1</source>
        <translation>أبلغ عن %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="186"/>
        <source>The people who look after %1 will read your report and decide what to do. %2 is not told who sent it.</source>
        <translation>سيقرأ القائمون على %1 بلاغك ويقررون ما يجب فعله. لن يعرف %2 من أرسله.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="192"/>
        <source>Send report</source>
        <translation>أرسل البلاغ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="198"/>
        <source>What is wrong?</source>
        <translation>ما المشكلة؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="202"/>
        <source>It&apos;s spam</source>
        <translation>إنه رسائل مزعجة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="204"/>
        <source>It breaks the rules of %1</source>
        <translation>إنه يخالف قواعد %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="206"/>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="221"/>
        <source>Which of their posts? (you may leave this empty)</source>
        <translation>أي من منشوراته؟ (يمكنك ترك هذا فارغًا)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="224"/>
        <source>Their posts to add to the report</source>
        <translation>منشوراته التي تُضاف إلى البلاغ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="231"/>
        <source>Looking for their posts…</source>
        <translation>جارٍ البحث عن منشوراته…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="237"/>
        <source>Anything the team should know (optional)</source>
        <translation>ما ينبغي أن يعرفه الفريق (اختياري)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="238"/>
        <source>Anything the team should know</source>
        <translation>ما ينبغي أن يعرفه الفريق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="245"/>
        <source>Also tell the team of their town, %1</source>
        <translation>أخبر فريق مدينته أيضًا، %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="280"/>
        <source>(a post without text)</source>
        <translation>(منشور بلا نص)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="285"/>
        <source>They have no posts to show.</source>
        <translation>ليس لديه منشورات لعرضها.</translation>
    </message>
</context>
<context>
    <name>RequestButtons</name>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="130"/>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="137"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="139"/>
        <source>Accept: let %1 follow you</source>
        <translation>قبول: اسمح لـ %1 بمتابعتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="140"/>
        <source>%1 will see your posts</source>
        <translation>سيرى %1 منشوراتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="141"/>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/notifications_view.py" line="144"/>
        <source>Decline: %1 will not follow you</source>
        <translation>رفض: لن يتابعك %1</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="77"/>
        <source>Townsfolk could not {what}. {reason}</source>
        <extracomment>The durations a mute can have, in seconds (0: until unmuted). Timelines whose saved posts lose a muted or blocked person&apos;s posts.</extracomment>
        <translation>لم يستطع Townsfolk {what}. {reason}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="102"/>
        <source>mute this person</source>
        <translation>كتم هذا الشخص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="110"/>
        <source>unmute this person</source>
        <translation>إلغاء كتم هذا الشخص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="117"/>
        <source>block this person</source>
        <translation>حظر هذا الشخص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="125"/>
        <source>unblock this person</source>
        <translation>إلغاء حظر هذا الشخص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="131"/>
        <source>read the people you muted</source>
        <translation>قراءة الأشخاص الذين كتمتهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="138"/>
        <source>read the people you blocked</source>
        <translation>قراءة الأشخاص الذين حظرتهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="147"/>
        <source>block this town</source>
        <translation>حظر هذه المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="154"/>
        <source>unblock this town</source>
        <translation>إلغاء حظر هذه المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="160"/>
        <source>read the towns you blocked</source>
        <translation>قراءة المدن التي حظرتها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="171"/>
        <source>read your town&apos;s rules</source>
        <translation>قراءة قواعد مدينتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="178"/>
        <source>read this person&apos;s posts</source>
        <translation>قراءة منشورات هذا الشخص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/safety.py" line="201"/>
        <source>send your report</source>
        <translation>إرسال بلاغك</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="105"/>
        <source>&amp;Account</source>
        <extracomment>The hidden-words context of each list of posts on the main page (None: not filtered). The question opened last (tests look at it).</extracomment>
        <translation>ال&amp;حساب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="107"/>
        <source>People you &amp;muted or blocked…</source>
        <translation>الأشخاص الذين &amp;كتمتهم أو حظرتهم…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="109"/>
        <source>&amp;Hidden words…</source>
        <translation>الكلمات الم&amp;خفية…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="111"/>
        <source>&amp;Log out…</source>
        <translation>تسجيل ال&amp;خروج…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="113"/>
        <source>&amp;Remove this account from Townsfolk…</source>
        <translation>أ&amp;زل هذا الحساب من Townsfolk…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="136"/>
        <source>&amp;Log out of %1…</source>
        <translation>تسجيل ال&amp;خروج من %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="149"/>
        <source>Your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="153"/>
        <source>Hidden words…</source>
        <translation>الكلمات المخفية…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="154"/>
        <source>People you muted or blocked…</source>
        <translation>الأشخاص الذين كتمتهم أو حظرتهم…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="155"/>
        <source>Log out…</source>
        <translation>تسجيل الخروج…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="156"/>
        <source>Remove this account…</source>
        <translation>أزل هذا الحساب…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="187"/>
        <source>Mute %1…</source>
        <translation>اكتم %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="190"/>
        <source>Block %1…</source>
        <translation>احظر %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="193"/>
        <source>Report %1…</source>
        <translation>أبلغ عن %1…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="198"/>
        <location filename="../src/townsfolk/ui/safety.py" line="538"/>
        <source>Block the whole town %1…</source>
        <translation>احظر مدينة %1 كلها…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="265"/>
        <source>You muted %1. To undo it, press Unmute on their profile.</source>
        <translation>كتمت %1. للتراجع، اضغط «إلغاء الكتم» في ملفه الشخصي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="278"/>
        <source>You blocked %1. To undo it, press Unblock on their profile.</source>
        <translation>حظرت %1. للتراجع، اضغط «إلغاء الحظر» في ملفه الشخصي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="321"/>
        <source>Unmuted. Their new posts will show again.</source>
        <translation>أُلغي الكتم. ستظهر منشوراته الجديدة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="323"/>
        <source>Unblocked. You can follow each other again.</source>
        <translation>أُلغي الحظر. يمكنكما متابعة بعضكما مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="351"/>
        <source>You blocked the town %1.</source>
        <translation>حظرت مدينة %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="437"/>
        <source>Thank you. The team of %1 will look at your report.</source>
        <translation>شكرًا لك. سينظر فريق %1 في بلاغك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="478"/>
        <location filename="../src/townsfolk/ui/safety.py" line="524"/>
        <source>Unmute</source>
        <translation>إلغاء الكتم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="480"/>
        <location filename="../src/townsfolk/ui/safety.py" line="530"/>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="484"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="485"/>
        <source>More: mute, block or report</source>
        <translation>المزيد: كتم أو حظر أو إبلاغ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="508"/>
        <source>Unmute %1</source>
        <translation>ألغِ كتم %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="509"/>
        <source>Unblock %1</source>
        <translation>ألغِ حظر %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="528"/>
        <source>Mute…</source>
        <translation>كتم…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="534"/>
        <source>Block…</source>
        <translation>حظر…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="535"/>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="588"/>
        <source>You unblocked the town %1.</source>
        <translation>ألغيت حظر مدينة %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="767"/>
        <source>All the waiting posts were sent.</source>
        <translation>أُرسلت كل المنشورات المنتظرة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="772"/>
        <source>They could not be sent yet. They are still saved on this computer.</source>
        <translation>تعذّر إرسالها بعد. ما زالت محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="781"/>
        <source>Sending them now…</source>
        <translation>جارٍ إرسالها الآن…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="809"/>
        <source>%1 was removed from Townsfolk.</source>
        <translation>أُزيل %1 من Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="811"/>
        <source>You logged out of %1.</source>
        <translation>سجّلت الخروج من %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety.py" line="813"/>
        <source>%1 is now your main account.</source>
        <translation>%1 الآن حسابك الرئيسي.</translation>
    </message>
</context>
<context>
    <name>SafetyListsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="80"/>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="85"/>
        <source>People you muted or blocked</source>
        <translation>الأشخاص الذين كتمتهم أو حظرتهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>You have not muted anyone.</source>
        <translation>لم تكتم أحدًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="95"/>
        <source>Unmute</source>
        <translation>إلغاء الكتم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>You have not blocked anyone.</source>
        <translation>لم تحظر أحدًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="98"/>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>You have not blocked any town.</source>
        <translation>لم تحظر أي مدينة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="101"/>
        <source>Unblock the town</source>
        <translation>ألغِ حظر المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="103"/>
        <source>Muted</source>
        <translation>المكتومون</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="104"/>
        <source>Blocked</source>
        <translation>المحظورون</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="105"/>
        <source>Blocked towns</source>
        <translation>المدن المحظورة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="110"/>
        <source>Name of a town, like example.social</source>
        <translation>اسم مدينة، مثل example.social</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="111"/>
        <source>Name of a town to block</source>
        <translation>اسم المدينة المراد حظرها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="112"/>
        <source>Block this town…</source>
        <translation>احظر هذه المدينة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="114"/>
        <source>Block this town</source>
        <translation>احظر هذه المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_lists.py" line="139"/>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="51"/>
        <source>A name, @someone@town, #hashtag, or the link of a post</source>
        <translation>اسم، أو ‎@شخص@مدينة، أو ‎#وسم، أو رابط منشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="53"/>
        <source>What to look for</source>
        <translation>عمّ تبحث</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="57"/>
        <location filename="../src/townsfolk/ui/search_view.py" line="58"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="67"/>
        <source>Look for people and hashtags in every town your town knows. Paste the link of a post or a person to open it here.</source>
        <translation>ابحث عن أشخاص ووسوم في كل المدن التي تعرفها مدينتك. الصق رابط منشور أو شخص لفتحه هنا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="82"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="87"/>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="88"/>
        <source>Hashtags</source>
        <translation>وسوم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="91"/>
        <source>Hashtags found</source>
        <translation>الوسوم التي عُثر عليها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="99"/>
        <source>Posts</source>
        <translation>منشورات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="103"/>
        <source>No posts found.</source>
        <translation>لم يُعثر على منشورات.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="106"/>
        <source>Posts found</source>
        <translation>المنشورات التي عُثر عليها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="124"/>
        <source>What you can look for</source>
        <translation>عمّ يمكنك البحث</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="128"/>
        <source>A name, like “Ann” or “Riverside Library”: people whose name matches.</source>
        <translation>اسم، مثل «سلمى» أو «مكتبة النهر»: أشخاص تطابق أسماؤهم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="129"/>
        <source>A full address, like @ann@maple.social: that person, even in another town.</source>
        <translation>عنوان كامل، مثل ‎@ann@maple.social: ذلك الشخص، حتى لو كان في مدينة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="131"/>
        <source>The web address of a profile or a post, copied from your browser: it opens here.</source>
        <translation>عنوان ويب لملف شخصي أو لمنشور، منسوخ من متصفحك: يُفتح هنا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="133"/>
        <source>A word with # in front, like #gardening: posts about that subject.</source>
        <translation>كلمة قبلها #، مثل ‎#بستنة: منشورات عن ذلك الموضوع.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="171"/>
        <source>Looking for “%1”…</source>
        <translation>جارٍ البحث عن «%1»…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="84"/>
        <source>No one found.</source>
        <translation>لم يُعثر على أحد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="198"/>
        <source>No hashtags found.</source>
        <translation>لم يُعثر على وسوم.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="201"/>
        <source>Nothing was found. Try other words.</source>
        <translation>لم يُعثر على شيء. جرّب كلمات أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="204"/>
        <source>%1 people</source>
        <translation>الأشخاص: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>1 hashtag</source>
        <translation>وسم واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="205"/>
        <source>%1 hashtags</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>1 post</source>
        <translation>منشور واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="206"/>
        <source>%1 posts</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/search_view.py" line="208"/>
        <source>Found: %1.</source>
        <translation>عُثر على: %1.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../src/townsfolk/services/secrets.py" line="76"/>
        <source>Townsfolk could not keep your login safe, because this computer&apos;s password store (keyring) is not available or is locked. Nothing was saved in plain text. Unlock your password store if you are asked to; on Linux, install one such as GNOME Keyring or KWallet and log in to your desktop again. Then try again.</source>
        <translation>لم يستطع Townsfolk حفظ تسجيل دخولك بأمان، لأن مخزن كلمات المرور في هذا الحاسوب (حلقة المفاتيح) غير متاح أو مقفل. لم يُحفظ شيء كنص مكشوف. افتح قفل مخزن كلمات المرور إن طُلب منك ذلك؛ وعلى لينكس، ثبّت مخزنًا مثل GNOME Keyring أو KWallet ثم سجّل الدخول إلى سطح المكتب مرة أخرى. ثم حاول مجددًا.</translation>
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
        <translation>لم يعد هذا الحساب على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="300"/>
        <source>Townsfolk is no longer logged in to {handle}. Please log in again.</source>
        <translation>لم يعد Townsfolk مسجّل الدخول إلى {handle}. سجّل الدخول مرة أخرى من فضلك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="357"/>
        <source>This account is not ready yet. Please try again.</source>
        <translation>هذا الحساب ليس جاهزًا بعد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="401"/>
        <source>Townsfolk could not find {who}.</source>
        <translation>لم يستطع Townsfolk العثور على {who}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="461"/>
        <source>A post of this account is still waiting to be sent. Send it first, or choose to delete it.</source>
        <translation>ما زال منشور من هذا الحساب ينتظر الإرسال. أرسله أولًا، أو اختر حذفه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/session.py" line="467"/>
        <source>%n posts of this account are still waiting to be sent. Send them first, or choose to delete them.</source>
        <translation>منشورات هذا الحساب التي ما زالت تنتظر الإرسال: %n. أرسلها أولًا، أو اختر حذفها.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="127"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="137"/>
        <source>Settings</source>
        <extracomment>Space for saved pictures, in MB (the default, 500, is marked as the usual choice). Posts kept in each list (the default, 2000, is marked as the usual choice). (backup account id, follow the same people) for each choice changed, on &quot;Done&quot;.</extracomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="291"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="297"/>
        <source>&amp;Text size</source>
        <translation>&amp;حجم النص</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="301"/>
        <source>Like the rest of my computer</source>
        <translation>مثل بقية حاسوبي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="302"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="303"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="300"/>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="305"/>
        <source>&amp;Colours</source>
        <translation>الأ&amp;لوان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="308"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="312"/>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="263"/>
        <source>Show pictures marked as sensitive without asking first</source>
        <translation>اعرض الصور الموسومة بأنها حساسة دون أن تسألني أولًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="268"/>
        <source>Remind me to describe each picture for people who cannot see it</source>
        <translation>ذكّرني بوصف كل صورة لمن لا يستطيعون رؤيتها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="258"/>
        <source>Tell me about new notifications when Townsfolk is in the background</source>
        <translation>أخبرني بالإشعارات الجديدة حين يكون Townsfolk في الخلفية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="245"/>
        <source>How often to look for new posts</source>
        <translation>كم مرة يُبحث عن منشورات جديدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="255"/>
        <source>&amp;Look for new posts</source>
        <translation>ابحث عن منشورات &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="319"/>
        <source>Switch back by itself</source>
        <translation>عُد وحدك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="320"/>
        <source>Ask me first</source>
        <translation>اسألني أولًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="318"/>
        <source>When my town is back after being down</source>
        <translation>حين تعود مدينتي بعد توقفها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="323"/>
        <source>When my town is &amp;back after being down</source>
        <translation>حين ت&amp;عود مدينتي بعد توقفها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="334"/>
        <source>Follow the same people on my backup account @%1</source>
        <translation>تابِع الأشخاص أنفسهم بحسابي الاحتياطي @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="341"/>
        <source>Your backup account follows everyone your main account follows, so it is ready to read with if your town is down.</source>
        <translation>حسابك الاحتياطي يتابع كل من يتابعهم حسابك الرئيسي، لذلك يكون جاهزًا للقراءة إن توقفت مدينتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="165"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="244"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="273"/>
        <source>Looks</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="316"/>
        <source>Your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="360"/>
        <source>Keeping things tidy</source>
        <translation>الترتيب والتنظيف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="362"/>
        <source>Space for saved pictures</source>
        <translation>المساحة المخصصة للصور المحفوظة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="371"/>
        <source>&amp;Space for saved pictures</source>
        <translation>الم&amp;ساحة المخصصة للصور المحفوظة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="374"/>
        <source>Posts kept in each list</source>
        <translation>المنشورات المحفوظة في كل قائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="383"/>
        <source>&amp;Posts kept in each list</source>
        <translation>الم&amp;نشورات المحفوظة في كل قائمة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="388"/>
        <source>Older posts and pictures are let go by themselves; Townsfolk fetches them again when you scroll back to them.</source>
        <translation>تُترك المنشورات والصور الأقدم تلقائيًا؛ ويجلبها Townsfolk من جديد حين تعود إليها بالتمرير.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="394"/>
        <source>&amp;Free up space now</source>
        <translation>أ&amp;فرغ مساحة الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="396"/>
        <source>Free up space now</source>
        <translation>أفرغ مساحة الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="422"/>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="428"/>
        <source>%1 (usual)</source>
        <translation>%1 (المعتاد)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="426"/>
        <source>%1 posts</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="444"/>
        <source>Freeing up space…</source>
        <translation>جارٍ إفراغ المساحة…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="461"/>
        <source>Townsfolk could not free up space just now: the disk or the saved posts could not be changed. Try again in a moment, or restart Townsfolk.</source>
        <translation>تعذّر على Townsfolk إفراغ مساحة الآن: لم يمكن تغيير القرص أو المنشورات المحفوظة. حاول مرة أخرى بعد لحظة، أو أعد تشغيل Townsfolk.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="470"/>
        <source>There was nothing to let go. Saved pictures now take %1.</source>
        <translation>لم يكن هناك شيء لتركه. تشغل الصور المحفوظة الآن %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="478"/>
        <source>Freed %1: %2 saved pictures and %3 old posts were let go. Saved pictures now take %4.</source>
        <translation>أُفرغ %1: تُركت %2 من الصور المحفوظة و%3 من المنشورات القديمة. تشغل الصور المحفوظة الآن %4.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="491"/>
        <source>Every minute</source>
        <translation>كل دقيقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="492"/>
        <source>Every 2 minutes</source>
        <translation>كل دقيقتين</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="493"/>
        <source>Every 5 minutes</source>
        <translation>كل 5 دقائق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="494"/>
        <source>Every 15 minutes</source>
        <translation>كل 15 دقيقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="495"/>
        <source>Every 30 minutes</source>
        <translation>كل 30 دقيقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="496"/>
        <source>Every hour</source>
        <translation>كل ساعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="500"/>
        <source>Every %1 seconds</source>
        <translation>كل %1 ثانية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/settings_dialog.py" line="504"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="40"/>
        <source>At least 8 characters. A short sentence you can remember works well.</source>
        <translation>8 أحرف على الأقل. جملة قصيرة تستطيع تذكّرها تفي بالغرض.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="44"/>
        <source>Too short: please use at least 8 characters.</source>
        <translation>قصيرة جدًا: استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="56"/>
        <source>Strong password. Well done.</source>
        <translation>كلمة مرور قوية. أحسنت.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="57"/>
        <source>Good. A longer one is even safer: try a short sentence.</source>
        <translation>جيدة. الأطول أكثر أمانًا: جرّب جملة قصيرة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="76"/>
        <source>A user name cannot have spaces. Use _ instead, like rosa_diaz.</source>
        <extracomment>The longest user name and display name Mastodon accepts.</extracomment>
        <translation>لا يمكن أن يحتوي اسم المستخدم على مسافات. استخدم _ بدلًا منها، مثل rosa_diaz.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="80"/>
        <source>A user name can have only letters a to z, numbers and _.</source>
        <translation>يمكن أن يحتوي اسم المستخدم على الحروف من a إلى z والأرقام و_ فقط.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="84"/>
        <source>A user name can have at most {count} characters.</source>
        <translation>يمكن أن يحتوي اسم المستخدم على {count} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="101"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="154"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="102"/>
        <source>The name others will see, like Ann Archer</source>
        <translation>الاسم الذي سيراه الآخرون، مثل سلمى الخطيب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="105"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="155"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="106"/>
        <source>Letters, numbers and _ only, like ann_archer</source>
        <translation>حروف لاتينية وأرقام و_ فقط، مثل salma_k</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="107"/>
        <source>Your full address</source>
        <translation>عنوانك الكامل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="109"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="156"/>
        <source>Email address</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="110"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="112"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="157"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="114"/>
        <source>At least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="115"/>
        <source>How strong the password is</source>
        <translation>مدى قوة كلمة المرور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="117"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="121"/>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="158"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="123"/>
        <source>I agree to the rules</source>
        <translation>أوافق على القواعد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="145"/>
        <source>Problem with {what}</source>
        <translation>مشكلة في {what}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="159"/>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="209"/>
        <source>yourname</source>
        <translation>yourname</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="211"/>
        <source>Your full address will be @{name}@{town}</source>
        <translation>سيكون عنوانك الكامل ‎@{name}@{town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="216"/>
        <source>Create your account in {town}</source>
        <translation>أنشئ حسابك في {town}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="230"/>
        <source>I have read the rules of {town} and I agree to them</source>
        <translation>قرأت قواعد {town} وأوافق عليها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="239"/>
        <source>Asking {town} how to join…</source>
        <translation>يسأل Townsfolk مدينة {town} عن طريقة الانضمام…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="252"/>
        <source>The town rules</source>
        <translation>قواعد المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="254"/>
        <source>Terms of use</source>
        <translation>شروط الاستخدام</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="256"/>
        <source>Privacy policy</source>
        <translation>سياسة الخصوصية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="265"/>
        <source>The town&apos;s own pages (they open in your web browser):</source>
        <translation>صفحات المدينة نفسها (تُفتح في متصفحك):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="268"/>
        <source>The town&apos;s terms of use and privacy policy, as links</source>
        <translation>شروط استخدام المدينة وسياسة الخصوصية فيها، كروابط</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="284"/>
        <source>Date of birth (you must be at least {age})</source>
        <translation>تاريخ الميلاد (يجب أن يكون عمرك {age} على الأقل)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="297"/>
        <source>Create my account</source>
        <translation>أنشئ حسابي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/signup.py" line="331"/>
        <source>Creating your account…</source>
        <translation>جارٍ إنشاء حسابك…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="86"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. Your posts, follows and messages on your town are safe; posts that had not been sent yet may need to be written again. If Townsfolk asks, log in again.</source>
        <translation>وجد Townsfolk أن بياناته المحفوظة على هذا الحاسوب تالفة، فوضع ذلك الملف جانبًا وبدأ من جديد. منشوراتك ومتابعاتك ورسائلك في مدينتك بأمان؛ وقد تحتاج إلى كتابة المنشورات التي لم تكن قد أُرسلت بعد من جديد. إن طلب Townsfolk ذلك، فسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/database.py" line="98"/>
        <source>Townsfolk found that its saved data on this computer was damaged, so it put that file aside and started fresh. It kept your accounts and the posts you had not sent yet. Your posts, follows and messages on your town are safe; saved timelines will load again from your town.</source>
        <translation>وجد Townsfolk أن بياناته المحفوظة على هذا الحاسوب تالفة، فوضع ذلك الملف جانبًا وبدأ من جديد. احتفظ بحساباتك وبالمنشورات التي لم تكن قد أرسلتها بعد. منشوراتك ومتابعاتك ورسائلك في مدينتك بأمان؛ وستُحمَّل قوائم المنشورات المحفوظة من مدينتك من جديد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="55"/>
        <source>Townsfolk could not save or read its data on this computer. Nothing you already saved was lost. Please restart Townsfolk; if this keeps happening, restart the computer.</source>
        <translation>تعذّر على Townsfolk حفظ بياناته أو قراءتها على هذا الحاسوب. لم يضِع شيء مما حفظته من قبل. أعد تشغيل Townsfolk؛ وإن تكرر ذلك، فأعد تشغيل الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="74"/>
        <source>Your computer&apos;s disk is full, so Townsfolk could not save this. Nothing you already saved was lost. Free some space (for example, empty the bin or delete large files you no longer need), then try again.</source>
        <translation>قرص حاسوبك ممتلئ، لذلك تعذّر على Townsfolk حفظ هذا. لم يضِع شيء مما حفظته من قبل. أفرغ بعض المساحة (مثلًا أفرغ سلة المحذوفات أو احذف ملفات كبيرة لم تعد تحتاج إليها)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="87"/>
        <source>Townsfolk is not allowed to save in its folder on this computer. Nothing you already saved was lost. Check that your user account may write to the Townsfolk folder, then start Townsfolk again.</source>
        <translation>لا يُسمح لـ Townsfolk بالحفظ في مجلده على هذا الحاسوب. لم يضِع شيء مما حفظته من قبل. تأكد من أن حساب المستخدم لديك يستطيع الكتابة في مجلد Townsfolk، ثم شغّل Townsfolk مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="100"/>
        <source>Townsfolk&apos;s folder on this computer is read-only, so nothing new can be saved. Nothing you already saved was lost. Move Townsfolk&apos;s folder to a disk you can write to, or make it writable, then start Townsfolk again.</source>
        <translation>مجلد Townsfolk على هذا الحاسوب للقراءة فقط، لذلك لا يمكن حفظ أي شيء جديد. لم يضِع شيء مما حفظته من قبل. انقل مجلد Townsfolk إلى قرص تستطيع الكتابة فيه، أو اجعله قابلًا للكتابة، ثم شغّل Townsfolk مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="113"/>
        <source>Townsfolk&apos;s saved data is being used by another program, perhaps a second copy of Townsfolk. Nothing was lost. Close the other copy, then try again.</source>
        <translation>بيانات Townsfolk المحفوظة يستخدمها برنامج آخر، ربما نسخة ثانية من Townsfolk. لم يضِع شيء. أغلق النسخة الأخرى، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="125"/>
        <source>The disk reported an error while Townsfolk was saving. What was saved before is kept. If this happens again, the disk may be failing: copy your important files somewhere safe.</source>
        <translation>أبلغ القرص عن خطأ أثناء حفظ Townsfolk. ما حُفظ من قبل باقٍ. إن تكرر هذا، فربما القرص يتعطل: انسخ ملفاتك المهمة إلى مكان آمن.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="138"/>
        <source>Townsfolk&apos;s saved data on this computer is damaged and could not be repaired automatically. Your posts on your town are safe. Restart Townsfolk; if this message comes back, start it with a new profile folder.</source>
        <translation>بيانات Townsfolk المحفوظة على هذا الحاسوب تالفة وتعذّر إصلاحها تلقائيًا. منشوراتك في مدينتك بأمان. أعد تشغيل Townsfolk؛ وإن عادت هذه الرسالة، فشغّله بمجلد ملف شخصي جديد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="152"/>
        <source>Townsfolk found that its saved data on this computer is damaged. Your posts on your town are safe. Please restart Townsfolk: it will check its saved data and keep everything it can still read.</source>
        <translation>وجد Townsfolk أن بياناته المحفوظة على هذا الحاسوب تالفة. منشوراتك في مدينتك بأمان. أعد تشغيل Townsfolk من فضلك: سيتحقق من بياناته المحفوظة ويحتفظ بكل ما يستطيع قراءته.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/cache/errors.py" line="165"/>
        <source>This Townsfolk folder was last used by a newer version of Townsfolk. Nothing was changed. Please install the newest Townsfolk to keep using it.</source>
        <translation>آخر من استخدم مجلد Townsfolk هذا إصدار أحدث من Townsfolk. لم يتغير شيء. ثبّت أحدث إصدار من Townsfolk لتواصل استخدامه.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="53"/>
        <source>This conversation is not saved on this computer yet. It will show when your town answers.</source>
        <extracomment>The list&apos;s height when it has no posts to measure (Qt&apos;s &quot;no limit&quot;).</extracomment>
        <translation>هذه المحادثة ليست محفوظة على هذا الحاسوب بعد. ستظهر حين تردّ مدينتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="58"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="70"/>
        <source>No replies yet. You can be the first to answer.</source>
        <translation>لا ردود بعد. يمكنك أن تكون أول من يرد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="82"/>
        <source>Write a reply…</source>
        <translation>اكتب ردًّا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="83"/>
        <source>Write a reply to this post</source>
        <translation>اكتب ردًّا على هذا المنشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/thread_view.py" line="117"/>
        <source>Write a reply to %1…</source>
        <translation>اكتب ردًّا على %1…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="722"/>
        <source>Content warning: %1</source>
        <translation>تحذير بشأن المحتوى: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show less</source>
        <translation>اعرض أقل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="730"/>
        <source>Show more</source>
        <translation>اعرض المزيد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="487"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="519"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="488"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="517"/>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="497"/>
        <source>Reply</source>
        <translation>ردّ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="502"/>
        <source>Boosted</source>
        <translation>أُعيد نشره</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="405"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="688"/>
        <source>Read more</source>
        <extracomment>Custom emoji pictures asked for per post (a post may list 20,000); the rest stay words. A long post (Friendica, Hubzilla...: more than Mastodon&apos;s 500 letters) shows this many lines of its text in a list, then &quot;Read more&quot;, which opens it whole (ui/kinds). The widest a post&apos;s text runs, in letters (&quot;em&quot;), on a wide window. lupdate collects calls named ``translate`` whose context is written out. A post whose conversation is already on screen (a click on it opens nothing).</extracomment>
        <translation>اقرأ المزيد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="474"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="504"/>
        <source>Boost</source>
        <translation>إعادة نشر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourited</source>
        <translation>مُفضَّل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="479"/>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="509"/>
        <source>Favourite</source>
        <translation>تفضيل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="521"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="589"/>
        <source>Some posts are not loaded here. Show them</source>
        <translation>بعض المنشورات غير محمّلة هنا. اعرضها</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="605"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="204"/>
        <source>%1 boosted</source>
        <translation>أعاد %1 النشر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="627"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="211"/>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="709"/>
        <source>Continuing a thread</source>
        <translation>تتمة سلسلة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="712"/>
        <source>Replying to %1</source>
        <translation>ردًّا على %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="715"/>
        <source>Replying to a post</source>
        <translation>ردًّا على منشور</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Show anyway</source>
        <translation>اعرضه على أي حال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="729"/>
        <source>Hide again</source>
        <translation>أخفِه مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="835"/>
        <source>Sensitive picture. Click to show it.</source>
        <translation>صورة حساسة. انقر لعرضها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="848"/>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="959"/>
        <source>1 vote</source>
        <translation>صوت واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="961"/>
        <source>%n votes</source>
        <translation>الأصوات: %n</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="964"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="966"/>
        <source>you voted</source>
        <translation>صوّتّ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/delegate.py" line="968"/>
        <source>click an answer to vote</source>
        <translation>انقر على إجابة للتصويت</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="135"/>
        <source>Some posts are not loaded yet here. Press Enter to load them.</source>
        <extracomment>lupdate collects calls named ``translate`` whose context is written out. What the person&apos;s hidden words do to a post: the post to show (folded behind a note when it should warn), or None when it is hidden (``ui/hidden_words.py``). The post shown whole even when long (the post a conversation is about).</extracomment>
        <translation>بعض المنشورات لم تُحمَّل هنا بعد. اضغط Enter لتحميلها.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="209"/>
        <source>Press O to open it.</source>
        <translation>اضغط O لفتحه.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="214"/>
        <source>%1 Press Space to show the post anyway.</source>
        <translation>%1 اضغط مفتاح المسافة لعرض المنشور على أي حال.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="220"/>
        <source>Content warning: %1. Press Space to show the post.</source>
        <translation>تحذير بشأن المحتوى: %1. اضغط مفتاح المسافة لعرض المنشور.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="227"/>
        <source>Content warning: %1.</source>
        <translation>تحذير بشأن المحتوى: %1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="150"/>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="239"/>
        <source>no description</source>
        <translation>بلا وصف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="233"/>
        <source>The text is shortened here. Press O to read more.</source>
        <translation>النص مختصر هنا. اضغط O لقراءة المزيد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="244"/>
        <source>%n pictures:</source>
        <translation>الصور (%n):</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="249"/>
        <source>Link: %1</source>
        <translation>رابط: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="252"/>
        <source>Poll: %1</source>
        <translation>استطلاع: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/model.py" line="257"/>
        <source>%1 replies, %2 boosts, %3 favourites</source>
        <translation>الردود: %1، إعادات النشر: %2، التفضيلات: %3</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="326"/>
        <source>There are no posts here yet. New posts will show up here.</source>
        <translation>لا منشورات هنا بعد. ستظهر المنشورات الجديدة هنا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="509"/>
        <source>1 post could not be shown: the town sent it in a way Townsfolk cannot read.</source>
        <translation>تعذّر عرض منشور واحد: أرسلته المدينة بطريقة لا يستطيع Townsfolk قراءتها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="512"/>
        <source>%n posts could not be shown: the town sent them in a way Townsfolk cannot read.</source>
        <translation>
            <numerusform>لم يتعذّر عرض أي منشور.</numerusform>
            <numerusform>تعذّر عرض منشور واحد: أرسلته المدينة بطريقة لا يستطيع Townsfolk قراءتها.</numerusform>
            <numerusform>تعذّر عرض منشورين: أرسلتهما المدينة بطريقة لا يستطيع Townsfolk قراءتها.</numerusform>
            <numerusform>تعذّر عرض %n منشورات: أرسلتها المدينة بطريقة لا يستطيع Townsfolk قراءتها.</numerusform>
            <numerusform>تعذّر عرض %n منشورًا: أرسلتها المدينة بطريقة لا يستطيع Townsfolk قراءتها.</numerusform>
            <numerusform>تعذّر عرض %n منشور: أرسلتها المدينة بطريقة لا يستطيع Townsfolk قراءتها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>1 new post</source>
        <translation>منشور جديد واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/townsfolk/ui/timeline/view.py" line="525"/>
        <source>%n new posts</source>
        <translation>
            <numerusform>لا منشورات جديدة</numerusform>
            <numerusform>منشور جديد واحد</numerusform>
            <numerusform>منشوران جديدان</numerusform>
            <numerusform>%n منشورات جديدة</numerusform>
            <numerusform>%n منشورًا جديدًا</numerusform>
            <numerusform>%n منشور جديد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timelines</name>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="193"/>
        <source>You are offline; showing saved posts.</source>
        <extracomment>The English text of :func:`offline_message` (what it says when no translation is installed). Pages asked for in a row while every post on them was unreadable.</extracomment>
        <translation>أنت غير متصل؛ تُعرض المنشورات المحفوظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="202"/>
        <source>{problem} Showing saved posts.</source>
        <extracomment>{problem} is a sentence saying what went wrong with the town.</extracomment>
        <translation>{problem} تُعرض المنشورات المحفوظة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/timelines.py" line="207"/>
        <source>Something went wrong while loading posts. Showing saved posts.</source>
        <translation>حدث خطأ أثناء تحميل المنشورات. تُعرض المنشورات المحفوظة.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="132"/>
        <source>For everyone</source>
        <extracomment>Software that speaks the Mastodon client API well enough for Townsfolk. Software that certainly does not (shown as &quot;Townsfolk cannot use this town yet&quot;). One line under the title, in everyday words. Only filled by the live directory (nothing in the shipped list).</extracomment>
        <translation>للجميع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="133"/>
        <source>Big towns about everything: a good place to start</source>
        <translation>مدن كبيرة عن كل شيء: مكان جيد للبداية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="136"/>
        <source>Academia and science</source>
        <translation>الجامعات والعلوم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="137"/>
        <source>Researchers, teachers, students, libraries</source>
        <translation>باحثون ومعلمون وطلاب ومكتبات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="140"/>
        <source>News and journalism</source>
        <translation>الأخبار والصحافة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="141"/>
        <source>Reporters, newsrooms and news lovers</source>
        <translation>صحفيون وغرف أخبار ومحبو الأخبار</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="144"/>
        <source>Art, books and writing</source>
        <translation>الفن والكتب والكتابة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="145"/>
        <source>Artists, photographers, writers, readers</source>
        <translation>فنانون ومصورون وكتّاب وقرّاء</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="148"/>
        <source>Music</source>
        <translation>الموسيقى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="149"/>
        <source>Musicians and music lovers</source>
        <translation>موسيقيون ومحبو الموسيقى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="152"/>
        <source>Games</source>
        <translation>الألعاب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="153"/>
        <source>Video games, board games, role-playing</source>
        <translation>ألعاب الفيديو وألعاب الطاولة وألعاب تقمّص الأدوار</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="156"/>
        <source>Anime, fandoms and subcultures</source>
        <translation>الأنمي والمعجبون والثقافات الفرعية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="157"/>
        <source>Anime, manga, fan works and more</source>
        <translation>الأنمي والمانغا وأعمال المعجبين والمزيد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="160"/>
        <source>Furries</source>
        <translation>الفيوري</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="161"/>
        <source>The furry community</source>
        <translation>مجتمع الفيوري</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="164"/>
        <source>Technology and programming</source>
        <translation>التقنية والبرمجة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="165"/>
        <source>Computers, free software, coding</source>
        <translation>الحواسيب والبرمجيات الحرة والبرمجة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="168"/>
        <source>Safe spaces: LGBTQ+, BIPOC and more</source>
        <translation>مساحات آمنة: مجتمع الميم والمجموعات المهمَّشة والمزيد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="169"/>
        <source>Towns made for communities</source>
        <translation>مدن صُنعت من أجل مجتمعات</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="172"/>
        <source>Activism, politics and the planet</source>
        <translation>النضال والسياسة والكوكب</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="173"/>
        <source>Causes, climate, social issues</source>
        <translation>قضايا ومناخ وشؤون اجتماعية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="176"/>
        <source>Hobbies, food and sports</source>
        <translation>الهوايات والطعام والرياضة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="177"/>
        <source>Radio, racing, cooking, parents and more</source>
        <translation>الراديو والسباقات والطبخ والآباء والأمهات والمزيد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="180"/>
        <source>Humour and fun</source>
        <translation>الفكاهة والمرح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="181"/>
        <source>Jokes, cats and silliness</source>
        <translation>نكات وقطط ومزاح</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="184"/>
        <source>Cities and countries</source>
        <translation>مدن وبلدان</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="185"/>
        <source>Towns for one place in the world</source>
        <translation>مدن لمكان واحد في العالم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="188"/>
        <source>In your language</source>
        <translation>بلغتك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="189"/>
        <source>Towns for one language</source>
        <translation>مدن للغة واحدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="192"/>
        <source>Faith and religion</source>
        <translation>الإيمان والدين</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="193"/>
        <source>Religious communities</source>
        <translation>مجتمعات دينية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="196"/>
        <source>Adults only (18+)</source>
        <translation>للبالغين فقط (18+)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="197"/>
        <source>Grown-up topics; you must be an adult</source>
        <translation>مواضيع للكبار؛ يجب أن تكون بالغًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="200"/>
        <source>Other towns</source>
        <translation>مدن أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/directory.py" line="201"/>
        <source>Towns that fit nowhere else</source>
        <translation>مدن لا تناسب أي تصنيف آخر</translation>
    </message>
</context>
<context>
    <name>TownCards</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="49"/>
        <source>{people} people live here · {active} were active lately</source>
        <translation>يعيش هنا {people} شخصًا · كان {active} نشطين مؤخرًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="52"/>
        <source>{people} people live here</source>
        <translation>يعيش هنا {people} شخصًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="61"/>
        <source>Language: {names}</source>
        <translation>اللغة: {names}</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="66"/>
        <source>Townsfolk cannot use this kind of town yet ({software})</source>
        <translation>لا يستطيع Townsfolk استخدام هذا النوع من المدن بعد ({software})</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="68"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="70"/>
        <source>Did not answer the last time Townsfolk asked</source>
        <translation>لم تردّ في آخر مرة سألها فيها Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="74"/>
        <source>You can join now</source>
        <translation>يمكنك الانضمام الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="75"/>
        <source>You ask to join, and someone from the town says yes</source>
        <translation>تطلب الانضمام ويوافق شخص من المدينة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="78"/>
        <source>Not taking new people</source>
        <translation>لا تستقبل أشخاصًا جددًا</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/towns.py" line="87"/>
        <source>A big town about everything, where newcomers can join.</source>
        <translation>مدينة كبيرة عن كل شيء، يستطيع القادمون الجدد الانضمام إليها.</translation>
    </message>
</context>
<context>
    <name>TownStatus</name>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="162"/>
        <source>a few seconds</source>
        <translation>بضع ثوانٍ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="166"/>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="168"/>
        <source>%n minutes</source>
        <translation>%n دقيقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="173"/>
        <source>about 1 hour</source>
        <translation>نحو ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="175"/>
        <source>about %n hours</source>
        <translation>نحو %n ساعة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="179"/>
        <source>about 1 day</source>
        <translation>نحو يوم واحد</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="181"/>
        <source>about %n days</source>
        <translation>نحو %n يوم</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="217"/>
        <source>You have been offline since {start} ({length} so far).</source>
        <translation>أنت غير متصل منذ {start} ({length} حتى الآن).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="221"/>
        <source>You have been offline since {start} on {day} ({length} so far).</source>
        <translation>أنت غير متصل منذ {start} يوم {day} ({length} حتى الآن).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="226"/>
        <source>You were offline for {length}, from {start}.</source>
        <translation>كنت غير متصل لمدة {length}، بدءًا من {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="228"/>
        <source>You were offline for {length}, from {start} on {day}.</source>
        <translation>كنت غير متصل لمدة {length}، بدءًا من {start} يوم {day}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="233"/>
        <source>{town} has not been answering since {start} ({length} so far).</source>
        <translation>{town} لا تردّ منذ {start} ({length} حتى الآن).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="237"/>
        <source>{town} has not been answering since {start} on {day} ({length} so far).</source>
        <translation>{town} لا تردّ منذ {start} يوم {day} ({length} حتى الآن).</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="242"/>
        <source>{town} was not answering for {length}, from {start}.</source>
        <translation>لم تردّ {town} لمدة {length}، بدءًا من {start}.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/services/health.py" line="244"/>
        <source>{town} was not answering for {length}, from {start} on {day}.</source>
        <translation>لم تردّ {town} لمدة {length}، بدءًا من {start} يوم {day}.</translation>
    </message>
</context>
<context>
    <name>TownStatusDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="63"/>
        <location filename="../src/townsfolk/ui/town_status.py" line="64"/>
        <source>Town status</source>
        <translation>حالة المدن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="70"/>
        <source>How your towns are doing</source>
        <translation>كيف حال مدنك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="75"/>
        <source>Each of your accounts lives in a town. When a town does not answer, Townsfolk uses your backup account and keeps your posts safe until the town is back.</source>
        <translation>يعيش كل حساب من حساباتك في مدينة. حين لا تردّ مدينة، يستخدم Townsfolk حسابك الاحتياطي ويحفظ منشوراتك بأمان حتى تعود المدينة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="90"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="113"/>
        <source>You are offline, so Townsfolk cannot reach any town just now.</source>
        <translation>أنت غير متصل، لذلك لا يستطيع Townsfolk الوصول إلى أي مدينة الآن.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="115"/>
        <source>Answering normally.</source>
        <translation>تردّ بشكل طبيعي.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="117"/>
        <source>Slow: it answers, but takes a long time.</source>
        <translation>بطيئة: تردّ، لكنها تستغرق وقتًا طويلًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="119"/>
        <source>Back: answering again.</source>
        <translation>عادت: تردّ من جديد.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="120"/>
        <source>Not answering since %1. Townsfolk keeps checking by itself.</source>
        <translation>لا تردّ منذ %1. يواصل Townsfolk التحقق وحده.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="140"/>
        <source>In use now: your backup account @%1.</source>
        <translation>المستخدم الآن: حسابك الاحتياطي @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="142"/>
        <source>In use now: your account @%1.</source>
        <translation>المستخدم الآن: حسابك @%1.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="160"/>
        <source>Your backup accounts</source>
        <translation>حساباتك الاحتياطية</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="174"/>
        <source>When towns were down</source>
        <translation>متى توقفت المدن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="178"/>
        <source>None of your towns has been down since Townsfolk started keeping track.</source>
        <translation>لم تتوقف أي من مدنك منذ أن بدأ Townsfolk بالمتابعة.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="210"/>
        <source>Your backup account @%1</source>
        <translation>حسابك الاحتياطي @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="212"/>
        <source>Your account @%1</source>
        <translation>حسابك @%1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="214"/>
        <source>(in use now)</source>
        <translation>(مستخدم الآن)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="251"/>
        <source>This backup account does not follow the same people as your main account. You can change this in Settings.</source>
        <translation>هذا الحساب الاحتياطي لا يتابع الأشخاص أنفسهم الذين يتابعهم حسابك الرئيسي. يمكنك تغيير هذا من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/town_status.py" line="257"/>
        <source>Townsfolk will soon make this backup account follow the same people as your main account.</source>
        <translation>سيجعل Townsfolk هذا الحساب الاحتياطي يتابع قريبًا الأشخاص أنفسهم الذين يتابعهم حسابك الرئيسي.</translation>
    </message>
</context>
<context>
    <name>UnfollowDialog</name>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="163"/>
        <source>Stop following %1?</source>
        <translation>هل تتوقف عن متابعة %1؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="164"/>
        <source>You won&apos;t see their posts in People you follow.</source>
        <translation>لن ترى منشوراته في «أشخاص تتابعهم».</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/safety_dialogs.py" line="165"/>
        <source>Stop following</source>
        <translation>ألغِ المتابعة</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="267"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="327"/>
        <source>Waiting to be sent</source>
        <extracomment>&quot;Post from my backup instead&quot; (shown with :meth:`offer_backup` while the town is down).</extracomment>
        <translation>ينتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="268"/>
        <location filename="../src/townsfolk/ui/compose/window.py" line="271"/>
        <source>Posts waiting to be sent</source>
        <translation>منشورات تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="276"/>
        <source>Change</source>
        <translation>غيّر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="277"/>
        <source>Change the chosen waiting post</source>
        <translation>غيّر المنشور المنتظر المختار</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="279"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="280"/>
        <source>Delete the chosen waiting post</source>
        <translation>احذف المنشور المنتظر المختار</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="282"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="283"/>
        <source>Try to send the chosen post again</source>
        <translation>حاول إرسال المنشور المختار مرة أخرى</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="287"/>
        <source>About the waiting posts</source>
        <translation>عن المنشورات المنتظرة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="288"/>
        <source>Post from my backup instead</source>
        <translation>انشر من حسابي الاحتياطي بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="290"/>
        <source>Post the chosen post from my backup account instead</source>
        <translation>انشر المنشور المختار من حسابي الاحتياطي بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="319"/>
        <source>(pictures only)</source>
        <translation>(صور فقط)</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="321"/>
        <source>Needs you: %1</source>
        <translation>يحتاج إليك: %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="323"/>
        <source>Being sent now</source>
        <translation>يُرسل الآن</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="325"/>
        <source>Waiting; Townsfolk will try again soon. %1</source>
        <translation>في الانتظار؛ سيحاول Townsfolk مرة أخرى قريبًا. %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="377"/>
        <source>The post was deleted. It was never sent.</source>
        <translation>حُذف المنشور. لم يُرسل أبدًا.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="392"/>
        <source>Delete this post?</source>
        <translation>هل تحذف هذا المنشور؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/compose/window.py" line="393"/>
        <source>This post has not been sent yet. Delete it for good?</source>
        <translation>لم يُرسل هذا المنشور بعد. هل تحذفه نهائيًا؟</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="180"/>
        <source>Townsfolk: practice town</source>
        <extracomment>The settings every window shares (the practice window is attached to them). &quot;Add a practice account&quot; in the practice window, while open. The gentle &quot;add a backup account&quot; message, a few days after the wizard.</extracomment>
        <translation>Townsfolk: مدينة للتجربة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="203"/>
        <source>This is a practice town. Everything here stays on your computer, so try anything you like. When you are ready, join a real town.</source>
        <translation>هذه مدينة للتجربة. كل شيء هنا يبقى على حاسوبك، فجرّب ما تشاء. حين تكون مستعدًا، انضم إلى مدينة حقيقية.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/welcome_flow.py" line="207"/>
        <source>Join a real town</source>
        <translation>انضم إلى مدينة حقيقية</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="29"/>
        <source>Welcome to Townsfolk</source>
        <translation>أهلًا بك في Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="32"/>
        <source>Picture: three towns joined by roads</source>
        <translation>صورة: ثلاث مدن تصل بينها طرق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="33"/>
        <source>What the fediverse is</source>
        <translation>ما هو الفديفيرس</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="35"/>
        <source>Tell me more</source>
        <translation>أخبرني أكثر</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="36"/>
        <source>Tell me more about how it works</source>
        <translation>أخبرني أكثر عن طريقة عمله</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/pages/welcome.py" line="46"/>
        <source>How the fediverse works</source>
        <translation>كيف يعمل الفديفيرس</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="130"/>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="131"/>
        <source>Welcome to Townsfolk</source>
        <extracomment>Seconds between two &quot;is the email confirmed yet?&quot; checks. Seconds to wait for the browser log-in. Seconds of waiting for the browser log-in before saying that the town may want the code instead (some towns show their own error page and never send the person back). The company&apos;s own town (services/organisation.py); the wizard then starts there. An account became usable (logged in, or its email confirmed), a main account or a backup: the app makes it live at once, before the wizard ends (it may never end). A background task failed unexpectedly (a bug); the message is for the log.</extracomment>
        <translation>أهلًا بك في Townsfolk</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="151"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="152"/>
        <source>Close; your progress is kept</source>
        <translation>إغلاق؛ تقدّمك محفوظ</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="155"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="156"/>
        <source>Back to the page before</source>
        <translation>ارجع إلى الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="157"/>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="160"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="161"/>
        <source>Enter or Alt+N</source>
        <translation>Enter أو Alt+N</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/onboarding/wizard.py" line="357"/>
        <source>Opening the practice town…</source>
        <translation>جارٍ فتح مدينة التجربة…</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="29"/>
        <source>Townsfolk saves these from %1 in files a town can read (the same files Mastodon&apos;s own export makes). Nothing on your town changes.</source>
        <translation>يحفظ Townsfolk هذه الأشياء من %1 في ملفات تستطيع المدن قراءتها (الملفات نفسها التي يصنعها تصدير ماستودون). لا يتغير شيء في مدينتك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="34"/>
        <source>Choose what to take along from %1. Nothing is changed on your old town: you can still use it while you move.</source>
        <translation>اختر ما تأخذه معك من %1. لا يتغير شيء في مدينتك القديمة: يمكنك مواصلة استخدامها أثناء انتقالك.</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="52"/>
        <source>Choose a folder…</source>
        <translation>اختر مجلدًا…</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="62"/>
        <source>Save my follows and lists</source>
        <translation>احفظ متابعاتي وقوائمي</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="63"/>
        <source>What do you want to take along?</source>
        <translation>ماذا تريد أن تأخذ معك؟</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="74"/>
        <source>The files go into %1</source>
        <translation>ستُحفظ الملفات في %1</translation>
    </message>
    <message>
        <location filename="../src/townsfolk/ui/moving/what_page.py" line="86"/>
        <source>Where should the files go?</source>
        <translation>أين تُحفظ الملفات؟</translation>
    </message>
</context>
</TS>
