# Quality review in the bot: /qa for supervisors, /my_quality for agents.

qa-sampled = 🔎 { $count ->
        [one] One conversation is
       *[other] { $count } conversations are
    } waiting for quality review. Open them with /qa.
qa-scored = 🔎 Your conversation #{ $number } was reviewed: { $score }/100. All your scores: /my_quality
qa-scored-comment = 🔎 Your conversation #{ $number } was reviewed: { $score }/100.
    Reviewer's note: { $comment }
    All your scores: /my_quality
