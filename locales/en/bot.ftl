# Texts of the bot. Variables that carry user text are HTML-escaped before they get here.

start-greeting = Hi, { $name }! I'm the support assistant: I answer right away when I can and hand you to a person when it takes one. Day or night.
start-choose-topic = What is it about? Choose a topic, or just describe the problem in your own words.
start-welcome-back = Welcome back, { $name }! How can I help?

consent-request = Before we start: to help you, we store this conversation and the details you send, for as long as your request needs them. You can export or delete your data at any time in Settings.
consent-accept = Agree and continue
consent-decline = No, thanks
consent-declined = Understood, we store nothing from this chat. You can still read the help articles. Changed your mind? Press the button below.
consent-needed = I've kept what you wrote. To open a request I need your agreement to store the conversation: press Agree and continue below.

topic-payment = 💳 Payment
topic-account = 👤 Account
topic-feature = 🛠 How-to / feature
topic-complaint = 😞 Complaint
topic-idea = 💡 Idea
topic-other = ❓ Other
topic-name-payment = payment
topic-name-account = account
topic-name-feature = how-to / feature
topic-name-complaint = complaint
topic-name-idea = idea
topic-name-other = other

intake-topic-chosen = Topic: { $topic }.
q-payment-what = What happened with the payment? For example: declined, charged but not received, charged twice.
q-payment-when = When did you pay, and which method did you use (card, wallet…)? Please don't send the full card number.
q-account-what = What do you need with your account? For example: can't log in, change email, 2FA.
q-feature-goal = What are you trying to do?
q-feature-tried = What happens instead? An error text helps a lot.
q-complaint-what = We're sorry. Tell us what happened, and we'll put it in front of a person.
q-idea-what = We'd love to hear it. What would you like to see?
q-other-what = Tell us what you need, in a few words.
intake-ask-file = A screenshot or a file helps us a lot. Send it now, or press Skip.
intake-file-received = Got it ({ $count } { $count ->
    [one] file
   *[other] files
  }). Send more, or press Continue.
intake-need-text = Please answer with a text message, or press Skip.
intake-need-file = Please send a photo or a file, or press Skip.

btn-skip = Skip
btn-back = ◀ Change topic
btn-continue = Continue ▶
btn-cancel = Cancel

kb-suggest-intro = These articles might solve it right away:
kb-suggest-item = • <b>{ $title }</b>
    { $snippet }
kb-did-it-help = Did this solve it?
kb-solved-yes = ✅ Yes, solved
kb-solved-no = ❌ No, I need help
kb-answer-card = 💡 <b>{ $title }</b>
    { $snippet }

    Did this solve it?
kb-open-article = 📖 Read the article
intake-retry = Sorry, I couldn't file your request just now. Everything you wrote is kept: press Try again (or send a message) and I'll file it.
btn-retry = Try again
kb-glad = Great, glad it helped! If anything else comes up, just write here.
kb-read = Read: { $title }

handoff-notice = I'm passing this to a person right away.
handoff-security-notice = This looks urgent: our Security and Payments team gets it right now. Never share passwords, codes or full card numbers with anyone, including us.

ticket-receipt = Ticket <b>#{ $number }</b> created.
    Topic: { $topic }
    ETA: { $eta ->
        [one] about 1 min
       *[other] about { $eta } min
    }
    You'll get every answer here. Status: <b>Open</b>
btn-ticket-status = Status
btn-add-details = Add details
# Sent after the receipt instead of the status button (status-notice experiment, "detailed-steps").
ticket-receipt-steps = What happens next with ticket #{ $number }:
    1. Someone from the team reads your message and answers right here, in this chat.
    2. If we need a detail, we'll ask; just reply here.
    3. When it's solved, you'll get a short summary of what was done.
    Remembered something else? Tap “Add details” above.
ticket-appended = Added to your ticket #{ $number }. The agent will see it.
ticket-details-prompt = Send the details for ticket #{ $number } now: text, a screenshot or a file.
ticket-not-found = I couldn't find ticket #{ $number } among yours. Send /tickets to see your tickets.
ticket-list-empty = You have no tickets yet. Describe your problem and I'll open one.
ticket-list-header = Your tickets:
ticket-list-item = #{ $number } · { $status } · { $subject }
ticket-status-card = Ticket <b>#{ $number }</b>
    Status: <b>{ $status }</b>
    Topic: { $topic }
    Opened: { $opened }
    { $eta }
ticket-status-answered = An agent has answered.
status-new = Open
status-in_progress = In progress
status-waiting_customer = Waiting for you
status-resolved = Resolved
status-closed = Closed

reopen-ask = Is this about ticket #{ $number } (resolved recently), or something new?
reopen-same = Same issue, reopen #{ $number }
reopen-new = Something new
reopen-done = Ticket #{ $number } is open again; the agent will see your message.

cmd-status-usage = Send the ticket number like this: /status 10001
help-text = Just write your question here, any time, in any language.
    /start start over with a topic
    /tickets your tickets
    /status 10001 one ticket
    /cancel stop the current request
    /help this message
cancel-done = Stopped. Nothing was sent. Write any time to start again.
cancel-nothing = There's nothing to cancel. Write your question whenever you're ready.

unsupported-media = I can't take this type of message yet. Please describe it in text, or send a photo or a file.
empty-message = Your message looks empty. Tell me what happened, in a few words.
text-too-long = That's a long message: I kept all of it for the agent.
emoji-only = I see an emoji, but I need a few words to help. What happened?
stale-button = That button belongs to an earlier conversation. Here's where we are now:
error-generic = Sorry, something went wrong on our side. Your message is safe; please try again in a moment.
not-staff = This command is for the support team.

ticket-status-eta-minutes = First answer expected in about { $minutes } min.

agent-reply = <b>{ $agent }</b>, support:
    { $text }
agent-clarification = <b>{ $agent }</b>, support, needs a detail for ticket #{ $number }:
    { $text }

    Just reply here. We keep the ticket open for { $hours } h.
clarification-reminder = A reminder: ticket #{ $number } is waiting for your answer. Reply here and we'll carry on.
clarification-closed = We closed ticket #{ $number } because we didn't hear back. Write here any time and we'll pick it up again.
ticket-resolved = ✅ Ticket #{ $number } is resolved.

    What we did: { $summary }

    If anything is still wrong, just reply here.
ticket-resolved-next = ✅ Ticket #{ $number } is resolved.

    What we did: { $summary }
    What next: { $next }

    If anything is still wrong, just reply here.

csat-1 = 1 ⭐
csat-2 = 2 ⭐
csat-3 = 3 ⭐
csat-4 = 4 ⭐
csat-5 = 5 ⭐
nps-0 = 0
nps-1 = 1
nps-2 = 2
nps-3 = 3
nps-4 = 4
nps-5 = 5
nps-6 = 6
nps-7 = 7
nps-8 = 8
nps-9 = 9
nps-10 = 10
rating-thanks = Thank you for rating ticket #{ $number }! It helps us get better.
# Asked with the follow-up instead of with the resolution (rating-timing experiment, "next-day").
rating-ask-later = How would you rate the help you got with ticket #{ $number }? One tap on the stars below is enough.
rating-thanks-nps = Thank you for rating ticket #{ $number }! One more question: how likely are you to recommend us to a friend, from 0 to 10?
nps-thanks = Thank you! We read every answer.
rating-low-reply = We're sorry it wasn't good enough. A supervisor will look at ticket #{ $number } personally and get back to you here.
rating-already = Thanks, we already have your rating for this ticket.
follow-up-ask = A couple of days ago we resolved ticket #{ $number }. Did the solution help?
follow-up-yes = 👍 Yes, all good
follow-up-no = 👎 No, still a problem
follow-up-glad = Great to hear! Ticket #{ $number } is closed. Write any time if you need us.
follow-up-reopened = Sorry about that. Ticket #{ $number } is open again with the same agent; tell us here what is still wrong.
status-taken = { $agent } from support is now handling ticket #{ $number }.

# Staff: alerts and the support team's commands.
staff-sla-warning-first = ⏰ Ticket #{ $number } ({ $queue }): the first answer is due in { $minutes } min.
staff-sla-warning-resolution = ⏰ Ticket #{ $number } ({ $queue }): resolution is due in { $minutes } min.
staff-sla-breach-first = 🚨 SLA breached: ticket #{ $number } ({ $queue }) has waited { $minutes } min without a first answer.
staff-sla-breach-resolution = 🚨 SLA breached: ticket #{ $number } ({ $queue }) was not resolved in time.
staff-escalated = ↗️ Ticket #{ $number } escalated from { $from } to { $to }.
staff-unanswered = 💬 Ticket #{ $number } ({ $queue }): the customer's last message has waited { $minutes } min for an answer.
staff-security-alert = 🛡 Security/Payments: new ticket #{ $number } ({ $topic }), priority { $priority }. Take it now.
staff-duty-on = You're on duty. New tickets in your queues can reach you.
staff-duty-off = You're away. No new tickets will be assigned to you.
staff-duty-usage = Use /duty on or /duty off.
staff-next-none = No tickets are waiting in your queues. 🎉
staff-taken = You took ticket #{ $number } ({ $queue }): { $subject }
staff-take-usage = Send the ticket number like this: /take 10001
staff-error = { $reason }
queue-list-item = <b>{ $code }</b> { $name }: first answer { $first } min, resolution { $resolution }, warn { $warn } min before, escalates to { $escalate }
queue-none = none
queue-usage = Usage: /queue_set CODE first=15 resolution=240 warn=5 escalate=L2 (resolution=none, escalate=none to clear); /queue_add CODE Name of the queue
queue-saved = Queue { $code } saved.
staff-delivery-blocked = ⚠️ Your reply on #{ $number } could not be delivered: the customer has blocked the bot. It stays in the ticket's history.
staff-delivery-failed = ⚠️ Your reply on #{ $number } could not be delivered. It stays in the ticket's history.
staff-ticket-card = 🆕 #{ $number } · { $queue } · { $priority } { $vip }
    Topic: { $topic } · first answer by { $due } UTC
    { $name }: { $text }
staff-ticket-assigned = 📥 Assigned to you: #{ $number } · { $queue } · { $priority } { $vip }
    Topic: { $topic } · first answer by { $due } UTC
    { $name }: { $text }

    Reply to this message to answer the customer.
staff-customer-message = 💬 #{ $number } · { $name }: { $text }
staff-transferred-to-you = ↪️ #{ $number } was handed to you. { $name }: { $text }
staff-card-taken = ✅ #{ $number } was taken by { $agent }.
btn-take = Take
btn-send-anyway = Send anyway
btn-discard = Discard
staff-held = ✋ Your message on #{ $number } contains: { $words }. Send it anyway, or discard it and write again.
staff-discarded = Discarded: nothing was sent.
staff-sent = ✓ Sent to the customer of #{ $number }.
staff-history = 📋 #{ $number } · { $name } { $vip }
    Language: { $lang } · their time: { $time } ({ $tz })
    Earlier tickets: { $total }{ $list }
staff-history-item = #{ $number } { $topic } · { $status } · { $date }
staff-note-saved = 📝 Note added to #{ $number }; the customer does not see it.
staff-moved = ↗️ #{ $number } moved to { $queue }.
staff-transfer-ok = ↪️ #{ $number } handed to { $agent }.
staff-resolved-ok = ✅ #{ $number } resolved; the customer got your summary.
staff-asked = ❓ #{ $number } now waits for the customer; the resolution clock is paused.
staff-queue-empty = No unassigned tickets in your queues.
staff-queue-header = Waiting in your queues (oldest first within priority):
staff-queue-item = #{ $number } · { $queue } · { $priority } · { $age } min · { $subject }
staff-mine-header = Your open tickets:
staff-mine-empty = You hold no open tickets.
staff-mine-item = #{ $number } · { $status } · { $subject }
staff-not-a-ticket-message = This message isn't linked to a ticket. Reply to a ticket card or a customer's message, or use /r 10001 your text.
staff-reply-which-ticket = This message holds customers' messages from several tickets ({ $numbers }). Say which one you're answering: /r { $first } your text
staff-usage = Usage: { $usage }
staff-help = Support team commands:
    /duty on · /duty off: start or end your shift
    /queue: waiting tickets · /mine: yours · /next: take the next one · /take 10001
    Reply to a customer's message to answer; /r 10001 text does the same
    /ask 10001 question: ask for details (the ticket waits for the customer)
    /note 10001 text: internal note · /m code 10001: send a macro · /macros
    /escalate 10001 L2 reason · /transfer 10001 L2 | @agent · /resolve 10001 summary | next steps
    Admins: /staff, /staff_add, /staff_set, /staff_remove, /queues, /queue_set, /queue_add, /macro_add, /macro_del
    Editors: /kb_from 10001 slug, /kb_edit slug en Title | Body, /kb_publish slug, /kb_unpublish slug, /kb_misses, /kb_report
    Quality: /my_quality your scores · supervisors: /qa, /qa_note · admins, A/B tests: /experiments, /exp_new, /exp_results
staff-macros-header = Macros: send with /m code 10001, or reply to a customer's message with /m code.
staff-macro-item = <code>{ $code }</code> · { $title }
staff-added = { $name } is now { $role } in { $queues } (limit { $limit }).
staff-removed = { $name } no longer has staff access.
staff-list-item = { $name } · { $role } · { $queues } · limit { $limit } · { $duty }
staff-duty-mark-on = on duty
staff-duty-mark-off = away
staff-user-unknown = I don't know { $who } yet: ask them to send /start to the bot first, or use their numeric Telegram id.
macro-saved = Macro { $code } ({ $lang }) saved.
macro-deleted = Macro { $code } deleted.
staff-admins-only = Only admins can do that.
staff-low-rating = ⚠️ Ticket #{ $number } got a rating of { $csat } ⭐ and is open again: a supervisor should contact the customer.
staff-follow-up-reopened = 🔁 The customer says the solution for #{ $number } did not help; the ticket is open again.
staff-rules-header = Automations (switch with /rule_on code or /rule_off code):
staff-rule-item = { $state } <code>{ $code }</code>: { $event } → { $action }
staff-rule-saved = Automation { $code } is { $state }.
staff-rule-on = on
staff-rule-off = off
digest = 📊 Daily digest ({ $date })
    Opened: { $opened } · resolved: { $resolved } · auto-resolved by articles: { $auto }
    Still waiting for a first answer: { $unanswered } · SLA breaches: { $breached }
    CSAT: { $csat } ({ $ratings } ratings) · busiest topic: { $topic }
attachment-added = 📎 Added to ticket #{ $number }
staff-suggested = 📚 Articles that may answer it:
staff-suggested-item = • { $title } (<code>{ $slug }</code>)
kb-editors-only = Only knowledge-base editors, supervisors and admins can do that.
kb-draft-created = 📝 Draft { $slug } created from ticket #{ $number }. Check it, then /kb_publish { $slug }.
kb-published = ✅ Article { $slug } is published.
kb-unpublished = ⏸ Article { $slug } is back to draft.
kb-saved = Article { $slug } ({ $lang }) saved.
kb-misses-header = Searches that found nothing (last 7 days):
kb-misses-item = { $count } × { $query } ({ $lang })
kb-misses-none = Every search found something in the last 7 days.
kb-report-header = Articles shown that did not solve it (last 7 days):
kb-report-item = { $count } × { $title } (<code>{ $slug }</code>)
kb-report-none = No article led to a ticket in the last 7 days.
staff-rule-alert = 🔔 Rule { $rule } fired on ticket #{ $number }.
staff-rule-deleted = Rule { $code } deleted.
staff-rule-bad-json = The rule must be JSON after its code, e.g. {"{"}"event":"ticket-created","when":{"{"}"vip":true{"}"},"then":{"{"}"action":"alert"{"}"}{"}"}
custom-rule-message = { $text }
