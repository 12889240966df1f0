# Botun mətnləri üçün A/B testləri: adminlər onları botdan (/experiments) və ya əməkdaş səhifələrindən idarə edir.

exp-not-allowed = Eksperimentlər yalnız adminlər üçündür.
exp-list-empty = Hələ eksperiment yoxdur. /exp_new ilə yaradın.
exp-list-header = <b>🧪 Eksperimentlər</b>
exp-list-item = <b>{ $code }</b> · { $target } · { $status } · müştərilərin { $share }%-i
exp-new-usage = Eksperiment belə yaradılır:
    /exp_new short-help message help-text self-service 50
    B en: ingilis dili üçün mətn
    B az: Azərbaycan dili üçün mətn
    A bugünkü mətndir. Metrika: self-service, csat, frt, intake-drop-off və ya repeat-contacts; 50 testə düşən müştərilərin payıdır.
    Ssenari seçimi üçün: /exp_new rating-later flow rating-timing csat 30, sonra "A on-resolve" və "B next-day" sətirləri. Test edilə bilən ssenari seçimləri: { $flows }.
exp-defined = { $code } eksperimenti hazırdır, variant sayı: { $variants }. Başlatmaq: /exp_start { $code }
exp-started = { $code } eksperimenti müştərilərin { $share }%-i üçün gedir. Nəticələr: /exp_results { $code }
exp-stopped = { $code } eksperimenti dayandırıldı: hamı yenidən adi mətni görür.
exp-shipped = { $code } eksperimentinin { $variant } variantı artıq bütün müştərilər üçün <b>{ $target }</b> mətnidir.
exp-refused-flow-not-wired = “{ $target }” seçimini hələ heç bir ssenari oxumur: müştərilər üçün heç nə dəyişməz, nəticələr isə təsadüfi səs-küy olar. Test edə biləcəyiniz seçimlər: { $wired }.
exp-refused-target-busy = “{ $target }” artıq { $code } eksperimentində test olunur. Əvvəlcə onu dayandırın və ya qalibini tətbiq edin, sonra bunu başladın.
exp-status-draft = qaralama
exp-status-running = gedir
exp-status-stopped = dayandırılıb
exp-status-shipped = tətbiq olunub
exp-metric-self-service = özünəxidmət payı
exp-metric-csat = razı müştərilər (CSAT 4–5)
exp-metric-frt = ilk cavab vaxtı, dəq
exp-metric-intake-drop-off = sorğu zamanı çıxıb gedənlər
exp-metric-repeat-contacts = 7 gün ərzində təkrar müraciət
exp-results-header = <b>🧪 { $code }</b> · { $target } · { $metric } · { $status }
exp-result-share = { $variant }: { $customers } müştəridən { $value } (95% aralıq { $low }–{ $high })
exp-result-minutes = { $variant }: { $value } dəq, { $customers } müştəri (95% aralıq { $low }–{ $high })
exp-verdict-better = ✅ 95% əminliklə { $variant } { $control } variantından yaxşıdır.
exp-verdict-worse = ❌ 95% əminliklə { $variant } { $control } variantından pisdir.
exp-verdict-no-difference = ➖ { $variant } ilə { $control } arasında real fərq yoxdur: hansı daha yaxşı oxunursa, onu saxlayın.
exp-verdict-more = ⏳ Hələ məlumat azdır: təxminən { $count } müştəri də lazımdır.
exp-btn-ship = 🚀 { $variant } tətbiq et
exp-btn-stop = ⏹ Dayandır
