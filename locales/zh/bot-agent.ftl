# 客服工作台、队列和 VIP：工作时间、员工名字和队列转移相关的文字。
# 面向客户的文字绝不显示员工的 id、@用户名或账号：只显示名字或“客服”。

## 面向客户
support-name = 客服
agent-reply-unnamed = <b>客服</b>：
    { $text }
agent-clarification-unnamed = <b>客服</b>需要你补充工单 #{ $number } 的一些信息：
    { $text }

    直接在这里回复就好。我们会为你保留工单 { $hours } 小时。
status-taken-unnamed = 客服正在处理你的工单 #{ $number }。
ticket-moved = 工单 #{ $number } 已转给能进一步处理的同事。他们的回复会发到这里，你无需做任何操作。
ticket-receipt-in-line = 工单 <b>#{ $number }</b> 已创建。
    主题：{ $topic }
    预计等待：{ $eta ->
       *[other] 约 { $eta } 分钟
    }
    排队位置：第 { $place } 位
    所有回复都会发到这里。状态：<b>待处理</b>
ticket-receipt-nobody-on-duty = 工单 <b>#{ $number }</b> 已创建。
    主题：{ $topic }
    目前没有客服在值班，所以我们无法承诺具体时间。你的消息已保存：第一位上班的客服会在这里回复你，无需重复发送。
    排队位置：第 { $place } 位
    状态：<b>待处理</b>
ticket-receipt-after-hours = 工单 <b>#{ $number }</b> 已创建。
    主题：{ $topic }
    现在是非工作时间（工作时间：{ $hours }）。你的消息已保存：我们会在 { $when } 之后在这里回复你，无需重复发送。
    排队位置：第 { $place } 位
    状态：<b>待处理</b>
ticket-status-place = 排队位置：第 { $place } 位

## 面向员工
staff-help-more = VIP（主管、管理员）：/vip @user · /vip 123456789 987654321（批量）· 回复工单卡片发送 /vip · /unvip · /vips
    队列工作时间（管理员）：/queue_set L1 hours=mon-fri 09:00-18:00（hours=24/7 表示全天候）
staff-duty-on-queues = 你已在 { $queues } 队列开始值班，这些队列的新工单会分配给你。
staff-duty-on-no-queues = 你已开始值班，但还不属于任何队列，所以不会收到工单。请管理员把你加进去：/staff_set { $id } queues=L1（队列：{ $codes }）。
staff-duty-on-no-queues-admin = 你已开始值班，但还不属于任何队列，所以不会收到工单。把自己加进去：/staff_set { $id } queues=L1（队列：{ $codes }）。
staff-ticket-moved-away = ↗️ #{ $number } 已转到 { $queue }，不再由你负责。
staff-ticket-moved-assigned = 📥 #{ $number } 已从 { $from } 转到 { $queue }（{ $reason }），并分配给你。
    目前的对话：
    { $text }

    回复这条消息即可答复客户。
staff-ticket-moved-card = ↗️ #{ $number } 已从 { $from } 转到 { $queue }（{ $reason }），等待有人接手。
    目前的对话：
    { $text }
staff-transferred-history = ↪️ #{ $number } 已转交给你。目前的对话：
    { $text }

    回复这条消息即可答复客户。
staff-customer-history = 💬 #{ $number } · { $name }，目前的对话：
    { $text }
staff-customer-edited = ✏️ #{ $number } · { $name } 修改了一条消息，现在的内容是：{ $text }
queue-list-hours = ，工作时间：{ $hours }（{ $tz }）
vip-supervisors-only = 只有主管和管理员可以更改 VIP 状态。
vip-usage = 用法：/vip @user、/vip 123456789 987654321（可一次多个），或回复工单卡片发送 /vip。/unvip 用法相同。
vip-set = ⭐ 已设为 VIP：{ $count } · { $names }。他们等待中的工单已转到 VIP 队列，新工单会直接进入该队列。
vip-unset = 已取消 VIP：{ $count } · { $names }。
vip-unchanged = 已经是这个状态：{ $names }。
vip-unknown = 我还不认识 { $who }：请对方先给机器人发条消息，或使用数字 Telegram id。
vip-list-header = ⭐ VIP 客户：
vip-list-item = { $name } · { $id }{ $username }
vip-list-empty = 还没有 VIP 客户。用 /vip @user 设置。
