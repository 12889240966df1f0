# نصوص البوت. المتغيرات التي تحمل نص المستخدم تُهرَّب بصيغة HTML قبل أن تصل إلى هنا.

start-greeting = أهلًا { $name }! أنا مساعد الدعم: أجيبك فورًا حين أستطيع، وأحوّلك إلى أحد موظفينا حين يحتاج الأمر إلى شخص. ليلًا ونهارًا.
start-choose-topic = بماذا يتعلق سؤالك؟ اختر موضوعًا، أو اشرح المشكلة بكلماتك ببساطة.
start-welcome-back = أهلًا بعودتك يا { $name }! كيف أستطيع مساعدتك؟

consent-request = قبل أن نبدأ: لكي نساعدك، نحفظ هذه المحادثة والبيانات التي ترسلها طوال المدة التي يحتاجها طلبك. يمكنك تصدير بياناتك أو حذفها في أي وقت من الإعدادات.
consent-accept = أوافق، لنتابع
consent-decline = لا، شكرًا
consent-declined = مفهوم، لن نحفظ أي شيء من هذه المحادثة. لا يزال بإمكانك قراءة مقالات المساعدة. غيّرت رأيك؟ اضغط الزر أدناه.
consent-needed = احتفظتُ بما كتبته. لفتح طلب نحتاج إلى موافقتك على حفظ المحادثة: اضغط زر الموافقة أدناه.

topic-payment = 💳 الدفع
topic-account = 👤 الحساب
topic-feature = 🛠 طريقة الاستخدام / ميزة
topic-complaint = 😞 شكوى
topic-idea = 💡 فكرة
topic-other = ❓ أمر آخر
topic-name-payment = الدفع
topic-name-account = الحساب
topic-name-feature = طريقة الاستخدام / ميزة
topic-name-complaint = شكوى
topic-name-idea = فكرة
topic-name-other = أمر آخر

intake-topic-chosen = الموضوع: { $topic }.
q-payment-what = ماذا حدث مع الدفع؟ مثلًا: رُفضت العملية، خُصم المبلغ ولم يصل، خُصم مرتين.
q-payment-when = متى دفعت، وبأي وسيلة (بطاقة، محفظة…)؟ من فضلك لا ترسل رقم البطاقة كاملًا.
q-account-what = ماذا تحتاج بخصوص حسابك؟ مثلًا: لا أستطيع تسجيل الدخول، تغيير البريد الإلكتروني، التحقق بخطوتين.
q-feature-goal = ما الذي تحاول القيام به؟
q-feature-tried = وماذا يحدث بدلًا من ذلك؟ نص رسالة الخطأ يساعدنا كثيرًا.
q-complaint-what = نحن آسفون لذلك. أخبرنا بما حدث، وسنضعه أمام أحد موظفينا.
q-idea-what = يسعدنا أن نسمعها! ما الذي تودّ أن تراه؟
q-other-what = أخبرنا بما تحتاجه في كلمات قليلة.
intake-ask-file = لقطة شاشة أو ملف تساعدنا كثيرًا. أرسلها الآن، أو اضغط «تخطٍّ».
intake-file-received = وصلنا ({ $count } { $count ->
    [zero] ملف
    [one] ملف
    [two] ملفان
    [few] ملفات
    [many] ملفًا
   *[other] ملف
  }). أرسل المزيد، أو اضغط «متابعة».
intake-need-text = من فضلك أجب برسالة نصية، أو اضغط «تخطٍّ».
intake-need-file = من فضلك أرسل صورة أو ملفًا، أو اضغط «تخطٍّ».

btn-skip = تخطٍّ
btn-back = ◀ تغيير الموضوع
btn-continue = متابعة ▶
btn-cancel = إلغاء

kb-suggest-intro = قد تحل هذه المقالات مشكلتك فورًا:
kb-suggest-item = • <b>{ $title }</b>
    { $snippet }
kb-did-it-help = هل حُلّت المشكلة؟
kb-solved-yes = ✅ نعم، حُلّت
kb-solved-no = ❌ لا، أحتاج مساعدة
kb-answer-card = 💡 <b>{ $title }</b>
    { $snippet }

    هل حُلّت المشكلة؟
kb-open-article = 📖 اقرأ المقالة
intake-retry = عذرًا، لم أتمكن من تسجيل طلبك الآن. كل ما كتبته محفوظ: اضغط «حاول مرة أخرى» (أو أرسل رسالة) وسأسجّله.
btn-retry = حاول مرة أخرى
kb-glad = رائع، يسعدنا أن ذلك ساعدك! إذا احتجت أي شيء آخر، اكتب هنا فقط.
kb-read = اقرأ: { $title }

handoff-notice = سأحوّل طلبك إلى أحد موظفينا فورًا.
handoff-security-notice = يبدو هذا عاجلًا: سيصل الآن إلى فريق الأمان والمدفوعات لدينا. لا تشارك أبدًا كلمات المرور أو الرموز أو رقم البطاقة كاملًا مع أي أحد، ولا حتى معنا.

ticket-receipt = تم إنشاء الطلب <b>#{ $number }</b>.
    الموضوع: { $topic }
    الوقت المتوقع: { $eta ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة تقريبًا
        [two] دقيقتان تقريبًا
        [few] { $eta } دقائق تقريبًا
        [many] { $eta } دقيقة تقريبًا
       *[other] { $eta } دقيقة تقريبًا
    }
    ستصلك كل الردود هنا. الحالة: <b>مفتوح</b>
btn-ticket-status = الحالة
btn-add-details = إضافة تفاصيل
# Sent after the receipt instead of the status button (status-notice experiment, "detailed-steps").
ticket-receipt-steps = ما الذي سيحدث بعد ذلك في الطلب #{ $number }:
    1. سيقرأ أحد أعضاء الفريق رسالتك ويرد عليك هنا في هذه المحادثة.
    2. إذا احتجنا إلى تفاصيل إضافية فسنسألك، ويكفي أن ترد هنا.
    3. عند حل المشكلة سنرسل لك ملخصًا قصيرًا لما تم.
    تذكرت شيئًا آخر؟ اضغط على «إضافة تفاصيل» في الأعلى.
ticket-appended = أُضيف إلى طلبك #{ $number }. سيراه الموظف.
ticket-details-prompt = أرسل الآن تفاصيل الطلب #{ $number }: نصًا أو لقطة شاشة أو ملفًا.
ticket-not-found = لم أجد الطلب #{ $number } بين طلباتك. أرسل /tickets لترى طلباتك.
ticket-list-empty = ليس لديك أي طلبات بعد. صِف مشكلتك وسأفتح لك طلبًا.
ticket-list-header = طلباتك:
ticket-list-item = #{ $number } · { $status } · { $subject }
ticket-status-card = الطلب <b>#{ $number }</b>
    الحالة: <b>{ $status }</b>
    الموضوع: { $topic }
    تاريخ الفتح: { $opened }
    { $eta }
ticket-status-eta-minutes = يُتوقع أول رد خلال { $minutes } دقيقة تقريبًا.
ticket-status-answered = ردّ أحد الموظفين.
status-new = مفتوح
status-in_progress = قيد المعالجة
status-waiting_customer = بانتظار ردك
status-resolved = تم الحل
status-closed = مغلق

reopen-ask = هل هذا بخصوص الطلب #{ $number } (الذي حُلّ مؤخرًا)، أم أمر جديد؟
reopen-same = نعم، أعد فتح #{ $number }
reopen-new = أمر جديد
reopen-done = أُعيد فتح الطلب #{ $number }؛ سيرى الموظف رسالتك.

cmd-status-usage = أرسل رقم الطلب هكذا: /status 10001
help-text = اكتب سؤالك هنا فقط، في أي وقت وبأي لغة.
    /start البدء من جديد باختيار موضوع
    /tickets طلباتك
    /status 10001 طلب واحد
    /cancel إيقاف الطلب الحالي
    /help هذه الرسالة
cancel-done = تم الإيقاف. لم يُرسَل أي شيء. اكتب في أي وقت لتبدأ من جديد.
cancel-nothing = لا يوجد ما يُلغى. اكتب سؤالك متى كنت مستعدًا.

unsupported-media = لا أستطيع استقبال هذا النوع من الرسائل بعد. من فضلك اشرح الأمر نصًا، أو أرسل صورة أو ملفًا.
empty-message = يبدو أن رسالتك فارغة. أخبرني بما حدث في كلمات قليلة.
text-too-long = رسالة طويلة! احتفظتُ بها كاملة للموظف.
emoji-only = أرى رمزًا تعبيريًا، لكني أحتاج إلى بضع كلمات لأساعدك. ماذا حدث؟
stale-button = هذا الزر من محادثة سابقة. إليك أين وصلنا الآن:
error-generic = عذرًا، حدث خطأ من جهتنا. رسالتك محفوظة بأمان؛ من فضلك حاول مرة أخرى بعد قليل.
not-staff = هذا الأمر مخصص لفريق الدعم.

agent-reply = <b>{ $agent }</b>، فريق الدعم:
    { $text }
agent-clarification = <b>{ $agent }</b>، فريق الدعم، يحتاج إلى توضيح بخصوص الطلب #{ $number }:
    { $text }

    ما عليك إلا الرد هنا. سنُبقي الطلب مفتوحًا لمدة { $hours } ساعة.
clarification-reminder = تذكير: الطلب #{ $number } بانتظار ردك. اكتب ردك هنا وسنكمل معك.
clarification-closed = أغلقنا الطلب #{ $number } لأننا لم نتلقَّ ردًا منك. اكتب هنا في أي وقت وسنتابعه معك من جديد.
ticket-resolved = ✅ تم حل الطلب #{ $number }.

    ما قمنا به: { $summary }

    إذا بقي أي شيء غير سليم، فما عليك إلا الرد هنا.
ticket-resolved-next = ✅ تم حل الطلب #{ $number }.

    ما قمنا به: { $summary }
    الخطوة التالية: { $next }

    إذا بقي أي شيء غير سليم، فما عليك إلا الرد هنا.

csat-1 = 1 ⭐
csat-2 = 2 ⭐
csat-3 = 3 ⭐
csat-4 = 4 ⭐
csat-5 = 5 ⭐
nps-0 = 0
nps-1 = 1
nps-2 = 2
nps-3 = 3
nps-4 = 4
nps-5 = 5
nps-6 = 6
nps-7 = 7
nps-8 = 8
nps-9 = 9
nps-10 = 10
rating-thanks = شكرًا لتقييمك الطلب #{ $number }! هذا يساعدنا على أن نصبح أفضل.
# Asked with the follow-up instead of with the resolution (rating-timing experiment, "next-day").
rating-ask-later = كيف تقيّم المساعدة التي قدّمناها لك في الطلب #{ $number }؟ يكفي أن تضغط على أحد التقييمات بالأسفل.
rating-thanks-nps = شكرًا لتقييمك الطلب #{ $number }! سؤال واحد بعد: ما مدى احتمال أن توصي بنا لصديق، من 0 إلى 10؟
nps-thanks = شكرًا لك! نقرأ كل إجابة.
rating-low-reply = نأسف لأن الخدمة لم تكن بالمستوى المطلوب. سيطّلع أحد المسؤولين على الطلب #{ $number } بنفسه ويعود إليك هنا.
rating-already = شكرًا، وصلنا تقييمك لهذا الطلب من قبل.
follow-up-ask = قبل يومين تقريبًا حللنا الطلب #{ $number }. هل ساعدك الحل؟
follow-up-yes = 👍 نعم، كل شيء بخير
follow-up-no = 👎 لا، المشكلة مستمرة
follow-up-glad = يسعدنا سماع ذلك! أُغلق الطلب #{ $number }. اكتب لنا في أي وقت إذا احتجت إلينا.
follow-up-reopened = نأسف لذلك. أُعيد فتح الطلب #{ $number } مع الموظف نفسه؛ أخبرنا هنا بما لا يزال غير سليم.
status-taken = يتولّى { $agent } من فريق الدعم الآن الطلب #{ $number }.

# الموظفون: التنبيهات وأوامر فريق الدعم.
staff-sla-warning-first = ⏰ الطلب #{ $number } ({ $queue }): يجب تقديم أول رد خلال { $minutes } دقيقة.
staff-sla-warning-resolution = ⏰ الطلب #{ $number } ({ $queue }): يجب حلّه خلال { $minutes } دقيقة.
staff-sla-breach-first = 🚨 تم تجاوز مهلة SLA: الطلب #{ $number } ({ $queue }) ينتظر أول رد منذ { $minutes } دقيقة.
staff-sla-breach-resolution = 🚨 تم تجاوز مهلة SLA: لم يُحلّ الطلب #{ $number } ({ $queue }) في الوقت المحدد.
staff-escalated = ↗️ صُعِّد الطلب #{ $number } من { $from } إلى { $to }.
staff-unanswered = 💬 الطلب #{ $number } ({ $queue }): آخر رسالة من العميل تنتظر الرد منذ { $minutes } دقيقة.
staff-security-alert = 🛡 الأمان/المدفوعات: طلب جديد #{ $number } ({ $topic })، الأولوية { $priority }. تولَّه الآن.
staff-duty-on = أنت في المناوبة الآن. يمكن أن تصلك الطلبات الجديدة من قوائم انتظارك.
staff-duty-off = أنت خارج المناوبة. لن تُسنَد إليك طلبات جديدة.
staff-duty-usage = استخدم /duty on أو /duty off.
staff-next-none = لا توجد طلبات منتظرة في قوائم انتظارك. 🎉
staff-taken = تولّيتَ الطلب #{ $number } ({ $queue }): { $subject }
staff-take-usage = أرسل رقم الطلب هكذا: /take 10001
staff-error = { $reason }
queue-list-item = <b>{ $code }</b> { $name }: أول رد { $first } دقيقة، الحل { $resolution }، تنبيه قبل { $warn } دقيقة، التصعيد إلى { $escalate }
queue-none = لا يوجد
queue-usage = الاستخدام: /queue_set CODE first=15 resolution=240 warn=5 escalate=L2 (للإلغاء: resolution=none و escalate=none)؛ /queue_add CODE اسم قائمة الانتظار
queue-saved = حُفظت قائمة الانتظار { $code }.
staff-delivery-blocked = ⚠️ تعذّر توصيل ردك على #{ $number }: العميل حظر البوت. يبقى الرد محفوظًا في سجل الطلب.
staff-delivery-failed = ⚠️ تعذّر توصيل ردك على #{ $number }. يبقى الرد محفوظًا في سجل الطلب.
staff-ticket-card = 🆕 #{ $number } · { $queue } · { $priority } { $vip }
    الموضوع: { $topic } · أول رد قبل { $due } UTC
    { $name }: { $text }
staff-ticket-assigned = 📥 أُسند إليك: #{ $number } · { $queue } · { $priority } { $vip }
    الموضوع: { $topic } · أول رد قبل { $due } UTC
    { $name }: { $text }

    ردّ على هذه الرسالة لتجيب العميل.
staff-customer-message = 💬 #{ $number } · { $name }: { $text }
staff-transferred-to-you = ↪️ حُوِّل إليك الطلب #{ $number }. { $name }: { $text }
staff-card-taken = ✅ تولّى { $agent } الطلب #{ $number }.
btn-take = استلام
btn-send-anyway = أرسل على أي حال
btn-discard = حذف
staff-held = ✋ رسالتك على #{ $number } تحتوي على: { $words }. أرسلها على أي حال، أو احذفها واكتب من جديد.
staff-discarded = حُذفت: لم يُرسَل أي شيء.
staff-sent = ✓ أُرسلت إلى عميل الطلب #{ $number }.
staff-history = 📋 #{ $number } · { $name } { $vip }
    اللغة: { $lang } · الوقت لديه: { $time } ({ $tz })
    الطلبات السابقة: { $total }{ $list }
staff-history-item = #{ $number } { $topic } · { $status } · { $date }
staff-note-saved = 📝 أُضيفت ملاحظة إلى #{ $number }؛ لا يراها العميل.
staff-moved = ↗️ نُقل #{ $number } إلى { $queue }.
staff-transfer-ok = ↪️ حُوِّل #{ $number } إلى { $agent }.
staff-resolved-ok = ✅ حُلّ #{ $number }؛ وصل ملخصك إلى العميل.
staff-asked = ❓ #{ $number } بانتظار العميل الآن؛ أُوقف احتساب مهلة الحل مؤقتًا.
staff-queue-empty = لا توجد طلبات غير مُسندة في قوائم انتظارك.
staff-queue-header = المنتظر في قوائم انتظارك (الأقدم أولًا ضمن كل أولوية):
staff-queue-item = #{ $number } · { $queue } · { $priority } · { $age } دقيقة · { $subject }
staff-mine-header = طلباتك المفتوحة:
staff-mine-empty = ليس لديك طلبات مفتوحة.
staff-mine-item = #{ $number } · { $status } · { $subject }
staff-not-a-ticket-message = هذه الرسالة غير مرتبطة بأي طلب. ردّ على بطاقة طلب أو على رسالة عميل، أو استخدم /r 10001 text.
staff-reply-which-ticket = تجمع هذه الرسالة رسائل عملاء من أكثر من طلب ({ $numbers }). حدّد الطلب الذي تردّ عليه: /r { $first } نص الرد
staff-usage = الاستخدام: { $usage }
staff-help = أوامر فريق الدعم:
    /duty on · /duty off: بدء المناوبة أو إنهاؤها
    /queue: الطلبات المنتظرة · /mine: طلباتك · /next: تولّي الطلب التالي · /take 10001
    ردّ على رسالة العميل لتجيبه؛ /r 10001 text يؤدي الغرض نفسه
    /ask 10001 question: طلب تفاصيل (ينتظر الطلب ردّ العميل)
    /note 10001 text: ملاحظة داخلية · /m code 10001: إرسال رد جاهز · /macros
    /escalate 10001 L2 reason · /transfer 10001 L2 | @agent · /resolve 10001 summary | next steps
    المشرفون: /staff, /staff_add, /staff_set, /staff_remove, /queues, /queue_set, /queue_add, /macro_add, /macro_del
    المحررون: /kb_from 10001 slug, /kb_edit slug en Title | Body, /kb_publish slug, /kb_unpublish slug, /kb_misses, /kb_report
    الجودة: /my_quality تقييماتك · المشرفون: /qa و/qa_note · المديرون، اختبارات A/B: /experiments و/exp_new و/exp_results
staff-macros-header = الردود الجاهزة: أرسلها عبر /m code 10001، أو ردّ على رسالة العميل بالأمر /m code.
staff-macro-item = <code>{ $code }</code> · { $title }
staff-added = أصبح { $name } الآن { $role } في { $queues } (الحد { $limit }).
staff-removed = لم يعد لدى { $name } صلاحية الوصول كموظف دعم.
staff-list-item = { $name } · { $role } · { $queues } · الحد { $limit } · { $duty }
staff-duty-mark-on = في المناوبة
staff-duty-mark-off = خارج المناوبة
staff-user-unknown = لا أعرف { $who } بعد: اطلب منه أن يرسل /start إلى البوت أولًا، أو استخدم معرّف Telegram الرقمي الخاص به.
macro-saved = حُفظ الرد الجاهز { $code } ({ $lang }).
macro-deleted = حُذف الرد الجاهز { $code }.
staff-admins-only = هذا الإجراء متاح للمشرفين فقط.
staff-low-rating = ⚠️ حصل الطلب #{ $number } على تقييم { $csat } ⭐ وأُعيد فتحه: على أحد المسؤولين التواصل مع العميل.
staff-follow-up-reopened = 🔁 يقول العميل إن حل #{ $number } لم يساعده؛ أُعيد فتح الطلب.
staff-rules-header = الأتمتة (للتبديل: /rule_on code أو /rule_off code):
staff-rule-item = { $state } <code>{ $code }</code>: { $event } → { $action }
staff-rule-saved = الأتمتة { $code }: { $state }.
staff-rule-on = مفعّلة
staff-rule-off = معطّلة
digest = 📊 الملخص اليومي ({ $date })
    فُتح: { $opened } · حُلّ: { $resolved } · حُلّ تلقائيًا بالمقالات: { $auto }
    بانتظار أول رد: { $unanswered } · تجاوزات SLA: { $breached }
    CSAT: { $csat } (عدد التقييمات: { $ratings }) · الموضوع الأكثر تكرارًا: { $topic }
attachment-added = 📎 أُضيف إلى الطلب #{ $number }
staff-suggested = 📚 مقالات قد تجيب عن هذا الطلب:
staff-suggested-item = • { $title } (<code>{ $slug }</code>)
kb-editors-only = هذا الإجراء متاح لمحرري قاعدة المعرفة والمشرفين والمديرين فقط.
kb-draft-created = 📝 أُنشئت المسودة { $slug } من الطلب #{ $number }. راجعها، ثم أرسل /kb_publish { $slug }.
kb-published = ✅ نُشرت المقالة { $slug }.
kb-unpublished = ⏸ أُعيدت المقالة { $slug } إلى المسودات.
kb-saved = حُفظت المقالة { $slug } ({ $lang }).
kb-misses-header = عمليات بحث لم تجد شيئًا (آخر 7 أيام):
kb-misses-item = { $count } × { $query } ({ $lang })
kb-misses-none = وجدت كل عمليات البحث نتائج خلال آخر 7 أيام.
kb-report-header = مقالات عُرضت ولم تحل المشكلة (آخر 7 أيام):
kb-report-item = { $count } × { $title } (<code>{ $slug }</code>)
kb-report-none = لم تؤدِّ أي مقالة إلى فتح طلب خلال آخر 7 أيام.
staff-rule-alert = 🔔 نُفِّذت القاعدة { $rule } على الطلب #{ $number }.
staff-rule-deleted = حُذفت القاعدة { $code }.
staff-rule-bad-json = يجب كتابة القاعدة بصيغة JSON بعد رمزها، مثلًا: {"{"}"event":"ticket-created","when":{"{"}"vip":true{"}"},"then":{"{"}"action":"alert"{"}"}{"}"}
custom-rule-message = { $text }
