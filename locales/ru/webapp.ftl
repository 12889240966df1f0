# Строки Telegram Mini App (webapp/), русский язык.
# Отсутствующие здесь сообщения берутся из английского файла.

app-title = Поддержка
app-loading = Загрузка…
app-skip = Перейти к содержимому

## Навигация

nav-label = Разделы
nav-tickets = Обращения
nav-new = Новое
nav-kb = Помощь
nav-settings = Настройки

## Мои обращения

# $name — имя пользователя из Telegram.
home-greeting = Здравствуйте, { $name }!
tickets-title = Мои обращения
tickets-new = Новое обращение
tickets-filters = Показать обращения
filter-open = Открытые
filter-waiting = Ждут меня
filter-resolved = Решённые
filter-all = Все
tickets-empty-open = Открытых обращений нет.
tickets-empty-waiting = Ничего не ждёт вашего ответа.
tickets-empty-resolved = Решённых обращений пока нет.
tickets-empty-all = У вас пока нет обращений.
tickets-empty-hint = Что-то не работает? Напишите нам — поможем.
# $number — номер обращения, например 10001.
ticket-number = №{ $number }
# $count — непрочитанные сообщения поддержки.
ticket-unread =
    { $count ->
        [one] { $count } новый ответ
        [few] { $count } новых ответа
        [many] { $count } новых ответов
       *[other] { $count } новых ответа
    }
# $date — дата и время в часовом поясе клиента.
ticket-updated = Обновлено { $date }
ticket-created = Создано { $date }
ticket-deadline = Решим до { $date }
ticket-waiting-for-you = Ждём вашего ответа

## Статусы и темы

status-new = Новое
status-in_progress = В работе
status-waiting_customer = Ждёт вас
status-resolved = Решено
status-closed = Закрыто

topic-payment = Оплата
topic-account = Аккаунт
topic-feature = Как сделать / функция
topic-complaint = Жалоба
topic-idea = Идея
topic-other = Другое

## Ожидаемое время ответа

# $minutes — минут до ожидаемого ответа.
eta-minutes =
    { $minutes ->
        [one] Ответим примерно через { $minutes } минуту
        [few] Ответим примерно через { $minutes } минуты
        [many] Ответим примерно через { $minutes } минут
       *[other] Ответим примерно через { $minutes } минуты
    }
# $hours — часов до ожидаемого ответа.
eta-hours =
    { $hours ->
        [one] Ответим примерно через { $hours } час
        [few] Ответим примерно через { $hours } часа
        [many] Ответим примерно через { $hours } часов
       *[other] Ответим примерно через { $hours } часа
    }
eta-any-minute = Ответ вот-вот появится

## Страница обращения

ticket-title = Обращение №{ $number }
ticket-add-details = Добавить подробности
ticket-summary = Что сделано
ticket-conversation = Переписка
ticket-no-messages = Сообщений пока нет.
ticket-back-to-list = К моим обращениям
msg-you = Вы
msg-support = Поддержка
msg-bot = Бот поддержки
msg-system = Уведомление
msg-edited = изменено

attachment-kind-photo = Фото
attachment-kind-document = Документ
attachment-kind-video = Видео
attachment-kind-audio = Аудио
attachment-kind-voice = Голосовое сообщение
attachment-kind-animation = Анимация
attachment-kind-video_note = Видеосообщение
attachment-kind-sticker = Стикер
# $kind — вид файла; $author — кто отправил.
attachment-alt = { $kind } от: { $author }
# $name — имя файла; $author — кто отправил.
attachment-alt-named = { $name } от: { $author }
attachment-open = Открыть { $name }
attachment-unavailable = Этот файл сейчас не загружается.

reply-label = Ваше сообщение
reply-placeholder = Напишите в поддержку…
reply-reopens = Сообщение здесь снова откроет обращение.
reply-send = Отправить
reply-sending = Отправляем…

rate-title = Как мы справились?
rate-hint = Оцените помощь от 1 до 5 звёзд.
# $csat — оценка от 1 до 5.
rate-value =
    { $csat ->
        [one] { $csat } звезда из 5
        [few] { $csat } звезды из 5
        [many] { $csat } звёзд из 5
       *[other] { $csat } звезды из 5
    }
rate-thanks = Спасибо! Ваша оценка: { $csat } из 5.
rate-current = Ваша оценка: { $csat } из 5. Её можно изменить.

## Новое обращение

new-title = Новое обращение
new-subtitle = Опишите проблему — мы ответим здесь и в чате.
new-topic = Тема
new-topic-choose = Выберите тему…
new-topic-hint = Выберите, о чём в основном вопрос: так он быстрее попадёт к нужным людям.
new-topic-hint-payment = Укажите дату и сумму. Никогда не присылайте полный номер карты или CVC.
new-topic-hint-account = Расскажите, что вы пробовали и что видите. Никогда не присылайте пароль или коды входа.
new-topic-hint-feature = Расскажите, что хотите сделать и где возникла трудность.
new-topic-hint-complaint = Расскажите, что случилось и как нам это исправить.
new-topic-hint-idea = Поделитесь идеей и расскажите, чем она вам поможет.
new-topic-hint-other = Расскажите всё, что нам стоит знать.
new-description = Описание
new-description-placeholder = Что произошло? Чего вы ожидали?
new-description-hint = Укажите шаги, текст ошибки и когда это началось.
# $count — введено символов; $max — предел.
new-counter = { $count } / { $max }
new-kb-title = Возможно, эти статьи уже решают вопрос
new-kb-solved = Это помогло? Прочитать статью
new-submit = Отправить обращение
new-submitting = Отправляем…
new-consent-title = Сначала нужно ваше согласие
new-consent-text = Чтобы открыть обращение, нам нужно хранить вашу переписку с поддержкой.
new-consent-agree = Даю согласие
new-consent-later = Отозвать согласие можно в любой момент в настройках, в разделе «Конфиденциальность».
new-consent-thanks = Спасибо! Теперь обращение можно отправить.

## Ошибки формы

form-error-topic = Выберите тему.
# $min — минимальное число символов.
form-error-too-short =
    { $min ->
        [one] Опишите проблему хотя бы в { $min } символ.
        [few] Опишите проблему хотя бы в { $min } символа.
        [many] Опишите проблему хотя бы в { $min } символов.
       *[other] Опишите проблему хотя бы в { $min } символа.
    }
# $max — максимальное число символов.
form-error-too-long =
    { $max ->
        [one] Уложитесь в { $max } символ.
        [few] Уложитесь в { $max } символа.
        [many] Уложитесь в { $max } символов.
       *[other] Уложитесь в { $max } символа.
    }
form-error-empty-text = Сначала напишите сообщение.
form-error-empty-description = Опишите проблему.

## База знаний

kb-title = Справочный центр
kb-subtitle = Быстрые ответы на частые вопросы.
kb-search-label = Поиск по справке
kb-search-placeholder = Например: карта отклонена
kb-search-button = Найти
# $count — найдено статей.
kb-results =
    { $count ->
        [0] Ничего не найдено
        [one] Найдена { $count } статья
        [few] Найдено { $count } статьи
        [many] Найдено { $count } статей
       *[other] Найдено { $count } статьи
    }
kb-no-results = По этому запросу ничего нет. Попробуйте другие слова или спросите нас напрямую.
kb-categories = Разделы
kb-category-all = Все
kb-category-account = Аккаунт
kb-category-how-to = Как сделать
kb-category-payments = Платежи
kb-category-security = Безопасность
kb-category-subscriptions = Подписки
kb-category-technical = Технические вопросы
kb-category-refunds = Возвраты
kb-category-privacy = Конфиденциальность
kb-popular = Популярные решения
kb-still-need-help = Всё ещё нужна помощь?
kb-ask-support = Создать обращение
article-back = К справочному центру
article-helpful = Статья помогла?
article-helpful-yes = Да
article-helpful-no = Нет
article-thanks-yes = Отлично! Спасибо, что сообщили.
article-thanks-no = Жаль, что не помогло. Наша команда разберётся.

## Настройки

settings-title = Настройки
settings-language = Язык и время
settings-language-label = Язык
settings-timezone = Часовой пояс
settings-timezone-suggested = Рекомендуемый
settings-timezone-all = Все часовые пояса
settings-timezone-hint = В этом поясе показываются время и тихие часы.
# $zone — часовой пояс устройства, например Europe/Moscow.
settings-timezone-device = На вашем устройстве выбран пояс { $zone }.
settings-timezone-use-device = Использовать его
# $zone — the time zone just taken from the device, e.g. Europe/Berlin.
zone-taken = Теперь время показано в вашем часовом поясе: { $zone }.
zone-change = Изменить
zone-ok = Понятно
settings-notifications = Уведомления
settings-notifications-label = Новости по обращениям в чате
settings-notifications-hint = Ответы поддержки и смена статуса.
settings-quiet = Тихие часы
settings-quiet-hint = В эти часы несрочные сообщения ждут утра.
settings-quiet-default = Не заданы: действуют тихие часы службы поддержки по умолчанию.
settings-quiet-from = С
settings-quiet-to = До
settings-quiet-save = Сохранить тихие часы
settings-quiet-clear = Как по умолчанию
settings-quiet-both = Укажите оба времени или очистите оба.
settings-quiet-same = Начало и конец должны различаться.
settings-display = Отображение
settings-large-text = Крупный текст
settings-large-text-hint = Увеличивает весь текст на этом устройстве.
settings-high-contrast = Высокая контрастность
settings-high-contrast-hint = Более яркие цвета и чёткие контуры.
settings-privacy = Конфиденциальность
# $date — когда клиент дал согласие.
settings-consent-given = Вы разрешили хранить переписку { $date }.
settings-consent-missing = Вы ещё не разрешили хранить переписку: без этого обращения не создаются.
settings-consent-label = Хранить мою переписку с поддержкой
settings-consent-hint = Нужно для создания обращений. Если выключить, новые обращения создать нельзя.
settings-export = Скачать мои данные
settings-export-hint = Всё, что мы о вас храним, в файле JSON.
settings-exporting = Готовим файл…
settings-exported = Данные скачаны.
settings-delete = Удалить мои данные
settings-delete-confirm-title = Удалить все ваши данные?
settings-delete-confirm-text = Будут стёрты обращения, сообщения, оценки и настройки. Отменить это нельзя.
settings-delete-confirm = Да, удалить всё
settings-delete-cancel = Отмена
settings-deleting = Удаляем…
settings-saving = Сохраняем…
settings-saved = Сохранено.

## Прощание (после удаления)

goodbye-title = Ваши данные удалены
goodbye-text = Мы стёрли ваши обращения, сообщения и настройки.
goodbye-return = Если вы снова напишете боту, всё начнётся с чистого листа.
goodbye-close = Закрыть

## Ошибки

error-open-from-bot-title = Откройте эту страницу через бота
error-open-from-bot = Эта страница работает только внутри Telegram. Откройте её кнопкой в нашем боте поддержки.
error-dev-hint = Разработчикам: если сервер запущен с DEV_LOGIN=true (никогда в продакшене), войдите тестовым пользователем по адресу
# $bot — the bot's @username.
outside-open-bot = Открыть { $bot } в Telegram
outside-qr-label = QR-код, который открывает { $bot } в Telegram
outside-qr-hint = Вы за компьютером? Наведите на код камеру телефона.
error-unauthorized-title = Не удалось подтвердить вашу сессию Telegram
error-unauthorized = Закройте эту страницу и откройте её снова через бота.
error-generic-title = Что-то пошло не так
error-generic = Не удалось загрузить ваш профиль. Проверьте подключение к интернету и попробуйте ещё раз.
# $reason — техническое пояснение от сервера (не переводится).
error-reason = Подробности: { $reason }
error-retry = Повторить
error-network = Нет связи с сервером. Проверьте интернет и попробуйте ещё раз.
error-not-found-title = Не найдено
error-not-found = Мы не нашли это. Возможно, оно удалено.
error-page-not-found = Такой страницы нет.
error-too-many = Слишком много попыток. Подождите немного.
error-failed = Не получилось: { $reason }

# Attachments (Mini App uploads)
new-file = Скриншот или файл (необязательно)
attach-choose = Выбрать скриншот или файл
attach-file = Прикрепить файл
attach-replace = Выбрать другой файл
attach-hint = Изображения (JPEG, PNG, WebP, GIF) или документы (PDF, TXT, CSV, ZIP, DOCX, XLSX), до { $max } МБ.
attach-preview-alt = Предпросмотр: { $name }
attach-remove = Убрать
attach-too-large = Файл «{ $name }» больше { $max } МБ. Выберите файл поменьше.
attach-wrong-type = Файл «{ $name }» нельзя прикрепить. Выберите изображение (JPEG, PNG, WebP, GIF) или файл PDF, TXT, CSV, ZIP, DOCX или XLSX.
attach-empty = Файл «{ $name }» пустой.
attach-uploading = Загружаем файл…
attach-send = Отправить файл
attach-caption-too-long = С файлом сообщение должно быть короче { $max } символов.
attach-failed-title = Файл не добавлен
attach-failed-text = Обращение создано, но файл «{ $name }» не загрузился. Попробуйте ещё раз кнопкой «Прикрепить файл» ниже.
attach-failed-dismiss = Понятно

## Рабочее место руководителя (страницы для команды: /staff/board, /staff/numbers, /staff/agents)

staff-nav = Для руководителя
staff-nav-board = Онлайн-доска
staff-nav-numbers = Показатели
staff-nav-agents = Сотрудники
staff-forbidden-title = Только для команды поддержки
staff-forbidden = Эти страницы — для команды поддержки. Ваша роль к ним доступа не даёт.
staff-board-title = Онлайн-доска
staff-live = ● В реальном времени
staff-reconnecting = Переподключаемся…
staff-queues = Очереди
staff-queue = Очередь
staff-waiting = Ждут
staff-oldest-wait = Дольше всех ждёт
staff-at-risk = Под угрозой
staff-breached = SLA нарушен
staff-on-duty = На смене
staff-nobody-on-duty = Сейчас на смене никого нет.
staff-load-of = Загрузка: { $name }
staff-load = { $load } из { $limit }
staff-needs-eye = Обращения, требующие внимания
staff-all-calm = Открытых обращений нет. Всё спокойно.
staff-state-breached = SLA нарушен
staff-state-at-risk = Под угрозой
staff-state-waiting = Ждёт ответа
staff-state-ok = В срок
staff-ticket-line = { $queue } · { $assignee } · ждёт { $wait }
staff-unassigned = Не назначено
staff-assign = Назначить…
staff-assign-to = Кому передать обращение #{ $number }
staff-assigned = Обращение #{ $number } теперь у сотрудника { $name }.
staff-move = Перевести…
staff-move-to = В какую очередь перевести обращение #{ $number }
staff-moved = Обращение #{ $number } переведено в { $queue }.
staff-action-failed = Не получилось: { $reason }
staff-csv = CSV
staff-numbers-title = Показатели
staff-agents-title = Сотрудники
staff-agent = Сотрудник
staff-period = Период
staff-period-today = Сегодня
staff-period-7d = 7 дней
staff-period-30d = 30 дней
staff-period-custom = Свой период
staff-from = С
staff-to = По
staff-split = Разрез
staff-split-none = Без разреза
staff-split-queue = Очередь
staff-split-topic = Тема
staff-split-language = Язык
staff-split-agent = Сотрудник
staff-split-channel = Канал
staff-headline = Главные показатели
staff-chart-of = График
staff-figure-volume = Обращения
staff-figure-frtP50 = Первый ответ, медиана
staff-figure-frtP90 = Первый ответ, P90
staff-figure-resolutionP50 = Решение, медиана
staff-figure-resolutionP90 = Решение, P90
staff-figure-slaMet = В рамках SLA
staff-figure-csat = CSAT
staff-figure-nps = NPS
staff-figure-fcr = Решено с первого обращения
staff-figure-repeatRate = Повторные обращения (7 дней)
staff-figure-reopenRate = Переоткрыты
staff-figure-handoffRate = Бот передал человеку
staff-figure-selfService = Решено самостоятельно
staff-response-rates = Ответили на вопрос CSAT: { $csat } · на вопрос NPS: { $nps }
staff-change-none = не с чем сравнить
staff-change-better = лучше на { $change }, чем в прошлом периоде
staff-change-worse = хуже на { $change }, чем в прошлом периоде
staff-handoff-reasons = Почему бот передал обращение человеку
staff-heatmap = Поступление по дням недели и часам
staff-heatmap-peak = Пик: { $day }, { $hour }:00 — { $count } обращ.
staff-community = Группа поддержки
staff-figure-spamShare = Доля спама в группе
staff-figure-groupMessages = Проверено сообщений в группе
staff-figure-captchaPassRate = Прошли капчу
staff-figure-groupQuestions = Вопросы из группы, ставшие обращениями
staff-community-detail = Спам: { $spam } · задержано правилами для новичков: { $blocked } · жалоб от участников: { $reports }. Цель — меньше 0,5% спама.
staff-weekday-1 = Пн
staff-weekday-2 = Вт
staff-weekday-3 = Ср
staff-weekday-4 = Чт
staff-weekday-5 = Пт
staff-weekday-6 = Сб
staff-weekday-7 = Вс
staff-seconds = { $n } с
staff-minutes = { $n } мин
staff-hours = { $n } ч
staff-days = { $n } дн.

## Оценка качества и эксперименты (webapp/src/staff/QualityPage.tsx, ExperimentsPage.tsx)
staff-nav-quality = Качество
staff-nav-experiments = Эксперименты
staff-qa-title = Качество диалогов
staff-qa-pending = Ждут оценки
staff-qa-none = Сейчас оценивать нечего.
staff-qa-clean = Автоматическая проверка ничего не нашла.
staff-qa-finding-frt-over-sla = Первый ответ через { $minutes } мин (норма { $target } мин)
staff-qa-finding-resolution-over-sla = Решено через { $minutes } мин (норма { $target } мин)
staff-qa-finding-forbidden-words = Запрещённые или грубые слова: { $words }
staff-qa-finding-personal-data-asked = Запрошены личные данные: { $words }
staff-qa-finding-no-summary = Нет итога решения
staff-qa-finding-no-next-steps = Клиенту не сказали, что дальше
staff-qa-finding-no-greeting = В первом ответе нет приветствия
staff-qa-finding-person-not-given = Клиент просил живого сотрудника, но ему никто не ответил
staff-qa-line-greeting = Приветствие
staff-qa-line-understood = Понял проблему
staff-qa-line-correct = Верный ответ
staff-qa-line-tone = Тон
staff-qa-line-next_steps = Дальнейшие шаги
staff-qa-line-summary = Итог решения
staff-qa-mark-2 = Да
staff-qa-mark-1 = Частично
staff-qa-mark-0 = Нет
staff-qa-comment = Комментарий для агента (необязательно)
staff-qa-save = Сохранить оценку
staff-qa-trend = Качество по агентам, по неделям
staff-qa-cell = { $average } ({ $reviews })
staff-qa-mine = Мои оценки
staff-qa-mine-none = Ваши диалоги ещё не оценивали.
staff-qa-mine-average = За 30 дней: { $average }/100
staff-exp-title = Эксперименты
staff-exp-about = Проверяйте новые формулировки бота на части клиентов и судите по цифрам поддержки. Предупреждения о безопасности и платежах в тесты не попадают.
staff-exp-status-draft = черновик
staff-exp-status-running = идёт
staff-exp-status-stopped = остановлен
staff-exp-status-shipped = внедрён
staff-exp-metric-self-service = Доля самообслуживания
staff-exp-metric-csat = Довольные клиенты (CSAT 4–5)
staff-exp-metric-frt = Время первого ответа, мин
staff-exp-metric-intake-drop-off = Уходы во время опроса
staff-exp-metric-repeat-contacts = Повторные обращения за 7 дней
staff-exp-verdict-better = { $variant } лучше, чем { $control }, с уверенностью 95%.
staff-exp-verdict-worse = { $variant } хуже, чем { $control }, с уверенностью 95%.
staff-exp-verdict-no-difference = Заметной разницы между { $variant } и { $control } нет.
staff-exp-verdict-more = Данных пока мало: нужно ещё примерно { $count } клиентов.
staff-exp-variant = Вариант
staff-exp-customers = Клиентов
staff-exp-value = Результат
staff-exp-range = 95% интервал
staff-exp-start = Запустить
staff-exp-stop = Остановить
staff-exp-ship = Внедрить { $variant }
staff-exp-new = Новый эксперимент
staff-exp-code = Короткое имя (латиница, цифры, -)
staff-exp-target = Текст или выбор в сценарии
staff-exp-metric = Судим по
staff-exp-share = Доля клиентов в тесте, %
staff-exp-language = Язык нового текста
staff-exp-variant-b = Вариант B
staff-exp-create = Создать черновик
