kb-misses-numbered = { $n }. { $count } × { $query } ({ $lang })
kb-misses-link-hint = وجدت المقالة التي تجيب عن أحدها؟ أرسل ‎/kb_link 3 article-slug‎ ليتعلّم البحث هذا السؤال (والأسئلة المشابهة له).
kb-link-no-such-miss = لا يوجد سطر رقم { $n } في القائمة. أرسل ‎/kb_misses‎ لعرضها من جديد.
kb-linked = 🔗 من الآن سيجد البحث عن «{ $query }» ({ $lang }) المقالة <code>{ $slug }</code>، وكذلك الأسئلة المشابهة.
kb-other-language = هذه المقالة غير متوفرة بلغتك بعد، لذلك نعرضها لك بالإنجليزية.
