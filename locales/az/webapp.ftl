# Telegram Mini App (webapp/) mətnləri, Azərbaycan dili.
# Burada olmayan mesajlar ingilis faylından götürülür.
# Qeyd: Azərbaycan dilində saydan sonra isim təkdə işlənir ("5 dəqiqə"), ona görə
# CLDR kateqoriyaları (one, other) eyni formanı verir.

app-title = Dəstək
app-loading = Yüklənir…
app-skip = Məzmuna keç

## Naviqasiya

nav-label = Bölmələr
nav-tickets = Müraciətlərim
nav-new = Yeni müraciət
nav-kb = Kömək
nav-settings = Parametrlər

## Müraciətlərim

# $name — Telegram-dakı ad.
home-greeting = Salam, { $name }!
tickets-title = Müraciətlərim
tickets-new = Yeni müraciət
tickets-filters = Müraciətləri göstər
filter-open = Açıq
filter-waiting = Cavabımı gözləyir
filter-resolved = Həll edilib
filter-all = Hamısı
tickets-empty-open = Açıq müraciət yoxdur.
tickets-empty-waiting = Cavabınızı gözləyən müraciət yoxdur.
tickets-empty-resolved = Hələ həll edilmiş müraciət yoxdur.
tickets-empty-all = Hələ müraciətiniz yoxdur.
tickets-empty-hint = Nəsə işləmir? Bizə yazın, kömək edək.
# $number — müraciətin nömrəsi, məsələn 10001.
ticket-number = #{ $number }
# $count — oxunmamış dəstək mesajları.
ticket-unread =
    { $count ->
        [one] { $count } yeni cavab
       *[other] { $count } yeni cavab
    }
# $date — müştərinin saat qurşağında tarix və vaxt.
ticket-updated = Yeniləndi: { $date }
ticket-created = Açılıb: { $date }
ticket-deadline = Həll müddəti: { $date }
ticket-waiting-for-you = Cavabınızı gözləyirik

## Statuslar və mövzular

status-new = Yeni
status-in_progress = İcrada
status-waiting_customer = Sizi gözləyir
status-resolved = Həll edilib
status-closed = Bağlanıb

topic-payment = Ödəniş
topic-account = Hesab
topic-feature = Necə etməli / funksiya
topic-complaint = Şikayət
topic-idea = İdeya
topic-other = Digər

## Gözlənilən cavab vaxtı

# $minutes — gözlənilən cavaba qədər dəqiqə.
eta-minutes =
    { $minutes ->
        [one] Təxminən { $minutes } dəqiqəyə cavab veriləcək
       *[other] Təxminən { $minutes } dəqiqəyə cavab veriləcək
    }
# $hours — gözlənilən cavaba qədər saat.
eta-hours =
    { $hours ->
        [one] Təxminən { $hours } saata cavab veriləcək
       *[other] Təxminən { $hours } saata cavab veriləcək
    }
eta-any-minute = Cavab hər an gələ bilər

## Müraciət səhifəsi

ticket-title = Müraciət #{ $number }
ticket-add-details = Ətraflı məlumat əlavə et
ticket-summary = Görülən iş
ticket-conversation = Yazışma
ticket-no-messages = Hələ mesaj yoxdur.
ticket-back-to-list = Müraciətlərimə qayıt
msg-you = Siz
msg-support = Dəstək
msg-bot = Dəstək botu
msg-system = Bildiriş
msg-edited = redaktə edilib

attachment-kind-photo = Şəkil
attachment-kind-document = Sənəd
attachment-kind-video = Video
attachment-kind-audio = Audio
attachment-kind-voice = Səsli mesaj
attachment-kind-animation = Animasiya
attachment-kind-video_note = Video mesaj
attachment-kind-sticker = Stiker
# $kind — faylın növü; $author — göndərən.
attachment-alt = { $kind } — göndərən: { $author }
# $name — faylın adı; $author — göndərən.
attachment-alt-named = { $name } — göndərən: { $author }
attachment-open = Aç: { $name }
attachment-unavailable = Bu fayl hazırda yüklənmir.

reply-label = Mesajınız
reply-placeholder = Dəstəyə yazın…
reply-reopens = Burada yazsanız, müraciət yenidən açılacaq.
reply-send = Göndər
reply-sending = Göndərilir…

rate-title = Necə kömək etdik?
rate-hint = Aldığınız köməyi 1-dən 5-ə qədər ulduzla qiymətləndirin.
# $csat — qiymət, 1-dən 5-ə qədər.
rate-value =
    { $csat ->
        [one] 5 ulduzdan { $csat }
       *[other] 5 ulduzdan { $csat }
    }
rate-thanks = Təşəkkür edirik! Qiymətiniz: 5-dən { $csat }.
rate-current = Qiymətiniz: 5-dən { $csat }. Onu dəyişə bilərsiniz.

## Yeni müraciət

new-title = Yeni müraciət
new-subtitle = Problemi təsvir edin — sizə burada və çatda cavab verəcəyik.
new-topic = Mövzu
new-topic-choose = Mövzu seçin…
new-topic-hint = Əsasən nə barədə olduğunu seçin — bu, müraciəti doğru insanlara çatdırmağa kömək edir.
new-topic-hint-payment = Tarixi və məbləği yazın. Kartın tam nömrəsini və ya CVC kodunu heç vaxt göndərməyin.
new-topic-hint-account = Nəyi sınadığınızı və nə gördüyünüzü yazın. Parolunuzu və ya giriş kodlarını heç vaxt göndərməyin.
new-topic-hint-feature = Nə etmək istədiyinizi və harada çətinlik çəkdiyinizi yazın.
new-topic-hint-complaint = Nə baş verdiyini və vəziyyəti necə düzəldə biləcəyimizi yazın.
new-topic-hint-idea = İdeyanızı və onun sizə nədə kömək edəcəyini yazın.
new-topic-hint-other = Bilməli olduğumuz hər şeyi yazın.
new-description = Təsvir
new-description-placeholder = Nə baş verdi? Nə gözləyirdiniz?
new-description-hint = Addımları, xəta mesajlarını və problemin nə vaxt başladığını qeyd edin.
# $count — yazılmış simvollar; $max — hədd.
new-counter = { $count } / { $max }
new-kb-title = Bu məqalələr problemi artıq həll edə bilər
new-kb-solved = Problem həll olundu? Məqaləni oxuyun
new-submit = Müraciəti göndər
new-submitting = Göndərilir…
new-consent-title = Əvvəlcə razılığınız lazımdır
new-consent-text = Müraciət açmaq üçün dəstəklə yazışmanızı saxlamalıyıq.
new-consent-agree = Razıyam
new-consent-later = Razılığınızı istənilən vaxt Parametrlərdə, Məxfilik bölməsində geri götürə bilərsiniz.
new-consent-thanks = Təşəkkür edirik! İndi müraciəti göndərə bilərsiniz.

## Forma xətaları

form-error-topic = Mövzu seçin.
# $min — minimum simvol sayı.
form-error-too-short =
    { $min ->
        [one] Problemi ən azı { $min } simvolla təsvir edin.
       *[other] Problemi ən azı { $min } simvolla təsvir edin.
    }
# $max — maksimum simvol sayı.
form-error-too-long = { $max } simvoldan çox yazmayın.
form-error-empty-text = Əvvəlcə mesaj yazın.
form-error-empty-description = Problemi təsvir edin.

## Bilik bazası

kb-title = Kömək mərkəzi
kb-subtitle = Tez-tez verilən suallara qısa cavablar.
kb-search-label = Kömək mərkəzində axtar
kb-search-placeholder = Məsələn: kart rədd edildi
kb-search-button = Axtar
# $count — tapılan məqalələrin sayı.
kb-results =
    { $count ->
        [0] Heç nə tapılmadı
        [one] { $count } məqalə tapıldı
       *[other] { $count } məqalə tapıldı
    }
kb-no-results = Bu sorğu üzrə heç nə tapmadıq. Başqa sözlər sınayın və ya birbaşa bizə yazın.
kb-categories = Kateqoriyalar
kb-category-all = Hamısı
kb-category-account = Hesab
kb-category-how-to = Necə etməli
kb-category-payments = Ödənişlər
kb-category-security = Təhlükəsizlik
kb-category-subscriptions = Abunələr
kb-category-technical = Texniki
kb-category-refunds = Geri qaytarmalar
kb-category-privacy = Məxfilik
kb-popular = Populyar həllər
kb-still-need-help = Hələ də kömək lazımdır?
kb-ask-support = Müraciət yarat
article-back = Kömək mərkəzinə qayıt
article-helpful = Bu faydalı oldu?
article-helpful-yes = Bəli
article-helpful-no = Xeyr
article-thanks-yes = Əla! Bildirdiyiniz üçün təşəkkür edirik.
article-thanks-no = Təəssüf ki, kömək etmədi. Komandamız məsələni həll edəcək.

## Parametrlər

settings-title = Parametrlər
settings-language = Dil və vaxt
settings-language-label = Dil
settings-timezone = Saat qurşağı
settings-timezone-suggested = Təklif olunan
settings-timezone-all = Bütün saat qurşaqları
settings-timezone-hint = Vaxt və sakit saatlar bu qurşağa görə göstərilir.
# $zone — cihazın saat qurşağı, məsələn Asia/Baku.
settings-timezone-device = Cihazınızda { $zone } seçilib.
settings-timezone-use-device = Ondan istifadə et
# $zone — the time zone just taken from the device, e.g. Europe/Berlin.
zone-taken = Vaxtlar artıq sizin saat qurşağınızda göstərilir: { $zone }.
zone-change = Dəyiş
zone-ok = Aydındır
settings-notifications = Bildirişlər
settings-notifications-label = Çatda müraciət yenilikləri
settings-notifications-hint = Dəstəyin cavabları və status dəyişiklikləri.
settings-quiet = Sakit saatlar
settings-quiet-hint = Bu saatlarda təcili olmayan mesajları saxlayırıq.
settings-quiet-default = Təyin edilməyib: dəstək xidmətinin standart sakit saatları tətbiq olunur.
settings-quiet-from = Başlanğıc
settings-quiet-to = Son
settings-quiet-save = Sakit saatları saxla
settings-quiet-clear = Standartdan istifadə et
settings-quiet-both = Hər iki vaxtı təyin edin və ya hər ikisini silin.
settings-quiet-same = Başlanğıc və son vaxt fərqli olmalıdır.
settings-display = Görünüş
settings-large-text = Böyük şrift
settings-large-text-hint = Bu cihazda bütün mətni böyüdür.
settings-high-contrast = Yüksək kontrast
settings-high-contrast-hint = Daha güclü rənglər və konturlar.
settings-privacy = Məxfilik
# $date — müştərinin razılıq verdiyi vaxt.
settings-consent-given = Yazışmalarınızın saxlanmasına { $date } tarixində razılıq vermisiniz.
settings-consent-missing = Yazışmalarınızın saxlanmasına hələ razılıq verməmisiniz: onsuz müraciət açmaq olmur.
settings-consent-label = Dəstəklə yazışmalarımı saxla
settings-consent-hint = Müraciət açmaq üçün lazımdır. Söndürsəniz, yeni müraciət açmaq olmaz.
settings-export = Məlumatlarımı yüklə
settings-export-hint = Haqqınızda saxladığımız hər şeyi JSON faylı kimi yükləyin.
settings-exporting = Fayl hazırlanır…
settings-exported = Məlumatlarınız yükləndi.
settings-delete = Məlumatlarımı sil
settings-delete-confirm-title = Bütün məlumatlarınız silinsin?
settings-delete-confirm-text = Müraciətləriniz, mesajlarınız, qiymətləriniz və parametrləriniz silinəcək. Bunu geri qaytarmaq mümkün deyil.
settings-delete-confirm = Bəli, hamısını sil
settings-delete-cancel = Ləğv et
settings-deleting = Silinir…
settings-saving = Saxlanılır…
settings-saved = Saxlanıldı.

## Vidalaşma (silindikdən sonra)

goodbye-title = Məlumatlarınız silindi
goodbye-text = Müraciətlərinizi, mesajlarınızı və parametrlərinizi sildik.
goodbye-return = Bota yenidən yazsanız, hər şey sıfırdan başlayacaq.
goodbye-close = Bağla

## Xətalar

error-open-from-bot-title = Bu səhifəni botdan açın
error-open-from-bot = Bu səhifə yalnız Telegram daxilində işləyir. Onu dəstək botumuzdakı düymə ilə açın.
error-dev-hint = Tərtibatçılar üçün: server DEV_LOGIN=true ilə işləyirsə (istehsalda heç vaxt), test istifadəçisi kimi bu ünvanda daxil olun:
# $bot — the bot's @username.
outside-open-bot = { $bot } botunu Telegram-da aç
outside-qr-label = { $bot } botunu Telegram-da açan QR kod
outside-qr-hint = Kompüterdəsiniz? Bu kodu telefonunuzun kamerası ilə skan edin.
error-unauthorized-title = Telegram sessiyanızı təsdiqləyə bilmədik
error-unauthorized = Bu səhifəni bağlayın və botdan yenidən açın.
error-generic-title = Nəsə səhv getdi
error-generic = Profilinizi yükləyə bilmədik. Bağlantını yoxlayıb yenidən cəhd edin.
# $reason — serverin texniki izahı (tərcümə olunmur).
error-reason = Ətraflı: { $reason }
error-retry = Yenidən cəhd et
error-network = Serverlə əlaqə yoxdur. İnterneti yoxlayıb yenidən cəhd edin.
error-not-found-title = Tapılmadı
error-not-found = Bunu tapa bilmədik. Ola bilsin, silinib.
error-page-not-found = Belə səhifə yoxdur.
error-too-many = Həddən çox cəhd. Bir az gözləyin.
error-failed = Alınmadı: { $reason }

# Attachments (Mini App uploads)
new-file = Ekran görüntüsü və ya fayl (istəyə bağlı)
attach-choose = Ekran görüntüsü və ya fayl seçin
attach-file = Fayl əlavə et
attach-replace = Başqa fayl seçin
attach-hint = Şəkillər (JPEG, PNG, WebP, GIF) və ya sənədlər (PDF, TXT, CSV, ZIP, DOCX, XLSX), ən çoxu { $max } MB.
attach-preview-alt = { $name } önizləməsi
attach-remove = Sil
attach-too-large = “{ $name }” { $max } MB-dan böyükdür. Daha kiçik fayl seçin.
attach-wrong-type = “{ $name }” əlavə edilə bilməz. Şəkil (JPEG, PNG, WebP, GIF) və ya PDF, TXT, CSV, ZIP, DOCX, XLSX faylı seçin.
attach-empty = “{ $name }” boşdur.
attach-uploading = Fayl yüklənir…
attach-send = Faylı göndər
attach-caption-too-long = Fayl ilə mesaj { $max } simvoldan qısa olmalıdır.
attach-failed-title = Fayl əlavə edilmədi
attach-failed-text = Müraciətiniz açıldı, amma “{ $name }” yüklənmədi. Aşağıdakı “Fayl əlavə et” ilə yenidən cəhd edin.
attach-failed-dismiss = Oldu

## Rəhbərin masası (komanda üçün səhifələr: /staff/board, /staff/numbers, /staff/agents)

staff-nav = Rəhbərin masası
staff-nav-board = Canlı lövhə
staff-nav-numbers = Göstəricilər
staff-nav-agents = Əməkdaşlar
staff-forbidden-title = Dəstək komandası üçün
staff-forbidden = Bu səhifələr dəstək komandası üçündür. Sizin rolunuz onlara giriş vermir.
staff-board-title = Canlı lövhə
staff-live = ● Canlı
staff-reconnecting = Yenidən qoşulur…
staff-queues = Növbələr
staff-queue = Növbə
staff-waiting = Gözləyir
staff-oldest-wait = Ən uzun gözləmə
staff-at-risk = Risk altında
staff-breached = SLA pozulub
staff-on-duty = Növbədə
staff-nobody-on-duty = Hazırda növbədə heç kim yoxdur.
staff-load-of = { $name } — yüklənmə
staff-load = { $limit } müraciətdən { $load }
staff-needs-eye = Diqqət tələb edən müraciətlər
staff-all-calm = Açıq müraciət yoxdur. Hər şey qaydasındadır.
staff-state-breached = SLA pozulub
staff-state-at-risk = Risk altında
staff-state-waiting = Cavab gözləyir
staff-state-ok = Vaxtında
staff-ticket-line = { $queue } · { $assignee } · { $wait } gözləyir
staff-unassigned = Təyin edilməyib
staff-assign = Təyin et…
staff-assign-to = #{ $number } müraciətini kimə vermək
staff-assigned = #{ $number } müraciəti artıq { $name } əməkdaşındadır.
staff-move = Köçür…
staff-move-to = #{ $number } müraciətini hansı növbəyə köçürmək
staff-moved = #{ $number } müraciəti { $queue } növbəsinə köçürüldü.
staff-action-failed = Alınmadı: { $reason }
staff-csv = CSV
staff-numbers-title = Göstəricilər
staff-agents-title = Əməkdaşlar
staff-agent = Əməkdaş
staff-period = Dövr
staff-period-today = Bu gün
staff-period-7d = 7 gün
staff-period-30d = 30 gün
staff-period-custom = Seçilmiş dövr
staff-from = Başlanğıc
staff-to = Son
staff-split = Bölgü
staff-split-none = Bölgüsüz
staff-split-queue = Növbə
staff-split-topic = Mövzu
staff-split-language = Dil
staff-split-agent = Əməkdaş
staff-split-channel = Kanal
staff-headline = Əsas göstəricilər
staff-chart-of = Qrafik
staff-figure-volume = Müraciətlər
staff-figure-frtP50 = İlk cavab, median
staff-figure-frtP90 = İlk cavab, P90
staff-figure-resolutionP50 = Həll, median
staff-figure-resolutionP90 = Həll, P90
staff-figure-slaMet = SLA-ya əməl
staff-figure-csat = CSAT
staff-figure-nps = NPS
staff-figure-fcr = İlk müraciətdə həll
staff-figure-repeatRate = Təkrar müraciətlər (7 gün)
staff-figure-reopenRate = Yenidən açılıb
staff-figure-handoffRate = Bot əməkdaşa ötürüb
staff-figure-selfService = Özünəxidmətlə həll
staff-response-rates = CSAT sualını cavablandıranlar: { $csat } · NPS sualını: { $nps }
staff-change-none = müqayisə yoxdur
staff-change-better = əvvəlki dövrdən { $change } yaxşı
staff-change-worse = əvvəlki dövrdən { $change } pis
staff-handoff-reasons = Bot müraciəti niyə əməkdaşa ötürdü
staff-heatmap = Həftənin günləri və saatlar üzrə müraciətlər
staff-heatmap-peak = Ən sıx vaxt: { $day }, saat { $hour }:00 — { $count } müraciət
staff-community = Dəstək qrupu
staff-figure-spamShare = Qrup mesajlarında spamın payı
staff-figure-groupMessages = Yoxlanılan qrup mesajları
staff-figure-captchaPassRate = Kapçanı keçənlər
staff-figure-groupQuestions = Müraciətə çevrilən qrup sualları
staff-community-detail = Spam: { $spam } · yeni üzv qaydaları ilə saxlanılıb: { $blocked } · üzvlərin şikayətləri: { $reports }. Hədəf spamın 0,5%-dən az olmasıdır.
staff-weekday-1 = B.e.
staff-weekday-2 = Ç.a.
staff-weekday-3 = Ç.
staff-weekday-4 = C.a.
staff-weekday-5 = C.
staff-weekday-6 = Ş.
staff-weekday-7 = B.
staff-seconds = { $n } san
staff-minutes = { $n } dəq
staff-hours = { $n } saat
staff-days = { $n } gün

## Keyfiyyət yoxlaması və eksperimentlər (webapp/src/staff/QualityPage.tsx, ExperimentsPage.tsx)
staff-nav-quality = Keyfiyyət
staff-nav-experiments = Eksperimentlər
staff-qa-title = Söhbətlərin keyfiyyəti
staff-qa-pending = Yoxlama gözləyir
staff-qa-none = Hazırda yoxlanılacaq söhbət yoxdur.
staff-qa-clean = Avtomatik yoxlama heç nə tapmadı.
staff-qa-finding-frt-over-sla = İlk cavab { $minutes } dəq sonra (norma { $target } dəq)
staff-qa-finding-resolution-over-sla = { $minutes } dəq-yə həll olundu (norma { $target } dəq)
staff-qa-finding-forbidden-words = Qadağan olunmuş və ya kobud sözlər: { $words }
staff-qa-finding-personal-data-asked = Şəxsi məlumat istənildi: { $words }
staff-qa-finding-no-summary = Həllin xülasəsi yoxdur
staff-qa-finding-no-next-steps = Müştəriyə növbəti addımlar deyilməyib
staff-qa-finding-no-greeting = İlk cavabda salam yoxdur
staff-qa-finding-person-not-given = Müştəri canlı əməkdaş istədi, amma heç kim cavab vermədi
staff-qa-line-greeting = Salamlama
staff-qa-line-understood = Problemi anladı
staff-qa-line-correct = Düzgün cavab
staff-qa-line-tone = Ton
staff-qa-line-next_steps = Növbəti addımlar
staff-qa-line-summary = Həllin xülasəsi
staff-qa-mark-2 = Bəli
staff-qa-mark-1 = Qismən
staff-qa-mark-0 = Xeyr
staff-qa-comment = Agent üçün qeyd (istəyə görə)
staff-qa-save = Qiyməti yadda saxla
staff-qa-trend = Agentlər üzrə həftəlik keyfiyyət
staff-qa-cell = { $average } ({ $reviews })
staff-qa-mine = Mənim qiymətlərim
staff-qa-mine-none = Söhbətləriniz hələ qiymətləndirilməyib.
staff-qa-mine-average = Son 30 gün: { $average }/100
staff-exp-title = Eksperimentlər
staff-exp-about = Botun yeni ifadələrini müştərilərin bir hissəsində sınayın və dəstək göstəriciləri ilə qiymətləndirin. Təhlükəsizlik və ödəniş xəbərdarlıqları heç vaxt sınanmır.
staff-exp-status-draft = qaralama
staff-exp-status-running = gedir
staff-exp-status-stopped = dayandırılıb
staff-exp-status-shipped = tətbiq olunub
staff-exp-metric-self-service = Özünəxidmət payı
staff-exp-metric-csat = Razı müştərilər (CSAT 4–5)
staff-exp-metric-frt = İlk cavab vaxtı, dəq
staff-exp-metric-intake-drop-off = Sorğu zamanı çıxıb gedənlər
staff-exp-metric-repeat-contacts = 7 gün ərzində təkrar müraciət
staff-exp-verdict-better = 95% əminliklə { $variant } { $control } variantından yaxşıdır.
staff-exp-verdict-worse = 95% əminliklə { $variant } { $control } variantından pisdir.
staff-exp-verdict-no-difference = { $variant } ilə { $control } arasında real fərq yoxdur.
staff-exp-verdict-more = Hələ məlumat azdır: təxminən { $count } müştəri də lazımdır.
staff-exp-variant = Variant
staff-exp-customers = Müştəri
staff-exp-value = Nəticə
staff-exp-range = 95% aralıq
staff-exp-start = Başlat
staff-exp-stop = Dayandır
staff-exp-ship = { $variant } tətbiq et
staff-exp-new = Yeni eksperiment
staff-exp-code = Qısa ad (latın hərfləri, rəqəmlər, -)
staff-exp-target = Sınanacaq mətn və ya ssenari seçimi
staff-exp-metric = Nəyə görə qiymətləndirilir
staff-exp-share = Testdəki müştərilərin payı, %
staff-exp-language = Yeni mətnin dili
staff-exp-variant-b = B variantı
staff-exp-create = Qaralama kimi yarat
