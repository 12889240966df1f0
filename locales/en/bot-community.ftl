# The bot in the support group and the channel's discussion group.

community-added = Hi! I can guard this chat and answer questions here. An admin only needs to send /community_setup.
community-setup-not-admin = Only the chat's admins can set me up.
community-setup-done =
    Done: I'm looking after this chat now. Admins I know: { $admins }.
    Settings (change with /community_set name value):
    { $settings }
community-settings =
    Current settings (change with /community_set name value):
    { $settings }
community-settings-bad = That value doesn't fit { $key }. Send /community_set to see the settings.
community-not-moderator = Only moderators can do that.

community-contacts =
    📌 <b>Official contacts</b>
    Support: { $bot } (the only support account)
    Team: { $team }

    We never message you first, and we never ask for passwords, codes or payments. Anyone else using our name is not us.
community-need-help = Need help? Ask here, or write to us privately: anything about your account is quicker and safer there.
community-need-help-button = 💬 Write to support
community-report-button = 🚩 Report spam
community-report-how = Reply /report to the suspicious message and the moderators will take a look.

community-captcha = Welcome, { $name }! Please press { $emoji } within { $seconds } seconds so we know you're a person. Until then your messages are on hold.
community-captcha-request = Hi, { $name }! To join “{ $chat }”, press { $emoji } within { $seconds } seconds.
community-captcha-not-yours = This check is for another newcomer.
community-captcha-passed = Thanks, { $name }, you're in. Welcome!
community-captcha-failed = That wasn't the right picture. You're welcome to send the join request again a little later.
community-request-waiting = Thanks! A moderator will approve your request shortly.

community-newcomer =
    { $name }, your message was removed: new members can't send { $what ->
        [link] links
        [media] photos, videos or files
        [forward] forwarded messages
       *[mention] mentions
    } during their first { $messages } messages or { $hours } hours. This keeps scammers out. Plain text is welcome!
community-spam-removed =
    { $name }, your message was removed { $why ->
        [flood] because too many messages came in a row; you can write again in { $minutes } min.
        [scam-link] because it looks like a known scam.
       *[lookalike-link] because its link imitates our official site.
    } If this was a mistake, press “Appeal”.
community-appeal-button = Appeal
community-appeal-not-yours = This button is for the member concerned.
community-appeal-sent = Your appeal has reached the moderators. Thank you for your patience.
community-impersonation = ⚠️ Careful: <b>{ $name }</b> has a name like our team's but is not on the team. We never message first or ask for codes, passwords or payments. The moderators have been told.

community-mod-usage = Reply to the member's message, or give their id: /ban 123456789
community-mod-not-admins = Admins can't be moderated by command.
community-mod-warn = { $name } has been warned ({ $count }).
community-mod-mute = { $name } is muted for { $minutes } min.
community-mod-ban = { $name } has been removed from the chat.
community-mod-unban = { $name } may write here again.
community-report-sent = Thanks, the moderators have been told.

community-answer-article = { $name }, this should help: <b>{ $title }</b>
    { $snippet }
community-answer-private = { $name }, let's sort this out privately: your account details should stay out of the group. Tap the button and your question comes with you.
community-continue-button = 💬 Continue privately
community-read-article-button = 📖 Read the article
community-ticket-usage = Reply /ticket to the member's message to turn it into a ticket.
community-ticket-filed = { $name }, we've opened request #{ $number } for you. The answer will come in your private chat with the bot.
community-ticket-offered = { $name }, our team will help you with this privately. Tap the button to continue; your question comes with you.

# To moderators, in their private chat with the bot.
community-alert-impersonation = ⚠️ Possible clone of the team in “{ $chat }”: { $name } (id { $id }). Restricted; ↩️ lifts it.
community-alert-spam = 🛡 Removed in “{ $chat }” ({ $reason }) from { $name }: { $text }
community-alert-report = 🚩 Report in “{ $chat }” by { $by } about { $name }: { $text }
community-alert-appeal = ↩️ { $name } appeals a restriction in “{ $chat }”.
community-alert-join-request = 🙋 { $name } passed the captcha and asks to join “{ $chat }”.
