# Botun mətnləri. İstifadəçi mətnini daşıyan dəyişənlər bura çatmazdan əvvəl HTML üçün ekranlaşdırılır.

start-greeting = Salam, { $name }! Mən dəstək köməkçisiyəm: bacardığım suala dərhal cavab verirəm, insan lazım olanda isə sizi əməkdaşa yönləndirirəm. Gecə-gündüz.
start-choose-topic = Sualınız nə ilə bağlıdır? Mövzu seçin və ya problemi sadəcə öz sözlərinizlə yazın.
start-welcome-back = Yenidən xoş gəldiniz, { $name }! Necə kömək edə bilərəm?

consent-request = Başlamazdan əvvəl: sizə kömək etmək üçün bu yazışmanı və göndərdiyiniz məlumatları müraciətiniz üçün lazım olduğu müddətdə saxlayırıq. Məlumatlarınızı istənilən vaxt Parametrlərdə ixrac edə və ya silə bilərsiniz.
consent-accept = Razıyam, davam et
consent-decline = Xeyr, sağ olun
consent-declined = Aydındır, bu söhbətdən heç nə saxlamırıq. Kömək məqalələrini yenə də oxuya bilərsiniz. Fikrinizi dəyişdiniz? Aşağıdakı düyməni basın.
consent-needed = Yazdıqlarınızı saxladım. Müraciət açmaq üçün yazışmanın saxlanmasına razılığınız lazımdır: aşağıdakı düyməni basın.

topic-payment = 💳 Ödəniş
topic-account = 👤 Hesab
topic-feature = 🛠 Necə etməli / funksiya
topic-complaint = 😞 Şikayət
topic-idea = 💡 İdeya
topic-other = ❓ Digər
topic-name-payment = ödəniş
topic-name-account = hesab
topic-name-feature = necə etməli / funksiya
topic-name-complaint = şikayət
topic-name-idea = ideya
topic-name-other = digər

intake-topic-chosen = Mövzu: { $topic }.
q-payment-what = Ödənişlə nə baş verdi? Məsələn: rədd edildi, pul tutuldu, amma çatmadı, iki dəfə tutuldu.
q-payment-when = Nə vaxt və hansı üsulla (kart, elektron pul kisəsi…) ödədiniz? Xahiş edirik, kartın tam nömrəsini göndərməyin.
q-account-what = Hesabınızla bağlı nə lazımdır? Məsələn: daxil ola bilmirəm, e-poçtu dəyişmək, 2FA.
q-feature-goal = Nə etmək istəyirsiniz?
q-feature-tried = Bunun əvəzinə nə baş verir? Xətanın mətni çox kömək edir.
q-complaint-what = Çox təəssüf edirik. Nə baş verdiyini yazın, biz də bunu əməkdaşa çatdıraq.
q-idea-what = Məmnuniyyətlə dinləyərik! Nə görmək istərdiniz?
q-other-what = Nə lazım olduğunu bir neçə sözlə yazın.
intake-ask-file = Ekran görüntüsü və ya fayl bizə çox kömək edir. İndi göndərin və ya «Keç» düyməsini basın.
intake-file-received = Aldıq ({ $count } { $count ->
    [one] fayl
   *[other] fayl
  }). Daha göndərin və ya «Davam et» düyməsini basın.
intake-need-text = Xahiş edirik, mətnlə cavab verin və ya «Keç» düyməsini basın.
intake-need-file = Xahiş edirik, şəkil və ya fayl göndərin, ya da «Keç» düyməsini basın.

btn-skip = Keç
btn-back = ◀ Mövzunu dəyiş
btn-continue = Davam et ▶
btn-cancel = Ləğv et

kb-suggest-intro = Bu məqalələr problemi dərhal həll edə bilər:
kb-suggest-item = • <b>{ $title }</b>
    { $snippet }
kb-did-it-help = Problem həll olundu?
kb-solved-yes = ✅ Bəli, həll olundu
kb-solved-no = ❌ Xeyr, kömək lazımdır
kb-answer-card = 💡 <b>{ $title }</b>
    { $snippet }

    Problem həll olundu?
kb-open-article = 📖 Məqaləni oxu
intake-retry = Bağışlayın, müraciətinizi indi qeydə ala bilmədim. Yazdıqlarınızın hamısı saxlanılıb: «Yenidən cəhd et» düyməsini basın (və ya mesaj göndərin), qeydə alım.
btn-retry = Yenidən cəhd et
kb-glad = Əla, kömək etdiyinə şadıq! Başqa sualınız olsa, sadəcə bura yazın.
kb-read = Oxu: { $title }

handoff-notice = Bunu dərhal əməkdaşa ötürürəm.
handoff-security-notice = Bu, təcili görünür: Təhlükəsizlik və Ödənişlər komandamız bunu indi alır. Parolları, kodları və ya kartın tam nömrəsini heç kimlə, hətta bizimlə də paylaşmayın.

ticket-receipt = <b>#{ $number }</b> nömrəli müraciət yaradıldı.
    Mövzu: { $topic }
    Gözləmə: { $eta ->
        [one] təxminən { $eta } dəqiqə
       *[other] təxminən { $eta } dəqiqə
    }
    Bütün cavabları burada alacaqsınız. Status: <b>Açıq</b>
btn-ticket-status = Status
btn-add-details = Təfərrüat əlavə et
# Sent after the receipt instead of the status button (status-notice experiment, "detailed-steps").
ticket-receipt-steps = #{ $number } nömrəli müraciətlə bundan sonra nə olacaq:
    1. Komandamızdan biri mesajınızı oxuyub elə burada, bu çatda cavab verəcək.
    2. Əlavə məlumat lazım olsa, soruşacağıq — sadəcə burada cavab yazın.
    3. Məsələ həll olunanda nə edildiyini qısa şəkildə göndərəcəyik.
    Başqa nəsə yadınıza düşdü? Yuxarıdakı “Təfərrüat əlavə et” düyməsinə toxunun.
ticket-appended = #{ $number } nömrəli müraciətinizə əlavə edildi. Əməkdaş bunu görəcək.
ticket-details-prompt = #{ $number } nömrəli müraciət üçün təfərrüatları indi göndərin: mətn, ekran görüntüsü və ya fayl.
ticket-not-found = Müraciətləriniz arasında #{ $number } tapılmadı. Müraciətlərinizi görmək üçün /tickets göndərin.
ticket-list-empty = Hələ müraciətiniz yoxdur. Problemi təsvir edin, mən müraciət açacağam.
ticket-list-header = Müraciətləriniz:
ticket-list-item = #{ $number } · { $status } · { $subject }
ticket-status-card = Müraciət <b>#{ $number }</b>
    Status: <b>{ $status }</b>
    Mövzu: { $topic }
    Açılıb: { $opened }
    { $eta }
ticket-status-eta-minutes = İlk cavab təxminən { $minutes } dəqiqə ərzində gözlənilir.
ticket-status-answered = Əməkdaş cavab verib.
status-new = Açıq
status-in_progress = İcrada
status-waiting_customer = Cavabınız gözlənilir
status-resolved = Həll olunub
status-closed = Bağlanıb

reopen-ask = Bu, #{ $number } nömrəli (bu yaxınlarda həll olunmuş) müraciətlə bağlıdır, yoxsa yeni bir şeydir?
reopen-same = Bəli, #{ $number } yenidən aç
reopen-new = Yeni bir şey
reopen-done = #{ $number } nömrəli müraciət yenidən açıldı; əməkdaş mesajınızı görəcək.

cmd-status-usage = Müraciət nömrəsini belə göndərin: /status 10001
help-text = Sualınızı istənilən vaxt, istənilən dildə sadəcə bura yazın.
    /start mövzu seçimi ilə yenidən başla
    /tickets müraciətləriniz
    /status 10001 bir müraciət
    /cancel cari müraciəti dayandır
    /help bu mesaj
cancel-done = Dayandırıldı. Heç nə göndərilmədi. Yenidən başlamaq üçün istənilən vaxt yazın.
cancel-nothing = Ləğv ediləcək heç nə yoxdur. Hazır olanda sualınızı yazın.

unsupported-media = Bu növ mesajı hələ qəbul edə bilmirəm. Xahiş edirik, mətnlə təsvir edin və ya şəkil, ya da fayl göndərin.
empty-message = Mesajınız boş görünür. Nə baş verdiyini bir neçə sözlə yazın.
text-too-long = Uzun mesajdır: hamısını əməkdaş üçün saxladım.
emoji-only = Emojini görürəm, amma kömək etmək üçün bir neçə söz lazımdır. Nə baş verdi?
stale-button = Bu düymə əvvəlki söhbətə aiddir. İndi buradayıq:
error-generic = Bağışlayın, bizim tərəfdə nəsə xəta baş verdi. Mesajınız qorunub; bir azdan yenidən cəhd edin.
not-staff = Bu əmr dəstək komandası üçündür.

agent-reply = <b>{ $agent }</b>, dəstək:
    { $text }
agent-clarification = <b>{ $agent }</b>, dəstək, #{ $number } nömrəli müraciət üçün bir detalı dəqiqləşdirmək istəyir:
    { $text }

    Sadəcə bura cavab yazın. Müraciəti { $hours } saat açıq saxlayırıq.
clarification-reminder = Xatırlatma: #{ $number } nömrəli müraciət cavabınızı gözləyir. Bura cavab yazın, davam edək.
clarification-closed = Sizdən cavab almadığımız üçün #{ $number } nömrəli müraciəti bağladıq. İstənilən vaxt bura yazın, yenidən davam edərik.
ticket-resolved = ✅ #{ $number } nömrəli müraciət həll olundu.

    Nə etdik: { $summary }

    Nəsə hələ də qaydasında deyilsə, sadəcə bura cavab yazın.
ticket-resolved-next = ✅ #{ $number } nömrəli müraciət həll olundu.

    Nə etdik: { $summary }
    Bundan sonra: { $next }

    Nəsə hələ də qaydasında deyilsə, sadəcə bura cavab yazın.

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
rating-thanks = #{ $number } nömrəli müraciəti qiymətləndirdiyiniz üçün təşəkkür edirik! Bu, daha yaxşı olmağımıza kömək edir.
# Asked with the follow-up instead of with the resolution (rating-timing experiment, "next-day").
rating-ask-later = #{ $number } nömrəli müraciətdə göstərdiyimiz köməyi necə qiymətləndirərdiniz? Aşağıdakı ulduzlardan birinə toxunmağınız kifayətdir.
rating-thanks-nps = #{ $number } nömrəli müraciəti qiymətləndirdiyiniz üçün təşəkkür edirik! Daha bir sual: 0-dan 10-a qədər, bizi dostunuza tövsiyə etmə ehtimalınız nə qədərdir?
nps-thanks = Təşəkkür edirik! Hər cavabı oxuyuruq.
rating-low-reply = Təəssüf ki, gözləntinizi doğrulda bilmədik. Rəhbər #{ $number } nömrəli müraciətə şəxsən baxacaq və sizə burada cavab verəcək.
rating-already = Təşəkkürlər, bu müraciət üçün qiymətinizi artıq almışıq.
follow-up-ask = Bir neçə gün əvvəl #{ $number } nömrəli müraciəti həll etdik. Həll kömək etdi?
follow-up-yes = 👍 Bəli, kömək etdi
follow-up-no = 👎 Xeyr, problem qalır
follow-up-glad = Bunu eşitməyə şadıq! #{ $number } nömrəli müraciət bağlandı. Bizə ehtiyacınız olsa, istənilən vaxt yazın.
follow-up-reopened = Buna görə üzr istəyirik. #{ $number } nömrəli müraciət eyni əməkdaşla yenidən açıldı; nəyin hələ də qaydasında olmadığını bura yazın.
status-taken = Dəstəkdən { $agent } indi #{ $number } nömrəli müraciətinizlə məşğul olur.

# Əməkdaşlar: bildirişlər və dəstək komandasının əmrləri.
staff-sla-warning-first = ⏰ Müraciət #{ $number } ({ $queue }): ilk cavab üçün { $minutes } dəqiqə qalıb.
staff-sla-warning-resolution = ⏰ Müraciət #{ $number } ({ $queue }): həll müddətinin bitməsinə { $minutes } dəqiqə qalıb.
staff-sla-breach-first = 🚨 SLA pozuldu: müraciət #{ $number } ({ $queue }) { $minutes } dəqiqədir ilk cavabı gözləyir.
staff-sla-breach-resolution = 🚨 SLA pozuldu: müraciət #{ $number } ({ $queue }) vaxtında həll olunmadı.
staff-escalated = ↗️ Müraciət #{ $number } { $from } növbəsindən { $to } növbəsinə ötürüldü.
staff-unanswered = 💬 Müraciət #{ $number } ({ $queue }): müştərinin son mesajı { $minutes } dəqiqədir cavab gözləyir.
staff-security-alert = 🛡 Təhlükəsizlik/Ödənişlər: yeni müraciət #{ $number } ({ $topic }), prioritet { $priority }. Dərhal götürün.
staff-duty-on = Siz növbətçisiniz. Növbələrinizdəki yeni müraciətlər sizə təyin oluna bilər.
staff-duty-off = Siz növbətçi deyilsiniz. Sizə yeni müraciət təyin olunmayacaq.
staff-duty-usage = /duty on və ya /duty off istifadə edin.
staff-next-none = Növbələrinizdə gözləyən müraciət yoxdur. 🎉
staff-taken = #{ $number } nömrəli müraciəti ({ $queue }) götürdünüz: { $subject }
staff-take-usage = Müraciət nömrəsini belə göndərin: /take 10001
staff-error = { $reason }
queue-list-item = <b>{ $code }</b> { $name }: ilk cavab { $first } dəq, həll { $resolution }, xəbərdarlıq { $warn } dəq əvvəl, eskalasiya: { $escalate }
queue-none = yoxdur
queue-usage = İstifadə: /queue_set CODE first=15 resolution=240 warn=5 escalate=L2 (silmək üçün resolution=none, escalate=none); /queue_add CODE Növbənin adı
queue-saved = { $code } növbəsi saxlanıldı.
staff-delivery-blocked = ⚠️ #{ $number } üzrə cavabınız çatdırılmadı: müştəri botu bloklayıb. Cavab müraciətin tarixçəsində qalır.
staff-delivery-failed = ⚠️ #{ $number } üzrə cavabınızı çatdırmaq alınmadı. Cavab müraciətin tarixçəsində qalır.
staff-ticket-card = 🆕 #{ $number } · { $queue } · { $priority } { $vip }
    Mövzu: { $topic } · ilk cavabın son vaxtı: { $due } UTC
    { $name }: { $text }
staff-ticket-assigned = 📥 Sizə təyin olundu: #{ $number } · { $queue } · { $priority } { $vip }
    Mövzu: { $topic } · ilk cavabın son vaxtı: { $due } UTC
    { $name }: { $text }

    Müştəriyə cavab vermək üçün bu mesaja cavab yazın.
staff-customer-message = 💬 #{ $number } · { $name }: { $text }
staff-transferred-to-you = ↪️ #{ $number } sizə ötürüldü. { $name }: { $text }
staff-card-taken = ✅ #{ $number } müraciətini { $agent } götürdü.
btn-take = Götür
btn-send-anyway = Yenə də göndər
btn-discard = Sil
staff-held = ✋ #{ $number } üzrə mesajınızda bunlar var: { $words }. Yenə də göndərin və ya silib yenidən yazın.
staff-discarded = Silindi: heç nə göndərilmədi.
staff-sent = ✓ #{ $number } müştərisinə göndərildi.
staff-history = 📋 #{ $number } · { $name } { $vip }
    Dil: { $lang } · müştərinin vaxtı: { $time } ({ $tz })
    Əvvəlki müraciətlər: { $total }{ $list }
staff-history-item = #{ $number } { $topic } · { $status } · { $date }
staff-note-saved = 📝 #{ $number } müraciətinə qeyd əlavə edildi; müştəri onu görmür.
staff-moved = ↗️ #{ $number } { $queue } növbəsinə köçürüldü.
staff-transfer-ok = ↪️ #{ $number } ötürüldü: { $agent }.
staff-resolved-ok = ✅ #{ $number } həll olundu; müştəri yekununuzu aldı.
staff-asked = ❓ #{ $number } indi müştərinin cavabını gözləyir; həll müddətinin sayğacı dayandırıldı.
staff-queue-empty = Növbələrinizdə təyin olunmamış müraciət yoxdur.
staff-queue-header = Növbələrinizdə gözləyənlər (hər prioritet daxilində əvvəlcə ən köhnələr):
staff-queue-item = #{ $number } · { $queue } · { $priority } · { $age } dəq · { $subject }
staff-mine-header = Açıq müraciətləriniz:
staff-mine-empty = Sizdə açıq müraciət yoxdur.
staff-mine-item = #{ $number } · { $status } · { $subject }
staff-not-a-ticket-message = Bu mesaj heç bir müraciətlə bağlı deyil. Müraciət kartına və ya müştərinin mesajına cavab yazın, ya da /r 10001 text istifadə edin.
staff-reply-which-ticket = Bu mesajda bir neçə müraciətin ({ $numbers }) müştəri mesajları birlikdədir. Hansına cavab verdiyinizi göstərin: /r { $first } cavabınız
staff-usage = İstifadə: { $usage }
staff-help = Dəstək komandasının əmrləri:
    /duty on · /duty off: növbəni başlat və ya bitir
    /queue: gözləyən müraciətlər · /mine: sizinkilər · /next: növbətini götür · /take 10001
    Cavab vermək üçün müştərinin mesajına cavab yazın; /r 10001 text eyni işi görür
    /ask 10001 question: təfərrüat soruş (müraciət müştərini gözləyir)
    /note 10001 text: daxili qeyd · /m code 10001: makros göndər · /macros
    /escalate 10001 L2 reason · /transfer 10001 L2 | @agent · /resolve 10001 summary | next steps
    Adminlər: /staff, /staff_add, /staff_set, /staff_remove, /queues, /queue_set, /queue_add, /macro_add, /macro_del
    Redaktorlar: /kb_from 10001 slug, /kb_edit slug en Title | Body, /kb_publish slug, /kb_unpublish slug, /kb_misses, /kb_report
    Keyfiyyət: /my_quality qiymətləriniz · supervayzerlər: /qa, /qa_note · adminlər, A/B testləri: /experiments, /exp_new, /exp_results
staff-macros-header = Makroslar: /m code 10001 ilə göndərin və ya müştərinin mesajına /m code ilə cavab yazın.
staff-macro-item = <code>{ $code }</code> · { $title }
staff-added = { $name } indi { $queues } növbələrində { $role } rolundadır (limit { $limit }).
staff-removed = { $name } artıq əməkdaş girişinə malik deyil.
staff-list-item = { $name } · { $role } · { $queues } · limit { $limit } · { $duty }
staff-duty-mark-on = növbədə
staff-duty-mark-off = növbədə deyil
staff-user-unknown = { $who } hələ mənə tanış deyil: ondan əvvəlcə bota /start göndərməsini xahiş edin və ya onun rəqəmsal Telegram ID-sindən istifadə edin.
macro-saved = { $code } makrosu ({ $lang }) saxlanıldı.
macro-deleted = { $code } makrosu silindi.
staff-admins-only = Bunu yalnız adminlər edə bilər.
staff-low-rating = ⚠️ Müraciət #{ $number } { $csat } ⭐ qiymət aldı və yenidən açıldı: rəhbər müştəri ilə əlaqə saxlamalıdır.
staff-follow-up-reopened = 🔁 Müştəri bildirir ki, #{ $number } üzrə həll kömək etməyib; müraciət yenidən açıldı.
staff-rules-header = Avtomatlaşdırmalar (/rule_on code və ya /rule_off code ilə dəyişin):
staff-rule-item = { $state } <code>{ $code }</code>: { $event } → { $action }
staff-rule-saved = { $code } avtomatlaşdırması: { $state }.
staff-rule-on = aktiv
staff-rule-off = deaktiv
digest = 📊 Gündəlik xülasə ({ $date })
    Açılıb: { $opened } · həll olunub: { $resolved } · məqalələrlə avtomatik həll: { $auto }
    Hələ ilk cavabı gözləyir: { $unanswered } · SLA pozuntuları: { $breached }
    CSAT: { $csat } ({ $ratings } qiymət) · ən çox müraciət olunan mövzu: { $topic }
attachment-added = 📎 #{ $number } nömrəli müraciətə əlavə edildi
staff-suggested = 📚 Cavab ola biləcək məqalələr:
staff-suggested-item = • { $title } (<code>{ $slug }</code>)
kb-editors-only = Bunu yalnız bilik bazası redaktorları, supervayzerlər və adminlər edə bilər.
kb-draft-created = 📝 #{ $number } nömrəli müraciətdən { $slug } qaralaması yaradıldı. Yoxlayın, sonra /kb_publish { $slug } göndərin.
kb-published = ✅ { $slug } məqaləsi dərc olundu.
kb-unpublished = ⏸ { $slug } məqaləsi yenidən qaralamaya qaytarıldı.
kb-saved = { $slug } məqaləsi ({ $lang }) saxlanıldı.
kb-misses-header = Heç nə tapılmayan axtarışlar (son 7 gün):
kb-misses-item = { $count } × { $query } ({ $lang })
kb-misses-none = Son 7 gündə hər axtarış nəsə tapdı.
kb-report-header = Göstərilən, amma problemi həll etməyən məqalələr (son 7 gün):
kb-report-item = { $count } × { $title } (<code>{ $slug }</code>)
kb-report-none = Son 7 gündə heç bir məqalədən sonra müraciət açılmadı.
staff-rule-alert = 🔔 { $rule } qaydası #{ $number } nömrəli müraciətdə işə düşdü.
staff-rule-deleted = { $code } qaydası silindi.
staff-rule-bad-json = Qaydanın kodundan sonra JSON gəlməlidir, məsələn: {"{"}"event":"ticket-created","when":{"{"}"vip":true{"}"},"then":{"{"}"action":"alert"{"}"}{"}"}
custom-rule-message = { $text }
