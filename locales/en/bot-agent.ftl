# Agent desk, queues and VIP: texts added with working hours, staff names and queue moves.
# Customer-facing texts never carry a staff id, @username or account: a first name or "Support".

## Customer-facing
support-name = Support
agent-reply-unnamed = <b>Support</b>:
    { $text }
agent-clarification-unnamed = <b>Support</b> needs a detail for ticket #{ $number }:
    { $text }

    Just reply here. We keep the ticket open for { $hours } h.
status-taken-unnamed = Someone from support is now handling ticket #{ $number }.
ticket-moved = Ticket #{ $number } has been passed to colleagues who can take it further. Their answer comes here; there's nothing you need to do.
ticket-receipt-in-line = Ticket <b>#{ $number }</b> created.
    Topic: { $topic }
    ETA: { $eta ->
        [one] about 1 min
       *[other] about { $eta } min
    }
    Your place in line: { $place }
    You'll get every answer here. Status: <b>Open</b>
ticket-receipt-nobody-on-duty = Ticket <b>#{ $number }</b> created.
    Topic: { $topic }
    Nobody from the team is on duty right now, so we can't promise a time. Your message is saved: the first person back on duty answers it here, and you don't need to write again.
    Your place in line: { $place }
    Status: <b>Open</b>
ticket-receipt-after-hours = Ticket <b>#{ $number }</b> created.
    Topic: { $topic }
    Our team is offline now (working hours: { $hours }). Your message is saved: expect the answer after { $when }, right here. You don't need to write again.
    Your place in line: { $place }
    Status: <b>Open</b>
ticket-status-place = Your place in line: { $place }

## Staff
staff-help-more = VIP (supervisors, admins): /vip @user · /vip 123456789 987654321 (a list) · /vip as a reply to a ticket card · /unvip · /vips
    Queue hours (admins): /queue_set L1 hours=mon-fri 09:00-18:00 (hours=24/7 to clear)
staff-duty-on-queues = You're on duty in { $queues }. New tickets in your queues can reach you.
staff-duty-on-no-queues = You're on duty, but you're in no queue yet, so no ticket can reach you. Ask an admin to add you: /staff_set { $id } queues=L1 (queues: { $codes }).
staff-duty-on-no-queues-admin = You're on duty, but you're in no queue yet, so no ticket can reach you. Add yourself: /staff_set { $id } queues=L1 (queues: { $codes }).
staff-ticket-moved-away = ↗️ #{ $number } moved to { $queue }; it is no longer yours.
staff-ticket-moved-assigned = 📥 #{ $number } moved from { $from } to { $queue } ({ $reason }) and is assigned to you.
    The conversation so far:
    { $text }

    Reply to this message to answer the customer.
staff-ticket-moved-card = ↗️ #{ $number } moved from { $from } to { $queue } ({ $reason }) and waits for someone to take it.
    The conversation so far:
    { $text }
staff-transferred-history = ↪️ #{ $number } was handed to you. The conversation so far:
    { $text }

    Reply to this message to answer the customer.
staff-customer-history = 💬 #{ $number } · { $name }, the conversation so far:
    { $text }
staff-customer-edited = ✏️ #{ $number } · { $name } edited a message. It now reads: { $text }
queue-list-hours = , hours: { $hours } ({ $tz })
vip-supervisors-only = Only supervisors and admins can change VIP status.
vip-usage = Usage: /vip @user, /vip 123456789 987654321 (several at once), or /vip as a reply to a ticket card. /unvip takes the same.
vip-set = ⭐ VIP now: { $count } · { $names }. Their waiting tickets moved to the VIP queue; new ones go there first.
vip-unset = VIP removed: { $count } · { $names }.
vip-unchanged = Already so: { $names }.
vip-unknown = I don't know { $who } yet: ask them to write to the bot first, or use their numeric Telegram id.
vip-list-header = ⭐ VIP customers:
vip-list-item = { $name } · { $id }{ $username }
vip-list-empty = No VIP customers yet. Mark one with /vip @user.
