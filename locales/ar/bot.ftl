# نصوص البوت. المتغيرات التي تحمل نص المستخدم تُهرَّب بصيغة HTML قبل أن تصل إلى هنا.

start-greeting = أهلًا { $name }! أنا مساعد الدعم: أجيبك فورًا حين أستطيع، وأحوّلك إلى أحد موظفينا حين يحتاج الأمر إلى شخص. ليلًا ونهارًا.
start-choose-topic = بماذا يتعلق سؤالك؟ اختر موضوعًا، أو اشرح المشكلة بكلماتك ببساطة.
start-welcome-back = أهلًا بعودتك يا { $name }! كيف أستطيع مساعدتك؟

consent-request = قبل أن نبدأ: لكي نساعدك، نحفظ هذه المحادثة والبيانات التي ترسلها طوال المدة التي يحتاجها طلبك. يمكنك تصدير بياناتك أو حذفها في أي وقت من الإعدادات.
consent-accept = أوافق، لنتابع
consent-decline = لا، شكرًا
consent-declined = مفهوم، لن نحفظ أي شيء من هذه المحادثة. لا يزال بإمكانك قراءة مقالات المساعدة. إذا غيّرت رأيك، أرسل /start.
consent-needed = لفتح طلب نحتاج إلى موافقتك على حفظ المحادثة. أرسل /start لتمنحها.

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
