# Бот в группе поддержки и в обсуждениях канала.

community-added = Здравствуйте! Я могу охранять этот чат и отвечать на вопросы. Администратору достаточно отправить /community_setup.
community-setup-not-admin = Настроить меня могут только администраторы чата.
community-setup-done =
    Готово: теперь я присматриваю за этим чатом. Администраторов знаю: { $admins }.
    Настройки (меняются командой /community_set имя значение):
    { $settings }
community-settings =
    Текущие настройки (меняются командой /community_set имя значение):
    { $settings }
community-settings-bad = Это значение не подходит для { $key }. Отправьте /community_set, чтобы увидеть настройки.
community-not-moderator = Это могут делать только модераторы.

community-contacts =
    📌 <b>Официальные контакты</b>
    Поддержка: { $bot } (единственный аккаунт поддержки)
    Команда: { $team }

    Мы никогда не пишем первыми и не просим пароли, коды или оплату. Все остальные, кто называет себя нами, — не мы.
community-need-help = Нужна помощь? Спросите здесь или напишите нам в личные сообщения: всё, что касается вашего аккаунта, там решается быстрее и безопаснее.
community-need-help-button = 💬 Написать в поддержку
community-report-button = 🚩 Пожаловаться на спам
community-report-how = Ответьте командой /report на подозрительное сообщение, и модераторы его проверят.

community-captcha = Добро пожаловать, { $name }! Нажмите { $emoji } в течение { $seconds } с, чтобы мы убедились, что вы человек. До этого ваши сообщения придержим.
community-captcha-request = Здравствуйте, { $name }! Чтобы вступить в «{ $chat }», нажмите { $emoji } в течение { $seconds } с.
community-captcha-not-yours = Эта проверка для другого новичка.
community-captcha-passed = Спасибо, { $name }, вы с нами. Добро пожаловать!
community-captcha-failed = Это была не та картинка. Можно отправить заявку на вступление ещё раз чуть позже.
community-request-waiting = Спасибо! Модератор скоро одобрит вашу заявку.

community-newcomer =
    { $name }, ваше сообщение удалено: новые участники не могут отправлять { $what ->
        [link] ссылки
        [media] фото, видео и файлы
        [forward] пересланные сообщения
       *[mention] упоминания
    } в первые { $messages } сообщений или { $hours } ч. Так мы защищаемся от мошенников. Обычный текст — пожалуйста!
community-spam-removed =
    { $name }, ваше сообщение удалено, { $why ->
        [flood] потому что сообщений подряд было слишком много; писать снова можно через { $minutes } мин.
        [scam-link] потому что оно похоже на известную схему мошенников.
       *[lookalike-link] потому что ссылка в нём подделывает наш официальный сайт.
    } Если это ошибка, нажмите «Обжаловать».
community-appeal-button = Обжаловать
community-appeal-not-yours = Эта кнопка для участника, которого это касается.
community-appeal-sent = Ваша жалоба передана модераторам. Спасибо за терпение.
community-impersonation = ⚠️ Осторожно: у <b>{ $name }</b> имя как у нашей команды, но это не сотрудник. Мы никогда не пишем первыми и не просим коды, пароли или оплату. Модераторы уже знают.

community-mod-usage = Ответьте на сообщение участника или укажите его id: /ban 123456789
community-mod-not-admins = Администраторов нельзя модерировать командой.
community-mod-warn = { $name } получает предупреждение ({ $count }).
community-mod-mute = { $name } не может писать { $minutes } мин.
community-mod-ban = { $name } удалён из чата.
community-mod-unban = { $name } снова может писать здесь.
community-report-sent = Спасибо, модераторы уже знают.

community-answer-article = { $name }, вот что должно помочь: <b>{ $title }</b>
    { $snippet }
community-answer-private = { $name }, давайте разберёмся в личных сообщениях: данные вашего аккаунта не стоит обсуждать в группе. Нажмите кнопку — ваш вопрос перенесётся туда.
community-continue-button = 💬 Продолжить в личке
community-read-article-button = 📖 Читать статью
community-ticket-usage = Ответьте /ticket на сообщение участника, чтобы создать из него обращение.
community-ticket-filed = { $name }, мы открыли для вас обращение №{ $number }. Ответ придёт в личный чат с ботом.
community-ticket-offered = { $name }, наша команда поможет вам с этим в личных сообщениях. Нажмите кнопку — ваш вопрос перенесётся туда.

# Модераторам, в личный чат с ботом.
community-alert-impersonation = ⚠️ Возможный клон команды в «{ $chat }»: { $name } (id { $id }). Ограничен; ↩️ снимает ограничение.
community-alert-spam = 🛡 Удалено в «{ $chat }» ({ $reason }) от { $name }: { $text }
community-alert-report = 🚩 Жалоба в «{ $chat }» от { $by } на { $name }: { $text }
community-alert-appeal = ↩️ { $name } обжалует ограничение в «{ $chat }».
community-alert-join-request = 🙋 { $name } прошёл капчу и просится в «{ $chat }».
