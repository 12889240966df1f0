# البوت في مجموعة الدعم ومجموعة نقاش القناة.

community-added = مرحبًا! أستطيع حماية هذه المحادثة والإجابة عن الأسئلة هنا. يكفي أن يرسل أحد المشرفين /community_setup.
community-setup-not-admin = لا يمكن إعدادي إلا من قِبل مشرفي المحادثة.
community-setup-done =
    تمّ: أنا الآن أرعى هذه المحادثة. المشرفون المعروفون لدي: { $admins }.
    الإعدادات (تُغيَّر بالأمر /community_set الاسم القيمة):
    { $settings }
community-settings =
    الإعدادات الحالية (تُغيَّر بالأمر /community_set الاسم القيمة):
    { $settings }
community-settings-bad = هذه القيمة لا تناسب { $key }. أرسل /community_set لعرض الإعدادات.
community-not-moderator = هذا الإجراء متاح للمشرفين فقط.

community-contacts =
    📌 <b>جهات الاتصال الرسمية</b>
    الدعم: { $bot } (حساب الدعم الوحيد)
    الفريق: { $team }

    لا نراسلك أبدًا أولًا، ولا نطلب كلمات المرور أو الرموز أو أي دفعات. أي حساب آخر يستخدم اسمنا ليس نحن.
community-need-help = تحتاج إلى مساعدة؟ اسأل هنا أو راسلنا على الخاص: كل ما يخص حسابك يُحلّ هناك بسرعة وأمان أكبر.
community-need-help-button = 💬 راسل الدعم
community-report-button = 🚩 الإبلاغ عن رسالة مزعجة
community-report-how = ردّ بالأمر /report على الرسالة المشبوهة وسيطّلع عليها المشرفون.

community-captcha = أهلًا بك يا { $name }! اضغط { $emoji } خلال { $seconds } ثانية لنتأكد أنك شخص حقيقي. حتى ذلك الحين تبقى رسائلك معلّقة.
community-captcha-request = مرحبًا يا { $name }! للانضمام إلى «{ $chat }» اضغط { $emoji } خلال { $seconds } ثانية.
community-captcha-not-yours = هذا التحقق لعضو جديد آخر.
community-captcha-passed = شكرًا يا { $name }، أهلًا بك معنا!
community-captcha-failed = لم تكن هذه الصورة الصحيحة. يمكنك إرسال طلب الانضمام مرة أخرى بعد قليل.
community-request-waiting = شكرًا! سيوافق أحد المشرفين على طلبك قريبًا.

community-newcomer =
    { $name }، حُذفت رسالتك: لا يمكن للأعضاء الجدد إرسال { $what ->
        [link] الروابط
        [media] الصور أو الفيديوهات أو الملفات
        [forward] الرسائل المُعاد توجيهها
       *[mention] الإشارات إلى الأعضاء
    } خلال أول { $messages } رسائل أو { $hours } ساعة. هكذا نحمي الجميع من المحتالين. النص العادي مرحّب به!
community-spam-removed =
    { $name }، حُذفت رسالتك { $why ->
        [flood] لأن رسائل كثيرة أُرسلت متتالية؛ يمكنك الكتابة مجددًا بعد { $minutes } دقيقة.
        [scam-link] لأنها تشبه أسلوب احتيال معروفًا.
       *[lookalike-link] لأن الرابط فيها يقلّد موقعنا الرسمي.
    } إن كان ذلك خطأ فاضغط «اعتراض».
community-appeal-button = اعتراض
community-appeal-not-yours = هذا الزر مخصّص للعضو المعني.
community-appeal-sent = وصل اعتراضك إلى المشرفين. شكرًا على صبرك.
community-impersonation = ⚠️ انتبهوا: اسم <b>{ $name }</b> يشبه أسماء فريقنا لكنه ليس من الفريق. نحن لا نراسل أولًا ولا نطلب رموزًا أو كلمات مرور أو دفعات. أُبلغ المشرفون.

community-mod-usage = ردّ على رسالة العضو أو اكتب معرّفه: /ban 123456789
community-mod-not-admins = لا يمكن اتخاذ إجراء ضد المشرفين بالأوامر.
community-mod-warn = تلقّى { $name } تحذيرًا ({ $count }).
community-mod-mute = لن يتمكن { $name } من الكتابة لمدة { $minutes } دقيقة.
community-mod-ban = أُخرج { $name } من المحادثة.
community-mod-unban = يمكن لـ { $name } الكتابة هنا مجددًا.
community-report-sent = شكرًا، أُبلغ المشرفون.

community-answer-article = { $name }، هذا سيساعدك: <b>{ $title }</b>
    { $snippet }
community-answer-private = { $name }، لنكمل على الخاص: بيانات حسابك لا مكان لها في المجموعة. اضغط الزر وسينتقل سؤالك معك.
community-continue-button = 💬 المتابعة على الخاص
community-read-article-button = 📖 اقرأ المقال
community-ticket-usage = ردّ بالأمر /ticket على رسالة العضو لتحويلها إلى طلب دعم.
community-ticket-filed = { $name }، فتحنا لك الطلب رقم { $number }. سيصلك الرد في محادثتك الخاصة مع البوت.
community-ticket-offered = { $name }، سيساعدك فريقنا في هذا على الخاص. اضغط الزر للمتابعة وسينتقل سؤالك معك.

# إلى المشرفين، في محادثتهم الخاصة مع البوت.
community-alert-impersonation = ⚠️ نسخة محتملة من أحد أعضاء الفريق في «{ $chat }»: { $name } (المعرّف { $id }). قُيّد؛ ↩️ يرفع التقييد.
community-alert-spam = 🛡 حُذف في «{ $chat }» ({ $reason }) من { $name }: { $text }
community-alert-report = 🚩 بلاغ في «{ $chat }» من { $by } عن { $name }: { $text }
community-alert-appeal = ↩️ يعترض { $name } على تقييد في «{ $chat }».
community-alert-join-request = 🙋 اجتاز { $name } التحقق ويطلب الانضمام إلى «{ $chat }».
