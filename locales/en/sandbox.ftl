# Texts of the sandbox page (/sandbox): the desk tried in a browser, Telegram played by the server.
# Not bot texts: src/i18n/index.ts leaves this file out of the bot's bundle.

sb-title = Support desk sandbox
sb-intro = The real bot, agent desk and Mini App, with Telegram played by this server. Write as the customer, answer as the agent.
sb-page-language = Page language
sb-customer = Customer
sb-agent = Agent
sb-supervisor = Supervisor
sb-customer-language = Customer's language
sb-new-customer = New customer
sb-bot-subtitle = bot
sb-start = Start
sb-message-placeholder = Message
sb-send = Send
sb-attach = Attach a photo
sb-reply = Reply
sb-cancel-reply = Cancel reply
sb-replying-to = Reply to { $name }
sb-edited = edited
sb-photo = Photo
sb-file = File
sb-open-app = App
sb-open-app-title = Open the Mini App
sb-close = Close
sb-back = Back
sb-commands = Commands
sb-later = +30 min
sb-later-title = Move the desk's clock 30 minutes ahead (SLA timers fire as they would)
sb-clock-now = Desk clock: now
sb-clock-ahead = Desk clock: +{ $minutes } min
sb-connection-lost = Connection to the sandbox lost; trying again…
sb-tour = Guided tour
sb-tour-pick = Pick a scenario
sb-tour-stop = Stop
sb-tour-done = Scenario finished. Pick another one, or keep playing.
sb-tour-waiting = Waiting for the bot…
sb-tour-you-agent = You play the agent
sb-tour-you-customer = You play the customer

tour-payment = A payment problem
tour-payment-about = A customer was charged twice. Watch the ticket reach the Security/Payments queue, then answer it as the agent.
tour-payment-say-1 = I was charged twice for my order, please help
tour-payment-step-consent = The customer agrees to the conversation being stored; the bot files a ticket.
tour-payment-step-answer = Your turn: in the agent's phone, press ↩ on the “Assigned to you” card and write an answer.
tour-payment-say-2 = Thank you! When will the money be back?
tour-payment-step-resolve = Answer again, then close the ticket: /resolve { $number } what you did | what happens next
tour-payment-step-rate = The customer rates your work.

tour-kb = A question the knowledge base answers
tour-kb-about = A customer asks something the help articles cover. The bot answers at once; no agent is needed.
tour-kb-say-1 = How do I reset my password?
tour-kb-step-answer = The bot found an article. The customer can open it in the Mini App or say whether it helped.

tour-vip = A VIP customer
tour-vip-about = The admin marks a customer as VIP; their request goes to the VIP queue with a 5-minute first answer.
tour-vip-step-mark = In the agent's phone the admin marks this customer as VIP with /vip.
tour-vip-say-1 = My order hasn't arrived and I'm travelling tomorrow. I need a person, please.
tour-vip-step-answer = The ticket is in the VIP queue. Answer it from the agent's phone with ↩ Reply.

tour-sla = An SLA breach, sped up
tour-sla-about = Nobody answers a ticket in time. The desk's clock jumps ahead and the SLA alerts fire.
tour-sla-say-1 = I need an operator: my subscription was cancelled by mistake
tour-sla-step-wait = The ticket is filed. Nobody answers it…
tour-sla-step-jump = The desk's clock jumps 30 minutes ahead: watch the agent's and the supervisor's phones.

tour-customer = You are the customer
tour-customer-about = This time the tour plays the agent: write to the bot as the customer and ask for a person.
tour-customer-step-write = Your turn: write to the bot in the customer's phone and ask for a person (agree to the terms if asked).
tour-customer-agent-1 = Hi, this is Sam from support. I'm on it: could you tell me your order number?
tour-customer-step-reply = The agent answered. Reply to them in the customer's phone.
tour-customer-agent-2 = Thanks, all fixed on our side.
tour-customer-step-rate = The agent closed the ticket: rate the answer with the stars.
