# Рабочее место руководителя в боте: /board, ключевые показатели в сводке, недельный отчёт.

manager-not-allowed = Доска и показатели доступны руководителям смен, аналитикам и администраторам.
manager-open = Рабочее место руководителя: очереди в реальном времени, показатели, сотрудники.
manager-open-board = 📋 Открыть доску
manager-open-numbers = 📈 Открыть показатели
manager-board-title = <b>📋 Онлайн-доска</b>
manager-board-queue = <b>{ $queue }</b>: ждут { $waiting } (дольше всех { $oldest } мин) · под угрозой { $risk } · SLA нарушен { $breached }
manager-board-agents = На смене: { $count }
manager-board-agent = • { $name }: { $load } из { $limit }
digest-numbers = 📊 Ключевые показатели за 24 ч (изменение к предыдущим 24 ч)
    Обращения: { $volume } ({ $volumeChange })
    Первый ответ, медиана: { $frt } мин ({ $frtChange }) · P90: { $frt90 } мин
    В рамках SLA: { $sla } ({ $slaChange }) · CSAT: { $csat } ({ $csatChange })
    Решено с первого обращения: { $fcr } ({ $fcrChange })
    Повторные обращения: { $repeat } · бот передал человеку: { $handoff }
weekly-reasons = 📈 Недельный отчёт, { $from } – { $to }: с чем приходили клиенты ({ $total } обращ., изменение к прошлой неделе)
    1. { $topic1 ->
        [payment] оплата
        [account] аккаунт
        [feature] как пользоваться / функции
        [complaint] жалоба
        [idea] идея
        [none] —
       *[other] другое
    }: { $count1 } ({ $change1 })
    2. { $topic2 ->
        [payment] оплата
        [account] аккаунт
        [feature] как пользоваться / функции
        [complaint] жалоба
        [idea] идея
        [none] —
       *[other] другое
    }: { $count2 } ({ $change2 })
    3. { $topic3 ->
        [payment] оплата
        [account] аккаунт
        [feature] как пользоваться / функции
        [complaint] жалоба
        [idea] идея
        [none] —
       *[other] другое
    }: { $count3 } ({ $change3 })
    Чаще всего бот передавал человеку, потому что: { $handoff ->
        [security] слова о безопасности
        [payment] слова об оплате
        [operator] просили живого человека
        [unmatched] бот не понял вопрос
       *[none] —
    } ({ $handoffCount })
digest-with-chart =
    { digest }
    📈 На графике — новые обращения по дням за последние две недели.
digest-community = 👥 Сообщество за 24 ч
    Проверено сообщений в группе: { $messages } · спам: { $spam } ({ $spamShare }, { $spamChange }) · задержано правилами для новичков: { $blocked }
    Капча: начали { $captchaStarted }, прошли { $captchaPass }
    Вопросов в группе: { $questions } · из них стали обращениями: { $turned } · жалоб от участников: { $reports }
manager-menu-button = Рабочее место
