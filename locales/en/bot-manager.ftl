# The manager's desk in the bot: /board, the digest's key numbers, the weekly report.

manager-not-allowed = The board and the numbers are for supervisors, analysts and admins.
manager-open = The manager's desk: live queues, numbers and agents.
manager-open-board = 📋 Open the board
manager-open-numbers = 📈 Open the numbers
manager-board-title = <b>📋 Live board</b>
manager-board-queue = <b>{ $queue }</b>: waiting { $waiting } (oldest { $oldest } min) · at risk { $risk } · breached { $breached }
manager-board-agents = On duty: { $count }
manager-board-agent = • { $name }: { $load } of { $limit }
digest-numbers = 📊 Key numbers, last 24 h (change against the 24 h before)
    Tickets: { $volume } ({ $volumeChange })
    First response, median: { $frt } min ({ $frtChange }) · P90: { $frt90 } min
    SLA met: { $sla } ({ $slaChange }) · CSAT: { $csat } ({ $csatChange })
    First-contact resolution: { $fcr } ({ $fcrChange })
    Repeat contacts: { $repeat } · handed off by the bot: { $handoff }
weekly-reasons = 📈 Weekly report, { $from } – { $to }: why customers wrote ({ $total } tickets, change against the week before)
    1. { $topic1 ->
        [payment] payment
        [account] account
        [feature] how-to / feature
        [complaint] complaint
        [idea] idea
        [none] —
       *[other] other
    }: { $count1 } ({ $change1 })
    2. { $topic2 ->
        [payment] payment
        [account] account
        [feature] how-to / feature
        [complaint] complaint
        [idea] idea
        [none] —
       *[other] other
    }: { $count2 } ({ $change2 })
    3. { $topic3 ->
        [payment] payment
        [account] account
        [feature] how-to / feature
        [complaint] complaint
        [idea] idea
        [none] —
       *[other] other
    }: { $count3 } ({ $change3 })
    Top reason the bot handed over: { $handoff ->
        [security] security words
        [payment] payment words
        [operator] asked for a person
        [unmatched] the bot did not understand
       *[none] —
    } ({ $handoffCount })
digest-with-chart =
    { digest }
    📈 The chart: new tickets per day over the last two weeks.
digest-community = 👥 The community, last 24 h
    Group messages checked: { $messages } · spam: { $spam } ({ $spamShare }, { $spamChange }) · held back by the newcomer rules: { $blocked }
    Captcha: { $captchaStarted } started, pass rate { $captchaPass }
    Questions asked in the group: { $questions } · turned into tickets: { $turned } · reports from members: { $reports }
manager-menu-button = Team desk
