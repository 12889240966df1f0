# 客服群和频道讨论组里的机器人。

community-added = 你好！我可以帮忙管理这个群并回答问题。管理员只需发送 /community_setup 即可。
community-setup-not-admin = 只有群管理员才能设置我。
community-setup-done =
    设置完成：现在由我来照看这个群。已知管理员：{ $admins } 位。
    设置（用 /community_set 名称 值 修改）：
    { $settings }
community-settings =
    当前设置（用 /community_set 名称 值 修改）：
    { $settings }
community-settings-bad = 这个值不适用于 { $key }。发送 /community_set 查看设置。
community-not-moderator = 只有版主可以这样做。

community-contacts =
    📌 <b>官方联系方式</b>
    客服：{ $bot }（唯一的客服账号）
    团队：{ $team }

    我们从不主动私信您，也从不索要密码、验证码或付款。其他使用我们名义的账号都不是我们。
community-need-help = 需要帮助吗？可以在这里提问，也可以私信我们：涉及您账号的问题，私信处理更快也更安全。
community-need-help-button = 💬 联系客服
community-report-button = 🚩 举报垃圾信息
community-report-how = 用 /report 回复可疑消息，版主会去查看。

community-captcha = 欢迎，{ $name }！请在 { $seconds } 秒内点击 { $emoji }，让我们确认您是真人。在此之前，您的消息会先被暂缓。
community-captcha-request = 你好，{ $name }！要加入“{ $chat }”，请在 { $seconds } 秒内点击 { $emoji }。
community-captcha-not-yours = 这个验证是给另一位新成员的。
community-captcha-passed = 谢谢，{ $name }，欢迎加入！
community-captcha-failed = 选的图片不对。稍后可以再次发送入群申请。
community-request-waiting = 谢谢！版主很快会审核您的申请。

community-newcomer =
    { $name }，您的消息已被删除：新成员在前 { $messages } 条消息或 { $hours } 小时内不能发送{ $what ->
        [link] 链接
        [media] 图片、视频或文件
        [forward] 转发的消息
       *[mention] @提及
    }。这是为了防范骗子。普通文字消息随时欢迎！
community-spam-removed =
    { $name }，您的消息已被删除，{ $why ->
        [flood] 因为连续发送的消息太多；{ $minutes } 分钟后可以再发言。
        [scam-link] 因为它与已知的诈骗手法相似。
       *[lookalike-link] 因为其中的链接仿冒了我们的官网。
    }如有误判，请点击“申诉”。
community-appeal-button = 申诉
community-appeal-not-yours = 这个按钮只给相关成员使用。
community-appeal-sent = 您的申诉已转给版主，感谢耐心等待。
community-impersonation = ⚠️ 请注意：<b>{ $name }</b> 的名字与我们团队成员相似，但并不是团队成员。我们不会主动私信，也不会索要验证码、密码或付款。已通知版主。

community-mod-usage = 回复该成员的消息，或写上其 id：/ban 123456789
community-mod-not-admins = 不能用命令处理管理员。
community-mod-warn = { $name } 已被警告（{ $count } 次）。
community-mod-mute = { $name } 已被禁言 { $minutes } 分钟。
community-mod-ban = { $name } 已被移出本群。
community-mod-unban = { $name } 可以重新在这里发言了。
community-report-sent = 谢谢，已通知版主。

community-answer-article = { $name }，这篇文章应该能帮到您：<b>{ $title }</b>
    { $snippet }
community-answer-private = { $name }，这个问题我们私信处理吧：账号信息不适合在群里讨论。点击按钮，您的问题会一并带过去。
community-continue-button = 💬 私信继续
community-read-article-button = 📖 阅读文章
community-ticket-usage = 用 /ticket 回复成员的消息，即可将其转为工单。
community-ticket-filed = { $name }，我们已为您创建工单 #{ $number }，回复会发到您与机器人的私聊中。
community-ticket-offered = { $name }，我们的团队会私信帮您处理。点击按钮继续，您的问题会一并带过去。

# 发给版主，在他们与机器人的私聊中。
community-alert-impersonation = ⚠️ “{ $chat }”中疑似仿冒团队的账号：{ $name }（id { $id }）。已限制；点 ↩️ 解除。
community-alert-spam = 🛡 已在“{ $chat }”中删除（{ $reason }），来自 { $name }：{ $text }
community-alert-report = 🚩 “{ $chat }”中 { $by } 举报了 { $name }：{ $text }
community-alert-appeal = ↩️ { $name } 对“{ $chat }”中的限制提出申诉。
community-alert-join-request = 🙋 { $name } 已通过验证，申请加入“{ $chat }”。
