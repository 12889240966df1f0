# Меню для сотрудников (@grammyjs/menu): /staff, /queues, /rules и подтверждение задержанного ответа.
menu-outdated = Меню изменилось с тех пор, как его отправили. Вот актуальное — нажмите ещё раз.
menu-back = « Назад
menu-role-agent = Оператор
menu-role-supervisor = Старший смены
menu-role-admin = Администратор
menu-role-editor = Редактор
menu-role-moderator = Модератор
menu-role-analyst = Аналитик
staff-menu-hint = Нажмите на сотрудника, чтобы сменить роль или очереди либо убрать его из команды.
staff-menu-member = { $name } · { $role }
staff-menu-card =
    <b>{ $name }</b> · { $role } · { $duty }
    Очереди: { $queues } · лимит { $limit }
    Нажмите на роль или очередь, чтобы изменить.
staff-menu-remove = Убрать из команды
staff-menu-remove-confirm = Да, убрать: { $name }
queues-menu-hint = Нажмите на очередь, чтобы приостановить её или снова включить. Новые обращения из приостановленной очереди уходят в L1.
queues-menu-active = ✅ { $code } · { $name }
queues-menu-paused = ⏸ { $code } · { $name } (на паузе)
queues-menu-now-paused = Очередь { $code } на паузе. Новые обращения пойдут в L1, пока вы её не включите.
queues-menu-now-active = Очередь { $code } снова принимает обращения.
rules-menu-on = ✅ { $code }
rules-menu-off = ⏸ { $code }
rules-menu-delete = 🗑 Удалить
rules-menu-delete-confirm = Да, удалить { $code }
