# Sınaq səhifəsinin (/sandbox) mətnləri: dəstək masası brauzerdə, Telegram-ı server oynayır.
# Bot mətnləri deyil: src/i18n/index.ts bu faylı botun mətnlərinə qatmır.

sb-title = Dəstək masasının sınaq meydançası
sb-intro = Əsl bot, operator masası və mini tətbiq; Telegram-ı isə bu server oynayır. Müştəri kimi yazın, operator kimi cavab verin.
sb-page-language = Səhifənin dili
sb-customer = Müştəri
sb-agent = Operator
sb-supervisor = Rəhbər
sb-customer-language = Müştərinin dili
sb-new-customer = Yeni müştəri
sb-bot-subtitle = bot
sb-start = Başla
sb-message-placeholder = Mesaj
sb-send = Göndər
sb-attach = Şəkil əlavə et
sb-reply = Cavabla
sb-cancel-reply = Cavabı ləğv et
sb-replying-to = { $name } üçün cavab
sb-edited = redaktə edilib
sb-photo = Şəkil
sb-file = Fayl
sb-open-app = Tətbiq
sb-open-app-title = Mini tətbiqi aç
sb-close = Bağla
sb-back = Geri
sb-commands = Əmrlər
sb-later = +30 dəq
sb-later-title = Masanın saatını 30 dəqiqə irəli çək (SLA taymerləri əsl vəziyyətdəki kimi işə düşür)
sb-clock-now = Masanın saatı: indi
sb-clock-ahead = Masanın saatı: +{ $minutes } dəq
sb-connection-lost = Sınaq meydançası ilə əlaqə kəsildi; yenidən qoşuluruq…
sb-tour = Bələdçili tur
sb-tour-pick = Ssenari seçin
sb-tour-stop = Dayandır
sb-tour-done = Ssenari bitdi. Başqasını seçin və ya özünüz davam edin.
sb-tour-waiting = Bot gözlənilir…
sb-tour-you-agent = Siz operatorsunuz
sb-tour-you-customer = Siz müştərisiniz

tour-payment = Ödəniş problemi
tour-payment-about = Müştəridən pul iki dəfə tutulub. Müraciətin Təhlükəsizlik/Ödənişlər növbəsinə necə düşdüyünə baxın, sonra operator kimi cavab verin.
tour-payment-say-1 = Sifarişim üçün pul iki dəfə tutulub, xahiş edirəm kömək edin
tour-payment-step-consent = Müştəri yazışmanın saxlanmasına razılıq verir; bot müraciət açır.
tour-payment-step-answer = Növbə sizindir: operatorun telefonunda “Sizə təyin olundu” kartında ↩ düyməsini basın və cavab yazın.
tour-payment-say-2 = Təşəkkür edirəm! Pul nə vaxt qayıdacaq?
tour-payment-step-resolve = Bir daha cavab verin, sonra müraciəti bağlayın: /resolve { $number } nə etdiniz | bundan sonra nə olacaq
tour-payment-step-rate = Müştəri işinizi qiymətləndirir.

tour-kb = Bilik bazasının cavab verdiyi sual
tour-kb-about = Müştəri kömək məqalələrində olan bir şeyi soruşur. Bot dərhal cavab verir, operatora ehtiyac qalmır.
tour-kb-say-1 = Şifrəmi unutmuşam, onu necə bərpa edim?
tour-kb-step-answer = Bot məqalə tapdı. Müştəri onu mini tətbiqdə aça və ya kömək edib-etmədiyini deyə bilər.

tour-vip = VIP müştəri
tour-vip-about = Admin müştərini VIP kimi qeyd edir; onun müraciəti ilk cavab üçün 5 dəqiqəlik VIP növbəsinə düşür.
tour-vip-step-mark = Operatorun telefonunda admin bu müştərini /vip əmri ilə VIP edir.
tour-vip-say-1 = Sifarişim hələ gəlməyib, sabah isə səfərə çıxıram. Xahiş edirəm, məni əməkdaşla əlaqələndirin.
tour-vip-step-answer = Müraciət VIP növbəsindədir. Operatorun telefonundan ↩ Cavabla ilə cavab verin.

tour-sla = SLA pozuntusu, sürətləndirilmiş
tour-sla-about = Müraciətə vaxtında heç kim cavab vermir. Masanın saatı irəli atılır və SLA xəbərdarlıqları işə düşür.
tour-sla-say-1 = Operator lazımdır: abunəliyim səhvən ləğv edilib
tour-sla-step-wait = Müraciət açıldı. Heç kim cavab vermir…
tour-sla-step-jump = Masanın saatı 30 dəqiqə irəli atılır: operatorun və rəhbərin telefonlarına baxın.

tour-customer = Siz müştərisiniz
tour-customer-about = Bu dəfə tur operatoru oynayır: müştəri kimi bota yazın və əməkdaş istəyin.
tour-customer-step-write = Növbə sizindir: müştərinin telefonunda bota yazın və əməkdaş istəyin (soruşulsa, şərtlərlə razılaşın).
tour-customer-agent-1 = Salam, dəstəkdən Semdir. Artıq məşğulam: sifariş nömrənizi deyə bilərsiniz?
tour-customer-step-reply = Operator cavab verdi. Müştərinin telefonunda ona cavab yazın.
tour-customer-agent-2 = Təşəkkürlər, bizim tərəfdə hər şey düzəldildi.
tour-customer-step-rate = Operator müraciəti bağladı: cavabı ulduzlarla qiymətləndirin.
