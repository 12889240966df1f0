# Botda keyfiyyət yoxlaması: supervayzerlər üçün /qa, agentlər üçün /my_quality.

qa-sampled = 🔎 Keyfiyyət yoxlamasını gözləyən söhbət sayı: { $count }. Açmaq üçün: /qa
qa-scored = 🔎 #{ $number } söhbətiniz qiymətləndirildi: { $score }/100. Bütün qiymətləriniz: /my_quality
qa-scored-comment = 🔎 #{ $number } söhbətiniz qiymətləndirildi: { $score }/100.
    Yoxlayanın qeydi: { $comment }
    Bütün qiymətləriniz: /my_quality
qa-not-allowed = Keyfiyyət yoxlaması supervayzerlər və adminlər üçündür.
qa-none = Hazırda yoxlanılacaq söhbət yoxdur. Yeniləri hər gün gündəlik xülasə ilə gəlir.
qa-pending = 🔎 Yoxlanılacaq söhbət: { $count }. Birini seçin:
qa-btn-open = #{ $number } · { $agent }
qa-line-set = Qeyd edildi
qa-btn-save = 💾 Qiyməti yadda saxla
qa-saved = Yadda saxlandı: { $score }/100. Agentə bildirildi. Qeydi istənilən vaxt əlavə edə bilərsiniz: /qa_note { $id } mətn
qa-noted = Qeyd saxlanıldı. Qiymət artıq saxlanıbsa, agent onu indi görəcək.
qa-card-header = <b>🔎 Yoxlama { $id }</b> · müraciət #{ $number } · { $agent }
qa-card-findings = 🤖 Avtomatik yoxlama bunları tapdı:
qa-card-clean = 🤖 Avtomatik yoxlama heç nə tapmadı.
qa-card-hint = Hər sətri qiymətləndirin (✓ bəli, ½ qismən, ✗ xeyr), sonra saxlayın. Qeyd: /qa_note { $id } mətn
qa-card-score = Qiymət: <b>{ $score }/100</b>
qa-item-greeting = Salamlama
qa-item-understood = Problemi anladı
qa-item-correct = Düzgün cavab
qa-item-tone = Ton
qa-item-next_steps = Növbəti addımlar
qa-item-summary = Həllin xülasəsi
qa-finding-frt-over-sla = ilk cavab { $minutes } dəq sonra (norma { $target } dəq)
qa-finding-resolution-over-sla = { $minutes } dəq-yə həll olundu (norma { $target } dəq)
qa-finding-forbidden-words = qadağan olunmuş və ya kobud sözlər: { $words }
qa-finding-personal-data-asked = şəxsi məlumat istənildi: { $words }
qa-finding-no-summary = həllin xülasəsi yoxdur
qa-finding-no-next-steps = müştəriyə növbəti addımlar deyilməyib
qa-finding-no-greeting = ilk cavabda salam yoxdur
qa-finding-person-not-given = müştəri canlı əməkdaş istədi, amma heç kim cavab vermədi
qa-mine-none = Söhbətləriniz hələ qiymətləndirilməyib.
qa-mine-header = <b>🔎 Keyfiyyət qiymətləriniz</b> · son 30 gün: { $average }/100
qa-mine-item = #{ $number } · { $score }/100 · { $date }
qa-mine-item-comment = #{ $number } · { $score }/100 · { $date }
    💬 { $comment }
