# Əməkdaş masası, növbələr və VIP: iş saatları, əməkdaş adları və növbələr arası ötürmə mətnləri.
# Müştəriyə gedən mətnlərdə əməkdaşın id-si, @username-i və ya hesabı heç vaxt olmur: yalnız adı və ya "Dəstək".

## Müştərilər üçün
support-name = Dəstək
agent-reply-unnamed = <b>Dəstək</b>:
    { $text }
agent-clarification-unnamed = <b>Dəstək</b> #{ $number } nömrəli müraciət üçün bir detalı dəqiqləşdirmək istəyir:
    { $text }

    Sadəcə bura cavab yazın. Müraciəti { $hours } saat açıq saxlayırıq.
status-taken-unnamed = Dəstək əməkdaşı indi #{ $number } nömrəli müraciətinizlə məşğul olur.
ticket-moved = #{ $number } nömrəli müraciət işi davam etdirə biləcək həmkarlarımıza ötürüldü. Onların cavabı bura gələcək, sizdən heç nə tələb olunmur.
ticket-receipt-in-line = <b>#{ $number }</b> nömrəli müraciət yaradıldı.
    Mövzu: { $topic }
    Gözləmə: { $eta ->
        [one] təxminən { $eta } dəqiqə
       *[other] təxminən { $eta } dəqiqə
    }
    Növbədəki yeriniz: { $place }
    Bütün cavabları burada alacaqsınız. Status: <b>Açıq</b>
ticket-receipt-nobody-on-duty = <b>#{ $number }</b> nömrəli müraciət yaradıldı.
    Mövzu: { $topic }
    Hazırda komandadan növbətçi yoxdur, ona görə dəqiq vaxt deyə bilmirik. Mesajınız saxlanıldı: növbəyə ilk çıxan əməkdaş burada cavab verəcək. Yenidən yazmağa ehtiyac yoxdur.
    Növbədəki yeriniz: { $place }
    Status: <b>Açıq</b>
ticket-receipt-after-hours = <b>#{ $number }</b> nömrəli müraciət yaradıldı.
    Mövzu: { $topic }
    Komandamız hazırda işləmir (iş saatları: { $hours }). Mesajınız saxlanıldı: cavab { $when } sonra bura gələcək. Yenidən yazmağa ehtiyac yoxdur.
    Növbədəki yeriniz: { $place }
    Status: <b>Açıq</b>
ticket-status-place = Növbədəki yeriniz: { $place }

## Əməkdaşlar üçün
staff-help-more = VIP (supervayzerlər, adminlər): /vip @user · /vip 123456789 987654321 (siyahı) · bilet kartına cavab kimi /vip · /unvip · /vips
    Növbənin iş saatları (adminlər): /queue_set L1 hours=mon-fri 09:00-18:00 (hours=24/7 — fasiləsiz)
staff-duty-on-queues = Siz { $queues } növbələrində növbətçisiniz. Oradakı yeni müraciətlər sizə gələ bilər.
staff-duty-on-no-queues = Siz növbətçisiniz, amma hələ heç bir növbədə deyilsiniz, ona görə sizə müraciət gəlməyəcək. Admindən sizi əlavə etməsini xahiş edin: /staff_set { $id } queues=L1 (növbələr: { $codes }).
staff-duty-on-no-queues-admin = Siz növbətçisiniz, amma hələ heç bir növbədə deyilsiniz, ona görə sizə müraciət gəlməyəcək. Özünüzü əlavə edin: /staff_set { $id } queues=L1 (növbələr: { $codes }).
staff-ticket-moved-away = ↗️ #{ $number } { $queue } növbəsinə keçirildi və artıq sizdə deyil.
staff-ticket-moved-assigned = 📥 #{ $number } { $from } növbəsindən { $queue } növbəsinə keçirildi ({ $reason }) və sizə təyin olundu.
    İndiyədək yazışma:
    { $text }

    Müştəriyə cavab vermək üçün bu mesaja cavab yazın.
staff-ticket-moved-card = ↗️ #{ $number } { $from } növbəsindən { $queue } növbəsinə keçirildi ({ $reason }) və onu götürəcək əməkdaşı gözləyir.
    İndiyədək yazışma:
    { $text }
staff-transferred-history = ↪️ #{ $number } sizə ötürüldü. İndiyədək yazışma:
    { $text }

    Müştəriyə cavab vermək üçün bu mesaja cavab yazın.
staff-customer-history = 💬 #{ $number } · { $name }, indiyədək yazışma:
    { $text }
staff-customer-edited = ✏️ #{ $number } · { $name } mesajını dəyişdi. İndi belədir: { $text }
queue-list-hours = , iş saatları: { $hours } ({ $tz })
vip-supervisors-only = VIP statusunu yalnız supervayzerlər və adminlər dəyişə bilər.
vip-usage = İstifadə: /vip @user, /vip 123456789 987654321 (bir neçəsi birdən) və ya bilet kartına cavab kimi /vip. /unvip da eyni qaydada.
vip-set = ⭐ İndi VIP: { $count } · { $names }. Gözləyən müraciətləri VIP növbəsinə keçirildi, yeniləri birbaşa ora düşəcək.
vip-unset = VIP statusu götürüldü: { $count } · { $names }.
vip-unchanged = Artıq belədir: { $names }.
vip-unknown = { $who } hələ mənə tanış deyil: əvvəlcə bota yazmalarını xahiş edin və ya rəqəmli Telegram id-dən istifadə edin.
vip-list-header = ⭐ VIP müştərilər:
vip-list-item = { $name } · { $id }{ $username }
vip-list-empty = Hələ VIP müştəri yoxdur. /vip @user ilə qeyd edin.
