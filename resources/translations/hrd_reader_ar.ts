<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>About HRD Reader</source>
        <translation>حول HRD Reader</translation>
    </message>
    <message>
        <source>An offline reader for the Human Rights Defenders FAQ. It never connects to the network; links open only when you click them.</source>
        <translation>قارئ يعمل دون اتصال للأسئلة الشائعة عن المدافعين عن حقوق الإنسان. لا يتصل بالشبكة أبدًا، ولا تُفتح الروابط إلا عندما تنقر عليها.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Icons: {name} ({licence} licence), {url}</source>
        <translation>الأيقونات: {name} (رخصة {licence})، {url}</translation>
    </message>
    <message>
        <source>Qt {version}</source>
        <translation>Qt {version}</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>&amp;فتح حزمة…</translation>
    </message>
    <message>
        <source>Show another content pack: a .hrdpack file or a folder with pack.toml</source>
        <translation>عرض حزمة محتوى أخرى: ملف ‎.hrdpack أو مجلد يحتوي على pack.toml</translation>
    </message>
    <message>
        <source>&amp;Save Pack As…</source>
        <translation>&amp;حفظ الحزمة باسم…</translation>
    </message>
    <message>
        <source>Save the pack shown as one .hrdpack file, to pass on by USB stick or message</source>
        <translation>حفظ الحزمة المعروضة في ملف ‎.hrdpack واحد لتمريرها عبر ذاكرة USB أو رسالة</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>Forget which packs were opened recently</source>
        <translation>نسيان الحزم التي فُتحت مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Save the current question or the whole FAQ as a PDF handout</source>
        <translation>حفظ السؤال الحالي أو الأسئلة الشائعة كاملة كنشرة بصيغة PDF</translation>
    </message>
    <message>
        <source>&amp;Web Page…</source>
        <translation>&amp;صفحة ويب…</translation>
    </message>
    <message>
        <source>Save the whole FAQ as one web page that any phone browser opens offline</source>
        <translation>حفظ الأسئلة الشائعة كاملةً صفحةَ ويب واحدة يفتحها أي متصفح على الهاتف دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Kiwix ZIM…</source>
        <translation>ملف ZIM لـ &amp;Kiwix…</translation>
    </message>
    <message>
        <source>Save the whole FAQ as a ZIM file: a searchable book for Kiwix, on phones too</source>
        <translation>حفظ الأسئلة الشائعة كاملةً ملفَّ ZIM: كتاب يمكن البحث فيه في Kiwix، على الهواتف أيضًا</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the current question or the whole FAQ as a handout</source>
        <translation>طباعة السؤال الحالي أو الأسئلة الشائعة كاملة كنشرة</translation>
    </message>
    <message>
        <source>Share in the &amp;Room…</source>
        <translation>&amp;مشاركة في القاعة…</translation>
    </message>
    <message>
        <source>Let phones on this network read the FAQ and follow the presentation (again: stop)</source>
        <translation>تتيح للهواتف على هذه الشبكة قراءة الأسئلة ومتابعة العرض (مرة أخرى: إيقاف)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close HRD Reader</source>
        <translation>إغلاق HRD Reader</translation>
    </message>
    <message>
        <source>F&amp;orget This Computer…</source>
        <translation>ا&amp;نسَ هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Delete everything HRD Reader has kept on this computer and go on privately</source>
        <translation>حذف كل ما احتفظ به HRD Reader على هذا الحاسوب والمتابعة في جلسة خاصة</translation>
    </message>
    <message>
        <source>Quick E&amp;xit</source>
        <translation>خروج &amp;سريع</translation>
    </message>
    <message>
        <source>Hide HRD Reader and close it at once, saving nothing ({keys}, any window)</source>
        <translation>إخفاء HRD Reader وإغلاقه فورًا دون حفظ أي شيء ({keys}، من أي نافذة)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search the questions and answers</source>
        <translation>ابحث في الأسئلة والأجوبة</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>الانتقال إلى النتيجة التالية</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>الانتقال إلى النتيجة السابقة</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>Show the text at its normal size (100 %)</source>
        <translation>عرض النص بحجمه العادي (100٪)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>اتباع ال&amp;نظام</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s light or dark colours</source>
        <translation>استخدام ألوان سطح المكتب الفاتحة أو الداكنة</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>نص داكن على خلفية فاتحة</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>نص فاتح على خلفية داكنة</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>White and yellow on black, for projectors and low vision</source>
        <translation>أبيض وأصفر على أسود، لأجهزة العرض وضعاف البصر</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>Fill the screen with the reader</source>
        <translation>عرض القارئ على الشاشة كاملة</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;عرض تقديمي</translation>
    </message>
    <message>
        <source>Show the questions full screen in large type, for a projector (Esc leaves)</source>
        <translation>عرض الأسئلة على الشاشة كاملة بخط كبير، لجهاز العرض (Esc للخروج)</translation>
    </message>
    <message>
        <source>Show &amp;QR Codes</source>
        <translation>عرض رموز &amp;QR</translation>
    </message>
    <message>
        <source>Show the Donate and Sign Up addresses as large QR codes the room can scan</source>
        <translation>عرض عنواني التبرع والاشتراك كرموز QR كبيرة يمكن للحاضرين مسحها</translation>
    </message>
    <message>
        <source>&amp;Question First</source>
        <translation>ال&amp;سؤال أولًا</translation>
    </message>
    <message>
        <source>In presentation, show each question alone first; the next key reveals its answer</source>
        <translation>في العرض، إظهار كل سؤال وحده أولًا؛ يكشف المفتاح التالي إجابته</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>السؤال ال&amp;سابق</translation>
    </message>
    <message>
        <source>Show the previous question</source>
        <translation>عرض السؤال السابق</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>السؤال ال&amp;تالي</translation>
    </message>
    <message>
        <source>Show the next question</source>
        <translation>عرض السؤال التالي</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>&amp;تبرّع</translation>
    </message>
    <message>
        <source>Open the donation page in your browser</source>
        <translation>فتح صفحة التبرع في متصفحك</translation>
    </message>
    <message>
        <source>&amp;Sign Up for Email</source>
        <translation>الا&amp;شتراك بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Open the e-mail sign-up page in your browser</source>
        <translation>فتح صفحة الاشتراك بالبريد الإلكتروني في متصفحك</translation>
    </message>
    <message>
        <source>&amp;About HRD Reader</source>
        <translation>&amp;حول HRD Reader</translation>
    </message>
    <message>
        <source>Version, source and attribution of the text</source>
        <translation>الإصدار ومصدر النص ونسبته</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>الن&amp;سق</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>لم يُفتح الرابط</translation>
    </message>
    <message>
        <source>HRD Reader only opens web and e-mail addresses. This link was not opened:

{address}</source>
        <translation>لا يفتح HRD Reader إلا عناوين الويب والبريد الإلكتروني. لم يُفتح هذا الرابط:

{address}</translation>
    </message>
    <message>
        <source>Opening “{label}” in your web browser</source>
        <translation>جارٍ فتح «{label}» في متصفح الويب</translation>
    </message>
    <message>
        <source>Opening the link in your web browser</source>
        <translation>جارٍ فتح الرابط في متصفح الويب</translation>
    </message>
    <message>
        <source>Open this address</source>
        <translation>افتح هذا العنوان</translation>
    </message>
    <message>
        <source>No web browser could be started on this computer. Copy the address, or scan the code with a phone:</source>
        <translation>تعذّر تشغيل متصفح ويب على هذا الحاسوب. انسخ العنوان أو امسح الرمز بهاتف:</translation>
    </message>
    <message>
        <source>QR code of {address}</source>
        <translation>رمز QR للعنوان {address}</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>ن&amp;سخ العنوان</translation>
    </message>
    <message>
        <source>Open Pack — a .hrdpack file or a pack folder</source>
        <translation>فتح حزمة — ملف ‎.hrdpack أو مجلد حزمة</translation>
    </message>
    <message>
        <source>Content packs (*{suffix} {manifest})</source>
        <translation>حزم المحتوى (*{suffix} {manifest})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save Pack As — one file to pass on</source>
        <translation>حفظ الحزمة باسم — ملف واحد لتمريره</translation>
    </message>
    <message>
        <source>Content packs (*{suffix})</source>
        <translation>حزم المحتوى (*{suffix})</translation>
    </message>
    <message>
        <source>Saved “{title}” as {path} — send this one file; it opens in HRD Reader</source>
        <translation>حُفظت «{title}» باسم {path} — أرسل هذا الملف الواحد؛ يُفتح في HRD Reader</translation>
    </message>
    <message>
        <source>Pack not saved</source>
        <translation>لم تُحفظ الحزمة</translation>
    </message>
    <message>
        <source>The pack could not be saved as {path}.</source>
        <translation>تعذّر حفظ الحزمة باسم {path}.</translation>
    </message>
    <message>
        <source>Pack not opened</source>
        <translation>لم تُفتح الحزمة</translation>
    </message>
    <message>
        <source>The pack in {folder} cannot be opened (problems found: {count}). “{current}” stays open. Fix the problems below and open the pack again.</source>
        <translation>تعذّر فتح الحزمة الموجودة في {folder} (عدد المشكلات: {count}). تبقى «{current}» مفتوحة. أصلح المشكلات أدناه ثم افتح الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Each problem with its file and line</source>
        <translation>كل مشكلة مع ملفها ورقم سطرها</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
        <source>Use the language of this computer when it is available</source>
        <translation>استخدام لغة هذا الحاسوب عندما تكون متاحة</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>{title} — Presenter Console</source>
        <translation>{title} — لوحة المدرّب</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>ما تراه القاعة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>no end time</source>
        <translation>بلا وقت نهاية</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Length of the workshop: the timer turns amber five minutes before the end</source>
        <translation>مدة الورشة: يتحوّل المؤقّت إلى اللون الكهرماني قبل النهاية بخمس دقائق</translation>
    </message>
    <message>
        <source>Questions: click one to show it to the room</source>
        <translation>الأسئلة: انقر على أحدها لعرضه على القاعة</translation>
    </message>
    <message>
        <source>PageDown/→/Space next · PageUp/← back · Home/End first/last · B black · W white · Q QR codes · P pause timer · R reset timer · +/− notes size · S swap screens · Esc end</source>
        <translation>PageDown/→/المسافة التالي · PageUp/← رجوع · Home/End الأول/الأخير · B أسود · W أبيض · Q رموز QR · P إيقاف المؤقّت مؤقتًا · R تصفير المؤقّت · +/− حجم الملاحظات · S تبديل الشاشتين · Esc إنهاء</translation>
    </message>
    <message>
        <source>{number} / {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>No notes for this question</source>
        <translation>لا ملاحظات لهذا السؤال</translation>
    </message>
    <message>
        <source>Last question</source>
        <translation>السؤال الأخير</translation>
    </message>
    <message>
        <source>The screen is blank ({colour}) — any key brings the text back</source>
        <translation>الشاشة فارغة ({colour}) — أي مفتاح يعيد النص</translation>
    </message>
    <message>
        <source>black</source>
        <translation>سوداء</translation>
    </message>
    <message>
        <source>white</source>
        <translation>بيضاء</translation>
    </message>
    <message>
        <source>Question {number} of {count}: {title}</source>
        <translation>السؤال {number} من {count}: {title}</translation>
    </message>
    <message>
        <source>The question alone — the next key reveals the answer</source>
        <translation>السؤال وحده — يكشف المفتاح التالي الإجابة</translation>
    </message>
    <message>
        <source>The question and its answer</source>
        <translation>السؤال وإجابته</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقّف مؤقتًا</translation>
    </message>
    <message>
        <source>The questions of the pack; choose one to read its answer</source>
        <translation>أسئلة الحزمة؛ اختر سؤالًا لقراءة جوابه</translation>
    </message>
    <message>
        <source>This computer was forgotten</source>
        <translation>تم نسيان هذا الحاسوب</translation>
    </message>
    <message>
        <source>About signing up</source>
        <translation>عن الاشتراك</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>مصدر النص</translation>
    </message>
    <message>
        <source>Private session</source>
        <translation>جلسة خاصة</translation>
    </message>
    <message>
        <source>Nothing of this session is written to this computer: no settings, no log, no history. Only files you save yourself are kept.</source>
        <translation>لا يُكتب شيء من هذه الجلسة على هذا الحاسوب: لا إعدادات ولا سجل ولا تاريخ. تُحفظ فقط الملفات التي تحفظها بنفسك.</translation>
    </message>
    <message>
        <source>{title} — Private session — HRD Reader</source>
        <translation>{title} — جلسة خاصة — HRD Reader</translation>
    </message>
    <message>
        <source>{title} — HRD Reader</source>
        <translation>{title} — HRD Reader</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>انسَ هذا الحاسوب</translation>
    </message>
    <message>
        <source>Delete everything HRD Reader has kept on this computer? These will be removed:

{files}

Packs, PDFs and other files you saved are not touched. The reader then goes on as a private session.</source>
        <translation>هل تريد حذف كل ما احتفظ به HRD Reader على هذا الحاسوب؟ سيُحذف ما يلي:

{files}

لن تُمسّ الحزم وملفات PDF وغيرها من الملفات التي حفظتها. ثم يتابع القارئ في جلسة خاصة.</translation>
    </message>
    <message>
        <source>HRD Reader has kept nothing on this computer. From now on this session is private: nothing of it will be kept.</source>
        <translation>لم يحتفظ HRD Reader بأي شيء على هذا الحاسوب. من الآن فصاعدًا هذه الجلسة خاصة: لن يُحفظ منها شيء.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>ا&amp;نسَ</translation>
    </message>
    <message>
        <source>These could not be removed:

{problems}

Everything else was removed, and this session writes nothing. Delete them yourself, or ask whoever looks after this computer (they may be read-only or belong to another user).</source>
        <translation>تعذّر حذف ما يلي:

{problems}

حُذف كل ما عداها، وهذه الجلسة لا تكتب شيئًا. احذفها بنفسك، أو اطلب ذلك ممن يعتني بهذا الحاسوب (قد تكون للقراءة فقط أو تخص مستخدمًا آخر).</translation>
    </message>
    <message>
        <source>Opened “{title}” (questions: {count})</source>
        <translation>فُتحت «{title}» (عدد الأسئلة: {count})</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>الجواب: {question}</translation>
    </message>
    <message>
        <source>Saved a {pages}-page handout to {path}</source>
        <translation>حُفظت النشرة في {path} (عدد الصفحات: {pages})</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer</source>
        <translation>أُرسلت النشرة إلى الطابعة (عدد الصفحات: {pages})</translation>
    </message>
    <message>
        <source>{title} — Presentation</source>
        <translation>{title} — عرض تقديمي</translation>
    </message>
    <message>
        <source>more ▾</source>
        <translation>المزيد ▾</translation>
    </message>
    <message>
        <source>The answer continues: next key shows the rest</source>
        <translation>للجواب بقية: مفتاح التالي يعرض الباقي</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>السؤال {number} من {count}</translation>
    </message>
    <message>
        <source>{number} / {count} · {title}</source>
        <translation>{number} / {count} · {title}</translation>
    </message>
    <message>
        <source>Search ({shortcut})</source>
        <translation>بحث ({shortcut})</translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation>البحث في الأسئلة والأجوبة</translation>
    </message>
    <message>
        <source>Type words to find; Enter or {next}: next match, {previous}: previous, Esc: clear</source>
        <translation>اكتب كلمات للبحث عنها؛ Enter أو {next}: النتيجة التالية، {previous}: السابقة، Esc: مسح</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>No results for “{query}”</source>
        <translation>لا نتائج عن «{query}»</translation>
    </message>
    <message>
        <source>{count} of {total} questions match</source>
        <translation>الأسئلة المطابقة: {count} من {total}</translation>
    </message>
    <message>
        <source>{title}: match {number} of {count}</source>
        <translation>{title}: النتيجة {number} من {count}</translation>
    </message>
    <message>
        <source>Scan to donate or sign up</source>
        <translation>امسح للتبرع أو الاشتراك</translation>
    </message>
    <message>
        <source>Scan to read along</source>
        <translation>امسح الرمز للمتابعة</translation>
    </message>
    <message>
        <source>Read along on your phone (same Wi-Fi)</source>
        <translation>تابع على هاتفك (نفس شبكة Wi-Fi)</translation>
    </message>
    <message>
        <source>Scan a code with your phone&apos;s camera · any key closes</source>
        <translation>امسح رمزًا بكاميرا هاتفك · أي مفتاح يغلق</translation>
    </message>
    <message>
        <source>Smaller text ({shortcut})</source>
        <translation>نص أصغر ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Text size; click for 100 % ({shortcut})</source>
        <translation>حجم النص؛ انقر للعودة إلى 100٪ ({shortcut})</translation>
    </message>
    <message>
        <source>Larger text ({shortcut})</source>
        <translation>نص أكبر ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <source>Text size {percent} percent</source>
        <translation>حجم النص {percent} بالمئة</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read ({reason}); using defaults. Check its permissions.</source>
        <translation>تعذّرت قراءة ملف الإعدادات {path} ({reason})؛ ستُستخدم الإعدادات الافتراضية. تحقّق من أذونات الملف.</translation>
    </message>
    <message>
        <source>Settings file {path} is damaged; this private session uses the defaults and leaves the file as it is.</source>
        <translation>ملف الإعدادات {path} تالف؛ تستخدم هذه الجلسة الخاصة القيم الافتراضية وتترك الملف كما هو.</translation>
    </message>
    <message>
        <source>Settings file {path} was damaged and has been reset to defaults; it was kept as {backup}.</source>
        <translation>كان ملف الإعدادات {path} تالفًا فأُعيد إلى الإعدادات الافتراضية؛ وحُفظت نسخة منه باسم {backup}.</translation>
    </message>
    <message>
        <source>Settings file {path} was damaged and has been reset to defaults; it could not be moved aside.</source>
        <translation>كان ملف الإعدادات {path} تالفًا فأُعيد إلى الإعدادات الافتراضية؛ وتعذّر الاحتفاظ بنسخة منه.</translation>
    </message>
    <message>
        <source>Settings file {path} cannot be read; using defaults.</source>
        <translation>تعذّرت قراءة ملف الإعدادات {path}؛ ستُستخدم الإعدادات الافتراضية.</translation>
    </message>
    <message>
        <source>Settings file {path} was written by a newer HRD Reader; settings this version does not understand keep their defaults.</source>
        <translation>كُتب ملف الإعدادات {path} بإصدار أحدث من HRD Reader؛ الإعدادات التي لا يفهمها هذا الإصدار تبقى على قيمها الافتراضية.</translation>
    </message>
    <message>
        <source>Setting {key} has an unusable value {value}; using the default.</source>
        <translation>قيمة الإعداد {key} غير صالحة {value}؛ ستُستخدم القيمة الافتراضية.</translation>
    </message>
    <message>
        <source>Settings could not be saved to {path} (is the disk read-only or full?); this session&apos;s changes will not be remembered.</source>
        <translation>تعذّر حفظ الإعدادات في {path} (هل القرص للقراءة فقط أو ممتلئ؟)؛ لن تُحفظ تغييرات هذه الجلسة.</translation>
    </message>
    <message>
        <source>Trainer notes — not for participants</source>
        <translation>ملاحظات المدرّب — ليست للمشاركين</translation>
    </message>
    <message>
        <source>{count} questions and answers</source>
        <translation>الأسئلة والأجوبة: {count}</translation>
    </message>
    <message>
        <source>About this text</source>
        <translation>عن هذا النص</translation>
    </message>
    <message>
        <source>Made with HRD Reader {version}.</source>
        <translation>أُعدّ باستخدام HRD Reader {version}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name, e.g. {example}</source>
        <translation>{path} مجلد: اكتب اسم ملف، مثل {example}</translation>
    </message>
    <message>
        <source>{path} is not a regular file: give a file name, e.g. {example}</source>
        <translation>{path} ليس ملفًا عاديًا: اكتب اسم ملف، مثلًا {example}</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose a folder that exists and that you may write to.</source>
        <translation>تعذّر حفظ {path}: {reason}. اختر مجلدًا موجودًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Export PDF handout</source>
        <translation>تصدير النشرة بصيغة PDF</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>طباعة النشرة</translation>
    </message>
    <message>
        <source>The whole FAQ ({count} questions)</source>
        <translation>الأسئلة الشائعة كاملة (عدد الأسئلة: {count})</translation>
    </message>
    <message>
        <source>Only the current question: {title}</source>
        <translation>السؤال الحالي فقط: {title}</translation>
    </message>
    <message>
        <source>What should the handout hold?</source>
        <translation>ماذا تتضمن النشرة؟</translation>
    </message>
    <message>
        <source>With trainer notes (a handout for trainers, not participants)</source>
        <translation>مع ملاحظات المدرّب (نسخة للمدرّبين، لا للمشاركين)</translation>
    </message>
    <message>
        <source>This pack has no trainer notes</source>
        <translation>لا تحتوي هذه الحزمة على ملاحظات للمدرّب</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>&amp;تصدير PDF</translation>
    </message>
    <message>
        <source>Save the handout as</source>
        <translation>حفظ النشرة باسم</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name for the PDF, e.g. {example}</source>
        <translation>اكتب اسم ملف لـ PDF، مثل {example}</translation>
    </message>
    <message>
        <source>HRD Reader: something went wrong</source>
        <translation>HRD Reader: حدث خطأ ما</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {summary}

HRD Reader keeps running and your place is kept. If it happens again, please send the details to the people who gave you the reader.</source>
        <translation>حدث خطأ غير متوقع: {summary}

يواصل HRD Reader العمل ويُحفظ موضعك. إذا تكرر ذلك، يُرجى إرسال التفاصيل إلى من أعطاك القارئ.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>ملف السجل: {path}</translation>
    </message>
    <message>
        <source>Private session: no log file is kept; the details are below.</source>
        <translation>جلسة خاصة: لا يُحتفظ بأي ملف سجل؛ التفاصيل أدناه.</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>تعذّرت كتابة ملف سجل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>&amp;عرض التفاصيل</translation>
    </message>
    <message>
        <source>{time} since the start — paused (P resumes)</source>
        <translation>{time} منذ البداية — متوقّف مؤقتًا (P للاستئناف)</translation>
    </message>
    <message>
        <source>{time} since the start — the workshop&apos;s time is over</source>
        <translation>{time} منذ البداية — انتهى وقت الورشة</translation>
    </message>
    <message>
        <source>{time} since the start — less than five minutes left</source>
        <translation>{time} منذ البداية — بقي أقل من خمس دقائق</translation>
    </message>
    <message>
        <source>{time} since the start</source>
        <translation>{time} منذ البداية</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;{number} {title} — {location}</source>
        <translation>&amp;{number} {title} — {location}</translation>
    </message>
    <message>
        <source>&amp;{number} {title} — {location} (missing)</source>
        <translation>&amp;{number} {title} — {location} (مفقودة)</translation>
    </message>
    <message>
        <source>Human Rights Defenders: FAQ (built in)</source>
        <translation>Human Rights Defenders: FAQ (مدمجة)</translation>
    </message>
    <message>
        <source>Pack not found</source>
        <translation>الحزمة غير موجودة</translation>
    </message>
    <message>
        <source>“{title}” is no longer at {location}. If it is on a USB stick, plug it in and choose it again; or remove it from the list.</source>
        <translation>لم تعد «{title}» في {location}. إن كانت على ذاكرة USB فوصّلها واخترها مجددًا، أو أزلها من القائمة.</translation>
    </message>
    <message>
        <source>Remove From List</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>{size} MiB is larger than a pack file may be ({limit} MiB) — split the pack or make its pictures smaller</source>
        <translation>حجمه {size} ميبيبايت، وهو أكبر مما يُسمح به لملف الحزمة ({limit} ميبيبايت) — قسّم الحزمة أو صغّر صورها</translation>
    </message>
    <message>
        <source>cannot be read ({reason}) — check the path and permissions</source>
        <translation>تتعذّر قراءته ({reason}) — تحقّق من المسار والأذونات</translation>
    </message>
    <message>
        <source>is larger than a pack file may be — split the pack</source>
        <translation>أكبر مما يُسمح به لملف الحزمة — قسّم الحزمة</translation>
    </message>
    <message>
        <source>cannot be unpacked ({reason}) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يتعذّر فك ضغطه ({reason}) — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>is not a pack file (not a ZIP archive) — open a .hrdpack made with &apos;hrd-reader pack&apos;, or the folder that holds pack.toml</source>
        <translation>ليس ملف حزمة (ليس أرشيف ZIP) — افتح ملف ‎.hrdpack أُنشئ باستخدام &apos;hrd-reader pack&apos;، أو المجلد الذي يحتوي على pack.toml</translation>
    </message>
    <message>
        <source>is damaged (a file in it fails its checksum) — copy it again</source>
        <translation>تالف (ملف بداخله لا يجتاز التحقق من سلامته) — انسخه مرة أخرى</translation>
    </message>
    <message>
        <source>is damaged or incomplete (cut short while copying?) — copy or download it again</source>
        <translation>تالف أو غير مكتمل (هل انقطع أثناء النسخ؟) — انسخه أو نزّله مرة أخرى</translation>
    </message>
    <message>
        <source>lists far more files than a pack has — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يسرد ملفات أكثر بكثير مما تحتويه أي حزمة — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds {count} files; a pack file may hold at most {limit} — split the pack</source>
        <translation>يحتوي على {count} ملفًا؛ ولا يجوز أن يحتوي ملف الحزمة على أكثر من {limit} — قسّم الحزمة</translation>
    </message>
    <message>
        <source>holds a file with an unusable name {name} — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يحتوي على ملف باسم غير صالح للاستخدام {name} — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file with an absolute path {name}, which is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يحتوي على ملف بمسار مطلق {name}، وهذا غير آمن — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} that points outside the pack (not safe) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يحتوي على ملف {name} يشير إلى خارج الحزمة (غير آمن) — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a symbolic link {name}; it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يحتوي على رابط رمزي {name}؛ وهذا غير آمن — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a special file {name}; it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يحتوي على ملف خاص {name}؛ وهذا غير آمن — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds an encrypted file {name} — make it again without a password</source>
        <translation>يحتوي على ملف مشفّر {name} — أعد إنشاءه دون كلمة مرور</translation>
    </message>
    <message>
        <source>holds two files named {name} — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يحتوي على ملفين باسم {name} — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>uses a compression method the reader does not read ({name}) — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يستخدم طريقة ضغط لا يقرؤها القارئ ({name}) — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} that unpacks to {ratio:.0f} times its size (a zip bomb?); it is not safe — ask whoever sent it to make it again with &apos;hrd-reader pack&apos;</source>
        <translation>يحتوي على ملف {name} يصبح بعد فك ضغطه {ratio:.0f} ضعف حجمه (قنبلة ZIP؟)؛ وهذا غير آمن — اطلب ممن أرسله أن يعيد إنشاءه باستخدام &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>holds a file {name} of {size} MiB unpacked; the limit is {limit} MiB — make its pictures smaller or split it</source>
        <translation>يحتوي على ملف {name} حجمه {size} ميبيبايت بعد فك الضغط؛ والحد الأقصى {limit} ميبيبايت — صغّر صوره أو قسّمه</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} MiB, more than a pack may hold — split the pack</source>
        <translation>يصبح بعد فك ضغطه أكثر من {limit} ميبيبايت، وهو أكثر مما يُسمح للحزمة أن تحويه — قسّم الحزمة</translation>
    </message>
    <message>
        <source>is damaged ({name} is not the size it says) — copy it again</source>
        <translation>تالف (حجم {name} ليس الحجم المذكور) — انسخه مرة أخرى</translation>
    </message>
    <message>
        <source>holds no {manifest} (at its root or in one top folder), so it is not a pack — zip the folder that holds pack.toml, or use &apos;hrd-reader pack&apos;</source>
        <translation>لا يحتوي على {manifest} (في جذره أو في مجلد علوي واحد)، فهو ليس حزمة — اضغط بصيغة ZIP المجلد الذي يحتوي على pack.toml، أو استخدم &apos;hrd-reader pack&apos;</translation>
    </message>
    <message>
        <source>already exists — choose another name, or give --overwrite to replace it</source>
        <translation>موجود بالفعل — اختر اسمًا آخر، أو أضف --overwrite لاستبداله</translation>
    </message>
    <message>
        <source>cannot be written ({reason}) — choose a folder you can write to, with free space</source>
        <translation>تتعذّر كتابته ({reason}) — اختر مجلدًا يمكنك الكتابة فيه وفيه مساحة فارغة</translation>
    </message>
    <message>
        <source>“Q:” with no question after it — write the question on the same line</source>
        <translation>«Q:» دون سؤال بعده — اكتب السؤال على السطر نفسه</translation>
    </message>
    <message>
        <source>question “{title}” has no answer — write its answer as paragraphs under the “Q:” line</source>
        <translation>السؤال «{title}» بلا إجابة — اكتب إجابته فقرات تحت سطر «Q:»</translation>
    </message>
    <message>
        <source>no questions found — start each question on its own line with “Q: ”</source>
        <translation>لم يُعثر على أي سؤال — ابدأ كل سؤال في سطر خاص به بـ «Q: »</translation>
    </message>
    <message>
        <source>no title — put it on the line above the first question, or give --title</source>
        <translation>لا يوجد عنوان — ضعه في السطر الذي يسبق السؤال الأول، أو أضف --title</translation>
    </message>
    <message>
        <source>“{label}” but no donation address — give --donate-url URL (or delete the line for a pack without a Donate button)</source>
        <translation>«{label}» دون عنوان للتبرع — أضف --donate-url URL (أو احذف السطر لحزمة دون زر تبرع)</translation>
    </message>
    <message>
        <source>“{label}” but no sign-up address — give --signup-url URL or --source URL (or delete the line for a pack without a Sign Up button)</source>
        <translation>«{label}» دون عنوان للاشتراك — أضف --signup-url URL أو --source URL (أو احذف السطر لحزمة دون زر اشتراك)</translation>
    </message>
    <message>
        <source>pack id &quot;{value}&quot; is not valid — {hint}</source>
        <translation>معرّف الحزمة «{value}» غير صالح — {hint}</translation>
    </message>
    <message>
        <source>language &quot;{value}&quot; is not valid — {hint}</source>
        <translation>اللغة «{value}» غير صالحة — {hint}</translation>
    </message>
    <message>
        <source>already exists and is not an empty folder — choose a new folder, so that nothing there is overwritten</source>
        <translation>موجود بالفعل وليس مجلدًا فارغًا — اختر مجلدًا جديدًا، حتى لا يُستبدل شيء مما فيه</translation>
    </message>
    <message>
        <source>cannot write the pack ({reason}) — choose a writable folder</source>
        <translation>تتعذّر كتابة الحزمة ({reason}) — اختر مجلدًا قابلًا للكتابة</translation>
    </message>
    <message>
        <source>use a BCP 47 code such as &quot;en&quot; or &quot;ar&quot;</source>
        <translation>استخدم رمز BCP 47 مثل «en» أو «ar»</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the limit is {limit} — give a shorter address (it must fit a QR code)</source>
        <translation>طول {label} هو {length} حرفًا؛ والحد الأقصى {limit} — أعطِ عنوانًا أقصر (يجب أن يتسع له رمز QR)</translation>
    </message>
    <message>
        <source>{label} holds a line break, tab or other control character — write it on one line</source>
        <translation>يحتوي {label} على فاصل أسطر أو علامة جدولة أو حرف تحكم آخر — اكتبه على سطر واحد</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; is not an http, https or mailto address — give a full address such as {example}</source>
        <translation>{label} «{url}» ليس عنوان http أو https أو mailto — أعطِ عنوانًا كاملًا مثل {example}</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; names no e-mail address — write it as mailto:name@example.org</source>
        <translation>{label} «{url}» لا يذكر أي عنوان بريد إلكتروني — اكتبه بالشكل mailto:name@example.org</translation>
    </message>
    <message>
        <source>{label} &quot;{url}&quot; names no host — give a full address such as {example}</source>
        <translation>{label} «{url}» لا يذكر أي خادم — أعطِ عنوانًا كاملًا مثل {example}</translation>
    </message>
    <message>
        <source>missing — a content pack needs a {manifest} in its folder</source>
        <translation>مفقود — تحتاج حزمة المحتوى إلى ملف {manifest} في مجلدها</translation>
    </message>
    <message>
        <source>is the manifest, not the pack — give the folder that holds it instead</source>
        <translation>هذا ملف البيان وليس الحزمة — أعطِ بدلًا منه المجلد الذي يحتويه</translation>
    </message>
    <message>
        <source>does not exist — give a pack folder (it holds {manifest}) or a .hrdpack file</source>
        <translation>غير موجود — أعطِ مجلد حزمة (يحتوي على {manifest}) أو ملف ‎.hrdpack</translation>
    </message>
    <message>
        <source>{size} KiB is too large (limit {limit} KiB) — is this really a pack manifest?</source>
        <translation>الحجم {size} كيبيبايت كبير جدًا (الحد {limit} كيبيبايت) — هل هذا حقًا ملف بيان حزمة؟</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in [{table}] is ignored — check its spelling</source>
        <translation>يُتجاهل المفتاح غير المعروف &apos;{key}&apos; في [{table}] — تحقّق من تهجئته</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in the top level is ignored — check its spelling</source>
        <translation>يُتجاهل المفتاح غير المعروف &apos;{key}&apos; في المستوى الأعلى — تحقّق من تهجئته</translation>
    </message>
    <message>
        <source>missing table [{name}] — add it (see the README&apos;s pack format)</source>
        <translation>الجدول [{name}] مفقود — أضفه (انظر تنسيق الحزمة في ملف README)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a table, not a {type} — write it as [{name}]</source>
        <translation>يجب أن يكون &apos;{name}&apos; جدولًا، لا قيمة من نوع {type} — اكتبه بالشكل [{name}]</translation>
    </message>
    <message>
        <source>question {number}: {key}</source>
        <translation>السؤال {number}: {key}</translation>
    </message>
    <message>
        <source>{label} is missing — add {key} = &quot;…&quot;</source>
        <translation>{label} مفقود — أضف {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <source>{label} must be text, not a {type} — write it in double quotes: {key} = &quot;…&quot;</source>
        <translation>يجب أن يكون {label} نصًا، لا قيمة من نوع {type} — اكتبه بين علامتي تنصيص مزدوجتين: {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <source>{label} is empty — give it a value</source>
        <translation>{label} فارغ — أعطه قيمة</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; is not valid — {hint}</source>
        <translation>{label} «{value}» غير صالح — {hint}</translation>
    </message>
    <message>
        <source>no [[questions]] — add at least one [[questions]] entry</source>
        <translation>لا يوجد [[questions]] — أضف مُدخلًا واحدًا على الأقل من [[questions]]</translation>
    </message>
    <message>
        <source>&apos;questions&apos; must be a list of tables — write each one under a [[questions]] line</source>
        <translation>يجب أن يكون &apos;questions&apos; قائمة جداول — اكتب كلًّا منها تحت سطر [[questions]]</translation>
    </message>
    <message>
        <source>{count} questions is more than the reader handles ({limit}) — split the pack</source>
        <translation>{count} سؤالًا أكثر مما يستطيع القارئ التعامل معه ({limit}) — قسّم الحزمة</translation>
    </message>
    <message>
        <source>question id &quot;{id}&quot; is used twice (first at question {first}) — give each question its own id</source>
        <translation>معرّف السؤال «{id}» مستخدم مرتين (أول مرة في السؤال {first}) — أعطِ كل سؤال معرّفًا خاصًا به</translation>
    </message>
    <message>
        <source>is empty — write the answer in it</source>
        <translation>فارغ — اكتب الإجابة فيه</translation>
    </message>
    <message>
        <source>is empty — write the trainer&apos;s notes in it, or remove the notes line</source>
        <translation>فارغ — اكتب ملاحظات المدرّب فيه، أو احذف سطر notes</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; is an absolute path — give a path inside the pack folder, e.g. &quot;{example}&quot;</source>
        <translation>الملف «{file}» مسار مطلق — أعطِ مسارًا داخل مجلد الحزمة، مثلًا «{example}»</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; points outside the pack folder — keep answers inside it, e.g. &quot;{example}&quot;</source>
        <translation>الملف «{file}» يشير إلى خارج مجلد الحزمة — أبقِ الإجابات داخله، مثلًا «{example}»</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; points outside the pack folder — keep notes inside it, e.g. &quot;{example}&quot;</source>
        <translation>الملف «{file}» يشير إلى خارج مجلد الحزمة — أبقِ الملاحظات داخله، مثلًا «{example}»</translation>
    </message>
    <message>
        <source>file &quot;{file}&quot; is not a usable path ({reason}) — give a short path inside the pack folder, e.g. &quot;{example}&quot;</source>
        <translation>الملف «{file}» ليس مسارًا صالحًا للاستخدام ({reason}) — أعطِ مسارًا قصيرًا داخل مجلد الحزمة، مثلًا «{example}»</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; does not exist — create it or fix the path</source>
        <translation>ملف الإجابة «{file}» غير موجود — أنشئه أو صحّح المسار</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; does not exist — create it or fix the path</source>
        <translation>ملف الملاحظات «{file}» غير موجود — أنشئه أو صحّح المسار</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; is not a regular file (a pipe, device or socket) — name a Markdown file</source>
        <translation>ملف الإجابة «{file}» ليس ملفًا عاديًا (أنبوب أو جهاز أو مقبس) — اذكر ملف Markdown</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; is not a regular file (a pipe, device or socket) — name a Markdown file</source>
        <translation>ملف الملاحظات «{file}» ليس ملفًا عاديًا (أنبوب أو جهاز أو مقبس) — اذكر ملف Markdown</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — shorten or split it</source>
        <translation>حجم ملف الإجابة «{file}» هو {size:.1f} ميبيبايت؛ والحد الأقصى {limit} ميبيبايت — اختصره أو قسّمه</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — shorten or split it</source>
        <translation>حجم ملف الملاحظات «{file}» هو {size:.1f} ميبيبايت؛ والحد الأقصى {limit} ميبيبايت — اختصره أو قسّمه</translation>
    </message>
    <message>
        <source>answer file &quot;{file}&quot; cannot be read ({reason}) — check that it exists and is readable</source>
        <translation>تتعذّر قراءة ملف الإجابة «{file}» ({reason}) — تحقّق من وجوده ومن إمكانية قراءته</translation>
    </message>
    <message>
        <source>notes file &quot;{file}&quot; cannot be read ({reason}) — check that it exists and is readable</source>
        <translation>تتعذّر قراءة ملف الملاحظات «{file}» ({reason}) — تحقّق من وجوده ومن إمكانية قراءته</translation>
    </message>
    <message>
        <source>string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>صح/خطأ</translation>
    </message>
    <message>
        <source>list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and single hyphens, e.g. &quot;who-are-hrds&quot;</source>
        <translation>استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة، مثلًا «who-are-hrds»</translation>
    </message>
    <message>
        <source>cannot be read ({reason}) — check that the folder and its files are readable</source>
        <translation>تتعذّر قراءته ({reason}) — تحقّق من أن المجلد وملفاته قابلة للقراءة</translation>
    </message>
    <message>
        <source>is UTF-16, not UTF-8 — save the file as UTF-8</source>
        <translation>بترميز UTF-16 لا UTF-8 — احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte — this is not a text file; save it as UTF-8 text</source>
        <translation>يحتوي على بايت NUL — هذا ليس ملفًا نصيًا؛ احفظه نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte 0x{byte:02x}) — save the file as UTF-8</source>
        <translation>ليس بترميز UTF-8 صالح (البايت 0x{byte:02x}) — احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>a key or table name with more than {limit} dots — a pack manifest needs at most two (links.donate)</source>
        <translation>اسم مفتاح أو جدول فيه أكثر من {limit} نقطة — يحتاج ملف بيان الحزمة إلى نقطتين على الأكثر (links.donate)</translation>
    </message>
    <message>
        <source>values nested too deeply (lists or tables inside each other) — a pack manifest needs none of that; see the README&apos;s pack format</source>
        <translation>قيم متداخلة بعمق زائد (قوائم أو جداول بعضها داخل بعض) — لا يحتاج ملف بيان الحزمة إلى شيء من ذلك؛ انظر تنسيق الحزمة في ملف README</translation>
    </message>
    <message>
        <source>TOML syntax error: {message} — fix the syntax (strings in double quotes, one key = value per line)</source>
        <translation>خطأ في صياغة TOML: {message} — صحّح الصياغة (النصوص بين علامتي تنصيص مزدوجتين، ومفتاح = قيمة واحد في كل سطر)</translation>
    </message>
    <message>
        <source>Export a Web Page — one file for any phone</source>
        <translation>تصدير صفحة ويب — ملف واحد لأي هاتف</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحات ويب (*.html)</translation>
    </message>
    <message>
        <source>Export a ZIM File for Kiwix</source>
        <translation>تصدير ملف ZIM لـ Kiwix</translation>
    </message>
    <message>
        <source>ZIM files (*.zim)</source>
        <translation>ملفات ZIM (*.zim)</translation>
    </message>
    <message>
        <source>Saved {path} — pass it on by USB, Bluetooth or a message; any browser opens it</source>
        <translation>حُفظ {path} — مرّره عبر USB أو بلوتوث أو رسالة؛ يفتحه أي متصفح</translation>
    </message>
    <message>
        <source>Saved {path} — open it in Kiwix (Open file, or add it to the library)</source>
        <translation>حُفظ {path} — افتحه في Kiwix (فتح ملف، أو أضفه إلى المكتبة)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>خذها معك</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>العودة إلى الأسئلة</translation>
    </message>
    <message>
        <source>This copy of HRD Reader cannot write ZIM files (python-libzim is not installed): install it with pip or pipx, or export the web page instead.</source>
        <translation>لا تستطيع هذه النسخة من HRD Reader كتابة ملفات ZIM (مكتبة python-libzim غير مثبّتة): ثبّتها باستخدام pip أو pipx، أو صدّر صفحة الويب بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Share in the Room</source>
        <translation>المشاركة في القاعة</translation>
    </message>
    <message>
        <source>Sharing could not start: {reason}</source>
        <translation>تعذّر بدء المشاركة: {reason}</translation>
    </message>
    <message>
        <source>this computer&apos;s hotspot</source>
        <translation>نقطة اتصال هذا الحاسوب</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>كابل</translation>
    </message>
    <message>
        <source>network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <source>virtual or VPN — others on it could read</source>
        <translation>افتراضية أو VPN — قد يقرأ آخرون عليها</translation>
    </message>
    <message>
        <source>this computer only — for trying it out</source>
        <translation>هذا الحاسوب فقط — للتجربة</translation>
    </message>
    <message>
        <source>{address} — {kind} ({interface})</source>
        <translation>{address} — {kind} ({interface})</translation>
    </message>
    <message>
        <source>Phones on the same network open the address this shows — the room&apos;s Wi-Fi, or this computer&apos;s own hotspot. Choose that network:</source>
        <translation>تفتح الهواتف على الشبكة نفسها العنوان المعروض — شبكة Wi-Fi في القاعة أو نقطة اتصال هذا الحاسوب. اختر تلك الشبكة:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Anyone on that network who has the address (it holds a new secret each time) can read the FAQ and follow the presentation; nothing else on this computer is shared, and no phone&apos;s address is kept. Sharing stops when you turn it off, quit, or use Quick Exit.</source>
        <translation>يستطيع كل من على تلك الشبكة ولديه العنوان (يحمل سرًا جديدًا في كل مرة) قراءة الأسئلة ومتابعة العرض؛ لا يُشارَك شيء آخر من هذا الحاسوب، ولا يُحفظ عنوان أي هاتف. تتوقف المشاركة عند إيقافها أو الإنهاء أو استخدام الخروج السريع.</translation>
    </message>
    <message>
        <source>Start Sharing</source>
        <translation>بدء المشاركة</translation>
    </message>
    <message>
        <source>Sharing at {address} · {following} following · {opened} pages opened</source>
        <translation>المشاركة على {address} · {following} يتابعون · {opened} صفحات مفتوحة</translation>
    </message>
    <message>
        <source>Phones on this network read the FAQ at this address. Following: follow pages open now; pages opened: in the last ten minutes. No phone&apos;s address is kept.</source>
        <translation>تقرأ الهواتف على هذه الشبكة الأسئلة على هذا العنوان. يتابعون: صفحات المتابعة المفتوحة الآن؛ الصفحات المفتوحة: في الدقائق العشر الأخيرة. لا يُحفظ عنوان أي هاتف.</translation>
    </message>
    <message>
        <source>Follow the trainer</source>
        <translation>تابع المدرّب</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>كل الأسئلة</translation>
    </message>
    <message>
        <source>Connecting to the trainer…</source>
        <translation>جارٍ الاتصال بالعرض…</translation>
    </message>
    <message>
        <source>The trainer is not presenting now.</source>
        <translation>لا يوجد عرض الآن.</translation>
    </message>
    <message>
        <source>The trainer has blanked the screen.</source>
        <translation>أخفى المدرّب الشاشة.</translation>
    </message>
    <message>
        <source>Connection lost — trying again…</source>
        <translation>انقطع الاتصال — جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>This page follows the trainer with a small script, which is off here.</source>
        <translation>تتابع هذه الصفحة العرض بنص برمجي صغير، وهو معطّل هنا.</translation>
    </message>
    <message>
        <source>The whole FAQ as one web page (.html)</source>
        <translation>كل الأسئلة في صفحة ويب واحدة (.html)</translation>
    </message>
    <message>
        <source>The pack for HRD Reader (.hrdpack)</source>
        <translation>الحزمة لبرنامج HRD Reader (.hrdpack)</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is not a {formats} picture — the reader does not show it; save it as JPEG (photos) or PNG</source>
        <translation>الصورة &quot;{file}&quot; ليست صورة {formats} — لا يعرضها القارئ؛ احفظها بصيغة JPEG (للصور الفوتوغرافية) أو PNG</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {width} × {height} pixels, far larger than it is ever shown ({shown} pixels across) — it only makes the pack heavier: send the pack made with &apos;hrd-reader pack FOLDER OUT.hrdpack --shrink-pictures&apos;</source>
        <translation>الصورة &quot;{file}&quot; بحجم {width} × {height} بكسل، أكبر بكثير مما تُعرض به ({shown} بكسل عرضًا) — إنها تثقل الحزمة فقط: أرسل الحزمة المنشأة بالأمر &apos;hrd-reader pack FOLDER OUT.hrdpack --shrink-pictures&apos;</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {width} × {height} pixels ({megapixels} megapixels); the limit is {limit} megapixels, so it is never opened — make it at most {shown} pixels across in an image editor</source>
        <translation>الصورة &quot;{file}&quot; بحجم {width} × {height} بكسل ({megapixels} ميغابكسل)؛ الحد الأقصى {limit} ميغابكسل، لذا لا تُفتح أبدًا — صغّرها إلى {shown} بكسل عرضًا على الأكثر في محرر صور</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; does not exist in the pack — add it or fix the path</source>
        <translation>الصورة &quot;{file}&quot; غير موجودة في الحزمة — أضفها أو صحّح المسار</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; is {size:.1f} MiB; the limit is {limit} MiB — it is not shown: save it smaller (at most {shown} pixels across)</source>
        <translation>حجم الصورة &quot;{file}&quot; {size:.1f} ميبيبايت؛ الحد {limit} ميبيبايت — لا تُعرض: احفظها أصغر ({shown} بكسل عرضًا على الأكثر)</translation>
    </message>
    <message>
        <source>picture &quot;{file}&quot; cannot be read from inside the pack ({reason}) — it is not shown</source>
        <translation>تعذّرت قراءة الصورة &quot;{file}&quot; من داخل الحزمة ({reason}) — لا تُعرض</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
</context>
</TS>
