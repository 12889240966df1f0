# Telegram Mini App (webapp/) strings, English. This is the fallback language:
# every message must exist here.

app-title = Support
app-loading = Loading…
app-skip = Skip to content

## Navigation

nav-label = Sections
nav-tickets = My tickets
nav-new = New ticket
nav-kb = Help
nav-settings = Settings

## My tickets

# $name — the user's first name from Telegram.
home-greeting = Hello, { $name }!
tickets-title = My tickets
tickets-new = New ticket
tickets-filters = Show tickets
filter-open = Open
filter-waiting = Waiting for me
filter-resolved = Resolved
filter-all = All
tickets-empty-open = No open tickets.
tickets-empty-waiting = Nothing is waiting for your answer.
tickets-empty-resolved = No resolved tickets yet.
tickets-empty-all = You have no tickets yet.
tickets-empty-hint = Something not working? Tell us and we’ll help.
# $number — the ticket number, e.g. 10001.
ticket-number = #{ $number }
# $count — support messages the customer has not read yet.
ticket-unread =
    { $count ->
        [one] { $count } new reply
       *[other] { $count } new replies
    }
# $date — date and time in the customer's time zone.
ticket-updated = Updated { $date }
ticket-created = Opened { $date }
ticket-deadline = Solution by { $date }
ticket-waiting-for-you = We are waiting for your answer

## Statuses and topics

status-new = New
status-in_progress = In progress
status-waiting_customer = Waiting for you
status-resolved = Resolved
status-closed = Closed

topic-payment = Payment
topic-account = Account
topic-feature = How-to / feature
topic-complaint = Complaint
topic-idea = Idea
topic-other = Other

## ETA

# $minutes — minutes until the expected answer.
eta-minutes =
    { $minutes ->
        [one] Answer in about { $minutes } minute
       *[other] Answer in about { $minutes } minutes
    }
# $hours — hours until the expected answer.
eta-hours =
    { $hours ->
        [one] Answer in about { $hours } hour
       *[other] Answer in about { $hours } hours
    }
eta-any-minute = Answer expected any minute now

## Ticket page

ticket-title = Ticket #{ $number }
ticket-add-details = Add details
ticket-summary = What was done
ticket-conversation = Conversation
ticket-no-messages = No messages yet.
ticket-back-to-list = Back to my tickets
msg-you = You
msg-support = Support
msg-bot = Support bot
msg-system = Notice
msg-edited = edited

attachment-kind-photo = Photo
attachment-kind-document = Document
attachment-kind-video = Video
attachment-kind-audio = Audio
attachment-kind-voice = Voice message
attachment-kind-animation = Animation
attachment-kind-video_note = Video message
attachment-kind-sticker = Sticker
# $kind — kind of file (Photo, Document…); $author — who sent it.
attachment-alt = { $kind } from { $author }
# $name — the file name; $author — who sent it.
attachment-alt-named = { $name } from { $author }
attachment-open = Open { $name }
attachment-unavailable = This file can’t be loaded right now.

reply-label = Your message
reply-placeholder = Write to support…
reply-reopens = Writing here reopens the ticket.
reply-send = Send
reply-sending = Sending…

rate-title = How did we do?
rate-hint = Rate the help you got, from 1 to 5 stars.
# $csat — the rating, 1 to 5.
rate-value =
    { $csat ->
        [one] { $csat } star out of 5
       *[other] { $csat } stars out of 5
    }
rate-thanks = Thank you! You rated us { $csat } out of 5.
rate-current = Your rating: { $csat } out of 5. You can change it.

## New ticket

new-title = New ticket
new-subtitle = Describe the problem and we’ll get back to you here and in the chat.
new-topic = Topic
new-topic-choose = Choose a topic…
new-topic-hint = Pick what it is mostly about; it helps us route it to the right people.
new-topic-hint-payment = Tell us the date and amount. Never send your full card number or CVC.
new-topic-hint-account = Tell us what you tried and what you see. Never send your password or login codes.
new-topic-hint-feature = Tell us what you want to do and where you got stuck.
new-topic-hint-complaint = Tell us what happened and how we can put it right.
new-topic-hint-idea = Tell us your idea and what it would help you with.
new-topic-hint-other = Tell us anything we should know.
new-description = Description
new-description-placeholder = What happened? What did you expect?
new-description-hint = Include steps, error messages and when it started.
# $count — characters typed; $max — the limit.
new-counter = { $count } / { $max }
new-kb-title = These articles might already solve it
new-kb-solved = Did this solve it? Read the article
new-submit = Send ticket
new-submitting = Sending…
new-consent-title = We need your consent first
new-consent-text = To open a ticket, we need to store your conversation with support.
new-consent-agree = I agree
new-consent-later = You can withdraw your consent at any time in Settings, under Privacy.
new-consent-thanks = Thank you! You can send your ticket now.

## Form errors

form-error-topic = Choose a topic.
# $min — the minimum number of characters.
form-error-too-short =
    { $min ->
        [one] Describe the problem in at least { $min } character.
       *[other] Describe the problem in at least { $min } characters.
    }
# $max — the maximum number of characters.
form-error-too-long = Keep it under { $max } characters.
form-error-empty-text = Write a message first.
form-error-empty-description = Describe the problem.

## Knowledge base

kb-title = Help center
kb-subtitle = Quick answers to common questions.
kb-search-label = Search the help center
kb-search-placeholder = For example: card declined
kb-search-button = Search
# $count — number of articles found.
kb-results =
    { $count ->
        [0] No results
        [one] { $count } article found
       *[other] { $count } articles found
    }
kb-no-results = We found nothing for that. Try other words, or ask us directly.
kb-categories = Categories
kb-category-all = All
kb-category-account = Account
kb-category-how-to = How-to
kb-category-payments = Payments
kb-category-security = Security
kb-category-subscriptions = Subscriptions
kb-category-technical = Technical
kb-category-refunds = Refunds
kb-category-privacy = Privacy
kb-popular = Popular solutions
kb-still-need-help = Still need help?
kb-ask-support = Create a ticket
article-back = Back to the help center
article-helpful = Was this helpful?
article-helpful-yes = Yes
article-helpful-no = No
article-thanks-yes = Great! Thanks for letting us know.
article-thanks-no = Sorry it didn’t help. Our team will sort it out.

## Settings

settings-title = Settings
settings-language = Language and time
settings-language-label = Language
settings-timezone = Time zone
settings-timezone-suggested = Suggested
settings-timezone-all = All time zones
settings-timezone-hint = Times and quiet hours use this zone.
# $zone — the device's time zone, e.g. Europe/Berlin.
settings-timezone-device = Your device is set to { $zone }.
settings-timezone-use-device = Use it
# $zone — the time zone just taken from the device, e.g. Europe/Berlin.
zone-taken = Times are now shown in your time zone, { $zone }.
zone-change = Change
zone-ok = OK
settings-notifications = Notifications
settings-notifications-label = Ticket updates in the chat
settings-notifications-hint = Replies and status changes from support.
settings-quiet = Quiet hours
settings-quiet-hint = We hold non-urgent messages during these hours.
settings-quiet-default = Not set: the desk’s default quiet hours apply.
settings-quiet-from = From
settings-quiet-to = To
settings-quiet-save = Save quiet hours
settings-quiet-clear = Use the default
settings-quiet-both = Set both times, or clear both.
settings-quiet-same = The start and the end must differ.
settings-display = Display
settings-large-text = Large text
settings-large-text-hint = Makes all text bigger on this device.
settings-high-contrast = High contrast
settings-high-contrast-hint = Stronger colors and outlines.
settings-privacy = Privacy
# $date — when the customer agreed.
settings-consent-given = You agreed to store your conversations on { $date }.
settings-consent-missing = You haven’t agreed to store your conversations yet: tickets can’t be opened without it.
settings-consent-label = Store my conversations with support
settings-consent-hint = Needed to open tickets. Switching it off stops new tickets.
settings-export = Export my data
settings-export-hint = Download everything we keep about you as a JSON file.
settings-exporting = Preparing your file…
settings-exported = Your data was downloaded.
settings-delete = Delete my data
settings-delete-confirm-title = Delete all your data?
settings-delete-confirm-text = Your tickets, messages, ratings and settings will be erased. This can’t be undone.
settings-delete-confirm = Yes, delete everything
settings-delete-cancel = Cancel
settings-deleting = Deleting…
settings-saving = Saving…
settings-saved = Saved.

## Goodbye (after deletion)

goodbye-title = Your data has been deleted
goodbye-text = We erased your tickets, messages and settings.
goodbye-return = If you write to the bot again, we will start from scratch.
goodbye-close = Close

## Errors

error-open-from-bot-title = Please open this page from the bot
error-open-from-bot = This page works only inside Telegram. Open it with the button in our support bot.
error-dev-hint = Developers: when the server runs with DEV_LOGIN=true (never in production), sign in as a test user at
# $bot — the bot's @username.
outside-open-bot = Open { $bot } in Telegram
outside-qr-label = QR code that opens { $bot } in Telegram
outside-qr-hint = On a computer? Scan this code with your phone’s camera.
error-unauthorized-title = We couldn’t verify your Telegram session
error-unauthorized = Please close this page and open it again from the bot.
error-generic-title = Something went wrong
error-generic = We couldn’t load your profile. Please check your connection and try again.
# $reason — a technical explanation sent by the server (not translated).
error-reason = Details: { $reason }
error-retry = Try again
error-network = No connection to the server. Check your internet and try again.
error-not-found-title = Not found
error-not-found = We couldn’t find it. It may have been removed.
error-page-not-found = This page doesn’t exist.
error-too-many = Too many attempts. Please wait a moment.
error-failed = That didn’t work: { $reason }

# Attachments (Mini App uploads)
new-file = Screenshot or file (optional)
attach-choose = Choose a screenshot or file
attach-file = Attach a file
attach-replace = Choose another file
attach-hint = Images (JPEG, PNG, WebP, GIF) or documents (PDF, TXT, CSV, ZIP, DOCX, XLSX), up to { $max } MB.
attach-preview-alt = Preview of { $name }
attach-remove = Remove
attach-too-large = “{ $name }” is larger than { $max } MB. Choose a smaller file.
attach-wrong-type = “{ $name }” can’t be attached. Choose an image (JPEG, PNG, WebP, GIF) or a PDF, TXT, CSV, ZIP, DOCX or XLSX file.
attach-empty = “{ $name }” is empty.
attach-uploading = Uploading the file…
attach-send = Send file
attach-caption-too-long = With a file, keep the message under { $max } characters.
attach-failed-title = The file was not added
attach-failed-text = Your ticket is open, but “{ $name }” did not upload. Try again with “Attach a file” below.
attach-failed-dismiss = OK

## The manager's desk (staff pages: /staff/board, /staff/numbers, /staff/agents)

staff-nav = Manager's desk
staff-nav-board = Live board
staff-nav-numbers = Numbers
staff-nav-agents = Agents
staff-forbidden-title = For the support team
staff-forbidden = These pages are for the support team. Your role does not include them.
staff-board-title = Live board
staff-live = ● Live
staff-reconnecting = Reconnecting…
staff-queues = Queues
staff-queue = Queue
staff-waiting = Waiting
staff-oldest-wait = Oldest wait
staff-at-risk = At risk
staff-breached = Breached
staff-on-duty = On duty
staff-nobody-on-duty = Nobody is on duty right now.
# $name — an agent's name.
staff-load-of = Load of { $name }
staff-load = { $load } of { $limit }
staff-needs-eye = Tickets that need attention
staff-all-calm = No open tickets. All calm.
staff-state-breached = SLA breached
staff-state-at-risk = At risk
staff-state-waiting = Waiting
staff-state-ok = On track
# $wait — how long the customer has waited, e.g. "25 min".
staff-ticket-line = { $queue } · { $assignee } · waiting { $wait }
staff-unassigned = Unassigned
staff-assign = Assign to…
staff-assign-to = Assign ticket #{ $number } to
staff-assigned = Ticket #{ $number } is now with { $name }.
staff-move = Move to…
staff-move-to = Move ticket #{ $number } to queue
staff-moved = Ticket #{ $number } moved to { $queue }.
staff-action-failed = That did not work: { $reason }
staff-csv = CSV
staff-numbers-title = Numbers
staff-agents-title = Agents
staff-agent = Agent
staff-period = Period
staff-period-today = Today
staff-period-7d = 7 days
staff-period-30d = 30 days
staff-period-custom = Custom
staff-from = From
staff-to = To
staff-split = Split by
staff-split-none = Nothing
staff-split-queue = Queue
staff-split-topic = Topic
staff-split-language = Language
staff-split-agent = Agent
staff-split-channel = Channel
staff-headline = Key numbers
staff-chart-of = Chart
staff-figure-volume = Tickets
staff-figure-frtP50 = First response, median
staff-figure-frtP90 = First response, P90
staff-figure-resolutionP50 = Resolution, median
staff-figure-resolutionP90 = Resolution, P90
staff-figure-slaMet = SLA met
staff-figure-csat = CSAT
staff-figure-nps = NPS
staff-figure-fcr = First-contact resolution
staff-figure-repeatRate = Repeat contacts (7 days)
staff-figure-reopenRate = Reopened
staff-figure-handoffRate = Handed off by the bot
staff-figure-selfService = Solved by self-service
staff-response-rates = Answered the CSAT question: { $csat } · the NPS question: { $nps }
staff-change-none = no comparison
# $change — e.g. "12%".
staff-change-better = better by { $change } than the previous period
staff-change-worse = worse by { $change } than the previous period
staff-handoff-reasons = Why the bot handed over
staff-heatmap = Arrivals by weekday and hour
staff-heatmap-peak = Busiest: { $day } at { $hour }:00, { $count } tickets
staff-community = The support group
staff-figure-spamShare = Spam among group messages
staff-figure-groupMessages = Group messages checked
staff-figure-captchaPassRate = Passed the captcha
staff-figure-groupQuestions = Group questions that became tickets
staff-community-detail = Spam: { $spam } · held back by the newcomer rules: { $blocked } · reports from members: { $reports }. The goal for spam is below 0.5%.
staff-weekday-1 = Mon
staff-weekday-2 = Tue
staff-weekday-3 = Wed
staff-weekday-4 = Thu
staff-weekday-5 = Fri
staff-weekday-6 = Sat
staff-weekday-7 = Sun
staff-seconds = { $n } s
staff-minutes = { $n } min
staff-hours = { $n } h
staff-days = { $n } d

## Quality review and experiments (webapp/src/staff/QualityPage.tsx, ExperimentsPage.tsx)
staff-nav-quality = Quality
staff-nav-experiments = Experiments
staff-qa-title = Conversation quality
staff-qa-pending = Waiting for review
staff-qa-none = Nothing to review right now.
staff-qa-clean = The automatic checks found nothing.
staff-qa-finding-frt-over-sla = First answer after { $minutes } min (target { $target } min)
staff-qa-finding-resolution-over-sla = Resolved after { $minutes } min (target { $target } min)
staff-qa-finding-forbidden-words = Forbidden or rude words: { $words }
staff-qa-finding-personal-data-asked = Asked for personal data: { $words }
staff-qa-finding-no-summary = No resolution summary
staff-qa-finding-no-next-steps = No next steps for the customer
staff-qa-finding-no-greeting = The first answer has no greeting
staff-qa-finding-person-not-given = The customer asked for a person and no one answered
staff-qa-line-greeting = Greeting
staff-qa-line-understood = Understood the problem
staff-qa-line-correct = Correct answer
staff-qa-line-tone = Tone
staff-qa-line-next_steps = Next steps given
staff-qa-line-summary = Resolution summary
staff-qa-mark-2 = Yes
staff-qa-mark-1 = Partly
staff-qa-mark-0 = No
staff-qa-comment = Comment for the agent (optional)
staff-qa-save = Save the scorecard
staff-qa-trend = Quality by agent, per week
staff-qa-cell = { $average } ({ $reviews })
staff-qa-mine = My scores
staff-qa-mine-none = None of your conversations has been reviewed yet.
staff-qa-mine-average = Last 30 days: { $average }/100
staff-exp-title = Experiments
staff-exp-about = Test new words for the bot on a share of customers, judged by the support numbers. Security and payment warnings are never tested.
staff-exp-status-draft = draft
staff-exp-status-running = running
staff-exp-status-stopped = stopped
staff-exp-status-shipped = shipped
staff-exp-metric-self-service = Self-service share
staff-exp-metric-csat = Satisfied customers (CSAT 4–5)
staff-exp-metric-frt = First response time, minutes
staff-exp-metric-intake-drop-off = Drop-off during the intake
staff-exp-metric-repeat-contacts = Repeat contacts within 7 days
staff-exp-verdict-better = { $variant } is better than { $control } with 95% confidence.
staff-exp-verdict-worse = { $variant } is worse than { $control } with 95% confidence.
staff-exp-verdict-no-difference = No real difference between { $variant } and { $control }.
staff-exp-verdict-more = Not enough data yet: about { $count } more customers are needed.
staff-exp-variant = Variant
staff-exp-customers = Customers
staff-exp-value = Result
staff-exp-range = 95% range
staff-exp-start = Start
staff-exp-stop = Stop
staff-exp-ship = Ship { $variant }
staff-exp-new = New experiment
staff-exp-code = Short name (latin letters, digits, -)
staff-exp-target = Text or flow choice to test
staff-exp-metric = Judged by
staff-exp-share = Share of customers in the test, %
staff-exp-language = Language of the new text
staff-exp-variant-b = Variant B
staff-exp-create = Create as a draft
