# Тексты бота. Переменные с текстом пользователя экранируются для HTML до того, как попадают сюда.

start-greeting = Здравствуйте, { $name }! Я помощник поддержки: отвечаю сразу, когда могу, и передаю вас сотруднику, когда без человека не обойтись. Днём и ночью.
start-choose-topic = О чём ваш вопрос? Выберите тему или просто опишите проблему своими словами.
start-welcome-back = С возвращением, { $name }! Чем могу помочь?

consent-request = Прежде чем начать: чтобы помочь вам, мы сохраняем эту переписку и данные, которые вы присылаете, на то время, пока они нужны для вашего обращения. Выгрузить или удалить свои данные можно в любой момент в настройках.
consent-accept = Согласиться и продолжить
consent-decline = Нет, спасибо
consent-declined = Понятно, мы ничего не сохраняем из этого чата. Статьи помощи по-прежнему доступны. Передумали? Нажмите кнопку ниже.
consent-needed = Ваше сообщение я запомнил. Чтобы создать обращение, нужно ваше согласие на сохранение переписки: нажмите «Согласиться и продолжить» ниже.

topic-payment = 💳 Оплата
topic-account = 👤 Аккаунт
topic-feature = 🛠 Как сделать / функции
topic-complaint = 😞 Жалоба
topic-idea = 💡 Идея
topic-other = ❓ Другое
topic-name-payment = оплата
topic-name-account = аккаунт
topic-name-feature = как сделать / функции
topic-name-complaint = жалоба
topic-name-idea = идея
topic-name-other = другое

intake-topic-chosen = Тема: { $topic }.
q-payment-what = Что случилось с оплатой? Например: платёж отклонён, деньги списались, но не дошли, списали дважды.
q-payment-when = Когда вы платили и каким способом (карта, кошелёк…)? Пожалуйста, не присылайте полный номер карты.
q-account-what = Что нужно сделать с аккаунтом? Например: не получается войти, сменить почту, 2FA.
q-feature-goal = Что вы хотите сделать?
q-feature-tried = А что происходит вместо этого? Текст ошибки очень поможет.
q-complaint-what = Нам очень жаль. Расскажите, что случилось, и мы передадим это сотруднику.
q-idea-what = С радостью выслушаем! Что бы вы хотели увидеть?
q-other-what = Расскажите в двух словах, что вам нужно.
intake-ask-file = Скриншот или файл нам очень помогут. Пришлите его сейчас или нажмите «Пропустить».
intake-file-received = Получили ({ $count } { $count ->
    [one] файл
    [few] файла
    [many] файлов
   *[other] файла
  }). Пришлите ещё или нажмите «Продолжить».
intake-need-text = Пожалуйста, ответьте текстом или нажмите «Пропустить».
intake-need-file = Пожалуйста, пришлите фото или файл или нажмите «Пропустить».

btn-skip = Пропустить
btn-back = ◀ Сменить тему
btn-continue = Продолжить ▶
btn-cancel = Отмена

kb-suggest-intro = Возможно, эти статьи помогут сразу:
kb-suggest-item = • <b>{ $title }</b>
    { $snippet }
kb-did-it-help = Это помогло?
kb-solved-yes = ✅ Да, решено
kb-solved-no = ❌ Нет, нужна помощь
kb-answer-card = 💡 <b>{ $title }</b>
    { $snippet }

    Это помогло?
kb-open-article = 📖 Открыть статью
intake-retry = Простите, сейчас не получилось оформить обращение. Всё, что вы написали, сохранено: нажмите «Попробовать снова» (или отправьте сообщение), и я оформлю его.
btn-retry = Попробовать снова
kb-glad = Отлично, рады, что помогло! Если появится что-то ещё, просто напишите сюда.
kb-read = Читать: { $title }

handoff-notice = Сейчас передам ваш вопрос сотруднику.
handoff-security-notice = Похоже, это срочно: вопрос сразу уходит нашей команде безопасности и платежей. Никогда никому не сообщайте пароли, коды и полный номер карты, даже нам.

ticket-receipt = Обращение <b>#{ $number }</b> создано.
    Тема: { $topic }
    Время ожидания: { $eta ->
        [one] примерно { $eta } минута
        [few] примерно { $eta } минуты
        [many] примерно { $eta } минут
       *[other] примерно { $eta } минуты
    }
    Все ответы придут сюда. Статус: <b>Открыто</b>
btn-ticket-status = Статус
btn-add-details = Добавить детали
# Sent after the receipt instead of the status button (status-notice experiment, "detailed-steps").
ticket-receipt-steps = Что будет дальше с обращением #{ $number }:
    1. Специалист прочитает ваше сообщение и ответит прямо здесь, в этом чате.
    2. Если понадобятся подробности, мы спросим — просто ответьте здесь.
    3. Когда всё решится, пришлём короткий итог: что было сделано.
    Вспомнили что-то ещё? Нажмите «Добавить детали» выше.
ticket-appended = Добавили в ваше обращение #{ $number }. Сотрудник это увидит.
ticket-details-prompt = Пришлите детали для обращения #{ $number }: текст, скриншот или файл.
ticket-not-found = Не удалось найти обращение #{ $number } среди ваших. Отправьте /tickets, чтобы увидеть свои обращения.
ticket-list-empty = У вас пока нет обращений. Опишите проблему, и я создам обращение.
ticket-list-header = Ваши обращения:
ticket-list-item = #{ $number } · { $status } · { $subject }
ticket-status-card = Обращение <b>#{ $number }</b>
    Статус: <b>{ $status }</b>
    Тема: { $topic }
    Открыто: { $opened }
    { $eta }
ticket-status-answered = Сотрудник уже ответил.
status-new = Открыто
status-in_progress = В работе
status-waiting_customer = Ждём вашего ответа
status-resolved = Решено
status-closed = Закрыто

reopen-ask = Это по обращению #{ $number } (недавно решённому) или что-то новое?
reopen-same = Да, открыть #{ $number } снова
reopen-new = Что-то новое
reopen-done = Обращение #{ $number } снова открыто, сотрудник увидит ваше сообщение.

cmd-status-usage = Отправьте номер обращения вот так: /status 10001
help-text = Просто напишите свой вопрос сюда, в любое время и на любом языке.
    /start начать заново с выбора темы
    /tickets ваши обращения
    /status 10001 одно обращение
    /cancel остановить текущий запрос
    /help это сообщение
cancel-done = Остановлено. Ничего не отправлено. Напишите в любой момент, чтобы начать заново.
cancel-nothing = Отменять нечего. Напишите свой вопрос, когда будете готовы.

unsupported-media = Такие сообщения я пока не принимаю. Пожалуйста, опишите всё текстом или пришлите фото или файл.
empty-message = Похоже, сообщение пустое. Расскажите в двух словах, что случилось.
text-too-long = Длинное сообщение! Мы сохранили его целиком для сотрудника.
emoji-only = Вижу эмодзи, но чтобы помочь, мне нужно несколько слов. Что случилось?
stale-button = Эта кнопка из прошлого разговора. Вот где мы сейчас:
error-generic = Извините, у нас что-то пошло не так. Ваше сообщение в безопасности, попробуйте ещё раз чуть позже.
not-staff = Эта команда доступна только сотрудникам поддержки.

ticket-status-eta-minutes = Первый ответ — примерно через { $minutes } мин.

agent-reply = <b>{ $agent }</b>, поддержка:
    { $text }
agent-clarification = <b>{ $agent }</b>, поддержка, просит уточнить детали по обращению #{ $number }:
    { $text }

    Просто ответьте здесь. Мы держим обращение открытым { $hours } ч.
clarification-reminder = Напоминаем: обращение #{ $number } ждёт вашего ответа. Ответьте здесь, и мы продолжим.
clarification-closed = Мы закрыли обращение #{ $number }, так как не получили от вас ответа. Напишите сюда в любое время, и мы снова им займёмся.
ticket-resolved = ✅ Обращение #{ $number } решено.

    Что мы сделали: { $summary }

    Если что-то всё ещё не так, просто ответьте здесь.
ticket-resolved-next = ✅ Обращение #{ $number } решено.

    Что мы сделали: { $summary }
    Что дальше: { $next }

    Если что-то всё ещё не так, просто ответьте здесь.

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
rating-thanks = Спасибо за оценку обращения #{ $number }! Это помогает нам становиться лучше.
# Asked with the follow-up instead of with the resolution (rating-timing experiment, "next-day").
rating-ask-later = Как вы оцените помощь по обращению #{ $number }? Достаточно нажать на оценку ниже.
rating-thanks-nps = Спасибо за оценку обращения #{ $number }! Ещё один вопрос: насколько вероятно, что вы порекомендуете нас другу? Оцените от 0 до 10.
nps-thanks = Спасибо! Мы читаем каждый ответ.
rating-low-reply = Нам жаль, что мы не справились как следует. Руководитель лично посмотрит обращение #{ $number } и ответит вам здесь.
rating-already = Спасибо, ваша оценка этого обращения у нас уже есть.
follow-up-ask = Пару дней назад мы решили ваше обращение #{ $number }. Решение помогло?
follow-up-yes = 👍 Да, всё хорошо
follow-up-no = 👎 Нет, не помогло
follow-up-glad = Рады это слышать! Обращение #{ $number } закрыто. Пишите в любое время, если понадобится помощь.
follow-up-reopened = Нам очень жаль. Обращение #{ $number } снова открыто, им займётся тот же сотрудник. Напишите здесь, что по-прежнему не так.
status-taken = { $agent } из поддержки теперь занимается вашим обращением #{ $number }.

# Сотрудники: оповещения и команды команды поддержки.
staff-sla-warning-first = ⏰ Заявка #{ $number } ({ $queue }): первый ответ нужен через { $minutes } мин.
staff-sla-warning-resolution = ⏰ Заявка #{ $number } ({ $queue }): решение нужно через { $minutes } мин.
staff-sla-breach-first = 🚨 Нарушен SLA: заявка #{ $number } ({ $queue }) ждёт первого ответа уже { $minutes } мин.
staff-sla-breach-resolution = 🚨 Нарушен SLA: заявка #{ $number } ({ $queue }) не решена вовремя.
staff-escalated = ↗️ Заявка #{ $number } передана из { $from } в { $to }.
staff-unanswered = 💬 Заявка #{ $number } ({ $queue }): последнее сообщение клиента ждёт ответа уже { $minutes } мин.
staff-security-alert = 🛡 Безопасность/Платежи: новая заявка #{ $number } ({ $topic }), приоритет { $priority }. Возьмите её сейчас.
staff-duty-on = Вы на смене. Новые заявки из ваших очередей будут приходить вам.
staff-duty-off = Вы не на смене. Новые заявки вам назначаться не будут.
staff-duty-usage = Используйте /duty on или /duty off.
staff-next-none = В ваших очередях нет ожидающих заявок. 🎉
staff-taken = Вы взяли заявку #{ $number } ({ $queue }): { $subject }
staff-take-usage = Укажите номер заявки так: /take 10001
staff-error = { $reason }
queue-list-item = <b>{ $code }</b> { $name }: первый ответ { $first } мин, решение { $resolution }, предупреждение за { $warn } мин, эскалация в { $escalate }
queue-none = нет
queue-usage = Формат: /queue_set CODE first=15 resolution=240 warn=5 escalate=L2 (resolution=none, escalate=none — убрать); /queue_add CODE Название очереди
queue-saved = Очередь { $code } сохранена.
staff-admins-only = Это могут делать только администраторы.
staff-delivery-blocked = ⚠️ Ваш ответ по #{ $number } не доставлен: клиент заблокировал бота. Ответ сохранён в истории заявки.
staff-delivery-failed = ⚠️ Ваш ответ по #{ $number } не удалось доставить. Ответ сохранён в истории заявки.
staff-ticket-card = 🆕 #{ $number } · { $queue } · { $priority } { $vip }
    Тема: { $topic } · первый ответ до { $due } UTC
    { $name }: { $text }
staff-ticket-assigned = 📥 Назначена вам: #{ $number } · { $queue } · { $priority } { $vip }
    Тема: { $topic } · первый ответ до { $due } UTC
    { $name }: { $text }

    Ответьте на это сообщение, чтобы ответить клиенту.
staff-customer-message = 💬 #{ $number } · { $name }: { $text }
staff-transferred-to-you = ↪️ #{ $number } передана вам. { $name }: { $text }
staff-card-taken = ✅ #{ $number } взята в работу: { $agent }.
btn-take = Взять
btn-send-anyway = Всё равно отправить
btn-discard = Удалить
staff-held = ✋ Ваше сообщение по #{ $number } содержит: { $words }. Отправьте его всё равно или удалите и напишите заново.
staff-discarded = Удалено: ничего не отправлено.
staff-sent = ✓ Отправлено клиенту по #{ $number }.
staff-history = 📋 #{ $number } · { $name } { $vip }
    Язык: { $lang } · время клиента: { $time } ({ $tz })
    Прошлые заявки: { $total }{ $list }
staff-history-item = #{ $number } { $topic } · { $status } · { $date }
staff-note-saved = 📝 Заметка добавлена к #{ $number }; клиент её не видит.
staff-moved = ↗️ #{ $number } перенесена в { $queue }.
staff-transfer-ok = ↪️ #{ $number } передана сотруднику { $agent }.
staff-resolved-ok = ✅ #{ $number } решена; клиент получил ваше резюме.
staff-asked = ❓ #{ $number } ждёт ответа клиента; отсчёт времени на решение приостановлен.
staff-queue-empty = В ваших очередях нет неназначенных заявок.
staff-queue-header = Ожидают в ваших очередях (в пределах приоритета сначала самые старые):
staff-queue-item = #{ $number } · { $queue } · { $priority } · { $age } мин · { $subject }
staff-mine-header = Ваши открытые заявки:
staff-mine-empty = У вас нет открытых заявок.
staff-mine-item = #{ $number } · { $status } · { $subject }
staff-not-a-ticket-message = Это сообщение не связано с заявкой. Ответьте на карточку заявки или сообщение клиента либо используйте /r 10001 text.
staff-reply-which-ticket = В этом сообщении собраны сообщения клиентов из нескольких заявок ({ $numbers }). Укажите, на какую вы отвечаете: /r { $first } текст ответа
staff-usage = Формат: { $usage }
staff-help = Команды поддержки:
    /duty on · /duty off: начать или закончить смену
    /queue: ожидающие заявки · /mine: ваши · /next: взять следующую · /take 10001
    Чтобы ответить клиенту, ответьте на его сообщение; /r 10001 text делает то же самое
    /ask 10001 question: запросить детали (заявка ждёт клиента)
    /note 10001 text: внутренняя заметка · /m code 10001: отправить макрос · /macros
    /escalate 10001 L2 reason · /transfer 10001 L2 | @agent · /resolve 10001 summary | next steps
    Администраторы: /staff, /staff_add, /staff_set, /staff_remove, /queues, /queue_set, /queue_add, /macro_add, /macro_del
    Редакторы: /kb_from 10001 slug, /kb_edit slug en Title | Body, /kb_publish slug, /kb_unpublish slug, /kb_misses, /kb_report
    Качество: /my_quality ваши оценки · супервизоры: /qa, /qa_note · администраторы, A/B-тесты: /experiments, /exp_new, /exp_results
staff-macros-header = Макросы: отправьте через /m code 10001 или ответьте на сообщение клиента командой /m code.
staff-macro-item = <code>{ $code }</code> · { $title }
staff-added = { $name } теперь { $role } в { $queues } (лимит { $limit }).
staff-removed = { $name }: доступ сотрудника отозван.
staff-list-item = { $name } · { $role } · { $queues } · лимит { $limit } · { $duty }
staff-duty-mark-on = на смене
staff-duty-mark-off = не на смене
staff-user-unknown = Пользователь { $who } мне пока неизвестен: попросите его сначала отправить боту /start или укажите его числовой Telegram ID.
macro-saved = Макрос { $code } ({ $lang }) сохранён.
macro-deleted = Макрос { $code } удалён.
staff-low-rating = ⚠️ Заявка #{ $number } получила оценку { $csat } ⭐ и снова открыта: руководителю нужно связаться с клиентом.
staff-follow-up-reopened = 🔁 Клиент сообщает, что решение по #{ $number } не помогло; заявка снова открыта.
staff-rules-header = Автоматизации (включить: /rule_on code, выключить: /rule_off code):
staff-rule-item = { $state } <code>{ $code }</code>: { $event } → { $action }
staff-rule-saved = Автоматизация { $code } { $state }.
staff-rule-on = включена
staff-rule-off = выключена
digest = 📊 Сводка за день ({ $date })
    Открыто: { $opened } · решено: { $resolved } · решено статьями автоматически: { $auto }
    Ждут первого ответа: { $unanswered } · нарушений SLA: { $breached }
    CSAT: { $csat } (оценок: { $ratings }) · самая частая тема: { $topic }
attachment-added = 📎 Добавлено в обращение #{ $number }
staff-suggested = 📚 Статьи, которые могут помочь:
staff-suggested-item = • { $title } (<code>{ $slug }</code>)
kb-editors-only = Это могут делать только редакторы базы знаний, супервайзеры и администраторы.
kb-draft-created = 📝 Черновик { $slug } создан из заявки #{ $number }. Проверьте его и выполните /kb_publish { $slug }.
kb-published = ✅ Статья { $slug } опубликована.
kb-unpublished = ⏸ Статья { $slug } снова в черновиках.
kb-saved = Статья { $slug } ({ $lang }) сохранена.
kb-misses-header = Поиски без результата (за 7 дней):
kb-misses-item = { $count } × { $query } ({ $lang })
kb-misses-none = За 7 дней каждый поиск что-то нашёл.
kb-report-header = Статьи, которые показали, но они не помогли (за 7 дней):
kb-report-item = { $count } × { $title } (<code>{ $slug }</code>)
kb-report-none = За 7 дней ни одна статья не привела к заявке.
staff-rule-alert = 🔔 Правило { $rule } сработало на заявке #{ $number }.
staff-rule-deleted = Правило { $code } удалено.
staff-rule-bad-json = После кода правила нужен JSON, например {"{"}"event":"ticket-created","when":{"{"}"vip":true{"}"},"then":{"{"}"action":"alert"{"}"}{"}"}
custom-rule-message = { $text }
