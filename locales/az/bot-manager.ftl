# Botda rəhbərin masası: /board, gündəlik xülasədə əsas göstəricilər, həftəlik hesabat.

manager-not-allowed = Lövhə və göstəricilər növbə rəhbərləri, analitiklər və adminlər üçündür.
manager-open = Rəhbərin masası: canlı növbələr, göstəricilər, əməkdaşlar.
manager-open-board = 📋 Lövhəni aç
manager-open-numbers = 📈 Göstəriciləri aç
manager-board-title = <b>📋 Canlı lövhə</b>
manager-board-queue = <b>{ $queue }</b>: gözləyir { $waiting } (ən uzun { $oldest } dəq) · risk altında { $risk } · SLA pozulub { $breached }
manager-board-agents = Növbədə: { $count }
manager-board-agent = • { $name }: { $limit } müraciətdən { $load }
digest-numbers = 📊 Son 24 saatın əsas göstəriciləri (əvvəlki 24 saata nisbətən)
    Müraciətlər: { $volume } ({ $volumeChange })
    İlk cavab, median: { $frt } dəq ({ $frtChange }) · P90: { $frt90 } dəq
    SLA-ya əməl: { $sla } ({ $slaChange }) · CSAT: { $csat } ({ $csatChange })
    İlk müraciətdə həll: { $fcr } ({ $fcrChange })
    Təkrar müraciətlər: { $repeat } · bot əməkdaşa ötürüb: { $handoff }
weekly-reasons = 📈 Həftəlik hesabat, { $from } – { $to }: müştərilər niyə yazıb ({ $total } müraciət, keçən həftəyə nisbətən)
    1. { $topic1 ->
        [payment] ödəniş
        [account] hesab
        [feature] istifadə qaydası / funksiyalar
        [complaint] şikayət
        [idea] təklif
        [none] —
       *[other] digər
    }: { $count1 } ({ $change1 })
    2. { $topic2 ->
        [payment] ödəniş
        [account] hesab
        [feature] istifadə qaydası / funksiyalar
        [complaint] şikayət
        [idea] təklif
        [none] —
       *[other] digər
    }: { $count2 } ({ $change2 })
    3. { $topic3 ->
        [payment] ödəniş
        [account] hesab
        [feature] istifadə qaydası / funksiyalar
        [complaint] şikayət
        [idea] təklif
        [none] —
       *[other] digər
    }: { $count3 } ({ $change3 })
    Botun müraciəti əməkdaşa ötürməsinin əsas səbəbi: { $handoff ->
        [security] təhlükəsizlik sözləri
        [payment] ödəniş sözləri
        [operator] canlı əməkdaş istədi
        [unmatched] bot sualı başa düşmədi
       *[none] —
    } ({ $handoffCount })
digest-with-chart =
    { digest }
    📈 Qrafikdə son iki həftənin hər günü üzrə yeni müraciətlər göstərilir.
digest-community = 👥 İcma, son 24 saat
    Yoxlanılan qrup mesajları: { $messages } · spam: { $spam } ({ $spamShare }, { $spamChange }) · yeni üzv qaydaları ilə saxlanılıb: { $blocked }
    Kapça: { $captchaStarted } nəfər başlayıb, keçənlərin payı { $captchaPass }
    Qrupda verilən suallar: { $questions } · müraciətə çevrilib: { $turned } · üzvlərin şikayətləri: { $reports }
manager-menu-button = Komanda paneli
