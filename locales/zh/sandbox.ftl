# 沙盒页面（/sandbox）的文案：在浏览器里试用客服台，由服务器扮演 Telegram。
# 不是机器人文案：src/i18n/index.ts 不会把此文件并入机器人的文案。

sb-title = 客服台沙盒
sb-intro = 真实的机器人、客服工作台和小程序，Telegram 由本服务器扮演。以客户身份提问，再以客服身份回复。
sb-page-language = 页面语言
sb-customer = 客户
sb-agent = 客服
sb-supervisor = 主管
sb-customer-language = 客户语言
sb-new-customer = 新客户
sb-bot-subtitle = 机器人
sb-start = 开始
sb-message-placeholder = 消息
sb-send = 发送
sb-attach = 附加图片
sb-reply = 回复
sb-cancel-reply = 取消回复
sb-replying-to = 回复 { $name }
sb-edited = 已编辑
sb-photo = 图片
sb-file = 文件
sb-open-app = 应用
sb-open-app-title = 打开小程序
sb-close = 关闭
sb-back = 返回
sb-commands = 命令
sb-later = +30 分钟
sb-later-title = 把客服台的时钟拨快 30 分钟（SLA 计时器会像真实情况一样触发）
sb-clock-now = 客服台时钟：现在
sb-clock-ahead = 客服台时钟：+{ $minutes } 分钟
sb-connection-lost = 与沙盒的连接已断开，正在重连…
sb-tour = 引导演示
sb-tour-pick = 选择一个场景
sb-tour-stop = 停止
sb-tour-done = 场景结束。可以再选一个，或者自己继续体验。
sb-tour-waiting = 正在等待机器人…
sb-tour-you-agent = 你扮演客服
sb-tour-you-customer = 你扮演客户

tour-payment = 支付问题
tour-payment-about = 客户被重复扣款。看工单如何进入安全/支付队列，然后以客服身份回复。
tour-payment-say-1 = 我的订单被扣了两次款，请帮帮我
tour-payment-step-consent = 客户同意保存对话，机器人创建工单。
tour-payment-step-answer = 轮到你了：在客服的手机里，点“已分配给你”卡片上的 ↩，写下回复。
tour-payment-say-2 = 谢谢！钱什么时候能退回来？
tour-payment-step-resolve = 再回复一次，然后关闭工单：/resolve { $number } 处理了什么 | 接下来会怎样
tour-payment-step-rate = 客户为你的服务评分。

tour-kb = 知识库能回答的问题
tour-kb-about = 客户问的内容在帮助文章里有。机器人立即回答，不需要客服。
tour-kb-say-1 = 我忘记密码了，怎么重置？
tour-kb-step-answer = 机器人找到了文章。客户可以在小程序里打开它，或者告诉我们是否有帮助。

tour-vip = VIP 客户
tour-vip-about = 管理员把客户标为 VIP，其请求进入 VIP 队列，首次回复时限为 5 分钟。
tour-vip-step-mark = 在客服的手机里，管理员用 /vip 命令把这位客户标为 VIP。
tour-vip-say-1 = 我的订单还没到，我明天就要出门了。请帮我转人工。
tour-vip-step-answer = 工单已在 VIP 队列。在客服的手机里用 ↩ 回复来答复。

tour-sla = SLA 超时（快进）
tour-sla-about = 工单没人及时回复。客服台时钟向前跳，SLA 提醒随之触发。
tour-sla-say-1 = 我要找人工客服：我的订阅被误取消了
tour-sla-step-wait = 工单已创建，但没人回复…
tour-sla-step-jump = 客服台时钟向前跳 30 分钟：留意客服和主管的手机。

tour-customer = 你扮演客户
tour-customer-about = 这次由演示扮演客服：以客户身份给机器人发消息，并要求转人工。
tour-customer-step-write = 轮到你了：在客户的手机里给机器人发消息，要求转人工（如被询问，请同意条款）。
tour-customer-agent-1 = 您好，我是客服 Sam，正在为您处理。方便告诉我订单号吗？
tour-customer-step-reply = 客服回复了。在客户的手机里回复他。
tour-customer-agent-2 = 谢谢，我们这边已经全部处理好了。
tour-customer-step-rate = 客服已关闭工单：请用星级为回复评分。
