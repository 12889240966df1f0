# اختبارات A/B لنصوص البوت: يديرها المديرون من البوت (‎/experiments) أو من صفحات الفريق.

exp-not-allowed = التجارب متاحة للمديرين فقط.
exp-list-empty = لا توجد تجارب بعد. أنشئ تجربة عبر /exp_new
exp-list-header = <b>🧪 التجارب</b>
exp-list-item = <b>{ $code }</b> · { $target } · { $status } · { $share }% من العملاء
exp-new-usage = تُنشأ التجربة هكذا:
    /exp_new short-help message help-text self-service 50
    B en: النص بالإنجليزية
    B ar: النص بالعربية
    ‏A هو النص الحالي. المقياس أحد: self-service أو csat أو frt أو intake-drop-off أو repeat-contacts، و50 هي نسبة العملاء في التجربة.
    لتجربة خيار في المسار: /exp_new rating-later flow rating-timing csat 30 ثم السطران "A on-resolve" و"B next-day". خيارات المسار التي يمكن تجربتها: { $flows }.
exp-defined = التجربة { $code } جاهزة وفيها { $variants } نسخ. للبدء: /exp_start { $code }
exp-started = التجربة { $code } تعمل على { $share }% من العملاء. النتائج: /exp_results { $code }
exp-stopped = أُوقفت التجربة { $code }: يرى الجميع النص المعتاد من جديد.
exp-shipped = أصبحت النسخة { $variant } من { $code } هي نص <b>{ $target }</b> لكل العملاء.
exp-refused-flow-not-wired = لا يقرأ أي مسار الخيار "{ $target }" حتى الآن، فالتجربة عليه لن تغيّر شيئًا للعملاء وستكون نتائجها مجرد ضجيج. الخيارات التي يمكن تجربتها: { $wired }.
exp-refused-target-busy = التجربة { $code } تختبر "{ $target }" بالفعل. أوقفها أو اعتمد نسختها الفائزة أولًا، ثم ابدأ هذه التجربة.
exp-status-draft = مسودة
exp-status-running = تعمل
exp-status-stopped = متوقفة
exp-status-shipped = مُعتمدة
exp-metric-self-service = نسبة الخدمة الذاتية
exp-metric-csat = العملاء الراضون (CSAT ‏4–5)
exp-metric-frt = زمن أول رد بالدقائق
exp-metric-intake-drop-off = الانسحاب أثناء الاستقبال
exp-metric-repeat-contacts = التواصل المتكرر خلال 7 أيام
exp-results-header = <b>🧪 { $code }</b> · { $target } · { $metric } · { $status }
exp-result-share = { $variant }: ‏{ $value } من { $customers } عميل (نطاق 95%: { $low }–{ $high })
exp-result-minutes = { $variant }: ‏{ $value } دقيقة، { $customers } عميل (نطاق 95%: { $low }–{ $high })
exp-verdict-better = ✅ النسخة { $variant } أفضل من { $control } بثقة 95%.
exp-verdict-worse = ❌ النسخة { $variant } أسوأ من { $control } بثقة 95%.
exp-verdict-no-difference = ➖ لا فرق حقيقي بين { $variant } و{ $control }: احتفظ بالأوضح منهما.
exp-verdict-more = ⏳ البيانات غير كافية بعد: نحتاج إلى نحو { $count } عميل إضافي.
exp-btn-ship = 🚀 اعتماد { $variant }
exp-btn-stop = ⏹ إيقاف
