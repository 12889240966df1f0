# مكتب المشرف في البوت: ‎/board، والمؤشرات الرئيسية في الملخص اليومي، والتقرير الأسبوعي.

manager-not-allowed = اللوحة والمؤشرات متاحة للمشرفين والمحللين والمسؤولين فقط.
manager-open = مكتب المشرف: قوائم الانتظار مباشرةً، والمؤشرات، والموظفون.
manager-open-board = 📋 فتح اللوحة
manager-open-numbers = 📈 فتح المؤشرات
manager-board-title = <b>📋 اللوحة المباشرة</b>
manager-board-queue = <b>{ $queue }</b>: بانتظار الرد { $waiting } (أطولها { $oldest } د) · معرّضة للتأخير { $risk } · تجاوزت SLA ‏{ $breached }
manager-board-agents = في المناوبة: { $count }
manager-board-agent = • { $name }: { $load } من { $limit }
digest-numbers = 📊 المؤشرات الرئيسية لآخر ٢٤ ساعة (مقارنةً بالـ٢٤ ساعة السابقة)
    الطلبات: { $volume } ({ $volumeChange })
    الرد الأول، الوسيط: { $frt } د ({ $frtChange }) · P90: ‏{ $frt90 } د
    الالتزام بـ SLA: ‏{ $sla } ({ $slaChange }) · CSAT: ‏{ $csat } ({ $csatChange })
    الحل من أول تواصل: { $fcr } ({ $fcrChange })
    التواصل المتكرر: { $repeat } · حوّلها البوت إلى موظف: { $handoff }
weekly-reasons = 📈 التقرير الأسبوعي، { $from } – { $to }: لماذا تواصل العملاء ({ $total } طلبًا، مقارنةً بالأسبوع السابق)
    ١. { $topic1 ->
        [payment] الدفع
        [account] الحساب
        [feature] طريقة الاستخدام / الميزات
        [complaint] شكوى
        [idea] اقتراح
        [none] —
       *[other] أخرى
    }: { $count1 } ({ $change1 })
    ٢. { $topic2 ->
        [payment] الدفع
        [account] الحساب
        [feature] طريقة الاستخدام / الميزات
        [complaint] شكوى
        [idea] اقتراح
        [none] —
       *[other] أخرى
    }: { $count2 } ({ $change2 })
    ٣. { $topic3 ->
        [payment] الدفع
        [account] الحساب
        [feature] طريقة الاستخدام / الميزات
        [complaint] شكوى
        [idea] اقتراح
        [none] —
       *[other] أخرى
    }: { $count3 } ({ $change3 })
    أكثر سبب حوّل البوت بسببه الطلب إلى موظف: { $handoff ->
        [security] كلمات تخص الأمان
        [payment] كلمات تخص الدفع
        [operator] طلب التحدث إلى موظف
        [unmatched] لم يفهم البوت السؤال
       *[none] —
    } ({ $handoffCount })
digest-with-chart =
    { digest }
    📈 يعرض الرسم عدد الطلبات الجديدة في كل يوم خلال الأسبوعين الماضيين.
digest-community = 👥 المجتمع خلال آخر ٢٤ ساعة
    رسائل المجموعة التي فُحصت: { $messages } · الرسائل المزعجة: { $spam } ({ $spamShare }، { $spamChange }) · أوقفتها قواعد الأعضاء الجدد: { $blocked }
    اختبار التحقق: بدأه { $captchaStarted }، ونسبة من اجتازه { $captchaPass }
    أسئلة طُرحت في المجموعة: { $questions } · تحوّلت إلى طلبات: { $turned } · بلاغات من الأعضاء: { $reports }
manager-menu-button = مكتب الفريق
