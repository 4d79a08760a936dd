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
        <source>Qt {version}</source>
        <translation>Qt {version}</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>&amp;فتح حزمة…</translation>
    </message>
    <message>
        <source>Show another content pack (a folder with pack.toml)</source>
        <translation>عرض حزمة محتوى أخرى (مجلد يحتوي على pack.toml)</translation>
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
        <source>Open Pack — choose the folder that holds pack.toml</source>
        <translation>فتح حزمة — اختر المجلد الذي يحتوي على pack.toml</translation>
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
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>The questions of the pack; choose one to read its answer</source>
        <translation>أسئلة الحزمة؛ اختر سؤالًا لقراءة جوابه</translation>
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
        <source>{title} — HRD Reader</source>
        <translation>{title} — HRD Reader</translation>
    </message>
    <message>
        <source>Opens {address} in your web browser</source>
        <translation>يفتح {address} في متصفح الويب</translation>
    </message>
    <message>
        <source>Opened “{title}” (questions: {count})</source>
        <translation>فُتحت «{title}» (عدد الأسئلة: {count})</translation>
    </message>
    <message>
        <source>Answer: {question}</source>
        <translation>الجواب: {question}</translation>
    </message>
</context>
</TS>
