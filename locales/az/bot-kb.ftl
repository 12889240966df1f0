kb-misses-numbered = { $n }. { $count } × { $query } ({ $lang })
kb-misses-link-hint = Bunlardan birinə cavab verən məqaləni tapdınız? /kb_link 3 meqale-slug göndərin, axtarış bu sualı (və oxşarlarını) yadda saxlasın.
kb-link-no-such-miss = Siyahıda { $n } nömrəli sətir yoxdur. Siyahını yenidən görmək üçün /kb_misses göndərin.
kb-linked = 🔗 Bundan sonra “{ $query }” ({ $lang }) axtarışı <code>{ $slug }</code> məqaləsini tapacaq, oxşar suallar da.
kb-other-language = Bu məqalə hələ Azərbaycan dilində yoxdur, ona görə ingiliscəsini göstəririk.
