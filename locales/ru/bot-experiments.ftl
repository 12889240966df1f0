# A/B-тесты текстов бота: администраторы запускают их из бота (/experiments) или на страницах сотрудников.

exp-not-allowed = Эксперименты доступны только администраторам.
exp-list-empty = Экспериментов пока нет. Создайте первый командой /exp_new.
exp-list-header = <b>🧪 Эксперименты</b>
exp-list-item = <b>{ $code }</b> · { $target } · { $status } · { $share }% клиентов
exp-new-usage = Эксперимент задаётся так:
    /exp_new short-help message help-text self-service 50
    B en: текст для английского
    B ru: текст для русского
    A — сегодняшний текст. Метрика: self-service, csat, frt, intake-drop-off или repeat-contacts; 50 — доля клиентов в тесте.
    Для выбора в сценарии: /exp_new rating-later flow rating-timing csat 30, затем строки «A on-resolve» и «B next-day». Какие выборы в сценариях можно тестировать: { $flows }.
exp-defined = Эксперимент { $code } готов, вариантов: { $variants }. Запуск: /exp_start { $code }
exp-started = Эксперимент { $code } идёт на { $share }% клиентов. Результаты: /exp_results { $code }
exp-stopped = Эксперимент { $code } остановлен: все снова видят обычный текст.
exp-shipped = Вариант { $variant } из { $code } теперь текст <b>{ $target }</b> для всех клиентов.
exp-refused-flow-not-wired = «{ $target }» пока не читает ни один сценарий: клиенты разницы не заметят, а результаты будут просто шумом. Тестировать можно: { $wired }.
exp-refused-target-busy = «{ $target }» уже тестируется в эксперименте { $code }. Сначала остановите его или выкатите победителя, потом запускайте этот.
exp-status-draft = черновик
exp-status-running = идёт
exp-status-stopped = остановлен
exp-status-shipped = внедрён
exp-metric-self-service = доля самообслуживания
exp-metric-csat = довольные клиенты (CSAT 4–5)
exp-metric-frt = время первого ответа, мин
exp-metric-intake-drop-off = уходы во время опроса
exp-metric-repeat-contacts = повторные обращения за 7 дней
exp-results-header = <b>🧪 { $code }</b> · { $target } · { $metric } · { $status }
exp-result-share = { $variant }: { $value } из { $customers } клиентов (95% интервал { $low }–{ $high })
exp-result-minutes = { $variant }: { $value } мин, клиентов: { $customers } (95% интервал { $low }–{ $high })
exp-verdict-better = ✅ { $variant } лучше, чем { $control }, с уверенностью 95%.
exp-verdict-worse = ❌ { $variant } хуже, чем { $control }, с уверенностью 95%.
exp-verdict-no-difference = ➖ Заметной разницы между { $variant } и { $control } нет: оставьте тот, что читается лучше.
exp-verdict-more = ⏳ Данных пока мало: нужно ещё примерно { $count } клиентов.
exp-btn-ship = 🚀 Внедрить { $variant }
exp-btn-stop = ⏹ Остановить
