kb-misses-numbered = { $n }. { $count } × { $query } ({ $lang })
kb-misses-link-hint = Нашли статью, которая отвечает на один из них? /kb_link 3 slug-статьи — и поиск запомнит этот вопрос (и похожие).
kb-link-no-such-miss = В списке нет строки { $n }. Отправьте /kb_misses, чтобы увидеть его снова.
kb-linked = 🔗 Теперь по запросу «{ $query }» ({ $lang }) находится <code>{ $slug }</code>, и по похожим тоже.
kb-other-language = На вашем языке этой статьи пока нет, поэтому показываем её на английском.
