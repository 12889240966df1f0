# تقييم الجودة في البوت: ‎/qa للمشرفين و‎/my_quality للموظفين.

qa-sampled = 🔎 { $count ->
        [one] محادثة واحدة بانتظار تقييم الجودة. افتحها عبر /qa
        [two] محادثتان بانتظار تقييم الجودة. افتحهما عبر /qa
       *[other] { $count } محادثات بانتظار تقييم الجودة. افتحها عبر /qa
    }
qa-scored = 🔎 تم تقييم محادثتك #{ $number }: ‏{ $score }/100. كل تقييماتك: /my_quality
qa-scored-comment = 🔎 تم تقييم محادثتك #{ $number }: ‏{ $score }/100.
    ملاحظة المقيّم: { $comment }
    كل تقييماتك: /my_quality
qa-not-allowed = تقييم الجودة متاح للمشرفين والمديرين فقط.
qa-none = لا توجد محادثات للتقييم الآن. تصل محادثات جديدة كل يوم مع الملخص اليومي.
qa-pending = 🔎 محادثات للتقييم: { $count }. اختر واحدة:
qa-btn-open = #{ $number } · { $agent }
qa-line-set = تم التسجيل
qa-btn-save = 💾 حفظ التقييم
qa-saved = تم الحفظ: { $score }/100 وأُبلغ الموظف. يمكنك إضافة ملاحظة في أي وقت: /qa_note { $id } النص
qa-noted = حُفظت الملاحظة. إن كان التقييم محفوظًا فسيراها الموظف الآن.
qa-card-header = <b>🔎 التقييم { $id }</b> · الطلب #{ $number } · { $agent }
qa-card-findings = 🤖 وجد الفحص الآلي:
qa-card-clean = 🤖 لم يجد الفحص الآلي أي ملاحظات.
qa-card-hint = قيّم كل بند (✓ نعم، ½ جزئيًا، ✗ لا) ثم احفظ. لإضافة ملاحظة: /qa_note { $id } النص
qa-card-score = التقييم: <b>{ $score }/100</b>
qa-item-greeting = التحية
qa-item-understood = فهم المشكلة
qa-item-correct = إجابة صحيحة
qa-item-tone = الأسلوب
qa-item-next_steps = توضيح الخطوات التالية
qa-item-summary = ملخص الحل
qa-finding-frt-over-sla = أول رد بعد { $minutes } دقيقة (المستهدف { $target } دقيقة)
qa-finding-resolution-over-sla = الحل بعد { $minutes } دقيقة (المستهدف { $target } دقيقة)
qa-finding-forbidden-words = كلمات ممنوعة أو غير لائقة: { $words }
qa-finding-personal-data-asked = طُلبت بيانات شخصية: { $words }
qa-finding-no-summary = لا يوجد ملخص للحل
qa-finding-no-next-steps = لم يُخبَر العميل بالخطوات التالية
qa-finding-no-greeting = أول رد بلا تحية
qa-finding-person-not-given = طلب العميل التحدث إلى موظف ولم يرد عليه أحد
qa-mine-none = لم تُقيَّم أي من محادثاتك بعد.
qa-mine-header = <b>🔎 تقييمات الجودة الخاصة بك</b> · آخر 30 يومًا: { $average }/100
qa-mine-item = #{ $number } · { $score }/100 · { $date }
qa-mine-item-comment = #{ $number } · { $score }/100 · { $date }
    💬 { $comment }
