kb-misses-numbered = { $n }. { $count } × { $query } ({ $lang })
kb-misses-link-hint = 이 중 하나에 답하는 문서를 찾으셨나요? /kb_link 3 문서-slug 로 알려 주시면 검색이 그 질문(과 비슷한 질문)을 기억해요.
kb-link-no-such-miss = 목록에 { $n }번 줄이 없어요. /kb_misses 를 보내서 목록을 다시 확인해 주세요.
kb-linked = 🔗 이제 “{ $query }”({ $lang }) 검색 시 <code>{ $slug }</code> 문서가 나와요. 비슷한 질문도 마찬가지예요.
kb-other-language = 이 문서는 아직 한국어로 준비되지 않아 영어로 보여 드려요.
