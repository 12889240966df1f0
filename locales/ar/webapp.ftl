# نصوص تطبيق تيليجرام المصغّر (webapp/)، العربية.
# الرسائل غير الموجودة هنا تؤخذ من الملف الإنجليزي.
# صيغ الجمع حسب فئات CLDR للعربية: zero و one و two و few و many و other.

app-title = الدعم
app-loading = جارٍ التحميل…
app-skip = الانتقال إلى المحتوى

## التنقل

nav-label = الأقسام
nav-tickets = طلباتي
nav-new = طلب جديد
nav-kb = المساعدة
nav-settings = الإعدادات

## طلباتي

# $name — الاسم الأول للمستخدم في تيليجرام.
home-greeting = مرحبًا، { $name }!
tickets-title = طلباتي
tickets-new = طلب جديد
tickets-filters = عرض الطلبات
filter-open = المفتوحة
filter-waiting = بانتظار ردي
filter-resolved = المحلولة
filter-all = الكل
tickets-empty-open = لا توجد طلبات مفتوحة.
tickets-empty-waiting = لا شيء بانتظار ردك.
tickets-empty-resolved = لا توجد طلبات محلولة بعد.
tickets-empty-all = ليس لديك أي طلبات بعد.
tickets-empty-hint = هل هناك ما لا يعمل؟ أخبرنا وسنساعدك.
# $number — رقم الطلب، مثل 10001.
ticket-number = #{ $number }
# $count — رسائل الدعم التي لم يقرأها العميل بعد.
ticket-unread =
    { $count ->
        [zero] لا ردود جديدة
        [one] رد جديد واحد
        [two] ردّان جديدان
        [few] { $count } ردود جديدة
        [many] { $count } ردًا جديدًا
       *[other] { $count } رد جديد
    }
# $date — التاريخ والوقت حسب المنطقة الزمنية للعميل.
ticket-updated = آخر تحديث { $date }
ticket-created = فُتح في { $date }
ticket-deadline = الحل قبل { $date }
ticket-waiting-for-you = ننتظر ردك

## الحالات والمواضيع

status-new = جديد
status-in_progress = قيد المعالجة
status-waiting_customer = بانتظارك
status-resolved = تم الحل
status-closed = مغلق

topic-payment = الدفع
topic-account = الحساب
topic-feature = طريقة الاستخدام / ميزة
topic-complaint = شكوى
topic-idea = فكرة
topic-other = أخرى

## الوقت المتوقع للرد

# $minutes — الدقائق المتبقية حتى الرد المتوقع.
eta-minutes =
    { $minutes ->
        [zero] سنرد خلال لحظات
        [one] سنرد خلال دقيقة واحدة تقريبًا
        [two] سنرد خلال دقيقتين تقريبًا
        [few] سنرد خلال { $minutes } دقائق تقريبًا
        [many] سنرد خلال { $minutes } دقيقة تقريبًا
       *[other] سنرد خلال { $minutes } دقيقة تقريبًا
    }
# $hours — الساعات المتبقية حتى الرد المتوقع.
eta-hours =
    { $hours ->
        [zero] سنرد خلال لحظات
        [one] سنرد خلال ساعة واحدة تقريبًا
        [two] سنرد خلال ساعتين تقريبًا
        [few] سنرد خلال { $hours } ساعات تقريبًا
        [many] سنرد خلال { $hours } ساعة تقريبًا
       *[other] سنرد خلال { $hours } ساعة تقريبًا
    }
eta-any-minute = الرد متوقع في أي لحظة

## صفحة الطلب

ticket-title = الطلب #{ $number }
ticket-add-details = إضافة تفاصيل
ticket-summary = ما تم إنجازه
ticket-conversation = المحادثة
ticket-no-messages = لا توجد رسائل بعد.
ticket-back-to-list = العودة إلى طلباتي
msg-you = أنت
msg-support = الدعم
msg-bot = روبوت الدعم
msg-system = إشعار
msg-edited = معدّلة

attachment-kind-photo = صورة
attachment-kind-document = مستند
attachment-kind-video = فيديو
attachment-kind-audio = ملف صوتي
attachment-kind-voice = رسالة صوتية
attachment-kind-animation = صورة متحركة
attachment-kind-video_note = رسالة فيديو
attachment-kind-sticker = ملصق
# $kind — نوع الملف؛ $author — المرسل.
attachment-alt = { $kind } من { $author }
# $name — اسم الملف؛ $author — المرسل.
attachment-alt-named = { $name } من { $author }
attachment-open = فتح { $name }
attachment-unavailable = تعذّر تحميل هذا الملف الآن.

reply-label = رسالتك
reply-placeholder = اكتب إلى الدعم…
reply-reopens = الكتابة هنا تعيد فتح الطلب.
reply-send = إرسال
reply-sending = جارٍ الإرسال…

rate-title = كيف كانت خدمتنا؟
rate-hint = قيّم المساعدة التي تلقيتها من 1 إلى 5 نجوم.
# $csat — التقييم من 1 إلى 5.
rate-value =
    { $csat ->
        [zero] لا نجوم من 5
        [one] نجمة واحدة من 5
        [two] نجمتان من 5
        [few] { $csat } نجوم من 5
        [many] { $csat } نجمة من 5
       *[other] { $csat } نجمة من 5
    }
rate-thanks = شكرًا لك! قيّمتنا بـ { $csat } من 5.
rate-current = تقييمك: { $csat } من 5. يمكنك تغييره.

## طلب جديد

new-title = طلب جديد
new-subtitle = صِف المشكلة وسنرد عليك هنا وفي المحادثة.
new-topic = الموضوع
new-topic-choose = اختر موضوعًا…
new-topic-hint = اختر الموضوع الأقرب؛ فهذا يساعدنا على توجيه طلبك إلى الأشخاص المناسبين.
new-topic-hint-payment = اذكر التاريخ والمبلغ. لا ترسل أبدًا رقم بطاقتك كاملًا أو رمز CVC.
new-topic-hint-account = أخبرنا بما جرّبته وما يظهر لك. لا ترسل أبدًا كلمة المرور أو رموز الدخول.
new-topic-hint-feature = أخبرنا بما تريد فعله وأين واجهت صعوبة.
new-topic-hint-complaint = أخبرنا بما حدث وكيف يمكننا إصلاح الأمر.
new-topic-hint-idea = شاركنا فكرتك وكيف ستفيدك.
new-topic-hint-other = أخبرنا بكل ما يجب أن نعرفه.
new-description = الوصف
new-description-placeholder = ماذا حدث؟ وما الذي كنت تتوقعه؟
new-description-hint = اذكر الخطوات ورسائل الخطأ ومتى بدأت المشكلة.
# $count — عدد الأحرف المكتوبة؛ $max — الحد الأقصى.
new-counter = { $count } / { $max }
new-kb-title = قد تحل هذه المقالات مشكلتك
new-kb-solved = هل حلّت مشكلتك؟ اقرأ المقالة
new-submit = إرسال الطلب
new-submitting = جارٍ الإرسال…
new-consent-title = نحتاج إلى موافقتك أولًا
new-consent-text = لفتح طلب، علينا حفظ محادثتك مع الدعم.
new-consent-agree = أوافق
new-consent-later = يمكنك سحب موافقتك في أي وقت من الإعدادات، في قسم الخصوصية.
new-consent-thanks = شكرًا لك! يمكنك الآن إرسال طلبك.

## أخطاء النموذج

form-error-topic = اختر موضوعًا.
# $min — الحد الأدنى لعدد الأحرف.
form-error-too-short =
    { $min ->
        [zero] صِف المشكلة.
        [one] صِف المشكلة في حرف واحد على الأقل.
        [two] صِف المشكلة في حرفين على الأقل.
        [few] صِف المشكلة في { $min } أحرف على الأقل.
        [many] صِف المشكلة في { $min } حرفًا على الأقل.
       *[other] صِف المشكلة في { $min } حرف على الأقل.
    }
# $max — الحد الأقصى لعدد الأحرف.
form-error-too-long =
    { $max ->
        [few] يجب ألا يتجاوز النص { $max } أحرف.
        [many] يجب ألا يتجاوز النص { $max } حرفًا.
       *[other] يجب ألا يتجاوز النص { $max } حرف.
    }
form-error-empty-text = اكتب رسالة أولًا.
form-error-empty-description = صِف المشكلة.

## قاعدة المعرفة

kb-title = مركز المساعدة
kb-subtitle = إجابات سريعة عن الأسئلة الشائعة.
kb-search-label = البحث في مركز المساعدة
kb-search-placeholder = مثلًا: رُفضت البطاقة
kb-search-button = بحث
# $count — عدد المقالات التي عُثر عليها.
kb-results =
    { $count ->
        [zero] لا توجد نتائج
        [one] تم العثور على مقالة واحدة
        [two] تم العثور على مقالتين
        [few] تم العثور على { $count } مقالات
        [many] تم العثور على { $count } مقالة
       *[other] تم العثور على { $count } مقالة
    }
kb-no-results = لم نعثر على شيء. جرّب كلمات أخرى أو اسألنا مباشرة.
kb-categories = الفئات
kb-category-all = الكل
kb-category-account = الحساب
kb-category-how-to = طريقة الاستخدام
kb-category-payments = المدفوعات
kb-category-security = الأمان
kb-category-subscriptions = الاشتراكات
kb-category-technical = مشكلات تقنية
kb-category-refunds = استرداد الأموال
kb-category-privacy = الخصوصية
kb-popular = الحلول الأكثر استخدامًا
kb-still-need-help = هل ما زلت بحاجة إلى مساعدة؟
kb-ask-support = إنشاء طلب
article-back = العودة إلى مركز المساعدة
article-helpful = هل كانت هذه المقالة مفيدة؟
article-helpful-yes = نعم
article-helpful-no = لا
article-thanks-yes = رائع! شكرًا لإخبارنا.
article-thanks-no = نأسف لأنها لم تساعدك. سيتولى فريقنا الأمر.

## الإعدادات

settings-title = الإعدادات
settings-language = اللغة والوقت
settings-language-label = اللغة
settings-timezone = المنطقة الزمنية
settings-timezone-suggested = المقترحة
settings-timezone-all = كل المناطق الزمنية
settings-timezone-hint = تُعرض الأوقات وساعات الهدوء حسب هذه المنطقة.
# $zone — المنطقة الزمنية للجهاز، مثل Asia/Riyadh.
settings-timezone-device = المنطقة الزمنية لجهازك هي { $zone }.
settings-timezone-use-device = استخدامها
# $zone — the time zone just taken from the device, e.g. Europe/Berlin.
zone-taken = نعرض الأوقات الآن بمنطقتك الزمنية: { $zone }.
zone-change = تغيير
zone-ok = حسنًا
settings-notifications = الإشعارات
settings-notifications-label = تحديثات الطلبات في المحادثة
settings-notifications-hint = ردود الدعم وتغييرات الحالة.
settings-quiet = ساعات الهدوء
settings-quiet-hint = نؤجل الرسائل غير العاجلة خلال هذه الساعات.
settings-quiet-default = غير محددة: تُطبَّق ساعات الهدوء الافتراضية لخدمة الدعم.
settings-quiet-from = من
settings-quiet-to = إلى
settings-quiet-save = حفظ ساعات الهدوء
settings-quiet-clear = استخدام الافتراضي
settings-quiet-both = حدّد الوقتين معًا أو امسحهما معًا.
settings-quiet-same = يجب أن يختلف وقت البداية عن وقت النهاية.
settings-display = العرض
settings-large-text = نص كبير
settings-large-text-hint = يكبّر كل النصوص على هذا الجهاز.
settings-high-contrast = تباين عالٍ
settings-high-contrast-hint = ألوان وحدود أوضح.
settings-privacy = الخصوصية
# $date — تاريخ موافقة العميل.
settings-consent-given = وافقت على حفظ محادثاتك في { $date }.
settings-consent-missing = لم توافق بعد على حفظ محادثاتك: لا يمكن فتح طلبات بدون ذلك.
settings-consent-label = حفظ محادثاتي مع الدعم
settings-consent-hint = مطلوب لفتح الطلبات. إيقافه يمنع فتح طلبات جديدة.
settings-export = تصدير بياناتي
settings-export-hint = نزّل كل ما نحتفظ به عنك في ملف JSON.
settings-exporting = جارٍ تجهيز الملف…
settings-exported = تم تنزيل بياناتك.
settings-delete = حذف بياناتي
settings-delete-confirm-title = هل تريد حذف كل بياناتك؟
settings-delete-confirm-text = ستُمحى طلباتك ورسائلك وتقييماتك وإعداداتك. لا يمكن التراجع عن ذلك.
settings-delete-confirm = نعم، احذف كل شيء
settings-delete-cancel = إلغاء
settings-deleting = جارٍ الحذف…
settings-saving = جارٍ الحفظ…
settings-saved = تم الحفظ.

## الوداع (بعد الحذف)

goodbye-title = تم حذف بياناتك
goodbye-text = محونا طلباتك ورسائلك وإعداداتك.
goodbye-return = إذا راسلت الروبوت مجددًا، فسنبدأ من جديد.
goodbye-close = إغلاق

## الأخطاء

error-open-from-bot-title = يُرجى فتح هذه الصفحة من الروبوت
error-open-from-bot = تعمل هذه الصفحة داخل تيليجرام فقط. افتحها بالزر الموجود في روبوت الدعم.
error-dev-hint = للمطورين: إذا كان الخادم يعمل مع DEV_LOGIN=true (وليس في بيئة الإنتاج أبدًا)، سجّل الدخول كمستخدم تجريبي عبر
# $bot — the bot's @username.
outside-open-bot = افتح { $bot } في تيليجرام
outside-qr-label = رمز QR يفتح { $bot } في تيليجرام
outside-qr-hint = هل تستخدم حاسوبًا؟ امسح هذا الرمز بكاميرا هاتفك.
error-unauthorized-title = تعذّر التحقق من جلسة تيليجرام
error-unauthorized = يُرجى إغلاق هذه الصفحة وفتحها مجددًا من الروبوت.
error-generic-title = حدث خطأ ما
error-generic = تعذّر تحميل ملفك الشخصي. تحقّق من اتصالك وحاول مرة أخرى.
# $reason — شرح تقني من الخادم (لا يُترجم).
error-reason = التفاصيل: { $reason }
error-retry = إعادة المحاولة
error-network = لا يوجد اتصال بالخادم. تحقّق من الإنترنت وحاول مرة أخرى.
error-not-found-title = غير موجود
error-not-found = لم نعثر عليه. ربما تمت إزالته.
error-page-not-found = هذه الصفحة غير موجودة.
error-too-many = محاولات كثيرة جدًا. يُرجى الانتظار قليلًا.
error-failed = لم تنجح العملية: { $reason }

# Attachments (Mini App uploads)
new-file = لقطة شاشة أو ملف (اختياري)
attach-choose = اختر لقطة شاشة أو ملفًا
attach-file = إرفاق ملف
attach-replace = اختر ملفًا آخر
attach-hint = صور (JPEG وPNG وWebP وGIF) أو مستندات (PDF وTXT وCSV وZIP وDOCX وXLSX)، بحد أقصى { $max } ميغابايت.
attach-preview-alt = معاينة { $name }
attach-remove = إزالة
attach-too-large = حجم «{ $name }» أكبر من { $max } ميغابايت. اختر ملفًا أصغر.
attach-wrong-type = لا يمكن إرفاق «{ $name }». اختر صورة (JPEG أو PNG أو WebP أو GIF) أو ملف PDF أو TXT أو CSV أو ZIP أو DOCX أو XLSX.
attach-empty = الملف «{ $name }» فارغ.
attach-uploading = جارٍ رفع الملف…
attach-send = إرسال الملف
attach-caption-too-long = مع الملف، يجب ألا تتجاوز الرسالة { $max } حرف.
attach-failed-title = لم تتم إضافة الملف
attach-failed-text = تم فتح طلبك، لكن لم يتم رفع «{ $name }». حاول مرة أخرى باستخدام «إرفاق ملف» في الأسفل.
attach-failed-dismiss = حسنًا

## مكتب المشرف (صفحات فريق الدعم: ‎/staff/board و‎/staff/numbers و‎/staff/agents)

staff-nav = مكتب المشرف
staff-nav-board = اللوحة المباشرة
staff-nav-numbers = المؤشرات
staff-nav-agents = الموظفون
staff-forbidden-title = لفريق الدعم فقط
staff-forbidden = هذه الصفحات مخصّصة لفريق الدعم، ودورك لا يتيح الوصول إليها.
staff-board-title = اللوحة المباشرة
staff-live = ● مباشر
staff-reconnecting = جارٍ إعادة الاتصال…
staff-queues = قوائم الانتظار
staff-queue = القائمة
staff-waiting = بانتظار الرد
staff-oldest-wait = أطول انتظار
staff-at-risk = معرّضة للتأخير
staff-breached = تجاوزت SLA
staff-on-duty = في المناوبة
staff-nobody-on-duty = لا أحد في المناوبة الآن.
staff-load-of = حِمل { $name }
staff-load = { $load } من { $limit }
staff-needs-eye = طلبات تحتاج إلى متابعة
staff-all-calm = لا توجد طلبات مفتوحة. كل شيء هادئ.
staff-state-breached = تجاوزت SLA
staff-state-at-risk = معرّضة للتأخير
staff-state-waiting = بانتظار الرد
staff-state-ok = ضمن الوقت
staff-ticket-line = { $queue } · { $assignee } · ينتظر منذ { $wait }
staff-unassigned = غير مُسندة
staff-assign = إسناد إلى…
staff-assign-to = إسناد الطلب #{ $number } إلى
staff-assigned = أصبح الطلب #{ $number } لدى { $name }.
staff-move = نقل إلى…
staff-move-to = نقل الطلب #{ $number } إلى قائمة
staff-moved = نُقل الطلب #{ $number } إلى { $queue }.
staff-action-failed = تعذّر ذلك: { $reason }
staff-csv = CSV
staff-numbers-title = المؤشرات
staff-agents-title = الموظفون
staff-agent = الموظف
staff-period = الفترة
staff-period-today = اليوم
staff-period-7d = ٧ أيام
staff-period-30d = ٣٠ يومًا
staff-period-custom = فترة مخصّصة
staff-from = من
staff-to = إلى
staff-split = التقسيم حسب
staff-split-none = بلا تقسيم
staff-split-queue = القائمة
staff-split-topic = الموضوع
staff-split-language = اللغة
staff-split-agent = الموظف
staff-split-channel = القناة
staff-headline = المؤشرات الرئيسية
staff-chart-of = الرسم البياني
staff-figure-volume = الطلبات
staff-figure-frtP50 = الرد الأول، الوسيط
staff-figure-frtP90 = الرد الأول، P90
staff-figure-resolutionP50 = الحل، الوسيط
staff-figure-resolutionP90 = الحل، P90
staff-figure-slaMet = الالتزام بـ SLA
staff-figure-csat = CSAT
staff-figure-nps = NPS
staff-figure-fcr = الحل من أول تواصل
staff-figure-repeatRate = تواصل متكرر (٧ أيام)
staff-figure-reopenRate = أُعيد فتحها
staff-figure-handoffRate = حوّلها البوت إلى موظف
staff-figure-selfService = حُلّت بالخدمة الذاتية
staff-response-rates = أجابوا عن سؤال CSAT: { $csat } · وعن سؤال NPS: { $nps }
staff-change-none = لا توجد مقارنة
staff-change-better = أفضل بنسبة { $change } من الفترة السابقة
staff-change-worse = أسوأ بنسبة { $change } من الفترة السابقة
staff-handoff-reasons = لماذا حوّل البوت الطلب إلى موظف
staff-heatmap = الطلبات الواردة حسب اليوم والساعة
staff-heatmap-peak = الذروة: { $day } الساعة { $hour }:00، { $count } طلبات
staff-community = مجموعة الدعم
staff-figure-spamShare = نسبة الرسائل المزعجة في المجموعة
staff-figure-groupMessages = رسائل المجموعة التي فُحصت
staff-figure-captchaPassRate = اجتازوا اختبار التحقق
staff-figure-groupQuestions = أسئلة المجموعة التي تحوّلت إلى طلبات
staff-community-detail = الرسائل المزعجة: { $spam } · أوقفتها قواعد الأعضاء الجدد: { $blocked } · بلاغات الأعضاء: { $reports }. الهدف أن تبقى الرسائل المزعجة دون 0.5%.
staff-weekday-1 = الإثنين
staff-weekday-2 = الثلاثاء
staff-weekday-3 = الأربعاء
staff-weekday-4 = الخميس
staff-weekday-5 = الجمعة
staff-weekday-6 = السبت
staff-weekday-7 = الأحد
staff-seconds = { $n } ث
staff-minutes = { $n } د
staff-hours = { $n } س
staff-days = { $n } يوم

## تقييم الجودة والتجارب (webapp/src/staff/QualityPage.tsx, ExperimentsPage.tsx)
staff-nav-quality = الجودة
staff-nav-experiments = التجارب
staff-qa-title = جودة المحادثات
staff-qa-pending = بانتظار التقييم
staff-qa-none = لا توجد محادثات للتقييم الآن.
staff-qa-clean = لم يجد الفحص الآلي أي ملاحظات.
staff-qa-finding-frt-over-sla = أول رد بعد { $minutes } دقيقة (المستهدف { $target } دقيقة)
staff-qa-finding-resolution-over-sla = الحل بعد { $minutes } دقيقة (المستهدف { $target } دقيقة)
staff-qa-finding-forbidden-words = كلمات ممنوعة أو غير لائقة: { $words }
staff-qa-finding-personal-data-asked = طُلبت بيانات شخصية: { $words }
staff-qa-finding-no-summary = لا يوجد ملخص للحل
staff-qa-finding-no-next-steps = لم يُخبَر العميل بالخطوات التالية
staff-qa-finding-no-greeting = أول رد بلا تحية
staff-qa-finding-person-not-given = طلب العميل التحدث إلى موظف ولم يرد عليه أحد
staff-qa-line-greeting = التحية
staff-qa-line-understood = فهم المشكلة
staff-qa-line-correct = إجابة صحيحة
staff-qa-line-tone = الأسلوب
staff-qa-line-next_steps = توضيح الخطوات التالية
staff-qa-line-summary = ملخص الحل
staff-qa-mark-2 = نعم
staff-qa-mark-1 = جزئيًا
staff-qa-mark-0 = لا
staff-qa-comment = ملاحظة للموظف (اختياري)
staff-qa-save = حفظ التقييم
staff-qa-trend = الجودة لكل موظف أسبوعيًا
staff-qa-cell = { $average } ({ $reviews })
staff-qa-mine = تقييماتي
staff-qa-mine-none = لم تُقيَّم أي من محادثاتك بعد.
staff-qa-mine-average = آخر 30 يومًا: { $average }/100
staff-exp-title = التجارب
staff-exp-about = جرّب صياغات جديدة للبوت على جزء من العملاء واحكم عليها بأرقام الدعم. تحذيرات الأمان والدفع لا تدخل أي تجربة.
staff-exp-status-draft = مسودة
staff-exp-status-running = تعمل
staff-exp-status-stopped = متوقفة
staff-exp-status-shipped = مُعتمدة
staff-exp-metric-self-service = نسبة الخدمة الذاتية
staff-exp-metric-csat = العملاء الراضون (CSAT ‏4–5)
staff-exp-metric-frt = زمن أول رد بالدقائق
staff-exp-metric-intake-drop-off = الانسحاب أثناء الاستقبال
staff-exp-metric-repeat-contacts = التواصل المتكرر خلال 7 أيام
staff-exp-verdict-better = النسخة { $variant } أفضل من { $control } بثقة 95%.
staff-exp-verdict-worse = النسخة { $variant } أسوأ من { $control } بثقة 95%.
staff-exp-verdict-no-difference = لا فرق حقيقي بين { $variant } و{ $control }.
staff-exp-verdict-more = البيانات غير كافية بعد: نحتاج إلى نحو { $count } عميل إضافي.
staff-exp-variant = النسخة
staff-exp-customers = العملاء
staff-exp-value = النتيجة
staff-exp-range = نطاق 95%
staff-exp-start = بدء
staff-exp-stop = إيقاف
staff-exp-ship = اعتماد { $variant }
staff-exp-new = تجربة جديدة
staff-exp-code = اسم قصير (حروف لاتينية وأرقام و-)
staff-exp-target = النص أو خيار المسار المراد تجربته
staff-exp-metric = معيار الحكم
staff-exp-share = نسبة العملاء في التجربة، %
staff-exp-language = لغة النص الجديد
staff-exp-variant-b = النسخة B
staff-exp-create = إنشاء كمسودة
