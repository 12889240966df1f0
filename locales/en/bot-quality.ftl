# Quality review in the bot: /qa for supervisors, /my_quality for agents.

qa-sampled = 🔎 { $count ->
        [one] One conversation is waiting for quality review. Open it with /qa.
       *[other] { $count } conversations are waiting for quality review. Open them with /qa.
    }
qa-scored = 🔎 Your conversation #{ $number } was reviewed: { $score }/100. All your scores: /my_quality
qa-scored-comment = 🔎 Your conversation #{ $number } was reviewed: { $score }/100.
    Reviewer's note: { $comment }
    All your scores: /my_quality
qa-not-allowed = Quality review is for supervisors and admins.
qa-none = Nothing to review right now. New conversations arrive every day with the digest.
qa-pending = 🔎 { $count } conversations to review. Pick one:
qa-btn-open = #{ $number } · { $agent }
qa-line-set = Noted
qa-btn-save = 💾 Save the scorecard
qa-saved = Saved: { $score }/100. The agent has been told. Add a note any time: /qa_note { $id } your text
qa-noted = Note saved. If the review was already saved, the agent sees it now.
qa-card-header = <b>🔎 Review { $id }</b> · ticket #{ $number } · { $agent }
qa-card-findings = 🤖 Automatic checks found:
qa-card-clean = 🤖 Automatic checks found nothing.
qa-card-hint = Score each line (✓ yes, ½ partly, ✗ no), then save. A note: /qa_note { $id } your text
qa-card-score = Score: <b>{ $score }/100</b>
qa-item-greeting = Greeting
qa-item-understood = Understood the problem
qa-item-correct = Correct answer
qa-item-tone = Tone
qa-item-next_steps = Next steps given
qa-item-summary = Resolution summary
qa-finding-frt-over-sla = first answer after { $minutes } min (target { $target } min)
qa-finding-resolution-over-sla = resolved after { $minutes } min (target { $target } min)
qa-finding-forbidden-words = forbidden or rude words: { $words }
qa-finding-personal-data-asked = asked for personal data: { $words }
qa-finding-no-summary = no resolution summary
qa-finding-no-next-steps = no next steps for the customer
qa-finding-no-greeting = the first answer has no greeting
qa-finding-person-not-given = the customer asked for a person and no one answered
qa-mine-none = None of your conversations has been reviewed yet.
qa-mine-header = <b>🔎 Your quality scores</b> · last 30 days: { $average }/100
qa-mine-item = #{ $number } · { $score }/100 · { $date }
qa-mine-item-comment = #{ $number } · { $score }/100 · { $date }
    💬 { $comment }
