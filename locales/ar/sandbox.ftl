# نصوص صفحة التجربة (/sandbox): مكتب الدعم في المتصفح، والخادم يؤدي دور Telegram.
# ليست نصوص البوت: يستثني src/i18n/index.ts هذا الملف من نصوص البوت.

sb-title = تجربة مكتب الدعم
sb-intro = البوت الحقيقي ومكتب الموظف والتطبيق المصغّر، والخادم نفسه يؤدي دور Telegram. اكتب بصفتك العميل، وأجب بصفتك موظف الدعم.
sb-page-language = لغة الصفحة
sb-customer = العميل
sb-agent = موظف الدعم
sb-supervisor = المشرف
sb-customer-language = لغة العميل
sb-new-customer = عميل جديد
sb-bot-subtitle = بوت
sb-start = ابدأ
sb-message-placeholder = رسالة
sb-send = إرسال
sb-attach = إرفاق صورة
sb-reply = رد
sb-cancel-reply = إلغاء الرد
sb-replying-to = رد على { $name }
sb-edited = معدّلة
sb-photo = صورة
sb-file = ملف
sb-open-app = التطبيق
sb-open-app-title = فتح التطبيق المصغّر
sb-close = إغلاق
sb-back = رجوع
sb-commands = الأوامر
sb-later = +30 دقيقة
sb-later-title = تقديم ساعة المكتب 30 دقيقة (تعمل مؤقتات SLA كما في الواقع)
sb-clock-now = ساعة المكتب: الآن
sb-clock-ahead = ساعة المكتب: +{ $minutes } دقيقة
sb-connection-lost = انقطع الاتصال بصفحة التجربة، نحاول من جديد…
sb-tour = جولة إرشادية
sb-tour-pick = اختر سيناريو
sb-tour-stop = إيقاف
sb-tour-done = انتهى السيناريو. اختر غيره أو تابع بنفسك.
sb-tour-waiting = بانتظار البوت…
sb-tour-you-agent = أنت موظف الدعم
sb-tour-you-customer = أنت العميل

tour-payment = مشكلة في الدفع
tour-payment-about = خُصم المبلغ من العميل مرتين. تابع وصول الطلب إلى قائمة الأمان والمدفوعات، ثم أجب عنه بصفتك موظف الدعم.
tour-payment-say-1 = خُصم مني ثمن الطلب مرتين، أرجو المساعدة
tour-payment-step-consent = يوافق العميل على حفظ المحادثة، فيفتح البوت طلب دعم.
tour-payment-step-answer = دورك الآن: في هاتف موظف الدعم اضغط ↩ على بطاقة «أُسند إليك» واكتب ردك.
tour-payment-say-2 = شكرًا! متى يعود المبلغ؟
tour-payment-step-resolve = أجب مرة أخرى ثم أغلق الطلب: ‎/resolve { $number } ما الذي فعلته | ما الذي سيحدث بعد ذلك
tour-payment-step-rate = يقيّم العميل عملك.

tour-kb = سؤال تجيب عنه قاعدة المعرفة
tour-kb-about = يسأل العميل عن أمر تشرحه مقالات المساعدة. يجيب البوت فورًا ولا حاجة إلى موظف.
tour-kb-say-1 = نسيت كلمة المرور، كيف أعيد تعيينها؟
tour-kb-step-answer = وجد البوت مقالًا. يمكن للعميل فتحه في التطبيق المصغّر أو إخبارنا إن كان قد أفاده.

tour-vip = عميل VIP
tour-vip-about = يحدد المسؤول العميل كعميل VIP، فيذهب طلبه إلى قائمة VIP وأول رد عليه خلال 5 دقائق.
tour-vip-step-mark = في هاتف موظف الدعم يحدد المسؤول هذا العميل كعميل VIP بالأمر ‎/vip.
tour-vip-say-1 = لم يصلني طلبي وأنا مسافر غدًا. أرجو تحويلي إلى موظف.
tour-vip-step-answer = الطلب في قائمة VIP. أجب عنه من هاتف موظف الدعم عبر ↩ رد.

tour-sla = تجاوز مهلة SLA بسرعة مضاعفة
tour-sla-about = لا أحد يرد على الطلب في الوقت المحدد. تقفز ساعة المكتب إلى الأمام فتنطلق تنبيهات SLA.
tour-sla-say-1 = أحتاج إلى موظف: أُلغي اشتراكي عن طريق الخطأ
tour-sla-step-wait = فُتح الطلب. لا أحد يرد…
tour-sla-step-jump = تقفز ساعة المكتب 30 دقيقة إلى الأمام: راقب هاتفي موظف الدعم والمشرف.

tour-customer = أنت العميل
tour-customer-about = هذه المرة تؤدي الجولة دور موظف الدعم: اكتب إلى البوت بصفتك العميل واطلب التحدث إلى شخص.
tour-customer-step-write = دورك الآن: اكتب إلى البوت في هاتف العميل واطلب موظفًا (ووافق على الشروط إن طُلب منك).
tour-customer-agent-1 = مرحبًا، معك سام من الدعم. أعمل على طلبك الآن: هل يمكنك إرسال رقم الطلب؟
tour-customer-step-reply = ردّ موظف الدعم. أجبه من هاتف العميل.
tour-customer-agent-2 = شكرًا لك، أصلحنا كل شيء من جهتنا.
tour-customer-step-rate = أغلق موظف الدعم الطلب: قيّم الرد بالنجوم.
