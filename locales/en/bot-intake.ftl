# The front desk's intake (src/domain/intake).

intake-topic-and-question = Topic: { $topic }.

    { $question }
intake-describe = In a sentence or two, what went wrong? A screenshot is welcome too.
intake-describe-words = I need a few words to pass this on. What happened, in your own words?
intake-file-or-words = Send a photo or a file, or press Skip to go on without one.
intake-noted = Thanks, noted.
intake-topic-unclear = Thanks, I've noted that. Which of these is it closest to? Or tell me a bit more.
intake-topic-still-unclear = I still can't tell which team should take this, so a few more words or a topic below will help. If that's hard, just keep writing and I'll bring in a person.
intake-where-we-are = That button is from an earlier step. Here's where we are:
intake-ended-start-again = That request was stopped or has ended. Let's start a new one:
intake-still-waiting = Your request isn't filed yet. I'm waiting for this answer:
consent-changed-mind = ✅ I've changed my mind: agree
kb-suggestions = These articles might solve it right away:

    { $list }

    Did this solve it?
kb-article-gone = That article is no longer available. Write your question and I'll find what fits.
ticket-filed-unfinished = We didn't finish our conversation, so I filed what you told me as a ticket. Nothing you wrote is lost, and you can add details at any time.
intake-already-filed = Your request is already filed as ticket #{ $number }. Write here to add anything: the agent will see it.
