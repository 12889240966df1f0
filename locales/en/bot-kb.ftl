kb-misses-numbered = { $n }. { $count } × { $query } ({ $lang })
kb-misses-link-hint = Found the article that answers one of them? /kb_link 3 article-slug teaches search that question (and ones like it).
kb-link-no-such-miss = There is no line { $n } in the list. Send /kb_misses to see it again.
kb-linked = 🔗 From now on “{ $query }” ({ $lang }) finds <code>{ $slug }</code>, and so do questions like it.
kb-other-language = This article isn't in your language yet, so here it is in English.
