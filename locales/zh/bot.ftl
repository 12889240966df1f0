# 机器人文案。包含用户文本的变量在传到这里之前已做 HTML 转义。

start-greeting = { $name }，你好！我是客服助手：能马上回答的我会立刻回答，需要人工处理时就帮你转给客服人员。全天候在线。
start-choose-topic = 你想咨询什么？选择一个主题，或者直接用自己的话描述问题。
start-welcome-back = 欢迎回来，{ $name }！有什么可以帮你的？

consent-request = 开始之前：为了帮助你，我们会保存这段对话和你发送的信息，保存期限以处理你的请求所需为准。你可以随时在“设置”中导出或删除你的数据。
consent-accept = 同意并继续
consent-decline = 不用了，谢谢
consent-declined = 明白，我们不会保存此聊天中的任何内容。你仍然可以阅读帮助文章。改变主意了？点击下方按钮即可。
consent-needed = 你写的内容我已经记下了。要创建请求，需要你同意我们保存对话：请点击下方的同意按钮。

topic-payment = 💳 支付
topic-account = 👤 账户
topic-feature = 🛠 使用方法 / 功能
topic-complaint = 😞 投诉
topic-idea = 💡 建议
topic-other = ❓ 其他
topic-name-payment = 支付
topic-name-account = 账户
topic-name-feature = 使用方法 / 功能
topic-name-complaint = 投诉
topic-name-idea = 建议
topic-name-other = 其他

intake-topic-chosen = 主题：{ $topic }。
q-payment-what = 支付遇到了什么问题？例如：被拒绝、已扣款但未到账、重复扣款。
q-payment-when = 你是什么时候付款的，用的是什么方式（银行卡、钱包……）？请不要发送完整的卡号。
q-account-what = 账户方面需要什么帮助？例如：无法登录、更换邮箱、两步验证。
q-feature-goal = 你想要做什么？
q-feature-tried = 实际发生了什么？如果有错误提示文字，会很有帮助。
q-complaint-what = 很抱歉给你带来不好的体验。请告诉我们发生了什么，我们会转交给客服人员处理。
q-idea-what = 很想听听！你希望看到什么？
q-other-what = 简单说说你需要什么吧。
intake-ask-file = 截图或文件对我们帮助很大。现在发送，或点击“跳过”。
intake-file-received = 已收到（{ $count } { $count ->
   *[other] 个文件
  }）。可以继续发送，或点击“继续”。
intake-need-text = 请用文字回复，或点击“跳过”。
intake-need-file = 请发送图片或文件，或点击“跳过”。

btn-skip = 跳过
btn-back = ◀ 更换主题
btn-continue = 继续 ▶
btn-cancel = 取消

kb-suggest-intro = 这些文章也许能马上解决问题：
kb-suggest-item = • <b>{ $title }</b>
    { $snippet }
kb-did-it-help = 问题解决了吗？
kb-solved-yes = ✅ 是的，解决了
kb-solved-no = ❌ 没有，需要帮助
kb-answer-card = 💡 <b>{ $title }</b>
    { $snippet }

    问题解决了吗？
kb-open-article = 📖 阅读文章
intake-retry = 抱歉，暂时无法提交您的请求。您写的内容都已保存：点击“重试”（或发送一条消息），我会为您提交。
btn-retry = 重试
kb-glad = 太好了，很高兴能帮上忙！如有其他问题，直接在这里留言就好。
kb-read = 阅读：{ $title }

handoff-notice = 我马上为你转接人工客服。
handoff-security-notice = 这看起来很紧急：我们的安全与支付团队会立即处理。请勿向任何人透露密码、验证码或完整卡号，包括我们。

ticket-receipt = 工单 <b>#{ $number }</b> 已创建。
    主题：{ $topic }
    预计等待：{ $eta ->
       *[other] 约 { $eta } 分钟
    }
    所有回复都会发到这里。状态：<b>待处理</b>
btn-ticket-status = 状态
btn-add-details = 补充信息
# Sent after the receipt instead of the status button (status-notice experiment, "detailed-steps").
ticket-receipt-steps = 工单 #{ $number } 接下来会这样处理：
    1. 团队成员会阅读你的消息，并直接在这个对话里回复你。
    2. 如果需要更多信息，我们会问你，直接在这里回复就好。
    3. 问题解决后，我们会发给你一份简短的处理说明。
    还想补充什么？点上方的“补充信息”即可。
ticket-appended = 已添加到你的工单 #{ $number }，客服人员会看到。
ticket-details-prompt = 现在请发送工单 #{ $number } 的补充信息：文字、截图或文件。
ticket-not-found = 在你的工单中没有找到 #{ $number }。发送 /tickets 查看你的工单。
ticket-list-empty = 你还没有工单。描述一下你的问题，我来帮你创建。
ticket-list-header = 你的工单：
ticket-list-item = #{ $number } · { $status } · { $subject }
ticket-status-card = 工单 <b>#{ $number }</b>
    状态：<b>{ $status }</b>
    主题：{ $topic }
    创建时间：{ $opened }
    { $eta }
ticket-status-eta-minutes = 预计约 { $minutes } 分钟内首次回复。
ticket-status-answered = 客服人员已回复。
status-new = 待处理
status-in_progress = 处理中
status-waiting_customer = 等待你回复
status-resolved = 已解决
status-closed = 已关闭

reopen-ask = 这是关于工单 #{ $number }（最近已解决）的问题，还是新问题？
reopen-same = 同一问题，重新打开 #{ $number }
reopen-new = 新问题
reopen-done = 工单 #{ $number } 已重新打开，客服人员会看到你的消息。

cmd-status-usage = 请这样发送工单号：/status 10001
help-text = 随时在这里写下你的问题，任何语言都可以。
    /start 重新开始并选择主题
    /tickets 你的工单
    /status 10001 查看单个工单
    /cancel 停止当前请求
    /help 显示此消息
cancel-done = 已停止，没有发送任何内容。随时留言即可重新开始。
cancel-nothing = 没有需要取消的内容。准备好了就随时写下你的问题。

unsupported-media = 暂时无法接收这类消息。请用文字描述，或发送图片或文件。
empty-message = 你的消息好像是空的。简单说说发生了什么吧。
text-too-long = 消息很长：我已完整保存，供客服人员查看。
emoji-only = 看到你的表情了，不过我需要几句话才能帮你。发生了什么？
stale-button = 这个按钮属于之前的对话。我们现在进行到这里：
error-generic = 抱歉，我们这边出了点问题。你的消息已安全保存，请稍后再试。
not-staff = 此命令仅供客服团队使用。

agent-reply = <b>{ $agent }</b>，客服：
    { $text }
agent-clarification = <b>{ $agent }</b>，客服，需要你补充工单 #{ $number } 的一些信息：
    { $text }

    直接在这里回复就好。我们会为你保留工单 { $hours } 小时。
clarification-reminder = 温馨提醒：工单 #{ $number } 正在等待你的回复。在这里回复，我们就会继续跟进。
clarification-closed = 由于一直没有收到你的回复，我们已关闭工单 #{ $number }。随时在这里留言，我们会接着为你处理。
ticket-resolved = ✅ 工单 #{ $number } 已解决。

    处理内容：{ $summary }

    如果还有问题，直接在这里回复就好。
ticket-resolved-next = ✅ 工单 #{ $number } 已解决。

    处理内容：{ $summary }
    后续步骤：{ $next }

    如果还有问题，直接在这里回复就好。

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
rating-thanks = 感谢你为工单 #{ $number } 评分！这能帮助我们做得更好。
# Asked with the follow-up instead of with the resolution (rating-timing experiment, "next-day").
rating-ask-later = 你对工单 #{ $number } 的处理满意吗？点一下下面的星级就好。
rating-thanks-nps = 感谢你为工单 #{ $number } 评分！再问一个问题：从 0 到 10，你有多大可能把我们推荐给朋友？
nps-thanks = 谢谢！每一条回答我们都会认真阅读。
rating-low-reply = 很抱歉这次没能让你满意。主管会亲自查看工单 #{ $number }，并在这里回复你。
rating-already = 谢谢，我们已经收到你对这个工单的评分了。
follow-up-ask = 几天前我们解决了工单 #{ $number }。这个解决方案有帮助吗？
follow-up-yes = 👍 有帮助，都好了
follow-up-no = 👎 没有，还有问题
follow-up-glad = 太好了！工单 #{ $number } 已关闭。需要帮助时随时留言。
follow-up-reopened = 很抱歉。工单 #{ $number } 已重新打开，仍由同一位客服人员处理；请在这里告诉我们还有什么问题。
status-taken = 客服 { $agent } 正在处理你的工单 #{ $number }。

# 客服人员：提醒与支持团队命令。
staff-sla-warning-first = ⏰ 工单 #{ $number }（{ $queue }）：距首次回复时限还剩 { $minutes } 分钟。
staff-sla-warning-resolution = ⏰ 工单 #{ $number }（{ $queue }）：距解决时限还剩 { $minutes } 分钟。
staff-sla-breach-first = 🚨 SLA 超时：工单 #{ $number }（{ $queue }）已等待 { $minutes } 分钟，仍未首次回复。
staff-sla-breach-resolution = 🚨 SLA 超时：工单 #{ $number }（{ $queue }）未在时限内解决。
staff-escalated = ↗️ 工单 #{ $number } 已从 { $from } 升级到 { $to }。
staff-unanswered = 💬 工单 #{ $number }（{ $queue }）：客户的最新消息已等待回复 { $minutes } 分钟。
staff-security-alert = 🛡 安全/支付：新工单 #{ $number }（{ $topic }），优先级 { $priority }。请立即接手。
staff-duty-on = 你已开始值班，你所在队列的新工单会分配给你。
staff-duty-off = 你已结束值班，不会再为你分配新工单。
staff-duty-usage = 请使用 /duty on 或 /duty off。
staff-next-none = 你的队列中没有待处理的工单。🎉
staff-taken = 你已接手工单 #{ $number }（{ $queue }）：{ $subject }
staff-take-usage = 请这样发送工单号：/take 10001
staff-error = { $reason }
queue-list-item = <b>{ $code }</b> { $name }：首次回复 { $first } 分钟，解决 { $resolution }，提前 { $warn } 分钟提醒，升级至 { $escalate }
queue-none = 无
queue-usage = 用法：/queue_set CODE first=15 resolution=240 warn=5 escalate=L2（用 resolution=none、escalate=none 清除）；/queue_add CODE 队列名称
queue-saved = 队列 { $code } 已保存。
staff-delivery-blocked = ⚠️ 你对 #{ $number } 的回复未能送达：客户已屏蔽机器人。回复仍保留在工单记录中。
staff-delivery-failed = ⚠️ 你对 #{ $number } 的回复未能送达。回复仍保留在工单记录中。
staff-ticket-card = 🆕 #{ $number } · { $queue } · { $priority } { $vip }
    主题：{ $topic } · 首次回复截止 { $due } UTC
    { $name }：{ $text }
staff-ticket-assigned = 📥 已分配给你：#{ $number } · { $queue } · { $priority } { $vip }
    主题：{ $topic } · 首次回复截止 { $due } UTC
    { $name }：{ $text }

    回复此消息即可答复客户。
staff-customer-message = 💬 #{ $number } · { $name }：{ $text }
staff-transferred-to-you = ↪️ #{ $number } 已转交给你。{ $name }：{ $text }
staff-card-taken = ✅ #{ $number } 已由 { $agent } 接手。
btn-take = 接手
btn-send-anyway = 仍然发送
btn-discard = 放弃
staff-held = ✋ 你在 #{ $number } 中的消息包含：{ $words }。可以仍然发送，或放弃后重新编写。
staff-discarded = 已放弃：未发送任何内容。
staff-sent = ✓ 已发送给 #{ $number } 的客户。
staff-history = 📋 #{ $number } · { $name } { $vip }
    语言：{ $lang } · 客户当地时间：{ $time }（{ $tz }）
    以往工单：{ $total }{ $list }
staff-history-item = #{ $number } { $topic } · { $status } · { $date }
staff-note-saved = 📝 已为 #{ $number } 添加备注，客户看不到。
staff-moved = ↗️ #{ $number } 已移至 { $queue }。
staff-transfer-ok = ↪️ #{ $number } 已转交给 { $agent }。
staff-resolved-ok = ✅ #{ $number } 已解决，客户已收到你的总结。
staff-asked = ❓ #{ $number } 正在等待客户回复，解决时限计时已暂停。
staff-queue-empty = 你的队列中没有未分配的工单。
staff-queue-header = 你的队列中等待处理的工单（同一优先级内最早的在前）：
staff-queue-item = #{ $number } · { $queue } · { $priority } · { $age } 分钟 · { $subject }
staff-mine-header = 你处理中的工单：
staff-mine-empty = 你没有处理中的工单。
staff-mine-item = #{ $number } · { $status } · { $subject }
staff-not-a-ticket-message = 此消息未关联任何工单。请回复工单卡片或客户消息，或使用 /r 10001 text。
staff-reply-which-ticket = 这条消息合并了多个工单（{ $numbers }）的客户消息。请注明您回复的是哪一个：/r { $first } 回复内容
staff-usage = 用法：{ $usage }
staff-help = 客服团队命令：
    /duty on · /duty off：开始或结束值班
    /queue：待处理工单 · /mine：我的工单 · /next：接手下一个 · /take 10001
    回复客户消息即可答复；/r 10001 text 效果相同
    /ask 10001 question：请客户补充信息（工单等待客户回复）
    /note 10001 text：内部备注 · /m code 10001：发送快捷回复 · /macros
    /escalate 10001 L2 reason · /transfer 10001 L2 | @agent · /resolve 10001 summary | next steps
    管理员：/staff, /staff_add, /staff_set, /staff_remove, /queues, /queue_set, /queue_add, /macro_add, /macro_del
    编辑：/kb_from 10001 slug, /kb_edit slug en Title | Body, /kb_publish slug, /kb_unpublish slug, /kb_misses, /kb_report
    质检：/my_quality 我的得分 · 主管：/qa、/qa_note · 管理员 A/B 测试：/experiments、/exp_new、/exp_results
staff-macros-header = 快捷回复：用 /m code 10001 发送，或用 /m code 回复客户消息。
staff-macro-item = <code>{ $code }</code> · { $title }
staff-added = { $name } 现为 { $queues } 的 { $role }（上限 { $limit }）。
staff-removed = { $name } 已不再拥有客服权限。
staff-list-item = { $name } · { $role } · { $queues } · 上限 { $limit } · { $duty }
staff-duty-mark-on = 值班中
staff-duty-mark-off = 离开
staff-user-unknown = 我还不认识 { $who }：请对方先向机器人发送 /start，或使用其数字 Telegram ID。
macro-saved = 快捷回复 { $code }（{ $lang }）已保存。
macro-deleted = 快捷回复 { $code } 已删除。
staff-admins-only = 只有管理员可以执行此操作。
staff-low-rating = ⚠️ 工单 #{ $number } 收到 { $csat } ⭐ 评分，已重新打开：请主管联系客户。
staff-follow-up-reopened = 🔁 客户表示 #{ $number } 的解决方案没有帮助，工单已重新打开。
staff-rules-header = 自动化规则（用 /rule_on code 或 /rule_off code 开关）：
staff-rule-item = { $state } <code>{ $code }</code>：{ $event } → { $action }
staff-rule-saved = 自动化规则 { $code } 已{ $state }。
staff-rule-on = 启用
staff-rule-off = 停用
digest = 📊 每日摘要（{ $date }）
    新建：{ $opened } · 已解决：{ $resolved } · 由文章自动解决：{ $auto }
    仍在等待首次回复：{ $unanswered } · SLA 超时：{ $breached }
    CSAT：{ $csat }（{ $ratings } 条评分）· 最常见主题：{ $topic }
attachment-added = 📎 已添加到工单 #{ $number }
staff-suggested = 📚 可能解答此问题的文章：
staff-suggested-item = • { $title }（<code>{ $slug }</code>）
kb-editors-only = 只有知识库编辑、主管和管理员可以执行此操作。
kb-draft-created = 📝 已根据工单 #{ $number } 创建草稿 { $slug }。请检查后发送 /kb_publish { $slug }。
kb-published = ✅ 文章 { $slug } 已发布。
kb-unpublished = ⏸ 文章 { $slug } 已退回草稿。
kb-saved = 文章 { $slug }（{ $lang }）已保存。
kb-misses-header = 没有结果的搜索（最近 7 天）：
kb-misses-item = { $count } × { $query }（{ $lang }）
kb-misses-none = 最近 7 天内每次搜索都有结果。
kb-report-header = 已展示但未能解决问题的文章（最近 7 天）：
kb-report-item = { $count } × { $title }（<code>{ $slug }</code>）
kb-report-none = 最近 7 天内没有文章引发新工单。
staff-rule-alert = 🔔 规则 { $rule } 已在工单 #{ $number } 上触发。
staff-rule-deleted = 规则 { $code } 已删除。
staff-rule-bad-json = 规则代码后面必须是 JSON，例如：{"{"}"event":"ticket-created","when":{"{"}"vip":true{"}"},"then":{"{"}"action":"alert"{"}"}{"}"}
custom-rule-message = { $text }
