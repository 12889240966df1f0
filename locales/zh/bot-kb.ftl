kb-misses-numbered = { $n }. { $count } × { $query }（{ $lang }）
kb-misses-link-hint = 找到能回答其中某个问题的文章了吗？发送 /kb_link 3 文章-slug，搜索就会记住这个问题（以及类似的问题）。
kb-link-no-such-miss = 列表里没有第 { $n } 行。发送 /kb_misses 重新查看列表。
kb-linked = 🔗 以后搜索“{ $query }”（{ $lang }）会找到 <code>{ $slug }</code>，类似的问题也一样。
kb-other-language = 这篇文章还没有中文版，先为你显示英文版。
