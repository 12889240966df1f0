# Оценка качества в боте: /qa для супервизоров, /my_quality для агентов.

qa-sampled = 🔎 { $count ->
        [one] { $count } диалог ждёт оценки качества. Открыть: /qa
        [few] { $count } диалога ждут оценки качества. Открыть: /qa
       *[other] { $count } диалогов ждут оценки качества. Открыть: /qa
    }
qa-scored = 🔎 Ваш диалог #{ $number } оценён: { $score }/100. Все ваши оценки: /my_quality
qa-scored-comment = 🔎 Ваш диалог #{ $number } оценён: { $score }/100.
    Комментарий проверяющего: { $comment }
    Все ваши оценки: /my_quality
qa-not-allowed = Оценка качества доступна супервизорам и администраторам.
qa-none = Сейчас оценивать нечего. Новые диалоги приходят каждый день вместе со сводкой.
qa-pending = 🔎 Диалогов на оценку: { $count }. Выберите:
qa-btn-open = #{ $number } · { $agent }
qa-line-set = Отмечено
qa-btn-save = 💾 Сохранить оценку
qa-saved = Сохранено: { $score }/100. Агент уже знает. Добавить комментарий можно в любой момент: /qa_note { $id } текст
qa-noted = Комментарий сохранён. Если оценка уже сохранена, агент увидит его сейчас.
qa-card-header = <b>🔎 Оценка { $id }</b> · обращение #{ $number } · { $agent }
qa-card-findings = 🤖 Автоматическая проверка нашла:
qa-card-clean = 🤖 Автоматическая проверка ничего не нашла.
qa-card-hint = Оцените каждую строку (✓ да, ½ частично, ✗ нет) и сохраните. Комментарий: /qa_note { $id } текст
qa-card-score = Оценка: <b>{ $score }/100</b>
qa-item-greeting = Приветствие
qa-item-understood = Понял проблему
qa-item-correct = Верный ответ
qa-item-tone = Тон
qa-item-next_steps = Дальнейшие шаги
qa-item-summary = Итог решения
qa-finding-frt-over-sla = первый ответ через { $minutes } мин (норма { $target } мин)
qa-finding-resolution-over-sla = решено через { $minutes } мин (норма { $target } мин)
qa-finding-forbidden-words = запрещённые или грубые слова: { $words }
qa-finding-personal-data-asked = запрошены личные данные: { $words }
qa-finding-no-summary = нет итога решения
qa-finding-no-next-steps = клиенту не сказали, что дальше
qa-finding-no-greeting = в первом ответе нет приветствия
qa-finding-person-not-given = клиент просил живого сотрудника, но ему никто не ответил
qa-mine-none = Ваши диалоги ещё не оценивали.
qa-mine-header = <b>🔎 Ваши оценки качества</b> · за 30 дней: { $average }/100
qa-mine-item = #{ $number } · { $score }/100 · { $date }
qa-mine-item-comment = #{ $number } · { $score }/100 · { $date }
    💬 { $comment }
