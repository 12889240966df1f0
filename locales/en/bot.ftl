# Texts of the bot. Variables that carry user text are HTML-escaped before they get here.

start-greeting = Hi, { $name }! I'm the support assistant: I answer right away when I can and hand you to a person when it takes one. Day or night.
start-choose-topic = What is it about? Choose a topic, or just describe the problem in your own words.
start-welcome-back = Welcome back, { $name }! How can I help?

consent-request = Before we start: to help you, we store this conversation and the details you send, for as long as your request needs them. You can export or delete your data at any time in Settings.
consent-accept = Agree and continue
consent-decline = No, thanks
consent-declined = Understood, we store nothing from this chat. You can still read the help articles. If you change your mind, send /start.
consent-needed = To open a request we need your agreement to store the conversation. Send /start to give it.

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
